"""Builders for photo library tests."""

from django.core.files.base import ContentFile

from photos.models import Photo
from tests.news.factories import photo_bytes


def make_library_photo(title="Round table", size=(1200, 800), image=None, **overrides):
    """A saved library photo (renditions and crops made) described in tg/ru/en."""
    fields = {
        "image": image or ContentFile(photo_bytes(*size), name="photo.jpg"),
        "title": title,
        **{f"alt_{code}": f"{title} described ({code})" for code in ("tg", "ru", "en")},
        **overrides,
    }
    return Photo.objects.create(**fields)
