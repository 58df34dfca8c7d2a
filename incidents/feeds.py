"""RSS of the incident reports in the page's language, optionally narrowed to a region,
district or category (``?region=sughd&category=theft``), so a local newsroom follows its own area.

Every link is built from ``settings.SITE_URL``: the request's Host header never reaches the feed.
"""

import re
from dataclasses import dataclass

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.http import Http404
from django.urls import reverse
from django.utils.html import escape
from django.utils.http import urlencode
from django.utils.translation import get_language, gettext
from django.utils.translation import gettext_lazy as _

from contacts.models import District, Region
from incidents.models import Incident, IncidentCategory
from mia_portal.richtext import XmlSafeRssFeed

ITEM_COUNT = 30
SLUG = re.compile(r"^[-a-zA-Z0-9_]{1,60}$")


@dataclass
class FeedScope:
    region: Region | None = None
    district: District | None = None
    category: IncidentCategory | None = None

    def parts(self):
        return [(name, value) for name, value in vars(self).items() if value is not None]


def _lookup(request, name, model):
    value = request.GET.get(name)
    if value is None or value == "":
        return None
    if not SLUG.match(value):
        raise Http404
    try:
        return model.objects.get(slug=value)
    except model.DoesNotExist:
        raise Http404 from None


class IncidentFeed(Feed):
    feed_type = XmlSafeRssFeed
    description = _(
        "The latest incident reports of the Ministry of Internal Affairs of the Republic of Tajikistan."
    )

    def get_object(self, request):
        return FeedScope(
            region=_lookup(request, "region", Region),
            district=_lookup(request, "district", District),
            category=_lookup(request, "category", IncidentCategory),
        )

    def title(self, scope):
        names = ", ".join(str(value) for _name, value in scope.parts())
        if names:
            return gettext("Incident reports: %(scope)s") % {"scope": names}
        return gettext("Incident reports")

    def _query(self, scope):
        query = urlencode([(name, value.slug) for name, value in scope.parts()])
        return f"?{query}" if query else ""

    def link(self, scope):
        return settings.SITE_URL + reverse("incidents:list") + self._query(scope)

    def feed_url(self, scope):
        return settings.SITE_URL + reverse("incidents:feed") + self._query(scope)

    def items(self, scope):
        incidents = Incident.objects.listed_in(get_language()).for_list()
        if scope.region:
            incidents = incidents.in_region(scope.region)
        if scope.district:
            incidents = incidents.in_district(scope.district)
        if scope.category:
            incidents = incidents.in_category(scope.category)
        return incidents[:ITEM_COUNT]

    # Readers treat titles and descriptions as HTML: plain text is escaped once more, as
    # Django's own default does, so a title such as "<img onerror=…>" stays text there too.
    def item_title(self, incident):
        return escape(incident.title)

    def item_description(self, incident):
        return escape(incident.lead)

    def item_link(self, incident):
        return settings.SITE_URL + incident.get_absolute_url()

    def item_pubdate(self, incident):
        return incident.published_at

    def item_updateddate(self, incident):
        return incident.updated_at

    def item_categories(self, incident):
        return [incident.category.name, incident.region.name, incident.district.name]
