"""RSS of a documents page's changes: documents added or changed, newest change first."""

from django.conf import settings
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.translation import gettext

from mia_portal.syndication import SectionFeed
from pages.models import DocumentsPage

FEED_ITEMS = 30


class DocumentChangesFeed(SectionFeed):
    def get_object(self, request, pk):
        return get_object_or_404(DocumentsPage.objects.public(), pk=pk)

    def title(self, page):
        return gettext("%(page)s: new and changed documents") % {"page": page}

    def description(self, page):
        return gettext("Laws, orders and regulations published or changed on “%(page)s”.") % {"page": page}

    def link(self, page):
        return settings.SITE_URL + page.get_absolute_url()

    def feed_url(self, page):
        return settings.SITE_URL + reverse("pages:documents_feed", kwargs={"pk": page.pk})

    def items(self, page):
        return page.documents.order_by("-updated_at", "-pk")[:FEED_ITEMS]

    def plain_title(self, item):
        return str(item)

    def plain_description(self, item):
        parts = [item.get_kind_display(), item.number and f"№ {item.number}", item.issued_by]
        return " · ".join(str(part) for part in parts if part)

    def item_link(self, item):
        return settings.SITE_URL + item.get_absolute_url()

    def item_guid(self, item):
        # A changed document is a new item for readers: the change time is part of its id.
        return f"{self.item_link(item)}#{item.updated_at.isoformat()}"

    def item_guid_is_permalink(self, item):
        return False

    def item_pubdate(self, item):
        return item.updated_at

    def item_updateddate(self, item):
        return item.updated_at
