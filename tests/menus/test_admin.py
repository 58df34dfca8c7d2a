"""Editors build the menus in the admin: one target per item, one level deep, https only,
told in their own language what is wrong, and shown which items the public does not see."""

import pytest
from django.contrib.auth.models import Group, User
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.test import Client

from menus.models import Menu, MenuItem
from mia_portal.publishing import Status
from mia_portal.roles import PRESS_OFFICERS, PROCUREMENT_STAFF, SITE_ADMINISTRATORS
from tests.admin_forms import change_form_data
from tests.menus.factories import add_item, empty_menu
from tests.pages.factories import make_page

pytestmark = pytest.mark.django_db


def client_in(user, language):
    client = Client()
    client.cookies["django_language"] = language
    client.force_login(user)
    return client


def save_with_new_item(client, menu, **row):
    """Post the menu's change form as it is, with one more item filled with ``row``."""
    url = f"/admin/menus/menu/{menu.pk}/change/"
    data = change_form_data(client.get(url))
    total = int(data["items-TOTAL_FORMS"])
    data["items-TOTAL_FORMS"] = total + 1
    data.update({f"items-{total}-{name}": value for name, value in {"order": 10, **row}.items()})
    return client.post(url, data)


def errors_of(response):
    formset = response.context["inline_admin_formsets"][0].formset
    return [str(error) for form in formset.forms for errors in form.errors.values() for error in errors]


def test_an_editor_adds_items_of_each_kind(staff_client):
    menu = empty_menu()
    page = make_page("About", slug="about")
    for row in (
        {"label_en": "About", "page": page.pk},
        {"section": "news"},
        {
            "label_tg": "Президент",
            "label_ru": "Президент",
            "label_en": "President",
            "url": "https://www.president.tj/",
        },
    ):
        response = save_with_new_item(staff_client, menu, **row)
        assert response.status_code == 302, errors_of(response)
    assert [(item.page_id, item.section, item.url) for item in menu.items.order_by("pk")] == [
        (page.pk, "", ""),
        (None, "news", ""),
        (None, "", "https://www.president.tj/"),
    ]


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ({"label_ru": "Пусто"}, "Укажите, куда ведёт пункт: на страницу, раздел сайта или внешний адрес."),
        (
            {"section": "news", "url": "https://www.president.tj/", "label_ru": "Два"},
            "Пункт ведёт в одно место: оставьте страницу, раздел или внешний адрес, остальное очистите.",
        ),
        (
            {"url": "http://www.president.tj/", "label_ru": "Президент"},
            "Введите полный адрес, начинающийся с https:// (например, https://www.president.tj/).",
        ),
        (
            {"url": "javascript:alert(1)", "label_ru": "Скрипт"},
            "Введите полный адрес, начинающийся с https:// (например, https://www.president.tj/).",
        ),
        ({"url": "https://www.president.tj/"}, "Напишите название внешнего адреса хотя бы на одном языке."),
    ],
    ids=["no target", "two targets", "http", "javascript", "no label"],
)
def test_a_bad_item_is_refused_with_a_message_in_the_editors_language(superuser, row, message):
    menu = empty_menu()
    response = save_with_new_item(client_in(superuser, "ru"), menu, **row)
    assert response.status_code == 200
    assert message in errors_of(response) or message in response.content.decode()
    assert not menu.items.exists()


def test_two_targets_are_refused_by_the_database_too():
    menu = empty_menu()
    with pytest.raises(IntegrityError), transaction.atomic():
        MenuItem.objects.create(menu=menu, section="news", url="https://www.president.tj/")
    with pytest.raises(IntegrityError), transaction.atomic():
        MenuItem.objects.create(menu=menu)


def parent_error(item):
    with pytest.raises(ValidationError) as refused:
        item.full_clean()
    return refused.value.error_dict["parent"][0].code


def test_menus_go_one_level_deep(superuser):
    menu = empty_menu()
    parent = add_item(menu, "Ministry", section="contacts")
    child = add_item(menu, "Leadership", section="news", parent=parent)
    client = client_in(superuser, "tg")
    page = client.get(f"/admin/menus/menu/{menu.pk}/change/").content.decode()
    # Only top-level items are offered as parents.
    assert f'<option value="{parent.pk}">' in page and f'<option value="{child.pk}">' not in page
    response = save_with_new_item(client, menu, section="feeds", parent=child.pk)
    assert response.status_code == 200
    assert not menu.items.filter(section="feeds").exists()
    grandchild = MenuItem(menu=menu, section="feeds", parent=child)
    assert parent_error(grandchild) == "too_deep"


def test_an_item_with_children_cannot_go_under_another():
    menu = empty_menu()
    first = add_item(menu, "Ministry", section="contacts")
    add_item(menu, "Leadership", section="news", parent=first)
    second = add_item(menu, "Citizens", section="feeds")
    first.parent = second
    assert parent_error(first) == "too_deep"
    second.parent = second
    assert parent_error(second) == "under_itself"
    second.parent = add_item(empty_menu("footer-other"), "Other", section="news")
    assert parent_error(second) == "other_menu"


def test_the_admin_flags_items_whose_page_is_not_public(staff_client):
    menu = empty_menu()
    add_item(menu, "Old rules", page=make_page("Old rules", slug="old-rules", status=Status.WITHDRAWN))
    add_item(menu, "About", page=make_page("About", slug="about"))
    page = staff_client.get(f"/admin/menus/menu/{menu.pk}/change/").content.decode()
    assert page.count("no: target not public") == 1
    changelist = staff_client.get("/admin/menus/menu/").content.decode()
    assert "Old rules (tg)" in changelist and "About (tg)" not in changelist


def test_the_menu_editor_speaks_tajik(superuser):
    page = client_in(superuser, "tg").get(f"/admin/menus/menu/{Menu.objects.get(key='main-menu').pk}/change/")
    text = page.content.decode()
    assert "Бахши сомона" in text and "Суроғаи берунӣ" in text and "Менюҳо" in text


@pytest.mark.parametrize(
    ("role", "allowed"), [(PRESS_OFFICERS, True), (SITE_ADMINISTRATORS, True), (PROCUREMENT_STAFF, False)]
)
def test_press_officers_and_site_administrators_edit_the_menus(role, allowed):
    user = User.objects.create_user("editor", password="unused", is_staff=True)
    user.groups.add(Group.objects.get(name=role))
    client = client_in(user, "en")
    menu = Menu.objects.get(key="main-menu")
    assert client.get(f"/admin/menus/menu/{menu.pk}/change/").status_code == (200 if allowed else 403)
    if allowed:
        response = save_with_new_item(client, menu, section="feeds")
        assert response.status_code == 302
        assert menu.items.filter(section="feeds").exists()
