"""What a save invalidates: nothing when nothing public changed, exactly what shows a published
item, everything that showed a withdrawn one at once; and the previous copy of a page while one
process rebuilds it after a publication, never after a withdrawal."""

from datetime import timedelta

import pytest
from django.core.cache import cache
from django.test import RequestFactory
from django.utils import timezone

from mia_portal import cache_tags
from mia_portal.caching import PublicPageCacheMiddleware, remember
from mia_portal.publishing import Status
from tests.incidents.factories import make_category, make_incident, make_place
from tests.news.factories import make_article, make_photo, make_rubric

pytestmark = pytest.mark.django_db

LANGUAGES = ("tg", "ru", "en")


@pytest.fixture(autouse=True)
def page_cache(settings):
    settings.PAGE_CACHE_SECONDS = 300
    settings.PAGE_CACHE_STALE_SECONDS = 5


def address(item, language):
    return f"/{language}/news/{item.pk}-{item.slug}/"


@pytest.fixture
def site(client):
    """Two live articles in two rubrics, an incident report, and their pages cached."""
    patrol, traffic = make_rubric("patrol"), make_rubric("traffic")
    site = {
        "article": make_article("Patrol in Khujand", rubric=patrol),
        "other": make_article("Traffic in Kulob", rubric=traffic),
        "incident": make_incident("Theft"),
    }
    site["pages"] = {
        **{f"article-{code}": address(site["article"], code) for code in LANGUAGES},
        **{f"other-{code}": address(site["other"], code) for code in LANGUAGES},
        "home": "/en/",
        "news": "/en/news/",
        "news-tg": "/tg/news/",
        "incidents": "/en/incidents/",
        "incident": site["incident"].get_absolute_url(),
        "contacts": "/en/contacts/",
    }
    for path in site["pages"].values():
        assert client.get(path)["X-Cache"] == "miss", path
    return site


def cached(client, site):
    """The names of the pages answered from the cache (as they are, not stale)."""
    return {name for name, path in site["pages"].items() if client.get(path).get("X-Cache") == "hit"}


def test_a_draft_changes_no_cached_page(client, site, committed):
    with committed():
        draft = make_article("Draft", status=Status.DRAFT, rubric=site["article"].rubric)
    with committed():
        draft.title_en = "Draft, second try"
        draft.save()
    assert cached(client, site) == set(site["pages"])


def test_editing_a_scheduled_item_changes_no_cached_page(client, site, committed):
    with committed():
        scheduled = make_article("Tomorrow", published_at=timezone.now() + timedelta(days=1))
    # Scheduling moves when every cached page must be rebuilt: they are, once.
    assert cached(client, site) == set()
    with committed():
        scheduled.title_en = "Tomorrow, corrected"
        scheduled.save()
    assert cached(client, site) == set(site["pages"])


def test_a_save_that_changes_only_what_the_admin_shows_changes_no_cached_page(client, site, committed):
    article = site["article"]
    with committed():
        article.save()  # the same text; only the last-change time and author move
    assert cached(client, site) == set(site["pages"])


def test_a_publication_invalidates_exactly_what_shows_it(client, site, committed):
    with committed():
        make_article("New patrol", rubric=site["article"].rubric)
    # Lists and home show it; the article of the same rubric lists it among related ones.
    invalidated = {"home", "news", "news-tg", *(f"article-{code}" for code in LANGUAGES)}
    assert cached(client, site) == set(site["pages"]) - invalidated
    assert "New patrol" in client.get("/en/news/").content.decode()


def test_an_edit_of_a_live_item_invalidates_its_pages_in_every_language(client, site, committed):
    article = site["article"]
    with committed():
        article.title_en = "Patrol in Khujand, updated"
        article.save()
    invalidated = {"home", "news", "news-tg", *(f"article-{code}" for code in LANGUAGES)}
    assert cached(client, site) == set(site["pages"]) - invalidated
    assert "Patrol in Khujand, updated" in client.get(address(article, "en")).content.decode()


def test_a_photo_of_a_live_article_invalidates_its_pages_and_of_a_draft_none(client, site, committed):
    draft = make_article("Draft", status=Status.DRAFT)
    with committed():
        make_photo(draft)
    assert cached(client, site) == set(site["pages"])
    with committed():
        make_photo(site["article"])
    assert {f"article-{code}" for code in LANGUAGES} & cached(client, site) == set()


def test_an_incident_leaves_the_news_pages_cached(client, site, committed):
    place, category = make_place(), make_category()  # places are shown everywhere: set first
    for path in site["pages"].values():
        client.get(path)
    with committed():
        make_incident("Fraud", district=place, category=category)
    assert cached(client, site) == set(site["pages"]) - {"home", "incidents"}


def test_a_helpline_shown_on_every_page_invalidates_every_page(client, site, committed):
    from tests.factories import make_helpline

    with committed():
        make_helpline(display_number="19-19")
    assert cached(client, site) == set()


@pytest.mark.parametrize("status", [Status.WITHDRAWN, Status.DRAFT])
def test_a_withdrawal_is_never_served_stale(client, site, committed, status):
    article = site["article"]
    with committed():
        article.status = status
        article.save()
    for path in (*(address(article, code) for code in LANGUAGES), "/en/news/", "/en/"):
        response = client.get(path)
        assert response.get("X-Cache") != "stale", path
        assert "Patrol in Khujand" not in response.content.decode()
    assert client.get(address(article, "en")).status_code == (410 if status == Status.WITHDRAWN else 404)


