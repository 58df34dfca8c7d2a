"""Every crop the site makes keeps the photo's focal point inside it; moving the point names
new renditions."""

import io

import pytest
from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.management import call_command
from PIL import Image

from mia_portal.images import focal_box
from tests.news.factories import make_article
from tests.photos.factories import make_library_photo

pytestmark = pytest.mark.django_db

RED, BLUE = (220, 0, 0), (0, 0, 200)


def marked_photo(size, corner):
    """A blue picture with a red square (a tenth of each side) in ``corner`` ("bottom-right"…)."""
    image = Image.new("RGB", size, BLUE)
    width, height = size
    mark = (width // 10, height // 10)
    left = width - mark[0] if corner.endswith("right") else 0
    top = height - mark[1] if corner.startswith("bottom") else 0
    image.paste(Image.new("RGB", mark, RED), (left, top))
    output = io.BytesIO()
    image.save(output, "PNG")
    return ContentFile(output.getvalue(), name="marked.png")


def pixels(name):
    with default_storage.open(name) as stored:
        image = Image.open(stored)
        image.load()
    return image.convert("RGB")


def is_red(pixel):
    return pixel[0] > 150 and pixel[2] < 100


def largest_jpeg(renditions):
    return max(renditions["renditions"], key=lambda entry: entry["width"])["jpeg"]


@pytest.mark.parametrize(
    ("size", "corner", "focal", "probe"),
    [
        ((1000, 1000), "bottom-right", (0.95, 0.95), (0.99, 0.99)),
        ((1000, 1000), "top-left", (0.05, 0.05), (0.01, 0.01)),
        ((2400, 600), "bottom-right", (0.97, 0.9), (0.99, 0.99)),
        ((2400, 600), "top-left", (0.02, 0.1), (0.01, 0.01)),
    ],
)
def test_every_crop_contains_the_focal_point_in_a_corner(size, corner, focal, probe):
    photo = make_library_photo(image=marked_photo(size, corner), focal_x=focal[0], focal_y=focal[1])
    for name in ("card", "gallery", "share"):
        crop = pixels(largest_jpeg(photo.crops[name]))
        assert crop.size != size  # really cut
        at = (round(probe[0] * (crop.width - 1)), round(probe[1] * (crop.height - 1)))
        assert is_red(crop.getpixel(at)), (name, crop.size)


def test_a_centred_crop_of_the_same_photo_leaves_the_corner_out():
    # Guards the test above: the crop would not contain the corner by chance.
    photo = make_library_photo(image=marked_photo((1000, 1000), "bottom-right"))
    card = pixels(largest_jpeg(photo.crops["card"]))
    assert (card.width / card.height) == pytest.approx(16 / 9, rel=0.01)
    assert not any(is_red(card.getpixel((x, card.height - 1))) for x in range(0, card.width, 10))


def test_crops_keep_their_aspect_ratio_and_the_share_image_is_1200_by_630():
    photo = make_library_photo(size=(3000, 2000), focal_x=0.2, focal_y=0.7)
    assert photo.crops["share"]["renditions"][0]["width"] == 1200
    assert photo.crops["share"]["renditions"][0]["height"] == 630
    for entry in photo.crops["gallery"]["renditions"]:
        assert entry["width"] / entry["height"] == pytest.approx(4 / 3, rel=0.01)


@pytest.mark.parametrize(
    ("size", "aspect", "focal", "box"),
    [
        ((1000, 1000), (16, 9), (0.5, 0.5), (0, 219, 1000, 781)),
        ((1000, 1000), (16, 9), (0.0, 1.0), (0, 438, 1000, 1000)),
        ((2000, 500), (4, 3), (1.0, 0.0), (1333, 0, 2000, 500)),
        ((1600, 900), (16, 9), (0.9, 0.1), (0, 0, 1600, 900)),  # already the shape: uncut
    ],
)
def test_focal_box_centres_on_the_point_as_far_as_the_edges_allow(size, aspect, focal, box):
    assert focal_box(size, aspect, focal) == box


def test_moving_the_focal_point_names_new_renditions_and_keeps_the_originals():
    photo = make_library_photo(size=(1600, 1000))
    renditions, card = photo.renditions, largest_jpeg(photo.crops["card"])
    assert "-card-x500y500-" in card
    photo.focal_x, photo.focal_y = 0.1, 0.8
    photo.save()
    photo.refresh_from_db()
    moved = largest_jpeg(photo.crops["card"])
    assert "-card-x100y800-" in moved and moved != card
    assert default_storage.exists(moved)
    assert photo.renditions == renditions


def test_cards_and_the_social_image_use_the_focal_crops(client):
    photo = make_library_photo(size=(1600, 1200), focal_x=0.25, focal_y=0.75)
    article = make_article("Round table", cover_photo=photo)
    detail = client.get(f"/en/news/{article.pk}-{article.slug}/").content.decode()
    share = photo.crops["share"]["renditions"][0]["jpeg"]
    assert f'<meta property="og:image" content="{settings.SITE_URL}/media/{share}">' in detail
    assert '<meta property="og:image:width" content="1200">' in detail
    listing = client.get("/en/news/").content.decode()
    assert largest_jpeg(photo.crops["card"]).removeprefix("renditions/") in listing


def test_a_photo_brought_by_the_data_migration_shows_its_renditions_until_cropped():
    photo = make_library_photo(size=(1200, 800))
    type(photo).objects.filter(pk=photo.pk).update(crops={})
    photo.refresh_from_db()
    assert photo.card_renditions == photo.renditions
    call_command("make_photo_crops", stdout=io.StringIO())
    photo.refresh_from_db()
    assert photo.card_renditions == photo.crops["card"] and "-card-" in largest_jpeg(photo.card_renditions)
