"""The reading mode for visually impaired visitors, phones and print, in a real browser.

Every combination of the mode's settings (text size, contrast, images) on every public page
type fits a 320 px screen; controls never split a word; the skip link stays off screen until
it has the focus; gallery links keep their names with images hidden; printed pages say whose
they are and where they came from; a phone's first screen shows the page, not only the header.
"""

from datetime import timedelta

import pytest
from django.core.files.base import ContentFile
from django.utils import timezone
from playwright.sync_api import expect

from contacts.models import District
from demo.contacts import load as load_contacts
from mia_portal.reading import CONTRASTS, SIZES, ReadingMode
from mia_portal.reading import COOKIE_NAME as READING_COOKIE
from tests.announcements.factories import make_document, make_position, make_tender, make_vacancy, pdf_bytes
from tests.browser.axe import axe_violations, needs_axe
from tests.incidents.factories import make_incident
from tests.news.factories import make_article, make_photo, photo_bytes
from tests.site_pages import page_paths

pytestmark = pytest.mark.django_db(transaction=True)

LANGUAGES = ("tg", "ru", "en")
COMBINATIONS = [
    ReadingMode(size=size, contrast=contrast, hide_images=hide_images)
    for size in SIZES
    for contrast in CONTRASTS
    for hide_images in (False, True)
]
LARGEST = ReadingMode(size="larger", contrast="high")
GALLERY_ALTS = {
    "tg": ("Иштирокчиёни мизи мудаввар дар толори ҷаласаҳо", "Раиси Раёсати ВКД дар вилояти Суғд"),
    "ru": ("Участники круглого стола в зале заседаний", "Начальник УМВД по Согдийской области"),
    "en": ("Participants of the round table in the assembly hall", "The head of the Sughd police department"),
}
# Words as long as the site's real ones, a long address and a checksum: what must fit a phone.
LONG_LINK = "https://mia.tj/index.php/ru/developments/27622-v-sogdijskoj-oblasti-proshjol-respublikanskij-kruglyj-stol"


def in_languages(field, tg, ru, en):
    return {f"{field}_tg": tg, f"{field}_ru": ru, f"{field}_en": en}


def use_mode(page, live_server, mode):
    if mode.is_on:
        cookie = {"name": READING_COOKIE, "value": mode.to_cookie(), "url": live_server.url}
        page.context.add_cookies([cookie])


@pytest.fixture
def pages():
    """One page of each public type, with content as long-worded as the site's own."""
    load_contacts()
    article = make_article(
        cover=ContentFile(photo_bytes(1600, 1000), "cover.jpg"),
        **in_languages(
            "title",
            "Хатти 102: дар вилояти Суғд мизи мудаввари ҷумҳуриявӣ оид ба ҳамкории милитсия бо ҷомеа",
            "Линия 102: в Согдийской области прошёл республиканский круглый стол о сотрудничестве милиции",
            "Line 102: Sughd region hosts a national round table on police cooperation with the public",
        ),
        **in_languages(
            "body",
            f'<p>Хатмкунандагони курсҳои тахассусӣ: <a href="{LONG_LINK}">{LONG_LINK}</a></p>',
            f'<p>Правоохранительных органов: <a href="{LONG_LINK}">{LONG_LINK}</a></p>',
            f'<p>Representatives of public councils: <a href="{LONG_LINK}">{LONG_LINK}</a></p>',
        ),
    )
    for order, code_alts in enumerate(zip(*GALLERY_ALTS.values(), strict=True)):
        make_photo(article, order=order, **in_languages("alt", *code_alts))
    make_article("Road safety week")
    sughd = District.objects.get(slug="khujand")
    incident = make_incident(
        district=sughd,
        **in_languages(
            "title",
            "Дар шаҳри Хуҷанд муомилоти ғайриқонунии маводи мухаддир пешгирӣ карда шуд",
            "В Худжанде пресечён незаконный оборот наркотических средств",
            "Illegal drug trafficking stopped in Khujand",
        ),
    )
    make_incident("Large-scale fraud")
    tender = make_tender(
        reference_number="MIA-2026/031",
        deadline=timezone.now() + timedelta(days=9),
        **in_languages(
            "title",
            "Ҳуҷҷатҳои тендерӣ: харидории мебели идорӣ барои бинои нави Раёсати ВКД дар шаҳри Душанбе",
            "Тендерная документация: закупка офисной мебели для нового здания ГУВД города Душанбе",
            "Tender dossier: office furniture for the new building of the Main Department in Dushanbe",
        ),
    )
    make_document(tender, data=pdf_bytes("dossier"))
    vacancy = make_vacancy(
        deadline=timezone.now() + timedelta(days=20),
        **in_languages(
            "title",
            "Коршиносон оид ба кори милитсия бо аҳолӣ (байналмилалӣ ва маҳаллӣ)",
            "Эксперты по работе милиции с населением (международный и местные)",
            "Experts in community policing (international and local)",
        ),
    )
    make_position(
        vacancy, **in_languages("title", "Коршиноси байналмилалӣ", "Международный эксперт", "An expert")
    )
    return {
        **page_paths(article=article, incident=incident, tender=tender, vacancy=vacancy),
        "incidents with filters": "/{lang}/incidents/?region=sughd&date_from=2020-01-01&date_to=not-a-date",
        "search": "/{lang}/search/?q=102",
        "feeds": "/{lang}/feeds/",
    }


