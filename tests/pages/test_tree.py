"""The tree: addresses made of slugs, order, moves and slug changes that never break an address."""

import pytest
from django.core.exceptions import ValidationError

from pages.models import Page, PageRedirect, StandardPage, reserved_top_level_slugs
from tests.pages.factories import fresh, make_page

pytestmark = pytest.mark.django_db


@pytest.fixture
def ministry():
    """vazorat/ with rohbariyat/ (and its vazir/) and sokhtor/; khizmatho/ beside it."""
    vazorat = make_page("Ministry", slug="vazorat")
    rohbariyat = make_page("Leadership", parent=vazorat, slug="rohbariyat")
    vazir = make_page("Minister", parent=rohbariyat, slug="vazir")
    sokhtor = make_page("Structure", parent=vazorat, slug="sokhtor")
    khizmatho = make_page("Services", slug="khizmatho")
    return {page.slug: fresh(page) for page in (vazorat, rohbariyat, vazir, sokhtor, khizmatho)}


def test_a_page_address_is_its_path_of_slugs_under_each_language(client, ministry):
    assert ministry["vazir"].url_path == "vazorat/rohbariyat/vazir/"
    for code in ("tg", "ru", "en"):
        response = client.get(f"/{code}/vazorat/rohbariyat/vazir/")
        assert response.status_code == 200
        assert f"Minister ({code})" in response.content.decode()
    with __import__("django").utils.translation.override("ru"):
        assert ministry["vazir"].get_absolute_url() == "/ru/vazorat/rohbariyat/vazir/"


def test_a_slug_is_latin_made_from_the_title_when_left_empty():
    page = make_page("Роҳбарият", slug="")
    page = Page.objects.add_root(instance=StandardPage(title_tg="Роҳбарияти вазорат"))
    assert page.slug == "rohbariyati-vazorat"
    assert page.url_path == "rohbariyati-vazorat/"


def test_siblings_keep_the_order_editors_give_them(ministry):
    vazorat = ministry["vazorat"]
    assert [page.slug for page in Page.objects.get_children(vazorat)] == ["rohbariyat", "sokhtor"]
    assert fresh(ministry["sokhtor"]).shift(-1)
    assert [page.slug for page in Page.objects.get_children(fresh(vazorat))] == ["sokhtor", "rohbariyat"]
    assert not fresh(ministry["sokhtor"]).shift(-1)  # already first
    assert fresh(ministry["sokhtor"]).shift(1)
    assert [page.slug for page in Page.objects.get_children(fresh(vazorat))] == ["rohbariyat", "sokhtor"]
    assert fresh(ministry["vazir"]).url_path == "vazorat/rohbariyat/vazir/"


def test_moving_a_page_moves_its_subpages_and_keeps_every_old_address(client, ministry):
    fresh(ministry["rohbariyat"]).move_to(fresh(ministry["khizmatho"]))
    assert fresh(ministry["vazir"]).url_path == "khizmatho/rohbariyat/vazir/"
    for code in ("tg", "ru", "en"):
        response = client.get(f"/{code}/vazorat/rohbariyat/vazir/")
        assert response.status_code == 301
        assert response["Location"] == f"/{code}/khizmatho/rohbariyat/vazir/"
        assert client.get(f"/{code}/vazorat/rohbariyat/")["Location"] == f"/{code}/khizmatho/rohbariyat/"
    assert client.get("/en/khizmatho/rohbariyat/vazir/").status_code == 200


def test_an_old_address_keeps_its_query_string(client, ministry):
    fresh(ministry["sokhtor"]).move_to(None)
    response = client.get("/en/vazorat/sokhtor/?year=2024")
    assert response["Location"] == "/en/sokhtor/?year=2024"


def test_changing_a_slug_keeps_the_old_addresses_of_the_page_and_its_subpages(client, ministry):
    page = fresh(ministry["rohbariyat"])
    page.slug = "rahbariyat"
    page.save()
    assert fresh(ministry["vazir"]).url_path == "vazorat/rahbariyat/vazir/"
    for code in ("tg", "ru", "en"):
        assert client.get(f"/{code}/vazorat/rohbariyat/")["Location"] == f"/{code}/vazorat/rahbariyat/"
        response = client.get(f"/{code}/vazorat/rohbariyat/vazir/")
        assert response["Location"] == f"/{code}/vazorat/rahbariyat/vazir/"


