import django_filters
from django.utils.translation import gettext_lazy as _

from contacts.models import Region
from mia_portal.caching import remember
from mia_portal.filtering import SlugChoiceFilter
from news.models import Rubric


def filter_choices():
    """Rubrics and regions: the same for every request until an editor changes one."""
    return list(Rubric.objects.all()), list(Region.objects.all())


class ArticleFilter(django_filters.FilterSet):
    """The news list by rubric and region (``?rubric=&region=``, by slug)."""

    rubric = SlugChoiceFilter(method=lambda articles, name, rubric: articles.in_rubric(rubric))
    region = SlugChoiceFilter(method=lambda articles, name, region: articles.in_region(region))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.rubrics, self.regions = remember("news-filter-choices", filter_choices, tags=["news:list"])
        self.filters["rubric"].set_options(self.rubrics, empty_label=_("All rubrics"))
        self.filters["region"].set_options(self.regions, empty_label=_("All regions"))