@pytest.mark.parametrize("mode", COMBINATIONS, ids=lambda mode: mode.to_cookie())
def test_no_page_is_wider_than_a_320px_screen_in_any_reading_mode(page, live_server, pages, mode):
    page.set_viewport_size({"width": 320, "height": 640})
    use_mode(page, live_server, mode)
    too_wide = {}
    for language in LANGUAGES:
        for name, path in pages.items():
            page.goto(path.format(lang=language))
            width = page.evaluate("document.documentElement.scrollWidth")
            if width > 320:
                too_wide[f"{language} {name}"] = width
    assert not too_wide, too_wide


SPLIT_WORDS = """(selector) => {
    const split = [];
    for (const control of document.querySelectorAll(selector)) {
        if (!control.checkVisibility({contentVisibilityAuto: true})) continue;
        const texts = document.createTreeWalker(control, NodeFilter.SHOW_TEXT);
        for (let text; (text = texts.nextNode());) {
            for (const word of text.data.matchAll(/\\S+/g)) {
                const range = document.createRange();
                range.setStart(text, word.index);
                range.setEnd(text, word.index + word[0].length);
                const boxes = [...range.getClientRects()].filter(box => box.width);
                const lines = new Set(boxes.map(box => Math.round(box.top)));
                if (lines.size > 1) split.push(`${control.textContent.trim()} (${word[0]})`);
            }
        }
    }
    return split;
}"""


@pytest.mark.parametrize("language", LANGUAGES)
def test_controls_keep_their_words_whole_at_the_largest_size_on_a_phone(page, live_server, pages, language):
    page.set_viewport_size({"width": 320, "height": 640})
    use_mode(page, live_server, LARGEST)
    split = {}
    for name in ("home", "incidents with filters", "search", "announcements"):
        page.goto(pages[name].format(lang=language))
        words = page.evaluate(SPLIT_WORDS, "button, summary, label, legend, .reading-toolbar a")
        if words:
            split[name] = words
    assert not split, split
    # The header's search button is one word: one line, as tall as the box beside it.
    button = page.locator(".site-search__button").bounding_box()
    field = page.locator(".site-search__input").bounding_box()
    assert button["height"] == field["height"]


