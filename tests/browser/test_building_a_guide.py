"""A press officer builds a service guide in the admin — texts in three languages, a photo from
the library, a word linked to an incident report — previews and publishes it; readers reach it
through the main menu by keyboard and on a phone, and axe finds nothing on it."""

import pytest
from django.contrib.auth.models import Group, User
from playwright.sync_api import expect

from mia_portal.reading import COOKIE_NAME as READING_COOKIE
from mia_portal.roles import PRESS_OFFICERS
from pages.models import ServiceGuidePage
from tests.browser.axe import axe_violations, needs_axe
from tests.browser.test_menus import focused, tab_to
from tests.factories import ensure_roles
from tests.incidents.factories import make_incident
from tests.menus.factories import add_item, empty_menu
from tests.pages.factories import make_page
from tests.photos.factories import make_library_photo

pytestmark = pytest.mark.django_db(transaction=True)
PASSWORD = "a sufficiently long password"
LANGUAGES = ("tg", "ru", "en")
MODES = {"normal": None, "high-contrast": "large:high:on"}
TITLES = {"tg": "Гирифтани шиноснома", "ru": "Получение паспорта", "en": "Getting a passport"}
STEPS = {"tg": "Ариза нависед", "ru": "Напишите заявление", "en": "Write an application"}
SERVICES = {"label_tg": "Хизматҳо", "label_ru": "Услуги", "label_en": "Services"}


@pytest.fixture
def press_officer():
    ensure_roles()
    user = User.objects.create_user("press", password=PASSWORD, is_staff=True)
    user.groups.add(Group.objects.get(name=PRESS_OFFICERS))
    return user


@pytest.fixture
def services():
    return make_page("Services", slug="khizmatho")


@pytest.fixture
def report():
    return make_incident(
        title_tg="Дуздӣ дар Хуҷанд", title_ru="Кража в Худжанде", title_en="Theft in Khujand"
    )


def log_in(page):
    page.goto("/admin/login/")
    page.get_by_label("Username").fill("press")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url("**/admin/")


def fill_translated(page, field_id, value):
    """A translated field sits behind its language's tab."""
    page.locator(f'a[href="#tab_{field_id}"]').click()
    page.locator(f"#{field_id}").fill(value)


def build_the_guide(page, services, report):
    page.goto(f"/admin/pages/page/add/?parent={services.pk}")
    page.get_by_role("link", name="Service guide", exact=True).click()
    page.wait_for_url("**/admin/pages/serviceguidepage/add/**")
    expect(page.locator("#id_parent")).to_have_value(str(services.pk))
    for code in LANGUAGES:
        fill_translated(page, f"id_title_{code}", TITLES[code])
        fill_translated(page, f"id_steps-0-title_{code}", STEPS[code])
        fill_translated(page, f"id_lead_{code}", f"{TITLES[code]}.")

    # The body in Tajik, its last word linked to the report through the item-link chooser.
    page.locator('a[href="#tab_id_body_tg"]').click()
    panel = page.locator("#tab_id_body_tg")
    panel.locator(".ck-editor__editable").click()
    page.keyboard.type("Дар бораи ҳодиса хабарро хонед")
    page.keyboard.press("Control+Shift+ArrowLeft")
    panel.get_by_role("button", name="Link to an item").click()
    chooser = page.get_by_role("dialog", name="Link to an item")
    page.get_by_label("Part of the title, in any language, or the item's number").fill("хучанд")
    chooser.get_by_role("button", name="Theft in Khujand").click()
    expect(chooser).to_be_hidden()
    expect(panel.locator(".ck-editor__editable a", has_text="хонед")).to_have_attribute(
        "href", f"item:incidents.incident:{report.pk}"
    )

    # The main photo from the library, through the chooser's dialog.
    photo_field = page.locator(".field-photo [data-photo-chooser]")
    photo_field.get_by_role("button", name="Choose a photo").click()
    library = page.get_by_role("dialog", name="Photo library")
    library.get_by_label("Search").fill("passport")
    library.get_by_label("Search").press("Enter")
    library.get_by_text("1 photo found").wait_for()
    library.get_by_role("button", name="Passport office").click()
    expect(library).to_be_hidden()
    expect(photo_field.locator("figcaption")).to_have_text("Passport office")

    page.locator("#id_status").select_option("draft")
    page.locator("input[name=_continue]").click()
    page.locator(".messagelist .success").wait_for()
    return ServiceGuidePage.objects.get()


