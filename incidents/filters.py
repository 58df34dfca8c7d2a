import django_filters
from django.utils.translation import gettext_lazy as _

from contacts.models import District, Region
from incidents.forms import DayInput, IncidentFilterForm
from incidents.models import IncidentCategory
from mia_portal.caching import remember
from mia_portal.filtering import SlugChoiceFilter


def filter_choices():
    """Regions, districts and categories: the same for every request until an editor changes one."""
    return (
        list(Region.objects.all()),
        list(District.objects.select_related("region")),
        list(IncidentCategory.objects.all()),
    )


class IncidentFilter(django_filters.FilterSet):
    """The stream and the statistics by region, district, category and the days they happened
    (``?region=&district=&category=&date_from=&date_to=``); its form explains what it ignores."""

    region = SlugChoiceFilter(
        label=_("Region"), method=lambda incidents, name, region: incidents.in_region(region)
    )
    district = SlugChoiceFilter(
        label=_("District or city"),
        method=lambda incidents, name, district: incidents.in_district(district),
    )
    category = SlugChoiceFilter(
        label=_("Category"), method=lambda incidents, name, category: incidents.in_category(category)
    )
    date_from = django_filters.DateFilter(
        label=_("Happened from"),
        widget=DayInput,
        method=lambda incidents, name, day: incidents.occurred_between(first_day=day),
    )
    date_to = django_filters.DateFilter(
        label=_("Happened until"),
        widget=DayInput,
        method=lambda incidents, name, day: incidents.occurred_between(last_day=day),
    )

    class Meta:
        form = IncidentFilterForm

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        choices = remember("incident-filter-choices", filter_choices, tags=["incidents:list"])
        regions, districts, categories = choices
        self.regions = {region.slug: region for region in regions}
        self.districts = {district.slug: district for district in districts}
        self.categories = {category.slug: category for category in categories}
        self.filters["region"].set_options(regions, empty_label=_("All regions"))
        grouped = {}
        for district in districts:
            grouped.setdefault(district.region, []).append((district.slug, district.name))
        self.filters["district"].set_options(
            districts,
            empty_label=_("All districts and cities"),
            choices=[(region.name, options) for region, options in grouped.items()],
        )
        self.filters["category"].set_options(categories, empty_label=_("All categories"))
