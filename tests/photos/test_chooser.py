"""The chooser: the library searched, paged and added to from the dialog; only for staff who
may use the library; hostile searches and files get a clear 4xx."""

import io
from datetime import timedelta

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from PIL import Image

from photos.models import Collection, Photo
from tests.news.factories import bomb_png, gps_exif, make_article, photo_bytes
from tests.photos.factories import make_library_photo

pytestmark = pytest.mark.django_db

CHOOSER = "/admin/photos/photo/chooser/"
UPLOAD = "/admin/photos/photo/chooser/upload/"


def chosen_ids(response):
    page = response.content.decode()
    return [int(part.split('"', 1)[0]) for part in page.split('data-choose="')[1:]]


def test_search_finds_by_title_description_and_collection(staff_client):
    parade = make_library_photo("Parade in Dushanbe")
    described = make_library_photo("IMG_7", alt_ru="Выпускники академии МВД")
    shelved = make_library_photo("IMG_8")
    shelved.collections.add(Collection.objects.create(name_tg="Рӯзи милиса", name_en="Militia Day"))
    make_library_photo("Other")
    assert chosen_ids(staff_client.get(CHOOSER, {"q": "parade"})) == [parade.pk]
    assert chosen_ids(staff_client.get(CHOOSER, {"q": "академии"})) == [described.pk]
    assert chosen_ids(staff_client.get(CHOOSER, {"q": "militia day"})) == [shelved.pk]
    collection = shelved.collections.get()
    assert chosen_ids(staff_client.get(CHOOSER, {"collection": collection.pk})) == [shelved.pk]


def test_search_by_upload_date(staff_client):
    old = make_library_photo("Old", uploaded_at=timezone.now() - timedelta(days=400))
    new = make_library_photo("New")
    since = (timezone.localdate() - timedelta(days=30)).isoformat()
    assert chosen_ids(staff_client.get(CHOOSER, {"uploaded_from": since})) == [new.pk]
    assert chosen_ids(staff_client.get(CHOOSER, {"uploaded_to": since})) == [old.pk]


def test_results_are_paged_newest_first_with_thumbnails(staff_client):
    base = timezone.now()
    photo = make_library_photo("Shared file")
    for number in range(30):  # rows sharing one file: paging is about rows
        Photo.objects.create(
            image=photo.image.name, renditions=photo.renditions, title=f"Photo {number:02}",
            uploaded_at=base + timedelta(minutes=number),
        )  # fmt: skip
    first = staff_client.get(CHOOSER)
    page = first.content.decode()
    assert len(chosen_ids(first)) == 24
    assert "Photo 29" in page and "31 photos found" in page
    assert f'data-thumbnail="/media/{photo.renditions["renditions"][0]["jpeg"]}"' in page
    assert "page=2" in page
    second = staff_client.get(CHOOSER, {"page": 2})
    assert len(chosen_ids(second)) == 7 and "Shared file" in second.content.decode()


@pytest.mark.parametrize(
    "query",
    [
        {"q": "x" * 101},
        {"page": "abc"},
        {"page": "-1"},
        {"page": "99999999999999999999"},
        {"collection": "abc"},
        {"collection": "999999"},
        {"uploaded_from": "2024-13-45"},
    ],
)
def test_nonsense_searches_get_a_400_with_the_reason(staff_client, query):
    response = staff_client.get(CHOOSER, query)
    assert response.status_code == 400
    assert 'class="errornote"' in response.content.decode()


def test_hostile_text_is_searched_for_and_shown_escaped(staff_client):
    hostile = "<img src=x onerror=alert(1)>\"'; DROP TABLE photos_photo;--"
    make_library_photo(hostile)
    response = staff_client.get(CHOOSER, {"q": hostile})
    page = response.content.decode()
    assert response.status_code == 200
    assert "<img src=x onerror" not in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page
    assert len(chosen_ids(response)) == 1
    assert staff_client.get(CHOOSER, {"q": "bad\x00byte"}).status_code == 400


