"""Photos are validated by content, lose their metadata and reach phones as small renditions."""

import io

import pytest
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.template import Context, Template
from PIL import Image

from tests.news.factories import bomb_png, gps_exif, make_article, make_photo, photo_bytes

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


def test_gps_and_camera_data_are_stripped_from_the_stored_cover():
    article = make_article(cover=ContentFile(photo_bytes(1200, 800, exif=gps_exif()), name="IMG_0042.jpg"))
    stored = stored_image(article.cover)
    assert not stored.getexif()
    assert "exif" not in stored.info
    assert "IMG_0042" not in article.cover.name
    assert article.cover.name.endswith(".jpg")


def test_gallery_photos_are_cleaned_and_get_renditions():
    article = make_article()
    photo = make_photo(article, image=ContentFile(photo_bytes(800, 600, exif=gps_exif()), name="g.jpg"))
    assert not stored_image(photo.image).getexif()
    assert [entry["width"] for entry in photo.renditions["renditions"]] == [320, 640, 800]


def test_a_non_image_is_rejected_by_content_whatever_its_name():
    article = make_article()
    article.cover = ContentFile(b"<?php system($_GET['c']); ?>", name="photo.jpg")
    with pytest.raises(ValidationError) as raised:
        article.full_clean()
    assert "cover" in raised.value.message_dict
    with pytest.raises(ValidationError):
        article.save()  # code paths that skip forms are checked too


@pytest.mark.parametrize("side", [8_000, 30_000])  # over our limit; over Pillow's own bomb limit
def test_decompression_bombs_are_rejected_before_decoding(side):
    article = make_article()
    article.cover = ContentFile(bomb_png(side, side), name="bomb.png")
    with pytest.raises(ValidationError) as raised:
        article.full_clean()
    assert raised.value.error_dict["cover"][0].code == "pixels"


def test_a_camera_photo_reaches_phones_as_a_webp_of_a_few_tens_of_kilobytes():
    source = photo_bytes(3000, 2000)
    assert len(source) > 1_000_000
    article = make_article(cover=ContentFile(source, name="camera.jpg"))
    renditions = article.cover_renditions
    assert (renditions["width"], renditions["height"]) == (3000, 2000)
    by_width = {entry["width"]: entry for entry in renditions["renditions"]}
    assert sorted(by_width) == [320, 640, 1024, 1600]
    phone = by_width[640]
    assert phone["height"] == 427
    assert phone["webp"].endswith(".webp")
    assert 5_000 < default_storage.size(phone["webp"]) < 100_000
    with default_storage.open(phone["webp"]) as stored:
        assert Image.open(stored).format == "WEBP"


def test_renditions_are_made_once_not_on_every_save():
    article = make_article(cover=ContentFile(photo_bytes(800, 600), name="a.jpg"))
    renditions = article.cover_renditions
    article.title_en = "Corrected title"
    article.save()
    article.refresh_from_db()
    assert article.cover_renditions == renditions


def test_removing_the_cover_removes_its_renditions():
    article = make_article(cover=ContentFile(photo_bytes(800, 600), name="a.jpg"))
    article.cover = None
    article.save()
    assert article.cover_renditions == {}


def test_picture_tag_renders_webp_and_jpeg_sources_with_dimensions():
    article = make_article(cover=ContentFile(photo_bytes(2000, 1000), name="a.jpg"))
    html = Template(
        '{% load pictures %}{% picture renditions alt sizes="50vw" %}|{% picture renditions alt eager=True %}'
    ).render(Context({"renditions": article.cover_renditions, "alt": 'Officers & "guests"'}))
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
    article = make_article(cover=ContentFile(photo_bytes(1200, 800), name="a.jpg"), cover_alt_en="Officers")
    make_photo(article, order=2, caption_en="Second")
    make_photo(article, order=1, caption_en="First")
    page = client.get(f"/en/news/{article.pk}-{article.slug}/").content.decode()
    assert page.count("<picture") == 3
    assert 'alt="Officers"' in page
    assert page.index("First") < page.index("Second")


def test_transparent_png_keeps_its_transparency_and_gets_white_renditions():
    source = Image.new("RGBA", (400, 200), (0, 0, 0, 0))
    output = io.BytesIO()
    source.save(output, "PNG")
    article = make_article(cover=ContentFile(output.getvalue(), name="logo.png"))
    assert article.cover.name.endswith(".png")
    with default_storage.open(article.cover_renditions["renditions"][0]["jpeg"]) as stored:
        assert Image.open(stored).convert("RGB").getpixel((10, 10)) == (255, 255, 255)
