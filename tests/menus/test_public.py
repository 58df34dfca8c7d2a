"""The menus as readers meet them: in their language, without what is not public, at no
query once remembered, and up to date after every change."""

import re
from datetime import timedelta
from types import SimpleNamespace

import pytest
from django.core.cache.backends import filebased
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation

from menus.models import Menu
from mia_portal.publishing import Status
from tests.menus.factories import add_item, empty_menu
from tests.pages.factories import make_page

pytestmark = pytest.mark.django_db


def header_nav(client, path):
    page = client.get(path).content.decode()
    return re.search(r'<nav class="main-nav".*?</nav>', page, re.S).group(0)


def footer_nav(client, path):
    page = client.get(path).content.decode()
    found = re.search(r'<nav class="footer-menus".*?</nav>', page, re.S)
    return found.group(0) if found else ""


@pytest.mark.parametrize("language", ["tg", "ru", "en"])
def test_the_main_menu_speaks_the_readers_language(client, language):
    menu = empty_menu()
    about = make_page("About", slug="about")
    add_item(menu, "The ministry", page=about, order=1)
    add_item(menu, "Press", section="news", order=2)
    add_item(menu, "President", url="https://www.president.tj/", order=3)
    nav = header_nav(client, f"/{language}/contacts/")
    assert f'href="/{language}/about/">The ministry ({language})</a>' in nav
    assert f'href="/{language}/news/">Press ({language})</a>' in nav
    assert f'href="https://www.president.tj/">President ({language})</a>' in nav
    assert nav.index("The ministry") < nav.index("Press") < nav.index("President")


@pytest.mark.parametrize(
    ("language", "news", "home"),
    [("tg", "Хабарҳо", "Саҳифаи асосӣ"), ("ru", "Новости", "Главная"), ("en", "News", "Home")],
)
def test_an_item_without_a_label_is_named_for_its_section_or_page(client, language, news, home):
    menu = empty_menu()
    add_item(menu, section="home", order=1)
    add_item(menu, section="news", order=2)
    add_item(menu, page=make_page("Leadership", slug="leadership"), order=3)
    nav = header_nav(client, f"/{language}/contacts/")
    assert f">{home}</a>" in nav and f">{news}</a>" in nav
    assert f">Leadership ({language})</a>" in nav


def test_a_label_missing_in_the_readers_language_falls_back_and_says_its_language(client):
    menu = empty_menu()
    add_item(menu, url="https://www.president.tj/", label_ru="Президент", label_tg="Президент (tg)")
    nav = header_nav(client, "/en/contacts/")
    # English falls back to Russian first (MODELTRANSLATION_FALLBACK_LANGUAGES).
    assert '<a class="main-nav__link" href="https://www.president.tj/" lang="ru">Президент</a>' in nav


def test_the_footer_shows_its_columns_with_their_headings_in_order(client):
    Menu.objects.exclude(key="main-menu").delete()
    citizens = empty_menu(
        "footer-citizens", order=2, title_tg="Шаҳрвандон", title_ru="Гражданам", title_en="Citizens"
    )
    ministry = empty_menu(
        "footer-ministry", order=1, title_tg="Вазорат", title_ru="Министерство", title_en="Ministry"
    )
    add_item(citizens, section="contacts")
    add_item(ministry, section="feeds")
    footer = footer_nav(client, "/ru/news/")
    assert footer.index("Министерство") < footer.index("Гражданам")
    assert '<h2 class="footer-menu__title">Министерство</h2>' in footer
    assert 'href="/ru/feeds/"' in footer and 'href="/ru/contacts/"' in footer


def test_an_empty_footer_column_is_left_out(client):
    Menu.objects.exclude(key="main-menu").delete()
    empty_menu("footer-empty", title_en="Nothing here")
    assert footer_nav(client, "/en/news/") == ""


def test_the_current_pages_item_is_marked(client):
    menu = empty_menu()
    add_item(menu, section="home", order=1)
    add_item(menu, section="news", order=2)
    about = make_page("About", slug="about")
    add_item(menu, page=about, order=3)
    add_item(menu, page=make_page("Leadership", slug="leadership", parent=about), order=4)
    nav = header_nav(client, "/en/news/")
    assert re.findall(r'href="([^"]+)" aria-current="page"', nav) == ["/en/news/"]
    nav = header_nav(client, "/en/about/leadership/")
    assert re.findall(r'href="([^"]+)" aria-current="page"', nav) == ["/en/about/leadership/"]
    nav = header_nav(client, "/en/")
    assert re.findall(r'href="([^"]+)" aria-current="page"', nav) == ["/en/"]


def test_children_are_listed_under_their_parent_without_scripts(client):
    menu = empty_menu()
    about = add_item(menu, "Ministry", page=make_page("About", slug="about"))
    add_item(menu, "Leadership", page=make_page("Leadership", slug="leadership"), parent=about, order=1)
    add_item(menu, "Structure", section="contacts", parent=about, order=2)
    nav = header_nav(client, "/en/news/")
    item = re.search(r'<li class="main-nav__item main-nav__item--parent">.*?</ul>', nav, re.S).group(0)
    assert 'href="/en/about/">Ministry (en)</a>' in item
    assert re.search(
        r'<ul class="main-nav__sub" id="main-nav-sub-1">\s*<li><a class="main-nav__sublink" '
        r'href="/en/leadership/">Leadership \(en\)</a>\s*</li>\s*<li>.*Structure \(en\)',
        item,
        re.S,
    )


