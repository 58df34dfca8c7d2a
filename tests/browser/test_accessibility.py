"""Accessibility in a real browser: axe-core on every public page type, in every language,
in the normal and the high-contrast reading mode; keyboard use; phones.

axe-core comes from the npm package installed by `make install` (node_modules/), injected by
Playwright; nothing is loaded from a CDN.
"""

import re
from datetime import timedelta

import pytest
from django.core.files.base import ContentFile
from django.utils import timezone
from playwright.sync_api import expect

from demo.contacts import load as load_contacts
from mia_portal.reading import COOKIE_NAME as READING_COOKIE
from tests.announcements.factories import make_document, make_position, make_tender, make_vacancy, pdf_bytes
from tests.browser.axe import axe_violations, needs_axe
from tests.incidents.factories import make_incident
from tests.news.factories import make_address, make_article, make_photo, make_update, photo_bytes
from tests.site_pages import any_language, page_paths

pytestmark = pytest.mark.django_db(transaction=True)

LANGUAGES = ("tg", "ru", "en")
MODES = {"normal": None, "high-contrast": "large:high:on"}


@pytest.fixture
def site():
    """One of each kind of page, with photos, documents and helplines."""
    load_contacts()
    article = make_article("Round table in Sughd region", cover=ContentFile(photo_bytes(1600, 1000), "c.jpg"))
    make_photo(article)
    make_update(article)
    make_article("Road safety week")
    address = make_address(is_current=True)
    incident = make_incident("Theft of cattle")
    make_incident("Large-scale fraud")
    tender = make_tender(reference_number="MIA/2026/01", deadline=timezone.now() + timedelta(days=9))
    make_document(tender, data=pdf_bytes("dossier"))
    vacancy = make_vacancy(deadline=timezone.now() + timedelta(days=20))
    make_position(vacancy)
    return {
        **page_paths(article=article, incident=incident, tender=tender, vacancy=vacancy),
        "news archive": f"/{{lang}}/news/{article.published_at.year}/",
        "address": any_language(address),
        "incidents": "/{lang}/incidents/",
        "search": "/{lang}/search/?q=round",
        "not found": "/{lang}/no-such-page/",
    }


@needs_axe
@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_type_has_no_wcag_aa_violations(page, live_server, site, language, mode, screenshot):
    if MODES[mode]:
        page.context.add_cookies([{"name": READING_COOKIE, "value": MODES[mode], "url": live_server.url}])
    found = {}
    for name, path in site.items():
        page.goto(path.format(lang=language))
        violations = axe_violations(page)
        if violations:
            found[name] = violations
    screenshot(page, f"a11y-{language}-{mode}")
    assert not found, found


def test_keyboard_users_skip_to_content_and_see_where_they_are(page, site):
    page.goto("/en/news/")
    page.keyboard.press("Tab")
    skip = page.locator(".skip-link")
    assert skip.evaluate("element => element === document.activeElement")
    assert skip.is_visible()
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
    # Focus is always visible: the focused link gets an outline.
    page.keyboard.press("Tab")
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline not in ("", "none")


def test_incident_filters_work_from_the_keyboard(page, site):
    page.goto("/en/incidents/")
    page.locator("select[name=region]").focus()
    page.keyboard.press("ArrowDown")  # picks the first region
    for _step in range(12):  # on to the filter form's submit button
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.type") == "submit":
            break
    page.keyboard.press("Enter")
    page.wait_for_url("**/en/incidents/?**")
    assert "region=" in page.url


def test_the_reading_mode_is_switched_on_and_off_from_any_page(page, site, screenshot):
    page.goto("/ru/incidents/")
    page.get_by_role("link", name="Версия для слабовидящих").click()
    html = page.locator("html")
    expect(html).to_have_class(re.compile(r"\breading-contrast\b"))
    assert page.url.endswith("/ru/incidents/")
    page.get_by_role("link", name="Самый крупный текст").click()
    expect(html).to_have_class(re.compile(r"\breading-larger\b"))
    page.get_by_role("link", name="Скрыть").click()
    expect(html).to_have_class(re.compile(r"\breading-no-images\b"))
    screenshot(page, "reading-mode-ru")
    page.get_by_role("link", name="Обычная версия сайта").click()
    expect(html).not_to_have_class(re.compile(r"reading-"))


@pytest.mark.parametrize("width", [360, 768, 1280])
def test_no_page_scrolls_sideways_and_navigation_stays_reachable(page, site, width, screenshot):
    page.set_viewport_size({"width": width, "height": 800})
    for name, path in site.items():
        page.goto(path.format(lang="tg"))
        overflow = page.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        assert overflow <= 0, f"{name} scrolls sideways by {overflow}px at {width}px"
        assert page.get_by_role("navigation", name="Менюи асосӣ").is_visible()
        if name in {"home", "article", "tender"}:
            screenshot(page, f"{width}px-{name}")


def test_tap_targets_are_large_enough_on_a_phone(page, site):
    page.set_viewport_size({"width": 360, "height": 800})
    page.goto("/en/")
    small = page.evaluate(
        """() => [...document.querySelectorAll('header a, footer a, nav a, button, input, select')]
            .filter(element => element.offsetParent !== null)
            .map(element => [element.textContent.trim() || element.getAttribute('aria-label'),
                             element.getBoundingClientRect()])
            .filter(([, box]) => box.height < 24 || box.width < 24)
            .map(([label, box]) => `${label}: ${Math.round(box.width)}x${Math.round(box.height)}`)"""
    )
    assert not small, small
