"""A visitor reads a news article in each language and switches language on it."""

import pytest
from django.core.files.base import ContentFile

from tests.news.factories import make_article, make_photo, photo_bytes

pytestmark = pytest.mark.django_db(transaction=True)

TITLES = {
    "tg": "Мизи мудаввар дар вилояти Суғд",
    "ru": "Круглый стол в Согдийской области",
    "en": "Round table in Sughd region",
}


def test_article_is_read_in_each_language_and_the_switcher_keeps_the_article(page, screenshot):
    article = make_article(
        cover=ContentFile(photo_bytes(1600, 1000), name="cover.jpg"),
        **{f"title_{code}": title for code, title in TITLES.items()},
        byline_name_en="Sirojiddin Shakuri",
        byline_rank_en="militia captain",
    )
    make_photo(article, order=1)
    path = f"/{{}}/news/{article.pk}-{article.slug}/"

    page.goto("/tg/news/")
    page.get_by_role("link", name=TITLES["tg"]).click()
    page.wait_for_url("**" + path.format("tg"))
    assert page.locator("h1").inner_text() == TITLES["tg"]
    assert page.locator("article.article").get_attribute("lang") == "tg"

    page.get_by_role("link", name="Русский").click()
    page.wait_for_url("**" + path.format("ru"))
    assert page.locator("html").get_attribute("lang") == "ru"
    assert page.locator("h1").inner_text() == TITLES["ru"]

    page.get_by_role("link", name="English").click()
    page.wait_for_url("**" + path.format("en"))
    assert page.locator("h1").inner_text() == TITLES["en"]
    assert page.get_by_text("Sirojiddin Shakuri, militia captain").is_visible()
    cover = page.locator("article.article picture img").first
    assert cover.evaluate("image => image.complete && image.naturalWidth > 0")
    assert cover.evaluate("image => image.currentSrc").endswith(".webp")
    screenshot(page, "news-article-en")


def test_article_missing_in_english_is_shown_in_russian_with_a_notice(page, screenshot):
    article = make_article("Road safety week", languages=("tg", "ru"))
    page.goto(f"/ru/news/{article.pk}-{article.slug}/")
    page.get_by_role("link", name="English").click()
    page.wait_for_url(f"**/en/news/{article.pk}-{article.slug}/")
    assert (
        page.locator(".notice").first.inner_text().startswith("This text has not been published in English")
    )
    assert page.locator("article.article").get_attribute("lang") == "ru"
    assert page.locator("h1").inner_text() == "Road safety week (ru)"
    screenshot(page, "news-article-fallback")


def test_news_list_filters_work_without_javascript(browser, live_server):
    context = browser.new_context(base_url=live_server.url, java_script_enabled=False)
    page = context.new_page()
    reform = make_article("Police reform meeting").rubric
    make_article("Another rubric")
    page.goto("/en/news/")
    page.get_by_label("Rubric").select_option(reform.slug)
    page.get_by_role("button", name="Show").click()
    page.wait_for_url(f"**/en/news/?rubric={reform.slug}&region=")
    assert page.get_by_role("link", name="Police reform meeting (en)").is_visible()
    assert page.get_by_text("Another rubric").count() == 0
    context.close()
