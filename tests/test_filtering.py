from types import SimpleNamespace

import django_filters
import pytest
from django.http import QueryDict

from mia_portal.filtering import SlugChoiceFilter
from news.models import Article

SUGHD = SimpleNamespace(slug="sughd", name="Sughd")


class RegionFilter(django_filters.FilterSet):
    region = SlugChoiceFilter(method=lambda articles, name, region: articles.filter(region__slug=region.slug))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.filters["region"].set_options([SUGHD], empty_label="All regions")


def test_a_slug_choice_cleans_to_the_option_itself():
    filterset = RegionFilter(QueryDict("region=sughd"), queryset=Article.objects.none())

    assert filterset.is_valid()
    assert filterset.form.cleaned_data["region"] is SUGHD


@pytest.mark.django_db
@pytest.mark.parametrize("query", ["region=nowhere", "region="])
def test_an_unknown_or_empty_slug_narrows_nothing_and_answers_without_a_query(
    query, django_assert_num_queries
):
    filterset = RegionFilter(QueryDict(query), queryset=Article.objects.all())

    with django_assert_num_queries(0):
        narrowed = filterset.qs

    assert not narrowed.query.where
    assert list(filterset.errors) == (["region"] if query == "region=nowhere" else [])