@pytest.mark.parametrize(
    "change",
    [
        {"status": Status.DRAFT},
        {"status": Status.WITHDRAWN},
        {"published_at": timezone.now() + timedelta(days=1)},
    ],
    ids=["draft", "withdrawn", "scheduled"],
)
def test_an_item_whose_page_is_not_public_disappears_with_its_children(client, change):
    menu = empty_menu()
    parent = add_item(menu, "Ministry", page=make_page("About", slug="about", **change))
    add_item(menu, "Leadership", section="news", parent=parent)
    add_item(menu, "Contacts", section="contacts", order=2)
    nav = header_nav(client, "/en/news/")
    assert "Contacts (en)" in nav
    assert "Ministry" not in nav and "Leadership" not in nav


def test_a_page_under_a_draft_page_is_not_public_either(client):
    menu = empty_menu()
    draft = make_page("About", slug="about", status=Status.DRAFT)
    add_item(menu, "Leadership", page=make_page("Leadership", slug="leadership", parent=draft))
    assert "Leadership" not in header_nav(client, "/en/news/")


@pytest.mark.parametrize("page_cache_seconds", [0, 300])
def test_a_scheduled_page_appears_in_the_menu_when_it_goes_live(
    client, settings, monkeypatch, page_cache_seconds
):
    if page_cache_seconds and settings.REDIS_URL:
        pytest.skip("Redis expires the cached page by its own clock, which a test cannot move")
    settings.PAGE_CACHE_SECONDS = page_cache_seconds
    menu = empty_menu()
    going_live = timezone.now() + timedelta(hours=1)
    add_item(menu, "Leadership", page=make_page("Leadership", slug="leadership", published_at=going_live))
    assert "Leadership" not in header_nav(client, "/en/news/")
    assert "Leadership" not in header_nav(client, "/en/news/")  # from the cache, when it is on
    later = going_live + timedelta(seconds=1)
    monkeypatch.setattr(timezone, "now", lambda: later)
    # The cache in files expires the page it kept until then by the same clock.
    monkeypatch.setattr(filebased, "time", SimpleNamespace(time=later.timestamp))
    assert "Leadership (en)" in header_nav(client, "/en/news/")


def menu_queries(captured):
    return [query["sql"] for query in captured if "menus_" in query["sql"]]


def test_menus_cost_no_query_once_remembered(client, settings, django_assert_num_queries):
    settings.PAGE_CACHE_SECONDS = 0
    menu = empty_menu()
    add_item(menu, "Ministry", page=make_page("About", slug="about"))
    add_item(menu, section="news", order=2)
    with CaptureQueriesContext(connection) as first:
        client.get("/en/contacts/")
    assert len(menu_queries(first)) == 2  # the menus and their items (pages joined)
    with CaptureQueriesContext(connection) as second:
        page = client.get("/tg/contacts/").content.decode()  # every language is built at once
    assert menu_queries(second) == [] and "Ministry (tg)" in page

    from menus.public import public_menus

    with django_assert_num_queries(0), translation.override("ru"):
        assert public_menus().main[0].label == "Ministry (ru)"


@pytest.mark.parametrize("page_cache_seconds", [0, 300])
def test_a_menu_change_shows_at_once(client, settings, committed, page_cache_seconds):
    settings.PAGE_CACHE_SECONDS = page_cache_seconds
    menu = empty_menu()
    item = add_item(menu, "Press", section="news")
    assert "Press (en)" in header_nav(client, "/en/contacts/")
    with committed():
        item.label_en = "Newsroom"
        item.save()
    assert "Newsroom" in header_nav(client, "/en/contacts/")
    with committed():
        add_item(menu, "Helplines", section="contacts", order=5)
    assert "Helplines (en)" in header_nav(client, "/en/contacts/")
    with committed():
        menu.delete()
    assert "Newsroom" not in header_nav(client, "/en/contacts/")


@pytest.mark.parametrize("page_cache_seconds", [0, 300])
def test_a_change_to_a_page_a_menu_points_to_shows_at_once(client, settings, committed, page_cache_seconds):
    settings.PAGE_CACHE_SECONDS = page_cache_seconds
    menu = empty_menu()
    page = make_page("Leadership", slug="leadership")
    add_item(menu, page=page)
    assert 'href="/en/leadership/">Leadership (en)</a>' in header_nav(client, "/en/contacts/")
    with committed():
        page.title_en = "The minister"
        page.slug = "minister"
        page.save()
    assert 'href="/en/minister/">The minister</a>' in header_nav(client, "/en/contacts/")
    with committed():
        page.status = Status.WITHDRAWN
        page.save()
    assert "minister" not in header_nav(client, "/en/contacts/")


def test_a_page_loads_the_menus_script_only_when_the_main_menu_has_items_under_others(client, committed):
    menu = empty_menu()
    parent = add_item(menu, "Ministry", section="contacts")
    assert "main_nav.js" not in client.get("/en/news/").content.decode()
    with committed():
        add_item(menu, "Leadership", section="news", parent=parent)
    page = client.get("/en/news/").content.decode()
    assert re.search(r'<script src="/static/js/main_nav\.js" defer></script>', page)


def test_without_a_main_menu_the_site_keeps_its_sections(client):
    Menu.objects.filter(key="main-menu").delete()
    nav = header_nav(client, "/ru/news/")
    assert re.findall(r'href="([^"]+)"', nav) == [
        "/ru/",
        "/ru/news/",
        "/ru/incidents/",
        "/ru/announcements/",
        "/ru/contacts/",
    ]
