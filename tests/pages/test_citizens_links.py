"""The appeal forms in the menus, and their consent linked to the privacy page while it is public."""

import pytest
from django.utils import translation

from demo import menus as demo_menus
from menus.models import Menu, MenuItem
from menus.public import public_menus
from menus.sections import Section
from mia_portal.publishing import Status
from tests.pages.factories import make_page

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("section", "address"), [("appeal", "/en/appeals/"), ("mobile_reporter", "/en/appeals/reporter/")]
)
def test_a_menu_item_leads_to_an_appeal_form(client, section, address):
    menu = Menu.objects.create(key="footer-forms", title_en="Forms", order=5)
    MenuItem.objects.create(menu=menu, section=section, order=1)
    with translation.override("en"):
        (link,) = next(column.links for column in public_menus().footer if column.title == "Forms")
    assert link.url == address
    assert link.label == Section(section).label
    assert client.get(address).status_code == 200


def test_the_demo_column_for_citizens_links_both_forms():
    demo_menus.load()
    sections = MenuItem.objects.filter(menu__key="footer-citizens").values_list("section", flat=True)
    assert {"appeal", "mobile_reporter"} <= set(sections)


@pytest.mark.parametrize("form", ["/{}/appeals/", "/{}/appeals/reporter/"])
@pytest.mark.parametrize("language", ["tg", "ru", "en"])
def test_the_consent_links_to_the_public_privacy_page(client, settings, form, language):
    settings.APPEALS_PRIVACY_URL = ""
    make_page("Privacy", slug="mahramiyat")
    html = client.get(form.format(language)).content.decode()
    assert f'href="/{language}/mahramiyat/"' in html


@pytest.mark.parametrize("status", [Status.DRAFT, Status.WITHDRAWN, None])
def test_without_a_public_privacy_page_the_consent_links_to_the_notice_on_the_form(client, settings, status):
    settings.APPEALS_PRIVACY_URL = ""
    if status:
        make_page("Privacy", slug="mahramiyat", status=status)
    html = client.get("/en/appeals/").content.decode()
    assert "/en/mahramiyat/" not in html
    assert 'href="#privacy"' in html


def test_the_privacy_setting_still_wins(client, settings):
    settings.APPEALS_PRIVACY_URL = "https://mia.tj/privacy-notice.pdf"
    make_page("Privacy", slug="mahramiyat")
    assert 'href="https://mia.tj/privacy-notice.pdf"' in client.get("/en/appeals/").content.decode()
