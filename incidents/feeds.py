"""RSS of the incident reports in the page's language, optionally narrowed to a region,
district or category (``?region=sughd&category=theft``), so a local newsroom follows its own area.
"""

import re
from dataclasses import dataclass

from django.http import Http404
from django.utils.http import urlencode
from django.utils.translation import get_language, gettext
from django.utils.translation import gettext_lazy as _

from contacts.models import District, Region
from incidents.models import Incident, IncidentCategory
from mia_portal.syndication import SectionFeed

FEED_ITEMS = 30
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


class IncidentFeed(SectionFeed):
    list_url_name = "incidents:list"
    feed_url_name = "incidents:feed"
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

    def query_string(self, scope):
        query = urlencode([(name, value.slug) for name, value in scope.parts()])
        return f"?{query}" if query else ""

    def items(self, scope):
        incidents = Incident.objects.listed_in(get_language()).for_list()
        if scope.region:
            incidents = incidents.in_region(scope.region)
        if scope.district:
            incidents = incidents.in_district(scope.district)
        if scope.category:
            incidents = incidents.in_category(scope.category)
        return incidents[:FEED_ITEMS]

    def plain_description(self, incident):
        return incident.lead

    def item_categories(self, incident):
        return [incident.category.name, incident.region.name, incident.district.name]
