"""A press officer picks an article's cover from the photo library and sets a focal point."""

import pytest

from news.models import Article
from photos.models import Photo
from tests.news.factories import make_article, make_rubric
from tests.photos.factories import make_library_photo

pytestmark = pytest.mark.django_db(transaction=True)


def test_press_officer_chooses_a_cover_from_the_library(page, log_in_as_press_officer, screenshot):
    article = make_article("Round table", rubric=make_rubric())
    make_library_photo("Parade in Dushanbe", alt_en="Officers marching on the square")
    make_library_photo("Helpline poster")
    log_in_as_press_officer(page)
    page.goto(f"/admin/news/article/{article.pk}/change/")

    chooser = page.locator(".field-cover_photo [data-photo-chooser]")
    assert chooser.locator("input.photo-chooser__id").get_attribute("type") == "hidden"
    chooser.get_by_role("button", name="Choose a photo").click()
    dialog = page.get_by_role("dialog", name="Photo library")
    dialog.get_by_text("2 photos found").wait_for()
    dialog.get_by_label("Search").fill("parade")
    dialog.get_by_label("Search").press("Enter")
    dialog.get_by_text("1 photo found").wait_for()
    result = dialog.get_by_role("button", name="Parade in Dushanbe")
    assert dialog.get_by_role("button", name="Helpline poster").count() == 0
    screenshot(page, "photo-chooser")
    result.focus()
    page.keyboard.press("Enter")  # by keyboard
    assert not dialog.is_visible()
    assert chooser.locator("figcaption").inner_text() == "Parade in Dushanbe"
    page.locator("input[name=_save]").click()
    page.locator(".messagelist .success").wait_for()

    article = Article.objects.get()
    assert article.cover_photo.title == "Parade in Dushanbe"
    page.goto(f"/en/news/{article.pk}-{article.slug}/")
    cover = page.locator("figure.article__cover img")
    assert cover.get_attribute("alt") == "Officers marching on the square"
    assert cover.evaluate("image => image.complete && image.naturalWidth > 0")


def test_press_officer_sets_the_focal_point_by_clicking_on_the_photo(page, log_in_as_press_officer):
    photo = make_library_photo("Round table", size=(1200, 800))
    log_in_as_press_officer(page)
    page.goto(f"/admin/photos/photo/{photo.pk}/change/")
    picture = page.locator("[data-focal-point] img")
    picture.wait_for()
    box = picture.bounding_box()
    picture.click(position={"x": box["width"] * 0.8, "y": box["height"] * 0.25})
    assert abs(float(page.locator("#id_focal_x").input_value()) - 0.8) < 0.02
    assert abs(float(page.locator("#id_focal_y").input_value()) - 0.25) < 0.02
    page.locator("input[name=_save]").click()
    page.locator(".messagelist .success").wait_for()
    photo = Photo.objects.get()
    assert abs(photo.focal_x - 0.8) < 0.02 and abs(photo.focal_y - 0.25) < 0.02
    assert "-card-x" in photo.crops["card"]["renditions"][0]["jpeg"]
    assert photo.crops["card"]["focal"] == [round(photo.focal_x, 3), round(photo.focal_y, 3)]
