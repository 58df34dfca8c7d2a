"""A citizen on a phone sends a Mobile reporter tip and an appeal in Tajik, keeps the receipt,
and later reads the answer an officer wrote in the admin; every new public page passes axe in
each language and reading mode."""

import re

import pytest
from django.contrib.auth.models import Group, User
from playwright.sync_api import expect

from appeals import handling
from demo.contacts import load as load_contacts
from mia_portal.reading import COOKIE_NAME as READING_COOKIE
from mia_portal.roles import APPEALS_OFFICE
from tests.appeals.factories import jpeg_bytes, make_appeal
from tests.browser.axe import axe_violations, needs_axe
from tests.factories import ensure_roles

pytestmark = pytest.mark.django_db(transaction=True)
PASSWORD = "a sufficiently long password"
LANGUAGES = ("tg", "ru", "en")
MODES = {"normal": None, "high-contrast": "large:high:on"}


@pytest.fixture(autouse=True)
def private_evidence(settings, tmp_path):
    settings.STORAGES = {
        **settings.STORAGES,
        "evidence": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": tmp_path},
        },
    }


@pytest.fixture
def officer():
    ensure_roles()
    user = User.objects.create_user("appeals", password=PASSWORD, is_staff=True, email="appeals@mia.example")
    user.groups.add(Group.objects.get(name=APPEALS_OFFICE))
    return user


def wait_for_the_proof(page):
    """The page's script answers the challenge by itself; the question then disappears."""
    expect(page.locator("[data-challenge] .appeal-form__field")).to_be_hidden()


def fits_the_screen(page):
    return page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


def test_a_citizen_sends_a_tip_and_an_appeal_and_reads_the_answer(phone, page, officer, tmp_path, screenshot):
    load_contacts()
    photo = tmp_path / "accident.jpg"
    photo.write_bytes(jpeg_bytes(800, 600))

    phone.goto("/tg/appeals/reporter/")
    phone.get_by_label("ҳодисаи роҳу нақлиёт").check()
    phone.get_by_label("Суроға ё тавсифи ҷой").fill("Хиёбони Рӯдакӣ, назди истгоҳ")
    phone.get_by_label("Он чи шумо дидед").fill("Ду мошин бархӯрданд, касе захмӣ нашуд.")
    phone.get_by_label("Акс ё видео").set_input_files(str(photo))
    phone.get_by_label("Ман розӣ ҳастам", exact=False).check()
    wait_for_the_proof(phone)
    assert fits_the_screen(phone)
    phone.get_by_role("button", name="Фиристодани хабар").click()
    expect(phone.get_by_role("heading", level=1)).to_have_text("Хабари шумо қабул шуд")
    expect(phone.locator("[data-receipt-number]")).to_have_text(re.compile(r"^T-\d{4}-\d{5}$"))
    expect(phone.get_by_text("Хабари шумо беном аст", exact=False)).to_be_visible()

    phone.goto("/tg/appeals/")
    phone.get_by_label("шикоят").check()
    phone.get_by_label("Насаб, ном ва номи падар").fill("Каримов Алишер")
    phone.get_by_label("Почтаи электронӣ", exact=False).fill("alisher@example.tj")
    phone.get_by_label("Матни муроҷиат").fill("Дар кӯчаи мо чароғҳо шабона хомӯшанд.")
    phone.get_by_label("Ман розӣ ҳастам", exact=False).check()
    wait_for_the_proof(phone)
    phone.get_by_role("button", name="Фиристодани муроҷиат").click()
    expect(phone.get_by_role("heading", level=1)).to_have_text("Муроҷиати шумо қабул шуд")
    number = phone.locator("[data-receipt-number]").inner_text()
    code = phone.locator("[data-tracking-code]").inner_text()
    expect(phone.locator(".receipt__qr svg")).to_be_visible()
    assert fits_the_screen(phone)
    screenshot(phone, "appeals-receipt-360")

    page.goto("/admin/login/")
    page.get_by_label("Username").fill("appeals")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.goto("/admin/appeals/appeal/?inbox=new")
    page.get_by_role("link", name=number).click()
    expect(page.get_by_text("Дар кӯчаи мо чароғҳо шабона хомӯшанд.")).to_be_visible()
    page.get_by_label("Next step").select_option("register")
    page.get_by_role("button", name="Save and continue editing").click()
    page.get_by_label("Next step").select_option("answer")
    page.get_by_label("Answer:", exact=True).fill("Чароғҳо то 10 декабр таъмир карда мешаванд.")
    page.get_by_role("button", name="Save and continue editing").click()
    expect(page.get_by_text("The applicant is told by e-mail.")).to_be_visible()

    phone.goto("/tg/appeals/status/")
    phone.get_by_label("Рақами қабул").fill(number)
    phone.get_by_label("Рамзи пайгирӣ").fill(code)
    phone.get_by_role("button", name="Нишон додани ҳолат").click()
    expect(phone.locator("[data-appeal-answer]")).to_have_text("Чароғҳо то 10 декабр таъмир карда мешаванд.")
    expect(phone.locator("[data-appeal-status]")).to_have_text("ҷавоб дода шуд")
    screenshot(phone, "appeals-answer-360")


@needs_axe
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_new_public_page_has_no_wcag_aa_violations(page, live_server, language, screenshot):
    answered = make_appeal(language=language)
    handling.register(answered, None)
    handling.answer(answered, "Ҷавоб / Ответ / Answer", None)
    pages = {
        "appeal form": f"/{language}/appeals/",
        "reporter": f"/{language}/appeals/reporter/",
        "status form": f"/{language}/appeals/status/",
        "status": f"/{language}/appeals/status/?number={answered.number}&code={answered.code}",
        "statistics": f"/{language}/appeals/statistics/",
    }
    found = {}
    for mode, cookie in MODES.items():
        if cookie:
            page.context.add_cookies([{"name": READING_COOKIE, "value": cookie, "url": live_server.url}])
        for name, path in pages.items():
            page.goto(path)
            found[f"{mode} {name}"] = axe_violations(page)
        page.goto(f"/{language}/appeals/")
        page.locator("form.appeal-form button[type=submit]").click()  # nothing filled: the errors
        found[f"{mode} form with errors"] = axe_violations(page)
        page.goto(f"/{language}/appeals/")
        page.locator("input[name=kind]").first.check()
        page.locator("input[name=name]").fill("Test Person")
        page.locator("input[name=email]").fill("person@example.tj")
        page.locator("textarea[name=text]").fill(f"Accessibility check {mode} {language}")
        page.locator("input[name=consent]").check()
        wait_for_the_proof(page)
        page.locator("form.appeal-form button[type=submit]").click()
        expect(page.locator("[data-tracking-code]")).to_be_visible()
        found[f"{mode} receipt"] = axe_violations(page)
    screenshot(page, f"a11y-appeals-{language}")
    assert not {name: violations for name, violations in found.items() if violations}
