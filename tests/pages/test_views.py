"""What readers see of the pages: a page, its subpages, breadcrumbs, languages, life cycle."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from mia_portal.publishing import Status
from pages.models import Page
from tests.factories import settle
from tests.pages.factories import fresh, make_page

pytestmark = pytest.mark.django_db


@pytest.fixture
def ministry():
    vazorat = make_page("Ministry", slug="vazorat")
    history = make_page("History", parent=vazorat, slug="tarikh")
    leadership = make_page("Leadership", parent=vazorat, slug="rohbariyat")
    return vazorat, history, leadership


def test_a_page_shows_its_texts_breadcrumbs_and_live_subpages_in_order(client, ministry):
    vazorat, _history, _leadership = ministry
    make_page("Draft", parent=vazorat, slug="draft", status=Status.DRAFT)
    make_page("Russian only", parent=vazorat, slug="ru-only", languages=("ru",))
    page = client.get("/en/vazorat/").content.decode()
    assert "Lead of Ministry (en)" in page
    assert "<p>Text of Ministry (en)</p>" in page
    assert page.index('href="/en/vazorat/tarikh/"') < page.index('href="/en/vazorat/rohbariyat/"')
    assert "Draft" not in page
    assert "Russian only" not in page
    assert 'href="/ru/vazorat/ru-only/"' in client.get("/ru/vazorat/").content.decode()
    child = client.get("/en/vazorat/tarikh/").content.decode()
    breadcrumbs = child[child.index('class="breadcrumbs"') :]
    assert '<a href="/en/vazorat/">Ministry (en)</a>' in breadcrumbs
    assert '<li aria-current="page" lang="en">History (en)</li>' in breadcrumbs


def test_a_page_names_its_languages_for_search_engines_and_says_when_one_is_missing(client):
    make_page("Passport", slug="passport", languages=("tg", "ru"))
    page = client.get("/en/passport/").content.decode()
    head = page.split("</head>")[0]
    assert '<link rel="alternate" hreflang="tg" href="https://mia.example/tg/passport/">' in head
    assert '<link rel="alternate" hreflang="ru" href="https://mia.example/ru/passport/">' in head
    assert 'hreflang="en"' not in head
    assert "This text has not been published in English" in page
    assert 'lang="ru"' in page


def test_a_withdrawn_page_answers_410_with_its_note(client):
    note = {"withdrawal_note_en": "Replaced by the new rules."}
    make_page("Old rules", slug="old-rules", status=Status.WITHDRAWN, **note)
    response = client.get("/en/old-rules/")
    assert response.status_code == 410
    assert "Replaced by the new rules." in response.content.decode()


@pytest.mark.parametrize("status", [Status.DRAFT, Status.WITHDRAWN])
def test_subpages_of_a_page_that_is_not_live_are_not_public(client, ministry, status):
    vazorat, history, _leadership = ministry
    Page.objects.filter(pk=vazorat.pk).update(status=status)
    assert client.get("/en/vazorat/tarikh/").status_code == 404
    assert not Page.objects.public().filter(pk=history.pk).exists()


def test_a_scheduled_page_is_not_public_until_its_time(client):
    make_page("Later", slug="later", published_at=timezone.now() + timedelta(days=1))
    assert client.get("/en/later/").status_code == 404


def test_staff_preview_unpublished_pages_and_their_subpages_never_cached_or_indexed(staff_client, ministry):
    vazorat, _history, _leadership = ministry
    Page.objects.filter(pk=vazorat.pk).update(status=Status.DRAFT)
    for path in ("/en/vazorat/", "/en/vazorat/tarikh/"):
        response = staff_client.get(path)
        assert response.status_code == 200
        assert response["X-Robots-Tag"] == "noindex, nofollow"
        assert "no-cache" in response["Cache-Control"]
        assert '<meta name="robots" content="noindex, nofollow">' in response.content.decode()
        assert "Preview: this item is not published" in response.content.decode()


def test_an_old_address_of_an_unpublished_page_is_not_revealed(client, ministry):
    _vazorat, history, _leadership = ministry
    fresh(history).move_to(None)
    Page.objects.filter(pk=history.pk).update(status=Status.DRAFT)
    assert client.get("/en/vazorat/tarikh/").status_code == 404


def test_sections_of_the_site_still_answer_before_the_pages(client):
    assert client.get("/en/news/").status_code == 200
    assert client.get("/en/search/").status_code == 200


def queries_for(client, path):
    client.get(path)
    with CaptureQueriesContext(connection) as captured:
        assert client.get(path).status_code == 200
    return len(captured)


def test_a_page_costs_the_same_queries_at_any_depth(client, settings):
    settings.PAGE_CACHE_SECONDS = 0
    parent = None
    for level in range(8):
        parent = make_page(f"Level {level}", parent=parent, slug=f"l{level}")
        make_page(f"Side {level}", parent=parent, slug=f"side{level}")
    settle(client)
    shallow = queries_for(client, "/en/l0/")
    deep = queries_for(client, "/en/" + "".join(f"l{level}/" for level in range(8)))
    assert shallow == deep, (shallow, deep)
    # the page and its ancestors, the page as its type (with its photo), subpages, files, gallery
    assert deep <= 5, deep


def test_the_query_budget_of_a_page(client, django_assert_max_num_queries):
    parent = None
    for level in range(6):
        parent = make_page(f"Level {level}", parent=parent, slug=f"l{level}")
    settle(client)
    with django_assert_max_num_queries(4):
        client.get("/en/" + "".join(f"l{level}/" for level in range(6)))
