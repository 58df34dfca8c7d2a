"""RSS per language: new announcements, tenders and vacancies, and new addenda to tenders.

Absolute links come from ``settings.SITE_URL``; Django's ``add_domain`` leaves absolute URLs as
they are, so the request's Host header never reaches the feed.
"""

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape
from django.utils.text import Truncator
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from announcements.models import Announcement, Kind, TenderAddendum, plain_text
from mia_portal.richtext import strip_control_characters

FEED_LENGTH = 30


def _plain(text, words=60):
    return strip_control_characters(Truncator(plain_text(text)).words(words, truncate=" …"))


class AnnouncementFeed(Feed):
    def title(self):
        return _(
            "Announcements and competitions of the Ministry of Internal Affairs of the Republic of Tajikistan"
        )

    def description(self):
        return _("Announcements, tenders with their dossiers and addenda, and job vacancies.")

    def link(self):
        return settings.SITE_URL + reverse("announcements:list")

    def feed_url(self):
        return settings.SITE_URL + reverse("announcements:feed")

    def items(self):
        live = Announcement.objects.listed_in(get_language())
        announcements = list(live.order_by("-published_at", "-pk")[:FEED_LENGTH])
        addenda = list(
            TenderAddendum.objects.issued()
            .filter(announcement__in=live)
            .select_related("announcement")
            .order_by("-issued_at", "-pk")[:FEED_LENGTH]
        )
        entries = [*announcements, *addenda]
        entries.sort(key=self.item_pubdate, reverse=True)
        return entries[:FEED_LENGTH]

    # Readers treat titles and descriptions as HTML: plain text is escaped once more, as
    # Django's own default does, so "<script>" written in a title or as text stays text there too.
    def item_title(self, item):
        if isinstance(item, TenderAddendum):
            return escape(
                strip_control_characters(
                    _("Addendum No. %(number)s to the tender: %(title)s")
                    % {"number": item.number, "title": item.announcement.title}
                )
            )
        return escape(strip_control_characters(item.title))

    def item_description(self, item):
        if isinstance(item, TenderAddendum):
            return escape(_plain(item.text))
        text = _plain(item.body)
        if item.kind in (Kind.TENDER, Kind.VACANCY) and item.deadline:
            deadline = _("Deadline: %(deadline)s (Dushanbe time).") % {
                "deadline": timezone.localtime(item.deadline).strftime("%Y-%m-%d %H:%M")
            }
            text = f"{text}\n{deadline}" if text else deadline
        return escape(text)

    def item_link(self, item):
        return settings.SITE_URL + item.get_absolute_url()

    def item_guid(self, item):
        if isinstance(item, TenderAddendum):
            return f"{settings.SITE_URL}{item.announcement.get_absolute_url()}#addendum-{item.pk}"
        return f"{settings.SITE_URL}{reverse('announcements:list')}{item.pk}/"

    item_guid_is_permalink = False

    def item_pubdate(self, item):
        return item.issued_at if isinstance(item, TenderAddendum) else item.published_at

    def item_updateddate(self, item):
        return item.updated_at

    def item_categories(self, item):
        if isinstance(item, TenderAddendum):
            return [str(Kind.TENDER.label)]
        return [str(item.get_kind_display())]
