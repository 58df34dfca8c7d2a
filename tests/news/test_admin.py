"""Press officers' admin: lists, add and change pages, uploads through the form."""

import pytest

from news.models import Article
from tests.admin_forms import management_form
from tests.news.factories import make_address, make_article, make_photo, make_rubric
from tests.photos.factories import make_library_photo

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("model", ["article", "rubric", "address"])
def test_admin_list_and_add_pages_render(staff_client, model):
    make_article("Round table")
    make_address()
    assert staff_client.get(f"/admin/news/{model}/").status_code == 200
    assert staff_client.get(f"/admin/news/{model}/add/").status_code == 200


def test_article_change_page_renders_tabs_editor_gallery_and_notes(staff_client):
    article = make_article("Round table")
    make_photo(article)
    page = staff_client.get(f"/admin/news/article/{article.pk}/change/").content.decode()
    for code in ("tg", "ru", "en"):
        assert f'name="title_{code}"' in page
        assert f'name="body_{code}"' in page
    assert "django_ckeditor_5" in page
    assert 'name="photos-0-order"' in page
    assert 'name="photos-0-photo"' in page
    assert "data-photo-chooser" in page
    assert 'name="updates-TOTAL_FORMS"' in page
    assert f'href="/en/news/{article.pk}-{article.slug}/" class="viewsitelink"' in page


def test_article_list_filters_and_search(staff_client):
    make_article("Road safety week", languages=("tg", "ru"))
    make_article("Militia Day")
    missing_english = staff_client.get("/admin/news/article/?missing=en").content.decode()
    assert "Road safety week" in missing_english
    assert "Militia Day" not in missing_english
    found = staff_client.get("/admin/news/article/?q=Militia").content.decode()
    assert "Militia Day" in found
    assert "Road safety week" not in found
    assert staff_client.get("/admin/news/article/?state=live&is_featured__exact=1").status_code == 200


def article_form(rubric, **overrides):
    return {
        "title_tg": "Мизи мудаввар",
        "title_ru": "Круглый стол",
        "title_en": "Round table",
        "body_tg": "<p>Матн</p>",
        "body_ru": "<p>Текст</p>",
        "body_en": "<p>Text</p>",
        "rubric": str(rubric.pk),
        "status": "published",
        "published_at_0": "04.10.2019",
        "published_at_1": "10:30",
        **management_form("photos"),
        **management_form("updates"),
        **overrides,
    }


def test_press_officer_adds_an_article_with_photos_from_the_library(staff_client, superuser):
    rubric = make_rubric()
    cover, gallery = make_library_photo("Cover"), make_library_photo("Gallery")
    data = article_form(
        rubric,
        cover_photo=str(cover.pk),
        **management_form("photos", total=1),
        **{"photos-0-photo": str(gallery.pk), "photos-0-order": "1"},
        **management_form("updates", total=1),
        **{"updates-0-date": "05.10.2019", "updates-0-note_en": "A participant's name was corrected."},
    )
    response = staff_client.post("/admin/news/article/add/", data)
    assert response.status_code == 302, [
        inline.formset.errors for inline in response.context["inline_admin_formsets"]
    ]
    article = Article.objects.get()
    assert article.created_by == superuser
    assert article.slug == "mizi-mudavvar"
    assert article.cover_photo == cover
    assert article.photos.get().photo == gallery
    assert article.updates.get().note_en == "A participant's name was corrected."


def test_admin_shows_a_clear_error_for_a_photo_that_is_not_in_the_library(staff_client):
    rubric = make_rubric()
    response = staff_client.post("/admin/news/article/add/", article_form(rubric, cover_photo="999999"))
    assert response.status_code == 200
    assert response.context["adminform"].form.errors["cover_photo"]
    assert not Article.objects.exists()


def test_publishing_requires_one_complete_language_but_a_draft_does_not(staff_client):
    rubric = make_rubric()
    empty = {f"{field}_{code}": "" for field in ("body",) for code in ("tg", "ru", "en")}
    response = staff_client.post("/admin/news/article/add/", article_form(rubric, **empty))
    assert response.status_code == 200
    assert "at least one language" in response.content.decode()
    response = staff_client.post("/admin/news/article/add/", article_form(rubric, status="draft", **empty))
    assert response.status_code == 302


def test_an_article_may_be_written_in_one_language_only(staff_client):
    rubric = make_rubric()
    only_russian = {"title_tg": "", "title_en": "", "body_tg": "", "body_en": ""}
    response = staff_client.post("/admin/news/article/add/", article_form(rubric, **only_russian))
    assert response.status_code == 302
    assert Article.objects.get().available_languages() == ["ru"]


def test_an_article_without_any_title_is_refused(staff_client):
    rubric = make_rubric()
    no_title = {"title_tg": "", "title_ru": "", "title_en": "", "status": "draft"}
    response = staff_client.post("/admin/news/article/add/", article_form(rubric, **no_title))
    assert response.status_code == 200
    assert not Article.objects.exists()
