"""Whole-page caching for anonymous visitors: fast, and never wrong."""

import re
from concurrent.futures import ThreadPoolExecutor
from datetime import date, timedelta

import pytest
from django.conf import settings
from django.contrib.auth.models import User
from django.contrib.redirects.models import Redirect
from django.core.cache import cache, caches
from django.core.cache.backends.filebased import FileBasedCache
from django.db import connection, transaction
from django.http import HttpResponse
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import resolve
from django.utils import timezone
from django.utils.http import urlencode

from announcements.views import AnnouncementListView
from contacts.models import Helpline
from incidents.views import IncidentListView
from mia_portal import cache_tags, caching
from mia_portal.caching import (
    PublicPageCacheMiddleware,
    remember,
    seconds_until_next_publication,
)
from mia_portal.reading import COOKIE_NAME as READING_COOKIE
from news.views import ArticleListMixin
from pages.models import DocumentKind, DocumentsPage
from sitewide.views import SearchView
from tests.announcements.factories import make_tender, make_vacancy
from tests.factories import make_helpline
from tests.incidents.factories import make_category, make_incident, make_place
from tests.news.factories import make_article, make_rubric
from tests.pages.factories import add_document, make_page

pytestmark = pytest.mark.django_db


class CountingReads:
    """The cache, with the keys read through ``get`` noted."""

    def __init__(self, real):
        self.real = real
        self.keys = []

    def get(self, key, *args, **kwargs):
        self.keys.append(key)
        return self.real.get(key, *args, **kwargs)

    def get_many(self, keys, *args, **kwargs):
        self.keys.extend(keys)
        return self.real.get_many(keys, *args, **kwargs)

    def __getattr__(self, name):
        return getattr(self.real, name)


@pytest.fixture(autouse=True)
def page_cache(settings):
    settings.PAGE_CACHE_SECONDS = 300


def test_second_anonymous_visit_is_served_without_any_query(client, django_assert_num_queries):
    make_helpline()
    first = client.get("/en/contacts/")
    assert first["X-Cache"] == "miss"
    with django_assert_num_queries(0):
        second = client.get("/en/contacts/")
    assert second["X-Cache"] == "hit"
    assert second.content == first.content
    assert "public" in second["Cache-Control"] and "max-age=60" in second["Cache-Control"]


def test_editing_content_shows_on_the_next_request(client, committed):
    helpline = make_helpline(display_number="(+992 37) 221-21-21")
    assert "221-21-21" in client.get("/en/contacts/").content.decode()
    helpline.display_number = "(+992 37) 999-99-99"
    with committed():
        helpline.save()
    response = client.get("/en/contacts/")
    assert response["X-Cache"] == "miss"
    assert "999-99-99" in response.content.decode()


def test_deleting_content_shows_on_the_next_request(client, committed):
    helpline = make_helpline(display_number="19-19", number="1919")
    assert "19-19" in client.get("/ru/contacts/").content.decode()
    with committed():
        helpline.delete()
    assert "19-19" not in client.get("/ru/contacts/").content.decode()


@pytest.mark.parametrize(
    ("save", "moves"),
    [
        (make_article, True),
        (make_category, True),
        (make_tender, True),
        (make_helpline, True),
        (lambda: Redirect.objects.create(site_id=settings.SITE_ID, old_path="/old/", new_path="/new/"), True),
        (lambda: User.objects.create_user("clerk"), False),
    ],
    ids=["news", "incidents", "announcements", "contacts", "redirects", "accounts"],
)
def test_saves_in_the_apps_pages_show_purge_and_no_others(save, moves, committed):
    before = cache_tags.current_token()
    with committed():
        save()
    assert (cache_tags.current_token() != before) is moves


@pytest.mark.skipif(connection.vendor != "postgresql", reason="SQLite locks a table a transaction writes")
@pytest.mark.django_db(transaction=True)
def test_a_page_built_while_an_edit_is_not_yet_committed_is_not_served_after_it(client):
    """A visitor's request that runs between an editor's save and its commit reads what is
    committed: the page it builds must not outlive the commit."""
    helpline = make_helpline(display_number="(+992 37) 221-21-21")
    client.get("/en/contacts/")

    def visitor():
        try:
            return Client().get("/en/contacts/").content.decode()
        finally:
            connection.close()

    with transaction.atomic():
        helpline.display_number = "(+992 37) 999-99-99"
        helpline.save()
        with ThreadPoolExecutor(max_workers=1) as pool:
            during = pool.submit(visitor).result()
        assert "221-21-21" in during

    assert "999-99-99" in client.get("/en/contacts/").content.decode()


