"""A photo is reused, not copied; its page lists where it is used; a used photo is not deleted."""

import pytest
from django.conf import settings
from django.db.models import ProtectedError

from news.models import Address, Article, ArticlePhoto
from pages.models import PagePhoto, PersonPage, ServiceGuidePage
from photos.models import Collection, Photo
from photos.usage import relations_to_photos, uses_of
from tests.news.factories import make_address, make_article, make_photo
from tests.pages.factories import make_page
from tests.photos.factories import make_library_photo

pytestmark = pytest.mark.django_db


def test_one_photo_on_two_articles_is_one_file_shown_on_both(client):
    photo = make_library_photo("Minister at the round table", alt_en="The minister speaking")
    first = make_article("Round table", cover_photo=photo)
    second = make_article("Follow-up", cover_photo=photo)
    jpeg = photo.renditions["renditions"][0]["jpeg"]
    for article in (first, second):
        page = client.get(f"/en/news/{article.pk}-{article.slug}/").content.decode()
        assert f"/media/{jpeg} 320w" in page
        assert 'alt="The minister speaking"' in page
    assert Photo.objects.count() == 1


def test_every_relation_to_photos_is_found_from_the_models():
    found = {(model, field.name) for model, field in relations_to_photos()}
    assert {(Article, "cover_photo"), (ArticlePhoto, "photo"), (Address, "featured_photo")} <= found


def test_uses_name_the_articles_and_addresses_a_gallery_row_as_its_article():
    photo, unused = make_library_photo(), make_library_photo("Unused")
    cover = make_article("Cover user", cover_photo=photo)
    gallery = make_article("Gallery user")
    make_photo(gallery, photo=photo)
    make_photo(gallery, order=1, photo=photo)  # twice in one gallery: one use
    address = make_address("Address user", featured_photo=photo)
    uses = uses_of([photo.pk, unused.pk])
    assert sorted(uses[photo.pk], key=str) == sorted([cover, gallery, address], key=str)
    assert uses[unused.pk] == []


def test_the_photo_page_lists_its_uses_with_links(staff_client):
    photo = make_library_photo()
    article = make_article("Round table", cover_photo=photo)
    page = staff_client.get(f"/admin/photos/photo/{photo.pk}/change/").content.decode()
    assert "Where this photo is used" in page
    assert f'<a href="/admin/news/article/{article.pk}/change/">Round table (en)</a>' in page
    unused = make_library_photo("Unused")
    page = staff_client.get(f"/admin/photos/photo/{unused.pk}/change/").content.decode()
    assert "Not used anywhere: it can be deleted." in page


def test_a_used_photo_cannot_be_deleted_from_its_page(staff_client):
    photo = make_library_photo()
    article = make_article("Round table", cover_photo=photo)
    for method in (staff_client.get, staff_client.post):
        response = method(f"/admin/photos/photo/{photo.pk}/delete/", {"post": "yes"})
        page = response.content.decode()
        assert response.status_code == 200
        assert "A photo in use cannot be deleted" in page
        assert f'Article: <a href="/admin/news/article/{article.pk}/change/">Round table (en)</a>' in page
    assert Photo.objects.filter(pk=photo.pk).exists()
    with pytest.raises(ProtectedError):
        photo.delete()  # and underneath, the relations protect it


def test_the_refusal_speaks_the_editors_language(staff_client):
    photo = make_library_photo()
    make_article("Round table", cover_photo=photo)
    staff_client.cookies[settings.LANGUAGE_COOKIE_NAME] = "ru"
    response = staff_client.post(f"/admin/photos/photo/{photo.pk}/delete/", {"post": "yes"})
    assert "Используемую фотографию нельзя удалить" in response.content.decode()


def test_bulk_delete_refuses_the_whole_selection_while_one_photo_is_used(staff_client):
    used, unused = make_library_photo("Used"), make_library_photo("Unused")
    make_address("Address", featured_photo=used)
    data = {"action": "delete_unused", "_selected_action": [used.pk, unused.pk]}
    response = staff_client.post("/admin/photos/photo/", data, follow=True)
    page = response.content.decode()
    assert "A photo in use cannot be deleted" in page
    assert "“Used” is used by: address “Address (en)”" in page
    assert Photo.objects.count() == 2


def test_bulk_delete_of_unused_photos_asks_then_deletes(staff_client):
    unused = make_library_photo("Unused")
    data = {"action": "delete_unused", "_selected_action": [unused.pk]}
    confirmation = staff_client.post("/admin/photos/photo/", data)
    assert confirmation.status_code == 200 and "Are you sure" in confirmation.content.decode()
    staff_client.post("/admin/photos/photo/", {**data, "post": "yes"})
    assert not Photo.objects.exists()


def test_deleting_a_collection_keeps_its_photos(staff_client):
    photo = make_library_photo()
    collection = Collection.objects.create(name_tg="Парад", name_en="Parade")
    photo.collections.add(collection)
    page = staff_client.get(f"/admin/photos/collection/{collection.pk}/delete/").content.decode()
    assert "object (" not in page and "relationship" not in page
    staff_client.post(f"/admin/photos/collection/{collection.pk}/delete/", {"post": "yes"})
    assert not Collection.objects.exists()
    assert list(Photo.objects.all()) == [photo]


def test_an_unused_photo_is_deleted_from_its_page(staff_client):
    photo = make_library_photo()
    photo.collections.add(Collection.objects.create(name_tg="Парад", name_en="Parade"))
    confirmation = staff_client.get(f"/admin/photos/photo/{photo.pk}/delete/").content.decode()
    assert "Are you sure" in confirmation
    assert "object (" not in confirmation and "relationship" not in confirmation  # no internal rows
    response = staff_client.post(f"/admin/photos/photo/{photo.pk}/delete/", {"post": "yes"})
    assert response.status_code == 302
    assert not Photo.objects.exists()


def test_the_photo_page_lists_the_pages_showing_it(staff_client):
    photo = make_library_photo()
    guide = make_page("Passport", model=ServiceGuidePage, photo=photo)
    person = make_page("Minister", model=PersonPage, portrait=photo)
    history = make_page("History")
    PagePhoto.objects.create(page=history, photo=photo)
    page = staff_client.get(f"/admin/photos/photo/{photo.pk}/change/").content.decode()
    assert f'<a href="/admin/pages/serviceguidepage/{guide.pk}/change/">Passport (en)</a>' in page
    assert f'<a href="/admin/pages/personpage/{person.pk}/change/">Minister (en)</a>' in page
    assert f'<a href="/admin/pages/standardpage/{history.pk}/change/">History (en)</a>' in page