def test_chains_of_moves_answer_in_one_step(client, ministry):
    page = fresh(ministry["sokhtor"])
    page.slug = "b"
    page.save()
    page = fresh(page)
    page.slug = "c"
    page.save()
    fresh(page).move_to(fresh(ministry["khizmatho"]))
    for old in ("/tg/vazorat/sokhtor/", "/tg/vazorat/b/", "/tg/vazorat/c/"):
        response = client.get(old)
        assert (response.status_code, response["Location"]) == (301, "/tg/khizmatho/c/")


def test_an_address_that_is_a_page_again_leads_to_that_page_not_to_the_old_one(client, ministry):
    fresh(ministry["sokhtor"]).move_to(None)
    assert PageRedirect.objects.filter(old_path="vazorat/sokhtor/").exists()
    make_page("New structure", parent=fresh(ministry["vazorat"]), slug="sokhtor")
    response = client.get("/en/vazorat/sokhtor/")
    assert response.status_code == 200
    assert "New structure (en)" in response.content.decode()
    assert not PageRedirect.objects.filter(old_path="vazorat/sokhtor/").exists()


def test_a_page_moved_back_answers_at_its_address_again(client, ministry):
    fresh(ministry["sokhtor"]).move_to(None)
    fresh(ministry["sokhtor"]).move_to(fresh(ministry["vazorat"]))
    assert client.get("/en/vazorat/sokhtor/").status_code == 200
    assert client.get("/en/sokhtor/")["Location"] == "/en/vazorat/sokhtor/"


def test_an_instance_read_before_a_move_does_not_undo_it_when_saved(ministry):
    stale = fresh(ministry["rohbariyat"])
    fresh(ministry["rohbariyat"]).move_to(fresh(ministry["khizmatho"]))
    stale.title_en = "Leaders"
    stale.save()
    assert fresh(stale).url_path == "khizmatho/rohbariyat/"
    assert Page.objects.get_parent(fresh(stale)).slug == "khizmatho"


@pytest.mark.parametrize("target", ["rohbariyat", "vazir"])
def test_a_page_cannot_move_under_itself_or_its_subpages(ministry, target):
    with pytest.raises(ValidationError) as refused:
        fresh(ministry["rohbariyat"]).move_to(fresh(ministry[target]))
    assert "under itself" in str(refused.value)
    assert fresh(ministry["vazir"]).url_path == "vazorat/rohbariyat/vazir/"


def test_siblings_may_not_share_a_slug_but_cousins_may(ministry):
    with pytest.raises(ValidationError) as refused:
        StandardPage(title_en="Again").check_place(fresh(ministry["vazorat"]), "sokhtor")
    assert refused.value.error_dict["slug"][0].code == "duplicate_slug"
    cousin = make_page("Other structure", parent=ministry["khizmatho"], slug="sokhtor")
    assert fresh(cousin).url_path == "khizmatho/sokhtor/"
    with pytest.raises(ValidationError):
        fresh(cousin).move_to(fresh(ministry["vazorat"]))
    assert fresh(cousin).url_path == "khizmatho/sokhtor/"


def test_the_top_level_slugs_of_the_site_sections_are_read_from_the_urlconf():
    reserved = reserved_top_level_slugs()
    assert {"news", "incidents", "announcements", "contacts", "search", "feeds"} <= reserved
    with pytest.raises(ValidationError) as refused:
        StandardPage(title_en="News").check_place(None, "news")
    assert refused.value.error_dict["slug"][0].code == "reserved"


def test_a_section_slug_is_fine_below_the_top(ministry):
    StandardPage(title_en="News").check_place(fresh(ministry["vazorat"]), "news")


@pytest.mark.parametrize(
    "path",
    [
        "/en/" + "a/" * 11,
        "/en/" + "a" * 101 + "/",
        "/en/Vazorat/",
        "/en/vazorat/../",
        "/en/vazorat/<script>/",
        "/en/вазорат/",
        "/en/vazorat//rohbariyat/",
        "/en/nowhere/",
    ],
)
def test_hostile_or_unknown_paths_answer_404(client, ministry, path):
    assert client.get(path).status_code == 404


def test_a_nul_character_in_a_path_is_a_bad_request(client, ministry):
    assert client.get("/en/vazorat/%00/").status_code == 400


def test_an_address_without_a_language_leads_to_the_page_only_when_it_exists(client, ministry):
    assert client.get("/vazorat/rohbariyat/")["Location"] == "/tg/vazorat/rohbariyat/"
    assert client.get("/nowhere/").status_code == 404


def test_the_paths_the_site_owns_before_the_language_prefix_are_reserved_too():
    assert {"admin", "media", "editor", "language"} <= reserved_top_level_slugs()


def test_a_page_answers_only_to_reading(client, ministry):
    assert client.post("/en/vazorat/").status_code == 405
    assert client.post("/en/no-such-page/").status_code == 404
