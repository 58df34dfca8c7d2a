"""The menus in a real browser: a reader reaches a page through the main menu by keyboard
alone, on wide screens and on phones (through the menu button, in every reading size, nothing
wider than the screen), with and without scripts; axe finds nothing with the menus open."""

import pytest
from playwright.sync_api import expect

from mia_portal.reading import SIZES, ReadingMode
from tests.browser.axe import axe_violations, needs_axe
from tests.browser.test_reading_mode import SPLIT_WORDS, use_mode
from tests.menus.factories import add_item, empty_menu
from tests.pages.factories import make_page

pytestmark = pytest.mark.django_db(transaction=True)

LANGUAGES = ("tg", "ru", "en")
# The parent's label as long-worded as the ministry's own Tajik and Russian headings.
MINISTRY = {
    "label_tg": "Дар бораи Вазорати корҳои дохилӣ",
    "label_ru": "О Министерстве внутренних дел",
    "label_en": "The ministry",
}


@pytest.fixture
def menus():
    about = make_page("About the ministry", slug="about")
    leadership = make_page("Leadership", slug="leadership", parent=about)
    structure = make_page("Structure", slug="structure", parent=about)
    main = empty_menu()
    add_item(main, section="home", order=10)
    add_item(main, section="news", order=20)
    ministry = add_item(main, page=about, order=30, **MINISTRY)
    add_item(main, page=leadership, parent=ministry, order=10)
    add_item(main, page=structure, parent=ministry, order=20)
    add_item(main, section="contacts", order=40)
    footer = empty_menu(
        "footer-ministry", order=1, title_tg="Вазорат", title_ru="Министерство", title_en="The ministry"
    )
    add_item(footer, page=leadership)
    return main


def focused(page):
    return page.evaluate("document.activeElement.textContent.trim()")


def tab_to(page, name, limit=40):
    for _step in range(limit):
        page.keyboard.press("Tab")
        if focused(page) == name:
            return
    raise AssertionError(f"{name!r} is not reached by Tab")


def test_a_reader_opens_a_page_through_the_main_menu_by_keyboard_alone(page, menus):
    page.goto("/en/news/")
    button = page.get_by_role("button", name="The ministry")
    expect(button).to_have_attribute("aria-expanded", "false")
    leadership = page.locator(".main-nav").get_by_role("link", name="Leadership (en)")
    expect(leadership).to_be_hidden()

    tab_to(page, "The ministry")
    page.keyboard.press("Enter")
    expect(button).to_have_attribute("aria-expanded", "true")
    expect(leadership).to_be_visible()
    page.keyboard.press("Escape")
    expect(button).to_have_attribute("aria-expanded", "false")
    expect(leadership).to_be_hidden()
    assert page.evaluate("document.activeElement.getAttribute('aria-expanded')") == "false"
    assert focused(page) == "The ministry"

    page.keyboard.press("Space")
    expect(button).to_have_attribute("aria-expanded", "true")
    page.keyboard.press("Tab")
    assert focused(page) == "The ministry"  # the parent's own page, first of its items
    page.keyboard.press("Tab")
    assert focused(page) == "Leadership (en)"
    page.keyboard.press("Enter")
    page.wait_for_url("**/en/about/leadership/")
    expect(page.locator(".main-nav [aria-current='page']")).to_have_text("Leadership (en)")


def test_without_scripts_the_parents_items_are_reached_by_keyboard(browser, live_server, menus):
    context = browser.new_context(
        base_url=live_server.url, viewport={"width": 1280, "height": 900}, java_script_enabled=False
    )
    page = context.new_page()
    page.goto("/ru/news/")
    expect(page.locator(".main-nav__button")).to_have_count(0)
    tab_to(page, MINISTRY["label_ru"])
    page.keyboard.press("Tab")
    assert focused(page) == "Leadership (ru)"
    expect(page.get_by_role("link", name="Leadership (ru)").first).to_be_visible()
    page.keyboard.press("Enter")
    page.wait_for_url("**/ru/about/leadership/")
    context.close()


@pytest.mark.parametrize("width", [360, 320])
@pytest.mark.parametrize("size", SIZES)
def test_a_phone_reader_opens_a_page_through_the_menu_button(page, live_server, menus, width, size):
    page.set_viewport_size({"width": width, "height": 640})
    use_mode(page, live_server, ReadingMode(size=size))
    for language in LANGUAGES:
        page.goto(f"/{language}/news/")
        page.locator(".main-nav summary").click()
        parent = page.get_by_role("button", name=MINISTRY[f"label_{language}"])
        parent.click()
        expect(parent).to_have_attribute("aria-expanded", "true")
        leadership = page.locator(".main-nav").get_by_role("link", name=f"Leadership ({language})")
        expect(leadership).to_be_visible()
        assert page.evaluate("document.documentElement.scrollWidth") <= width, language
        assert page.evaluate(SPLIT_WORDS, ".main-nav button, .main-nav summary") == [], language
        for link in page.locator(".main-nav a, .footer-menus a").all():
            box = link.bounding_box()
            assert box is None or box["x"] + box["width"] <= width + 0.5, link.text_content()
    leadership.click()
    page.wait_for_url("**/en/about/leadership/")


def test_escape_folds_the_phone_menu_back_behind_its_button(page, menus):
    page.set_viewport_size({"width": 360, "height": 640})
    page.goto("/en/news/")
    toggle = page.locator(".main-nav summary")
    toggle.focus()
    page.keyboard.press("Enter")
    expect(page.get_by_role("button", name="The ministry")).to_be_visible()
    page.keyboard.press("Tab")
    page.keyboard.press("Escape")
    expect(page.get_by_role("button", name="The ministry")).to_be_hidden()
    assert focused(page) == "Menu"


@needs_axe
@pytest.mark.parametrize("language", LANGUAGES)
def test_axe_finds_nothing_with_the_menus_open(page, menus, language):
    page.goto(f"/{language}/about/")
    page.get_by_role("button", name=MINISTRY[f"label_{language}"]).click()
    assert axe_violations(page) == []
    page.set_viewport_size({"width": 360, "height": 640})
    page.reload()
    page.locator(".main-nav summary").click()
    page.get_by_role("button", name=MINISTRY[f"label_{language}"]).click()
    assert axe_violations(page) == []
