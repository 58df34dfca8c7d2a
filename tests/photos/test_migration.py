"""The data migration on the demo news: going back to the old photo fields and forward again,
every file stays where it was, with its descriptions, caption, credit and rendition addresses."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from demo.contacts import load as load_contacts
from demo.news import load as load_news
from mia_portal.images import photo_url
from news.models import Address, Article

BEFORE_THE_LIBRARY = [("news", "0008_photo_library_links")]
LANGUAGES = ("tg", "ru", "en")


def urls(renditions):
    return [photo_url(entry[key]) for entry in renditions["renditions"] for key in ("webp", "jpeg")]


def texts(item, field):
    return tuple(getattr(item, f"{field}_{code}") or "" for code in LANGUAGES)


def with_library():
    """What the pages show, read through the photo library."""
    articles = {
        article.slug: (
            article.cover_photo.image.name,
            texts(article.cover_photo, "alt"),
            texts(article.cover_photo, "credit"),
            urls(article.cover_photo.renditions),
            [
                (
                    row.photo.image.name,
                    texts(row.photo, "alt"),
                    texts(row.photo, "caption"),
                    urls(row.photo.renditions),
                )
                for row in article.photos.order_by("order", "pk")
            ],
        )
        for article in Article.objects.select_related("cover_photo")
    }
    addresses = {
        address.slug: (
            address.featured_photo.image.name,
            texts(address.featured_photo, "alt"),
            urls(address.featured_photo.renditions),
        )
        for address in Address.objects.select_related("featured_photo")
    }
    return articles, addresses


def without_library(apps):
    """The same read from the old photo fields."""
    gallery = apps.get_model("news", "ArticlePhoto").objects
    articles = {
        article.slug: (
            article.cover.name,
            texts(article, "cover_alt"),
            texts(article, "cover_credit"),
            urls(article.cover_renditions),
            [
                (row.image.name, texts(row, "alt"), texts(row, "caption"), urls(row.renditions))
                for row in gallery.filter(article=article).order_by("order", "pk")
            ],
        )
        for article in apps.get_model("news", "Article").objects.all()
    }
    addresses = {
        address.slug: (address.photo.name, texts(address, "photo_alt"), urls(address.photo_renditions))
        for address in apps.get_model("news", "Address").objects.all()
    }
    return articles, addresses


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


@pytest.mark.django_db(transaction=True)
def test_back_and_forth_keeps_every_file_text_and_rendition_address():
    load_contacts()
    load_news()
    shown = with_library()
    assert len(shown[0]) > 10 and any(gallery for *_cover, gallery in shown[0].values())
    try:
        old = migrate(BEFORE_THE_LIBRARY)
        assert without_library(old) == shown
        assert not old.get_model("photos", "Photo").objects.exists()
    finally:
        migrate(MigrationExecutor(connection).loader.graph.leaf_nodes())
    assert with_library() == shown