def test_a_deletion_is_never_served_stale(client, site, committed):
    with committed():
        site["article"].delete()
    assert "Patrol in Khujand" not in client.get("/en/news/").content.decode()


def rebuilding_elsewhere(path):
    """What another process holds while it rebuilds the page at ``path``."""
    key = PublicPageCacheMiddleware.cache_key(RequestFactory().get(path))
    assert cache.add(f"lock:{key}", 1, 30)


def test_while_one_process_rebuilds_a_page_after_a_publication_others_get_the_previous_copy(
    client, site, committed
):
    with committed():
        make_article("New patrol", rubric=site["article"].rubric)
    rebuilding_elsewhere("/en/news/")
    stale = client.get("/en/news/")
    assert stale["X-Cache"] == "stale"
    assert "New patrol" not in stale.content.decode()
    # A page nobody is rebuilding is rebuilt by the first request that finds it changed.
    fresh = client.get("/tg/news/")
    assert fresh["X-Cache"] == "miss" and "New patrol" in fresh.content.decode()


def test_the_previous_copy_is_served_only_for_a_few_seconds(client, site, committed, monkeypatch):
    with committed():
        make_article("New patrol", rubric=site["article"].rubric)
    rebuilding_elsewhere("/en/news/")
    later = timezone.now() + timedelta(seconds=6)
    monkeypatch.setattr(timezone, "now", lambda: later)
    response = client.get("/en/news/")
    assert response["X-Cache"] == "miss" and "New patrol" in response.content.decode()


def test_after_a_withdrawal_no_process_gets_the_previous_copy(client, site, committed):
    article = site["article"]
    with committed():
        article.status = Status.WITHDRAWN
        article.save()
    with committed():
        make_article("New patrol", rubric=make_rubric("other"))  # a publication right after it
    rebuilding_elsewhere("/en/news/")
    response = client.get("/en/news/")
    assert response["X-Cache"] == "miss"
    assert "Patrol in Khujand" not in response.content.decode()


def test_an_expired_page_is_never_served_stale(client, site, committed, monkeypatch):
    with committed():
        make_article("New patrol", rubric=site["article"].rubric)
    rebuilding_elsewhere("/en/news/")
    later = timezone.now() + timedelta(seconds=301)
    monkeypatch.setattr(timezone, "now", lambda: later)
    assert client.get("/en/news/")["X-Cache"] == "miss"


def test_a_scheduled_item_appears_on_time_although_its_schedule_was_set_after_the_page_was_cached(
    client, site, committed, monkeypatch
):
    going_live = timezone.now() + timedelta(seconds=60)
    with committed():
        make_article("Scheduled patrol", published_at=going_live)
    assert "Scheduled patrol" not in client.get("/en/news/").content.decode()
    assert client.get("/en/news/")["X-Cache"] == "hit"
    monkeypatch.setattr(timezone, "now", lambda: going_live + timedelta(seconds=1))
    response = client.get("/en/news/")
    assert response["X-Cache"] == "miss" and "Scheduled patrol" in response.content.decode()


def test_a_page_built_while_a_purge_happens_is_not_stored(client, site, monkeypatch):
    """The page may show what the database held before the change: it must not outlive it."""
    real = PublicPageCacheMiddleware.store

    def purge_meanwhile(self, *args):
        cache_tags.purge(["news:list"])
        return real(self, *args)

    cache_tags.purge(["news:list"])
    monkeypatch.setattr(PublicPageCacheMiddleware, "store", purge_meanwhile)
    assert client.get("/en/news/")["X-Cache"] == "miss"
    monkeypatch.setattr(PublicPageCacheMiddleware, "store", real)
    assert client.get("/en/news/")["X-Cache"] == "miss"


def test_a_remembered_value_follows_its_tags_only(committed):
    place, category = make_place(), make_category()
    calls = []

    def count():
        calls.append(1)
        return len(calls)

    assert remember("test-count", count, tags=["news:list"]) == 1
    with committed():
        make_incident("Fraud", district=place, category=category)
    assert remember("test-count", count, tags=["news:list"]) == 1
    with committed():
        make_article("New patrol")
    assert remember("test-count", count, tags=["news:list"]) == 2


def test_pages_name_their_tags_to_a_proxy(client, settings):
    settings.PROXY_PURGE_URLS = ["http://127.0.0.1:9/"]
    article = make_article("Patrol", rubric=make_rubric("patrol"))
    tags = client.get(address(article, "ru"))["xkey"].split()
    assert {f"news.article:{article.pk}", f"news.rubric:{article.rubric_id}", "all", "schedule"} <= set(tags)
    assert "news:list" not in tags and "content" not in tags
    assert "s-maxage=300" in client.get("/en/news/")["Cache-Control"]


def test_a_library_photo_purges_the_pages_of_the_live_items_showing_it_and_nothing_else(
    client, site, committed
):
    from tests.photos.factories import make_library_photo

    with committed():
        photo = make_library_photo("Unused")  # a new photo in the library shows nowhere yet
    assert cached(client, site) == set(site["pages"])
    site["article"].cover_photo = photo
    with committed():
        site["article"].save()
    for path in site["pages"].values():
        client.get(path)
    with committed():
        photo.focal_x = 0.2
        photo.save()
    assert {f"article-{code}" for code in LANGUAGES} & cached(client, site) == set()
    assert {f"other-{code}" for code in LANGUAGES} | {"incidents", "contacts"} <= cached(client, site)
