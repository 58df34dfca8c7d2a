"""Editors build the tree in the admin: add pages under others, move and order them, in tg/ru/en."""

import pytest
import reversion
from django.test import Client

from pages.models import Page, PageRedirect, StandardPage
from tests.admin_forms import change_form_data, management_form
from tests.pages.factories import fresh, make_page

pytestmark = pytest.mark.django_db


def page_form(**overrides):
    return {
        "title_tg": "Дар бораи вазорат",
        "title_ru": "О министерстве",
        "title_en": "About the ministry",
        "body_tg": "<p>Матн</p>",
        "body_ru": "<p>Текст</p>",
        "body_en": "<p>Text</p>",
        "status": "published",
        "published_at_0": "04.10.2024",
        "published_at_1": "10:30",
        **management_form("attachments"),
        **management_form("gallery"),
        **overrides,
    }


def client_in(superuser, language):
    client = Client()
    client.cookies["django_language"] = language
    client.force_login(superuser)
    return client


def test_an_editor_adds_a_page_under_another_with_a_slug_from_the_tajik_title(staff_client):
    parent = make_page("Ministry", slug="vazorat")
    assert (
        f'value="{parent.pk}" selected'
        in staff_client.get(f"/admin/pages/standardpage/add/?parent={parent.pk}").content.decode()
    )
    response = staff_client.post("/admin/pages/standardpage/add/", page_form(parent=str(parent.pk)))
    assert response.status_code == 302
    page = StandardPage.objects.get(title_en="About the ministry")
    assert page.url_path == "vazorat/dar-borai-vazorat/"
    assert Page.objects.get_parent(page) == fresh(parent).page_ptr


def test_an_editor_moves_a_page_through_its_form_and_the_old_address_answers(staff_client, client):
    ministry = make_page("Ministry", slug="vazorat")
    services = make_page("Services", slug="khizmatho")
    page = make_page("Passport", parent=ministry, slug="passport")
    form = change_form_data(staff_client.get(f"/admin/pages/standardpage/{page.pk}/change/"))
    assert form["parent"] == ministry.pk
    url = f"/admin/pages/standardpage/{page.pk}/change/"
    response = staff_client.post(url, {**form, "parent": services.pk})
    assert response.status_code == 302
    assert fresh(page).url_path == "khizmatho/passport/"
    assert client.get("/ru/vazorat/passport/")["Location"] == "/ru/khizmatho/passport/"


@pytest.mark.parametrize(
    ("language", "words"),
    [("en", "under itself"), ("ru", "под саму себя"), ("tg", "зери худаш")],
)
def test_moving_a_page_under_its_subpage_is_refused_in_the_editor_language(superuser, language, words):
    ministry = make_page("Ministry", slug="vazorat")
    leadership = make_page("Leadership", parent=ministry, slug="rohbariyat")
    client = client_in(superuser, language)
    form = change_form_data(client.get(f"/admin/pages/standardpage/{ministry.pk}/change/"))
    form["title_en"] = "Ministry, renamed"
    url = f"/admin/pages/standardpage/{ministry.pk}/change/"
    response = client.post(url, {**form, "parent": leadership.pk})
    assert response.status_code == 200
    assert words in response.content.decode()
    assert 'value="Ministry, renamed"' in response.content.decode()  # nothing typed is lost
    assert fresh(ministry).title_en == "Ministry (en)"
    assert fresh(leadership).url_path == "vazorat/rohbariyat/"


@pytest.mark.parametrize(
    ("slug", "parent", "words"),
    [("news", None, "belongs to a section"), ("rohbariyat", "vazorat", "already has the slug")],
)
def test_a_taken_slug_is_refused_with_a_clear_message(staff_client, slug, parent, words):
    ministry = make_page("Ministry", slug="vazorat")
    make_page("Leadership", parent=ministry, slug="rohbariyat")
    data = page_form(slug=slug, **({"parent": str(ministry.pk)} if parent else {}))
    response = staff_client.post("/admin/pages/standardpage/add/", data)
    assert response.status_code == 200
    assert words in response.content.decode()
    assert StandardPage.objects.count() == 2


def test_the_tree_lists_every_page_in_order_and_moves_them_up_and_down(staff_client):
    ministry = make_page("Ministry", slug="vazorat")
    first = make_page("Leadership", parent=ministry, slug="rohbariyat")
    second = make_page("Structure", parent=ministry, slug="sokhtor")
    page = staff_client.get("/admin/pages/page/").content.decode()
    assert page.index("Ministry (en)") < page.index("Leadership (en)") < page.index("Structure (en)")
    assert f'— <a href="/admin/pages/standardpage/{second.pk}/change/">' in page
    assert f"/admin/pages/standardpage/{first.pk}/change/" in page
    response = staff_client.post(
        "/admin/pages/page/", {"action": "move_up", "_selected_action": [second.pk]}, follow=True
    )
    assert "1 page moved up." in response.content.decode()
    assert [p.slug for p in Page.objects.get_children(fresh(ministry))] == ["sokhtor", "rohbariyat"]
    staff_client.post("/admin/pages/page/", {"action": "move_down", "_selected_action": [second.pk]})
    assert [p.slug for p in Page.objects.get_children(fresh(ministry))] == ["rohbariyat", "sokhtor"]


def test_the_tree_offers_each_page_type_and_opens_a_page_in_its_own_form(staff_client):
    page = make_page("Ministry", slug="vazorat")
    choices = staff_client.get(f"/admin/pages/page/add/?parent={page.pk}").content.decode()
    assert f"/admin/pages/standardpage/add/?parent={page.pk}" in choices
    response = staff_client.get(f"/admin/pages/page/{page.pk}/change/")
    assert response.status_code == 200
    assert 'name="title_tg"' in response.content.decode()


def test_a_page_with_subpages_cannot_be_deleted(staff_client):
    ministry = make_page("Ministry", slug="vazorat")
    leaf = make_page("Leadership", parent=ministry, slug="rohbariyat")
    refused = staff_client.post(f"/admin/pages/standardpage/{ministry.pk}/delete/", {"post": "yes"})
    assert refused.status_code == 403
    response = staff_client.post(f"/admin/pages/standardpage/{leaf.pk}/delete/", {"post": "yes"})
    assert response.status_code == 302, response.content.decode()[-3000:]
    assert list(Page.objects.values_list("slug", flat=True)) == ["vazorat"]
    assert fresh(ministry).numchild == 0


def test_restoring_an_old_version_keeps_the_page_where_it_is_now(staff_client, client):
    ministry = make_page("Ministry", slug="vazorat")
    services = make_page("Services", slug="khizmatho")
    page = make_page("Passport", parent=ministry, slug="passport")
    with reversion.create_revision():
        fresh(page).save()
    fresh(page).move_to(services)
    version = reversion.models.Version.objects.get_for_object(fresh(page)).first()
    url = f"/admin/pages/standardpage/{page.pk}/history/{version.pk}/"
    form = change_form_data(staff_client.get(url))
    response = staff_client.post(url, form)
    assert response.status_code == 302
    assert fresh(page).url_path == "khizmatho/passport/"
    assert Page.objects.get_parent(fresh(page)).slug == "khizmatho"
    assert PageRedirect.objects.filter(old_path="vazorat/passport/").exists()
    assert Page.objects.find_problems() == ([], [], [], [], [])