def test_languages_are_cached_apart(client):
    make_helpline(label_tg="Телефони боварӣ", label_en="Helpline")
    client.get("/tg/contacts/")
    english = client.get("/en/contacts/")
    assert english["X-Cache"] == "miss"
    assert "Телефони боварӣ" not in english.content.decode()


def test_reading_mode_variants_are_cached_apart(client):
    client.get("/en/contacts/")
    client.cookies[READING_COOKIE] = "larger:high:on"
    response = client.get("/en/contacts/")
    assert response["X-Cache"] == "miss"
    assert 'class="reading-larger reading-contrast"' in response.content.decode()


def test_staff_pages_are_never_cached(client, superuser):
    client.force_login(superuser)
    client.get("/en/contacts/")
    response = client.get("/en/contacts/")
    assert "X-Cache" not in response


def test_responses_that_set_cookies_are_not_stored():
    response = HttpResponse("page")
    response.set_cookie("tracking", "1")
    assert not PublicPageCacheMiddleware.is_cacheable_response(response)


def test_conditional_get_answers_not_modified(client):
    etag = client.get("/en/contacts/")["ETag"]
    assert client.get("/en/contacts/", HTTP_IF_NONE_MATCH=etag).status_code == 304


def test_errors_are_not_cached(client):
    client.get("/en/no-such-page/")
    assert "X-Cache" not in client.get("/en/no-such-page/")


def test_two_purges_at_once_never_land_on_the_same_version(settings, tmp_path, monkeypatch):
    """In a cache of files an increment is a read, then a write: two processes could both read
    a tag's version before either writes, then both write the same next number. A page built
    between their writes would be stored under the final version and outlive the second
    change."""
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": tmp_path / "shared",
        }
    }
    files = caches["default"]
    key = cache_tags.TAG_PREFIX + cache_tags.ALL
    before = cache_tags.versions([cache_tags.ALL])
    stale = files.get_many([key])
    monkeypatch.setattr(files, "get_many", lambda *args, **kwargs: stale)  # both read before either writes
    caching.content_changed()
    built_between = FileBasedCache.get(files, key)[0]
    caching.content_changed()
    assert FileBasedCache.get(files, key)[0] not in (built_between, before[cache_tags.ALL])


def test_a_cached_page_never_outlives_a_tender_deadline():
    make_tender(deadline=timezone.now() + timedelta(seconds=90))
    assert 0 < seconds_until_next_publication() <= 90


def test_a_cached_page_never_outlives_a_scheduled_publication():
    make_tender(deadline=None, published_at=timezone.now() + timedelta(seconds=120))
    assert 90 < seconds_until_next_publication() <= 120


# --- Derived data (counts, statistics, helplines), kept with the page cache on or off ---------


@pytest.mark.parametrize("page_cache_seconds", [0, 300])
def test_a_lists_count_is_worked_out_once_and_follows_every_change(
    client, settings, committed, page_cache_seconds
):
    settings.PAGE_CACHE_SECONDS = page_cache_seconds
    rubric = make_rubric()
    make_article("First", rubric=rubric)
    path = "/en/news/?rubric=" + rubric.slug

    def counts_run():
        with CaptureQueriesContext(connection) as captured:
            page = client.get(path, HTTP_COOKIE="sessionid=x").content.decode()  # never a cached page
        return sum("COUNT(" in query["sql"] for query in captured), page

    assert counts_run()[0] == 1
    assert counts_run()[0] == 0
    with committed():
        second = make_article("Second", rubric=rubric)
    ran, page = counts_run()
    assert ran == 1 and "Second (en)" in page
    with committed():
        second.delete()
    assert "Second (en)" not in counts_run()[1]


