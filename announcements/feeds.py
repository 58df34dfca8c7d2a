"""RSS per language: new announcements, tenders and vacancies, and new addenda to tenders."""

from django.conf import settings
from django.urls import reverse
from django.utils import timezone
from django.utils.text import Truncator
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from announcements.models import Announcement, Kind, TenderAddendum
from mia_portal.richtext import plain_text
from mia_portal.syndication import SectionFeed

FEED_ITEMS = 30


def _opening(html, words=60):
    return Truncator(plain_text(html)).words(words, truncate=" …")


class AnnouncementFeed(SectionFeed):
    list_url_name = "announcements:list"
    feed_url_name = "announcements:feed"

    def title(self):
        return _(
            "Announcements and competitions of the Ministry of Internal Affairs of the Republic of Tajikistan"
        )

    def description(self):
        return _("Announcements, tenders with their dossiers and addenda, and job vacancies.")

    def items(self):
        live = Announcement.objects.listed_in(get_language())
        announcements = list(live.order_by("-published_at", "-pk")[:FEED_ITEMS])
        addenda = list(
            TenderAddendum.objects.issued()
            .filter(announcement__in=live)
            .select_related("announcement")
            .order_by("-issued_at", "-pk")[:FEED_ITEMS]
        )
        entries = [*announcements, *addenda]
        entries.sort(key=self.item_pubdate, reverse=True)
        return entries[:FEED_ITEMS]

    def plain_title(self, item):
        if isinstance(item, TenderAddendum):
            return _("Addendum No. %(number)s to the tender: %(title)s") % {
                "number": item.number,
                "title": item.announcement.title,
            }
        return item.title

    def plain_description(self, item):
        if isinstance(item, TenderAddendum):
            return _opening(item.text)
        text = _opening(item.body)
        if item.deadline:  # shown whenever set, as the list's cards show it
            deadline = _("Deadline: %(deadline)s (Dushanbe time).") % {
                "deadline": timezone.localtime(item.deadline).strftime("%Y-%m-%d %H:%M")
            }
            text = f"{text}\n{deadline}" if text else deadline
        return text

    def item_guid(self, item):
        if isinstance(item, TenderAddendum):
            return f"{settings.SITE_URL}{item.announcement.get_absolute_url()}#addendum-{item.pk}"
        return f"{settings.SITE_URL}{reverse('announcements:list')}{item.pk}/"

    item_guid_is_permalink = False

    def item_pubdate(self, item):
        return item.issued_at if isinstance(item, TenderAddendum) else item.published_at

    def item_categories(self, item):
        if isinstance(item, TenderAddendum):
            return [str(Kind.TENDER.label)]
        return [str(item.get_kind_display())]
