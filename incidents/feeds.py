"""RSS of the incident reports in the page's language, optionally narrowed to a region,
district or category (``?region=sughd&category=theft``), so a local newsroom follows its own area.
"""

from dataclasses import dataclass

from django.http import Http404
from django.utils.http import urlencode
from django.utils.translation import get_language, gettext
from django.utils.translation import gettext_lazy as _

from contacts.models import District, Region
from incidents.filters import IncidentFilter
from incidents.models import Incident, IncidentCategory
from mia_portal.syndication import SectionFeed

FEED_ITEMS = 30
# Feeds follow places and categories; a date range makes no sense for a feed.
NARROWINGS = ("region", "district", "category")


@dataclass
class FeedScope:
    region: Region | None = None
    district: District | None = None
    category: IncidentCategory | None = None
    incidents: object = None

    def parts(self):
        return [(name, getattr(self, name)) for name in NARROWINGS if getattr(self, name) is not None]


class IncidentFeed(SectionFeed):
    list_url_name = "incidents:list"
    feed_url_name = "incidents:feed"
    description = _(
        "The latest incident reports of the Ministry of Internal Affairs of the Republic of Tajikistan."
    )

    def get_object(self, request):
        """The list's filters, read by its FilterSet; a feed of something that does not exist is a 404."""
        query = request.GET.copy()
        for name in set(query) - set(NARROWINGS):
            del query[name]
        filterset = IncidentFilter(query, queryset=Incident.objects.listed_in(get_language()).with_details())
        options = (filterset.regions, filterset.districts, filterset.categories)
        known = dict(zip(NARROWINGS, options, strict=True))
        scope = FeedScope(incidents=filterset.qs)
        for name in NARROWINGS:
            if value := query.get(name):
                if value not in known[name]:
                    raise Http404
                setattr(scope, name, known[name][value])
        return scope

    def title(self, scope):
        names = ", ".join(str(value) for _name, value in scope.parts())
        if names:
            return gettext("Incident reports: %(scope)s") % {"scope": names}
        return gettext("Incident reports")

    def query_string(self, scope):
        query = urlencode([(name, value.slug) for name, value in scope.parts()])
        return f"?{query}" if query else ""

    def items(self, scope):
        return scope.incidents[:FEED_ITEMS]

    def plain_description(self, incident):
        return incident.lead

    def item_categories(self, incident):
        return [incident.category.name, incident.region.name, incident.district.name]