def test_a_remembered_value_is_kept_in_the_process_and_follows_every_change(monkeypatch, committed):
    make_helpline(display_number="19-19")

    def numbers():
        return remember("test-helplines", lambda: sorted(h.display_number for h in Helpline.objects.all()))

    assert numbers() == ["19-19"]
    reading = CountingReads(cache)
    monkeypatch.setattr(caching, "cache", reading)
    assert numbers() == ["19-19"]
    assert [key for key in reading.keys if key.startswith("data:")] == []
    with committed():
        make_helpline(display_number="102")
    assert numbers() == ["102", "19-19"]


def test_an_emptied_cache_never_brings_back_what_a_process_remembered():
    """After a Redis restart the tags' versions start afresh; they must not meet old ones."""
    assert remember("test-answer", lambda: "before") == "before"
    cache.clear()
    assert remember("test-answer", lambda: "after") == "after"


def test_one_request_reads_the_tags_once(client, settings, monkeypatch):
    settings.PAGE_CACHE_SECONDS = 0
    make_helpline()
    make_article("First")
    client.get("/en/news/")
    reading = CountingReads(cache)
    monkeypatch.setattr(caching, "cache", reading)
    monkeypatch.setattr(cache_tags, "cache", reading)
    client.get("/en/news/")
    assert reading.keys.count(cache_tags.TAG_PREFIX + cache_tags.ALL) == 1


def test_statistics_follow_a_new_report_at_once_and_a_scheduled_one_on_time(client, monkeypatch, committed):
    def total():
        page = client.get("/en/incidents/statistics/", HTTP_COOKIE="sessionid=x").content.decode()
        return int(re.search(r"(\d+) incidents? reported from", page).group(1))

    make_incident("Theft")
    assert total() == 1
    with committed():
        make_incident("Fraud")
    assert total() == 2
    going_live = timezone.now() + timedelta(hours=1)
    with committed():
        make_incident("Scheduled", published_at=going_live, occurred_at=timezone.now() - timedelta(days=1))
    assert total() == 2
    monkeypatch.setattr(timezone, "now", lambda: going_live + timedelta(seconds=1))
    assert total() == 3


def test_sitemaps_are_kept_by_the_page_cache_and_follow_every_change(
    client, django_assert_num_queries, committed
):
    article = make_article("Round table")
    client.get("/sitemap.xml")
    with django_assert_num_queries(0):
        assert client.get("/sitemap.xml")["X-Cache"] == "hit"
    page, listed = f"/sitemap-news.xml?p={(article.pk - 1) // 1000 + 1}", f"/en/news/{article.pk}-"
    assert listed in client.get(page).content.decode()
    assert client.get(page)["X-Cache"] == "hit"
    with committed():
        article.delete()
    assert listed not in client.get(page).content.decode()


def test_clients_that_accept_gzip_and_those_that_do_not_each_get_their_own_copy(client):
    make_article("Round table")
    plain = client.get("/sitemap.xml")
    compressed = client.get("/sitemap.xml", HTTP_ACCEPT_ENCODING="gzip")
    assert compressed["X-Cache"] == "miss" and compressed["Content-Encoding"] == "gzip"
    again_plain = client.get("/sitemap.xml")
    again_compressed = client.get("/sitemap.xml", HTTP_ACCEPT_ENCODING="gzip")
    assert again_plain["X-Cache"] == again_compressed["X-Cache"] == "hit"
    assert again_plain.content == plain.content and "Content-Encoding" not in again_plain
    assert again_compressed.content == compressed.content and again_compressed["Content-Encoding"] == "gzip"


# --- Query parameters: pages are cached under the ones their views read, no others ----------


def test_unknown_query_parameters_are_answered_from_the_clean_addresss_entry(client):
    make_helpline()
    first = client.get("/en/contacts/?utm_source=mail&z=1")
    assert first["X-Cache"] == "miss"
    for junk in ("z=2", "z=3&fbclid=abc", "utm_source=mail&z=1"):
        response = client.get(f"/en/contacts/?{junk}")
        assert response["X-Cache"] == "hit"
        assert response.content == first.content
    clean = client.get("/en/contacts/")
    assert clean["X-Cache"] == "hit"
    # Nothing from the first visitor's parameters reached the page others get (the language
    # switcher links back to the page it is on).
    assert "utm_source" not in clean.content.decode()


