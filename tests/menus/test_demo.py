"""The demo menus: built from the sections and the demo pages there are, in three languages,
added when missing and never overwriting an editor's change."""

import pytest

from demo import menus as demo_menus
from menus.models import Menu, MenuItem
from menus.public import public_menus
from tests.pages.factories import make_page

pytestmark = pytest.mark.django_db


def labels(menu, language="en"):
    from django.utils import translation

    with translation.override(language):
        found = public_menus()
        links = found.main if menu == "main-menu" else next(c.links for c in found.footer if c.title == menu)
        return [(link.label, [child.label for child in link.children]) for link in links]


def test_the_demo_menus_link_the_pages_there_are_and_skip_the_others():
    about = make_page("About the ministry", slug="vazorat")
    make_page("Leadership", slug="rohbariyat", parent=about)
    make_page("Privacy", slug="mahramiyat")
    demo_menus.load()
    assert labels("main-menu") == [
        ("Home", []),
        ("News", []),
        ("Incidents", []),
        ("Announcements and competitions", []),
        ("The ministry", ["Leadership (en)"]),
        ("Contacts", []),
    ]
    assert labels("Министерство", "ru") == [("About the ministry (ru)", []), ("Leadership (ru)", [])]
    assert [column.title for column in public_menus().footer] == ["The ministry", "For citizens", "The site"]
    assert labels("Сомона", "tg")[-1] == ("Privacy (tg)", [])


def test_a_second_load_adds_nothing_and_keeps_the_editors_changes():
    make_page("Services", slug="khizmatho")
    demo_menus.load()
    count = MenuItem.objects.count()
    services = MenuItem.objects.get(menu__key="main-menu", page__slug="khizmatho")
    services.label_en, services.order = "E-services", 1
    services.save()
    footer = Menu.objects.get(key="footer-citizens")
    footer.title_en = "Citizens"
    footer.save()
    assert demo_menus.load() == "new menus: 0, items: 0"
    assert MenuItem.objects.count() == count
    services.refresh_from_db()
    assert (services.label_en, services.order) == ("E-services", 1)
    assert Menu.objects.get(key="footer-citizens").title_en == "Citizens"


def test_a_demo_page_added_later_joins_its_menus():
    demo_menus.load()
    assert not MenuItem.objects.filter(page__isnull=False).exists()
    make_page("FAQ", slug="savolho")
    assert demo_menus.load() == "new menus: 0, items: 1"
    assert MenuItem.objects.get(page__slug="savolho").menu.key == "footer-citizens"


def test_every_page_the_demo_menus_name_is_a_demo_page():
    from demo import pages as demo_pages

    demo_pages.load()
    demo_menus.load()
    named = {item.page.slug for item in MenuItem.objects.filter(page__isnull=False).select_related("page")}
    assert named == {
        "vazorat", "rohbariyat", "sokhtor", "qonunguzori", "khizmatho",
        "savolho", "mukhbiri-mobili", "dastrasi", "mahramiyat",
    }  # fmt: skip
