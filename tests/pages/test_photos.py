"""Pages show photos from the library: a plain page's main photo and gallery, a guide's photo,
a person's portrait; chosen with the library's chooser; a photo in use is not deleted."""

import pytest
from django.conf import settings
from django.db.models import ProtectedError

from pages.models import LeadershipPage, PagePhoto, PersonPage, ServiceGuidePage
from photos.usage import uses_of
from tests.pages.factories import make_page
from tests.photos.factories import make_library_photo

pytestmark = pytest.mark.django_db


def test_a_plain_page_shows_its_main_photo_with_caption_credit_and_share_crop(client):
    photo = make_library_photo("Building", caption_en="The ministry's building", credit_en="Press service")
    page = make_page("About", photo=photo)
    html = client.get(f"/en/{page.url_path}").content.decode()
    assert f"/media/{photo.renditions['renditions'][0]['jpeg']}" in html
    assert 'alt="Building described (en)"' in html
    assert "The ministry&#x27;s building" in html
    assert "Photo: Press service" in html
    share = photo.share_renditions["renditions"][0]["jpeg"]
    assert f'<meta property="og:image" content="{settings.SITE_URL}/media/{share}">' in html


def test_a_plain_page_shows_its_gallery_in_order(client):
    page = make_page("History")
    second, first = make_library_photo("Second"), make_library_photo("First")
    PagePhoto.objects.create(page=page, photo=second, order=2)
    PagePhoto.objects.create(page=page, photo=first, order=1)
    html = client.get(f"/en/{page.url_path}").content.decode()
    assert 'id="gallery-heading"' in html
    assert html.index("First described (en)") < html.index("Second described (en)")


def test_a_service_guide_shows_its_photo(client):
    photo = make_library_photo("Passport office")
    guide = make_page("Passport", model=ServiceGuidePage, photo=photo)
    html = client.get(f"/en/{guide.url_path}").content.decode()
    assert 'alt="Passport office described (en)"' in html


def test_a_persons_portrait_shows_on_the_leadership_card_and_the_persons_page(client):
    photo = make_library_photo("Minister", size=(800, 1000))
    leadership = make_page("Leadership", model=LeadershipPage)
    person = make_page("Minister", parent=leadership, model=PersonPage, portrait=photo)
    card = client.get(f"/en/{leadership.url_path}").content.decode()
    assert f"/media/{photo.card_renditions['renditions'][0]['jpeg']}" in card
    own = client.get(f"/en/{person.url_path}").content.decode()
    assert 'alt="Minister described (en)"' in own


def test_pages_using_a_photo_are_its_uses_and_keep_it_from_deletion():
    photo = make_library_photo()
    plain = make_page("About", photo=photo)
    gallery = make_page("History")
    PagePhoto.objects.create(page=gallery, photo=photo)
    guide = make_page("Passport", model=ServiceGuidePage, photo=photo)
    person = make_page("Minister", model=PersonPage, portrait=photo)
    uses = {use.pk for use in uses_of([photo.pk])[photo.pk]}
    assert uses == {plain.pk, gallery.pk, guide.pk, person.pk}
    with pytest.raises(ProtectedError):
        photo.delete()


@pytest.mark.parametrize(
    ("model", "field"),
    [("standardpage", "photo"), ("serviceguidepage", "photo"), ("personpage", "portrait")],
)
def test_page_forms_choose_photos_with_the_chooser(staff_client, model, field):
    html = staff_client.get(f"/admin/pages/{model}/add/").content.decode()
    assert f'name="{field}"' in html
    assert "photo-chooser__id" in html
    assert "js/photo_chooser.js" in html


def test_the_gallery_rows_choose_photos_with_the_chooser(staff_client):
    html = staff_client.get("/admin/pages/standardpage/add/").content.decode()
    assert 'name="gallery-__prefix__-photo"' in html