def test_a_press_officer_builds_a_guide_and_readers_reach_it(
    page, browser, live_server, press_officer, services, report, screenshot
):
    make_library_photo("Passport office")
    make_library_photo("Parade")
    log_in(page)
    guide = build_the_guide(page, services, report)
    assert [step.title_tg for step in guide.steps.all()] == [STEPS["tg"]]
    assert f'href="item:incidents.incident:{report.pk}"' in guide.body_tg

    # The preview, before anything is public.
    with page.context.expect_page() as opened:
        page.get_by_role("link", name="Preview TG").click()
    preview = opened.value
    preview.wait_for_load_state()
    expect(preview.get_by_role("heading", level=1)).to_have_text(TITLES["tg"])
    expect(preview.locator(".page__body").get_by_role("link", name="хонед")).to_have_attribute(
        "href", report.get_absolute_url().replace("/en/", "/tg/")
    )
    preview.close()

    page.locator("#id_status").select_option("published")
    page.locator("input[name=_save]").click()
    page.locator(".messagelist .success").wait_for()
    guide.refresh_from_db()
    assert guide.is_published()

    main = empty_menu()
    add_item(main, section="home", order=10)
    services_item = add_item(main, page=services, order=20, **SERVICES)
    add_item(main, page=guide, parent=services_item, order=10)

    reader = browser.new_context(base_url=live_server.url, viewport={"width": 1280, "height": 900})
    tab = reader.new_page()
    tab.goto("/tg/")
    tab_to(tab, SERVICES["label_tg"])
    tab.keyboard.press("Enter")
    expect(tab.get_by_role("button", name=SERVICES["label_tg"])).to_have_attribute("aria-expanded", "true")
    tab.keyboard.press("Tab")
    assert focused(tab) == SERVICES["label_tg"]  # the parent's own page first
    tab.keyboard.press("Tab")
    assert focused(tab) == TITLES["tg"]
    tab.keyboard.press("Enter")
    tab.wait_for_url(f"**/tg/khizmatho/{guide.slug}/")
    shows_the_photo_and_the_link(tab, report)

    tab.set_viewport_size({"width": 360, "height": 640})
    tab.goto("/tg/")
    tab.locator(".main-nav summary").click()
    tab.get_by_role("button", name=SERVICES["label_tg"]).click()
    tab.locator(".main-nav").get_by_role("link", name=TITLES["tg"]).click()
    tab.wait_for_url(f"**/tg/khizmatho/{guide.slug}/")
    shows_the_photo_and_the_link(tab, report)
    assert tab.evaluate("document.documentElement.scrollWidth") <= 360
    screenshot(tab, "guide-on-a-phone")
    reader.close()


def shows_the_photo_and_the_link(tab, report):
    """The Tajik guide: the library photo with its description, the word linked to the report."""
    photo = tab.locator("figure.page__photo img")
    expect(photo).to_be_visible()
    assert photo.evaluate("image => image.complete && image.naturalWidth > 0")
    assert photo.get_attribute("alt") == "Passport office described (tg)"
    link = tab.locator(".page__body a", has_text="хонед")
    expect(link).to_have_attribute("href", report.get_absolute_url().replace("/en/", "/tg/"))


@needs_axe
@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("language", LANGUAGES)
def test_axe_finds_nothing_on_a_guide_with_its_photo_and_link(
    page, live_server, services, report, language, mode
):
    photo = make_library_photo("Passport office")
    link = f'<a href="item:incidents.incident:{report.pk}">the report</a>'
    guide = make_page(
        "Passport",
        parent=services,
        model=ServiceGuidePage,
        photo=photo,
        body_tg=f"<p>{link}</p>",
        body_ru=f"<p>{link}</p>",
        body_en=f"<p>{link}</p>",
    )
    guide.steps.create(title_tg="Қадам", title_ru="Шаг", title_en="Step", order=1)
    if MODES[mode]:
        page.context.add_cookies([{"name": READING_COOKIE, "value": MODES[mode], "url": live_server.url}])
    page.goto(f"/{language}/{guide.url_path}")
    expect(page.locator("figure.page__photo img")).to_be_visible()
    assert axe_violations(page) == []
