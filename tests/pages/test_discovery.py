"""Pages in the site search, the sitemaps and the page cache."""

import re

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from mia_portal.publishing import Status
from pages.models import Page
from tests.pages.factories import fresh, make_page

pytestmark = pytest.mark.django_db


def search_titles(client, query, language, **params):
    page = client.get(f"/{language}/search/", {"q": query, **params}).content.decode()
    found = re.findall(r'class="search-hit__title"><a href="([^"]+)">(.*?)</a>', page, re.S)
    return [(url, re.sub(r"</?mark>", "", title)) for url, title in found]


@pytest.fixture
def guide():
    services = make_page("Services", slug="khizmatho")
    return make_page(
        "Passport",
        parent=services,
        slug="passport",
        title_tg="Гирифтани шиносномаи хориҷӣ",
        title_ru="Получение заграничного паспорта",
        body_tg="<p>Ҳуҷҷатҳо барои гирифтани шиноснома</p>",
    )


def test_pages_are_found_by_the_site_search_as_people_type_tajik(client, guide):
    # ҷ and ӣ typed as ч and и, as on a keyboard without Tajik letters.
    found = search_titles(client, "хоричи", "tg")
    assert found == [("/tg/khizmatho/passport/", "Гирифтани шиносномаи хориҷӣ")]
    assert search_titles(client, "заграничного", "ru", type="pages") == [
        ("/ru/khizmatho/passport/", "Получение заграничного паспорта")
    ]
    assert search_titles(client, "заграничного", "ru", type="news") == []


def test_pages_under_a_page_that_is_not_live_are_not_found(client, guide):
    Page.objects.filter(url_path="khizmatho/").update(status=Status.DRAFT)
    assert search_titles(client, "шиноснома", "tg") == []


def test_the_sitemap_lists_public_pages_in_their_languages_with_alternates(client, guide, settings):
    services = Page.objects.get(url_path="khizmatho/")
    make_page("Russian only", parent=services, slug="ru-only", languages=("ru",))
    make_page("Draft", slug="draft", status=Status.DRAFT)
    assert "/sitemap-ministry.xml" in client.get("/sitemap.xml").content.decode()
    sitemap = client.get("/sitemap-ministry.xml").content.decode()
    locations = set(re.findall(r"<loc>(.*?)</loc>", sitemap))
    base = settings.SITE_URL
    assert {f"{base}/{code}/khizmatho/passport/" for code in ("tg", "ru", "en")} <= locations
    assert f"{base}/ru/khizmatho/ru-only/" in locations
    assert f"{base}/en/khizmatho/ru-only/" not in locations
    assert not any("draft" in location for location in locations)
    assert f'hreflang="en" href="{base}/en/khizmatho/passport/"' in sitemap


def test_the_sitemap_leaves_out_subpages_of_a_page_that_is_not_live(client, guide):
    Page.objects.filter(url_path="khizmatho/").update(status=Status.WITHDRAWN)
    assert "passport" not in client.get("/sitemap-ministry.xml").content.decode()


def test_the_sitemap_costs_the_same_queries_for_many_pages(client):
    def queries():
        with CaptureQueriesContext(connection) as captured:
            assert client.get("/sitemap-ministry.xml").status_code == 200
        return len(captured)

    parent = make_page("Top", slug="top")
    make_page("One", parent=parent, slug="one")
    few = queries()
    for number in range(20):
        make_page(f"Page {number}", parent=parent, slug=f"page-{number}")
    cache.clear()
    assert queries() == few


@pytest.fixture
def page_cache(settings):
    settings.PAGE_CACHE_SECONDS = 300


def test_an_edited_page_is_not_served_from_the_page_cache(client, committed, page_cache):
    page = make_page("About", slug="about")
    assert "About (en)" in client.get("/en/about/").content.decode()
    with committed():
        page = fresh(page)
        page.title_en = "About the ministry"
        page.save()
    assert "About the ministry" in client.get("/en/about/").content.decode()


def test_a_moved_page_is_not_served_from_the_page_cache_at_its_old_address(client, committed, page_cache):
    top = make_page("Top", slug="top")
    page = make_page("About", slug="about")
    assert client.get("/en/about/").status_code == 200
    with committed():
        fresh(page).move_to(top)
    assert client.get("/en/about/")["Location"] == "/en/top/about/"


def test_a_new_order_of_subpages_is_not_served_from_the_page_cache(client, committed, page_cache):
    top = make_page("Top", slug="top")
    make_page("First", parent=top, slug="first")
    second = make_page("Second", parent=top, slug="second")
    client.get("/en/top/")
    page = client.get("/en/top/")
    assert page["X-Cache"] == "hit"
    page = page.content.decode()
    assert page.index("First (en)") < page.index("Second (en)")
    with committed():
        fresh(second).shift(-1)
    page = client.get("/en/top/").content.decode()
    assert page.index("Second (en)") < page.index("First (en)")