@pytest.mark.parametrize("size", SIZES)
def test_the_skip_link_stays_off_screen_until_it_has_the_focus(page, live_server, size):
    load_contacts()
    page.set_viewport_size({"width": 360, "height": 640})
    use_mode(page, live_server, ReadingMode(size=size))
    page.goto("/tg/contacts/")
    skip = page.locator(".skip-link")
    hidden = skip.bounding_box()
    assert hidden["y"] + hidden["height"] <= 0, "the skip link shows over the page"

    page.keyboard.press("Tab")
    assert skip.evaluate("element => element === document.activeElement")
    shown = skip.bounding_box()
    assert shown["y"] >= 0
    assert shown["y"] + shown["height"] <= 640
    expect(skip).to_be_visible()


@needs_axe
@pytest.mark.parametrize("language", LANGUAGES)
def test_gallery_links_keep_their_names_when_images_are_hidden(page, live_server, pages, language):
    use_mode(page, live_server, ReadingMode(hide_images=True))
    page.goto(pages["article"].format(lang=language))
    links = page.locator(".gallery a")
    expect(links).to_have_count(2)
    for link, alt in zip(links.all(), GALLERY_ALTS[language], strict=True):
        expect(link).to_have_accessible_name(alt)
        expect(link).to_be_visible()  # as words, where the photo would be
    assert axe_violations(page) == []


def test_gallery_links_are_named_by_their_photos_when_images_show(page, pages):
    page.goto(pages["article"].format(lang="ru"))
    first = page.locator(".gallery a").first
    expect(first).to_have_accessible_name(GALLERY_ALTS["ru"][0])
    expect(first.locator("img")).to_have_attribute("alt", GALLERY_ALTS["ru"][0])


@pytest.mark.parametrize("mode", [ReadingMode(), LARGEST], ids=["normal", "high-contrast"])
def test_a_printed_page_carries_the_site_name_and_address_not_the_navigation(
    page, live_server, pages, settings, mode
):
    use_mode(page, live_server, mode)
    path = pages["tender"].format(lang="ru")
    page.goto(path)
    site_name = page.locator(".brand__name").inner_text()

    page.emulate_media(media="print")
    for part in (".breadcrumbs", ".main-nav", ".site-search", ".languages", ".helplines", ".skip-link"):
        expect(page.locator(part)).to_be_hidden()
    expect(page.locator(".reading-toolbar")).to_be_hidden()
    header = page.locator(".print-header")
    expect(header).to_be_visible()
    expect(header).to_contain_text(site_name)
    expect(header).to_contain_text(settings.SITE_URL + path)
    # Paper stays white with dark text, whatever the screen's colours.
    assert page.evaluate("getComputedStyle(document.querySelector('main h1')).color") != "rgb(255, 255, 255)"

    page.emulate_media(media="screen")
    expect(header).to_be_hidden()


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_phone_shows_the_page_on_its_first_screen(page, pages, language, screenshot):
    page.set_viewport_size({"width": 360, "height": 640})
    late = {}
    for name in ("home", "news list", "article", "incidents with filters", "tender", "contacts", "search"):
        page.goto(pages[name].format(lang=language))
        top = page.locator("main").bounding_box()["y"]
        if top > 250:
            late[name] = round(top)
    screenshot(page, f"phone-first-screen-{language}")
    assert not late, f"the page starts this far down: {late}"


def test_the_phone_menu_opens_without_javascript_and_from_the_keyboard(browser, live_server, pages):
    context = browser.new_context(
        base_url=live_server.url, viewport={"width": 360, "height": 640}, java_script_enabled=False
    )
    page = context.new_page()
    page.goto("/en/news/")
    toggle = page.locator(".main-nav summary")
    incidents = page.locator(".main-nav").get_by_role("link", name="Incidents")
    expect(toggle).to_have_text("Menu")
    expect(incidents).to_be_hidden()

    toggle.focus()
    page.keyboard.press("Enter")
    expect(incidents).to_be_visible()
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Home"

    incidents.click()
    page.wait_for_url("**/en/incidents/")
    context.close()


def test_wide_screens_show_the_menu_without_its_button(page, pages):
    page.goto("/en/news/")
    expect(page.locator(".main-nav summary")).to_be_hidden()
    expect(page.locator(".main-nav").get_by_role("link", name="Incidents")).to_be_visible()