def test_an_upload_from_the_chooser_joins_the_library_cleaned_and_chosen(press_client):
    upload = SimpleUploadedFile("IMG_1.jpg", photo_bytes(1600, 1000, exif=gps_exif()), "image/jpeg")
    response = press_client.post(UPLOAD, {"image": upload, "title": "Round table", "alt_en": "Participants"})
    assert response.status_code == 201
    photo = Photo.objects.get()
    assert (photo.title, photo.alt_en) == ("Round table", "Participants")
    assert photo.uploaded_by == press_client.user
    assert f'data-choose="{photo.pk}"' in response.content.decode()
    assert "data-chosen-now" in response.content.decode()
    with photo.image.open("rb") as stored:
        assert not Image.open(io.BytesIO(stored.read())).getexif()
    assert photo.crops["card"]["renditions"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"<?php system($_GET['c']); ?>", "Этот файл не является читаемой фотографией"),
        (bomb_png(), "Фотография слишком большая"),
    ],
)
def test_a_bad_file_gets_the_reason_in_the_editors_language(press_client, content, message):
    press_client.cookies[settings.LANGUAGE_COOKIE_NAME] = "ru"
    upload = SimpleUploadedFile("photo.jpg", content, "image/jpeg")
    data = {"image": upload, "title": "Kept title", "alt_en": "Kept description"}
    response = press_client.post(UPLOAD, data)
    page = response.content.decode()
    assert response.status_code == 400
    assert message in page
    assert 'value="Kept title"' in page and 'value="Kept description"' in page  # nothing typed is lost
    assert not Photo.objects.exists()


def test_the_chooser_is_only_for_staff_who_may_use_the_library(client, press_client, procurement_client):
    make_library_photo("Round table")
    assert press_client.get(CHOOSER).status_code == 200
    assert press_client.get(UPLOAD).status_code == 200
    assert procurement_client.get(CHOOSER).status_code == 403
    upload = SimpleUploadedFile("a.jpg", photo_bytes(400, 300), "image/jpeg")
    assert procurement_client.post(UPLOAD, {"image": upload, "title": "x"}).status_code == 403
    response = client.get(CHOOSER)
    assert response.status_code == 302 and "/admin/login/" in response["Location"]
    assert Photo.objects.count() == 1


def test_press_officers_hold_the_librarys_permissions(press_client):
    user = press_client.user
    for action in ("add", "change", "delete", "view"):
        assert user.has_perm(f"photos.{action}_photo")
        assert user.has_perm(f"photos.{action}_collection")


def test_the_article_form_offers_the_chooser_with_the_chosen_photo(staff_client):
    photo = make_library_photo("Chosen cover")
    article = make_article("Round table", cover_photo=photo)
    page = staff_client.get(f"/admin/news/article/{article.pk}/change/").content.decode()
    assert 'data-photo-chooser data-chooser-url="/admin/photos/photo/chooser/"' in page
    assert f'name="cover_photo" value="{photo.pk}"' in page
    assert "<figcaption>Chosen cover</figcaption>" in page
    assert "js/photo_chooser.js" in page
    assert '<select name="cover_photo"' not in page


def test_a_focal_point_outside_the_photo_is_refused_with_a_clear_message(staff_client):
    photo = make_library_photo("Round table")
    staff_client.cookies[settings.LANGUAGE_COOKIE_NAME] = "ru"
    data = {"title": "Round table", "focal_x": "1.5", "focal_y": "-0.2", "alt_en": "Kept"}
    response = staff_client.post(f"/admin/photos/photo/{photo.pk}/change/", data)
    assert response.status_code == 200
    errors = response.context["adminform"].form.errors
    assert set(errors) == {"focal_x", "focal_y"}
    assert "Убедитесь, что это значение меньше либо равно 1" in " ".join(errors["focal_x"])
    photo.refresh_from_db()
    assert (photo.focal_x, photo.focal_y) == (0.5, 0.5)
