"""The demo content loads, reads well in each language, and loading it again changes nothing."""

import pytest
from django.utils import translation

from demo.contacts import load as load_contacts
from demo.news import load
from news.models import Address, Article, ArticlePhoto, ArticleUpdate
from photos.models import Photo
from tests.news.factories import make_address

pytestmark = pytest.mark.django_db


def test_demo_loads_twice_without_duplicates_or_new_photos():
    load_contacts()
    load()
    counts = (Article.objects.count(), ArticlePhoto.objects.count(), ArticleUpdate.objects.count())
    covers = set(Article.objects.values_list("cover_photo__image", flat=True))
    photos = Photo.objects.count()
    assert "new rubrics: 0, articles: 0, addresses: 0" in load()
    assert (Article.objects.count(), ArticlePhoto.objects.count(), ArticleUpdate.objects.count()) == counts
    assert set(Article.objects.values_list("cover_photo__image", flat=True)) == covers
    assert Photo.objects.count() == photos

    round_table = Article.objects.get(slug="mizi-mudavvari-jumhuriyavi-dar-viloyati-sughd")
    assert round_table.available_languages() == ["tg", "ru", "en"]
    assert round_table.region.slug == "sughd"
    assert round_table.cover_photo.crops["card"]["renditions"]
    assert round_table.cover_photo.collections.get().name_en == round_table.rubric.name_en
    assert round_table.photos.count() == 3
    assert round_table.photos.first().photo.caption_en
    with translation.override("en"):
        assert round_table.byline == "Sirojiddin Shakuri, militia captain"
    assert Article.objects.published().missing_in("en").exists()  # some items are in two languages
    assert Address.objects.featured_now().get().available_languages() == ["tg", "ru", "en"]


def test_the_demo_address_is_not_featured_over_the_one_editors_feature():
    featured = make_address("Address to the nation", is_current=True)
    load_contacts()
    load()
    assert Address.objects.featured_now().get() == featured
    assert Address.objects.count() == 2
