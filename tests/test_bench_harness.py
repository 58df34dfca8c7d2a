"""The benchmark's own bookkeeping (``bench/run.py``): what it attributes to what, not timings."""

import time

import pytest
from django import forms
from django.db import connection
from django.template import engines
from django.template.backends.django import Template
from django.test import RequestFactory
from django.urls import set_urlconf

from bench.run import TimeSplit
from mia_portal.publishing import Status
from news.models import Article
from tests.factories import make_helpline
from tests.incidents.factories import make_incident
from tests.news.factories import make_article

# Long enough that no rendering of a one-line template could be mistaken for it.
SLOW_QUERY_SECONDS = 0.05


def slow_database(execute, sql, params, many, context):
    time.sleep(SLOW_QUERY_SECONDS)
    return execute(sql, params, many, context)


@pytest.mark.django_db
def test_sql_a_template_runs_while_rendering_counts_as_database_time():
    make_article()
    template = engines["django"].from_string("{% for article in articles %}{{ article.pk }}{% endfor %}")

    with TimeSplit().measuring() as split, connection.execute_wrapper(slow_database):
        html = template.render({"articles": Article.objects.all()})

    assert html.strip().isdigit()
    assert split.sql >= SLOW_QUERY_SECONDS
    assert 0 < split.template < SLOW_QUERY_SECONDS


class FilterForm(forms.Form):
    region = forms.ChoiceField(choices=[(f"region-{number}", f"Region {number}") for number in range(50)])


def test_a_form_rendered_inside_a_template_is_not_counted_twice():
    # Forms render their widgets through the template backend again, inside the page's rendering.
    template = engines["django"].from_string("<form>{{ form }}</form>")

    with TimeSplit().measuring() as split:
        started = time.perf_counter()
        html = template.render({"form": FilterForm()})
        elapsed = time.perf_counter() - started

    assert html.count("<option") == 50
    assert 0 < split.template <= elapsed


@pytest.mark.django_db
def test_a_whole_page_is_split_and_nothing_stays_patched(client):
    make_incident()
    render = Template.render

    with TimeSplit().measuring() as split:
        response = client.get("/en/incidents/")

    assert response.status_code == 200
    assert split.sql > 0 and split.template > 0
    assert Template.render is render
    assert connection.execute_wrappers == []


def test_the_renderer_is_restored_when_the_measured_block_fails():
    render = Template.render

    with pytest.raises(RuntimeError), TimeSplit().measuring():
        raise RuntimeError("a page failed")

    assert Template.render is render


@pytest.fixture
def bench_handler():
    from bench.wsgi import application

    yield application
    set_urlconf(None)  # the handler leaves the last request's URLconf set for this thread


@pytest.mark.django_db
def test_the_floor_pages_are_the_layout_and_the_news_lists_first_cards(bench_handler):
    make_helpline(display_number="19-19")
    for number in range(13):
        make_article(f"Shown {number}")
    make_article("Draft", status=Status.DRAFT)
    make_article("Tajik only", languages=("tg",))
    get = RequestFactory().get

    layout = bench_handler.get_response(get("/bench-floor/layout")).content.decode()
    cards = bench_handler.get_response(get("/bench-floor/cards")).content.decode()

    for page in (layout, cards):
        assert '<html lang="ru"' in page and "19-19" in page
    assert "article-card" not in layout
    assert cards.count('<article class="article-card">') == 12
    assert "Shown 12 (ru)" in cards and "Shown 1 (ru)" in cards
    assert "Shown 0 (ru)" not in cards  # the thirteenth newest is on the news list's page 2
    assert "Draft" not in cards and "Tajik only" not in cards
    assert 'href="/ru/news/' in cards


@pytest.mark.django_db
def test_only_bench_paths_leave_the_sites_urlconf(bench_handler):
    get = RequestFactory().get

    assert bench_handler.get_response(get("/bench-baseline")).content == b"OK\n"
    assert bench_handler.get_response(get("/en/news/")).status_code == 200
    assert bench_handler.get_response(get("/bench-nothing")).status_code == 404
    assert bench_handler.get_response(get("/en/bench-baseline")).status_code == 404
