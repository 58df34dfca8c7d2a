"""Library photos are validated by content, lose their metadata and reach phones as small renditions."""

import io

import pytest
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.template import Context, Template
from PIL import Image

from photos.models import Photo
from tests.news.factories import bomb_png, gps_exif, make_article, make_photo, photo_bytes
from tests.photos.factories import make_library_photo

pytestmark = pytest.mark.django_db

GPS_IFD = 0x8825


def stored_image(field_file):
    field_file.open("rb")
    try:
        image = Image.open(io.BytesIO(field_file.read()))
        image.load()
    finally:
        field_file.close()
    return image


def test_source_photo_really_has_gps_data():
    # Guards the test below: the builder must produce what it claims.
    source = Image.open(io.BytesIO(photo_bytes(400, 300, exif=gps_exif())))
    assert source.getexif().get_ifd(GPS_IFD)


def test_gps_and_camera_data_are_stripped_from_the_stored_photo():
    camera = ContentFile(photo_bytes(1200, 800, exif=gps_exif()), name="IMG_0042.jpg")
    photo = make_library_photo(image=camera)
    stored = stored_image(photo.image)
    assert not stored.getexif()
    assert "exif" not in stored.info
    assert "IMG_0042" not in photo.image.name
    assert photo.image.name.endswith(".jpg")
    assert [entry["width"] for entry in photo.renditions["renditions"]] == [320, 640, 1024, 1200]


def test_a_non_image_is_rejected_by_content_whatever_its_name():
    photo = Photo(title="Script", image=ContentFile(b"<?php system($_GET['c']); ?>", name="photo.jpg"))
    with pytest.raises(ValidationError) as raised:
        photo.full_clean()
    assert "image" in raised.value.message_dict
    with pytest.raises(ValidationError):
        photo.save()  # code paths that skip forms are checked too
    assert not Photo.objects.exists()


@pytest.mark.parametrize("side", [8_000, 30_000])  # over our limit; over Pillow's own bomb limit
def test_decompression_bombs_are_rejected_before_decoding(side):
    photo = Photo(title="Bomb", image=ContentFile(bomb_png(side, side), name="bomb.png"))
    with pytest.raises(ValidationError) as raised:
        photo.full_clean()
    assert raised.value.error_dict["image"][0].code == "pixels"


def test_a_camera_photo_reaches_phones_as_a_webp_of_a_few_tens_of_kilobytes():
    source = photo_bytes(3000, 2000)
    assert len(source) > 1_000_000
    renditions = make_library_photo(image=ContentFile(source, name="camera.jpg")).renditions
    assert (renditions["width"], renditions["height"]) == (3000, 2000)
    by_width = {entry["width"]: entry for entry in renditions["renditions"]}
    assert sorted(by_width) == [320, 640, 1024, 1600]
    phone = by_width[640]
    assert phone["height"] == 427
    assert phone["webp"].endswith(".webp")
    assert 5_000 < default_storage.size(phone["webp"]) < 100_000
    with default_storage.open(phone["webp"]) as stored:
        assert Image.open(stored).format == "WEBP"


def test_renditions_and_crops_are_made_once_not_on_every_save():
    photo = make_library_photo(size=(800, 600))
    renditions, crops = photo.renditions, photo.crops
    photo.alt_en = "Corrected description"
    photo.save()
    photo.refresh_from_db()
    assert (photo.renditions, photo.crops) == (renditions, crops)


def test_picture_tag_renders_webp_and_jpeg_sources_with_dimensions():
    photo = make_library_photo(size=(2000, 1000))
    html = Template(
        '{% load pictures %}{% picture renditions alt sizes="50vw" %}|{% picture renditions alt eager=True %}'
    ).render(Context({"renditions": photo.renditions, "alt": 'Officers & "guests"'}))
    lazy, eager = html.split("|")
    assert lazy.startswith('<picture><source type="image/webp" srcset="/media/renditions/')
    assert " 320w, " in lazy and " 1600w" in lazy
    assert 'sizes="50vw"' in lazy
    assert 'width="1600" height="800"' in lazy
    assert 'alt="Officers &amp; &quot;guests&quot;"' in lazy
    assert 'loading="lazy"' in lazy
    assert 'loading="lazy"' not in eager
    assert 'fetchpriority="high"' in eager
    assert ".jpg 640w" in lazy


def test_picture_tag_renders_nothing_without_renditions():
    assert (
        Template("{% load pictures %}{% picture renditions 'x' %}").render(Context({"renditions": {}})) == ""
    )


def test_article_page_shows_cover_and_gallery_as_pictures(client):
    article = make_article(cover_photo=make_library_photo(alt_en="Officers"))
    make_photo(article, order=2, photo=make_library_photo(caption_en="Second"))
    make_photo(article, order=1, photo=make_library_photo(caption_en="First"))
    page = client.get(f"/en/news/{article.pk}-{article.slug}/").content.decode()
    assert page.count("<picture") == 3
    assert 'alt="Officers"' in page
    assert page.index("First") < page.index("Second")


def test_transparent_png_keeps_its_transparency_and_gets_white_renditions():
    source = Image.new("RGBA", (400, 200), (0, 0, 0, 0))
    output = io.BytesIO()
    source.save(output, "PNG")
    photo = make_library_photo(image=ContentFile(output.getvalue(), name="logo.png"))
    assert photo.image.name.endswith(".png")
    with default_storage.open(photo.renditions["renditions"][0]["jpeg"]) as stored:
        assert Image.open(stored).convert("RGB").getpixel((10, 10)) == (255, 255, 255)