def test_the_order_of_query_parameters_does_not_make_another_entry(client):
    rubric = make_rubric("security")
    make_article("First", rubric=rubric)
    client.get(f"/en/news/?rubric={rubric.slug}&page=1")
    assert client.get(f"/en/news/?page=1&z=0&rubric={rubric.slug}")["X-Cache"] == "hit"


@pytest.fixture
def two_of_everything(monkeypatch):
    """Two items in each list, on pages of one, so that every filter and every page changes
    what a list shows."""
    for view in (ArticleListMixin, IncidentListView, AnnouncementListView, SearchView):
        monkeypatch.setattr(view, "paginate_by", 1)
    sughd, khatlon = make_place("khujand", "sughd"), make_place("kulob", "khatlon")
    make_article("Patrol in Khujand", rubric=make_rubric("patrol"), region=sughd.region)
    make_article("Patrol in Kulob", rubric=make_rubric("traffic"), region=khatlon.region)
    make_incident("Theft in Khujand", category=make_category("theft"), district=sughd)
    make_incident(
        "Fraud in Kulob",
        category=make_category("fraud"),
        district=khatlon,
        occurred_at=timezone.now() - timedelta(days=40),
    )
    make_tender()
    make_vacancy()
    legislation = make_page("Legislation", slug="legislation", model=DocumentsPage)
    add_document(legislation, "Police law", date(2023, 5, 17), DocumentKind.LAW)
    add_document(legislation, "Uniform order", date(2024, 3, 1), DocumentKind.ORDER)


week_ago = (timezone.localdate() - timedelta(days=7)).isoformat()
places = {"region": "sughd", "district": "kulob", "category": "fraud"}
incident_filters = {**places, "date_from": week_ago, "date_to": week_ago}
# For each view that reads query parameters: its address and a value for each parameter.
FILTERS = {
    "search": ("/en/search/", {"q": "patrol", "type": "news", "page": "2"}),
    "news:list": ("/en/news/", {"rubric": "patrol", "region": "khatlon", "page": "2"}),
    "news:year": (f"/en/news/{timezone.localdate().year}/", {"page": "2"}),
    "news:month": (f"/en/news/{timezone.localdate():%Y/%m}/", {"page": "2"}),
    "news:address_list": ("/en/news/addresses/", {"page": "2"}),
    "incidents:list": ("/en/incidents/", {**incident_filters, "page": "2"}),
    "incidents:statistics": ("/en/incidents/statistics/", incident_filters),
    "incidents:feed": ("/en/incidents/feed/", places),
    "announcements:list": ("/en/announcements/", {"kind": "tender", "status": "open", "page": "2"}),
    "sitemap_section": ("/sitemap-news.xml", {"p": "2"}),
    "page": ("/en/legislation/", {"year": "2023", "kind": "law"}),
}


def test_every_parameter_a_view_is_cached_under_is_tested(settings, two_of_everything):
    declared = settings.PAGE_CACHE_QUERY_PARAMETERS.items()
    assert {(view, name) for view, names in declared for name in names} == {
        (view, name) for view, (_path, values) in FILTERS.items() for name in values
    }
    assert all(resolve(path).view_name == view for view, (path, _values) in FILTERS.items())


@pytest.mark.parametrize(
    ("path", "name", "value"),
    [(path, name, value) for path, values in FILTERS.values() for name, value in values.items()],
)
def test_every_list_filter_gives_the_same_page_cached_as_uncached(
    client, settings, two_of_everything, path, name, value
):
    settings.PAGE_CACHE_SECONDS = 0
    expected = client.get(f"{path}?{urlencode({name: value})}")
    unfiltered = client.get(path)
    assert (expected.status_code, expected.content) != (unfiltered.status_code, unfiltered.content)

    settings.PAGE_CACHE_SECONDS = 300
    client.get(path)
    client.get(f"{path}?{urlencode({name: value, 'z': 1})}")
    cached = client.get(f"{path}?{urlencode({name: value})}")
    assert cached.status_code == expected.status_code
    assert cached.status_code != 200 or cached["X-Cache"] == "hit"
    assert cached.content == expected.content
