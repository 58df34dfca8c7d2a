"""Press officers at work in the admin: writing in CKEditor 5, publishing, and a conflict."""

import io
import re

import pytest
from PIL import Image
from playwright.sync_api import expect

from news.models import Article
from tests.news.factories import make_article, make_rubric

pytestmark = pytest.mark.django_db(transaction=True)


def photo_file(tmp_path):
    path = tmp_path / "round-table.jpg"
    output = io.BytesIO()
    Image.new("RGB", (1200, 800), (30, 90, 160)).save(output, "JPEG")
    path.write_bytes(output.getvalue())
    return path


def write_body(page, language, sentence, bold, items, photo=None):
    page.locator(f'a[href="#tab_id_body_{language}"]').click()
    panel = page.locator(f"#tab_id_body_{language}")
    editor = panel.locator(".ck-editor__editable")
    editor.click()
    page.keyboard.type(sentence + " ")
    page.keyboard.press("Control+b")
    page.keyboard.type(bold)
    page.keyboard.press("Control+b")
    page.keyboard.press("Enter")
    panel.locator("button[data-cke-tooltip-text='Bulleted List']").first.click()
    for item in items:
        page.keyboard.type(item)
        page.keyboard.press("Enter")
    page.keyboard.press("Enter")  # leaves the list
    if photo:
        panel.locator("input[type=file]").set_input_files(photo)
        panel.locator(".ck-editor__editable img[src^='/media/']").wait_for()


def test_press_officer_writes_and_publishes_an_article_in_two_languages(
    page, log_in_as_press_officer, tmp_path, screenshot
):
    make_rubric(slug="police-reform", name_en="Police reform")
    log_in_as_press_officer(page)
    page.goto("/admin/news/article/add/")

    page.locator('a[href="#tab_id_title_tg"]').click()
    page.locator("#id_title_tg").fill("Мизи мудаввар дар Хуҷанд")
    page.locator('a[href="#tab_id_lead_tg"]').click()
    page.locator("#id_lead_tg").fill("Дар вилояти Суғд мизи мудаввар баргузор шуд.")
    write_body(
        page, "tg", "Ҷамъомад дар Хуҷанд гузашт.", "Муҳим", ["банди якум", "банди дуюм"], photo_file(tmp_path)
    )

    page.locator('a[href="#tab_id_title_ru"]').click()
    page.locator("#id_title_ru").fill("Круглый стол в Худжанде")
    page.locator('a[href="#tab_id_lead_ru"]').click()
    page.locator("#id_lead_ru").fill("В Согдийской области прошёл круглый стол.")
    write_body(page, "ru", "Встреча прошла в Худжанде.", "Важно", ["первый пункт", "второй пункт"])

    page.locator("#id_rubric").select_option(label="Police reform")
    page.locator("#id_status").select_option("published")
    screenshot(page, "admin-article-written")
    page.locator("input[name=_save]").click()
    page.locator(".messagelist .success").wait_for()

    article = Article.objects.get()
    assert "<strong>Муҳим</strong>" in article.body_tg
    assert "<li>банди якум</li>" in article.body_tg
    assert re.search(r'<img src="/media/[^"]+\.jpg"', article.body_tg)
    assert "<strong>Важно</strong>" in article.body_ru

    page.goto("/tg/news/")
    assert page.get_by_role("link", name="Мизи мудаввар дар Хуҷанд").is_visible()
    page.goto("/ru/news/")
    assert page.get_by_role("link", name="Круглый стол в Худжанде").is_visible()
    page.goto("/en/news/")
    assert page.get_by_text("Круглый стол в Худжанде").count() == 0
    assert page.get_by_text("Мизи мудаввар дар Хуҷанд").count() == 0

    page.goto(article.get_absolute_url().replace("/en/", "/tg/"))
    assert page.locator("article strong", has_text="Муҳим").is_visible()
    assert page.locator("article ul li", has_text="банди дуюм").is_visible()
    assert page.locator("article img[src^='/media/']").count() >= 1


def test_the_second_of_two_tabs_is_told_of_the_conflict(page, log_in_as_press_officer):
    article = make_article("Round table", rubric=make_rubric())
    log_in_as_press_officer(page)
    url = f"/admin/news/article/{article.pk}/change/"
    first = page
    second = page.context.new_page()
    first.goto(url)
    second.goto(url)

    first.locator('a[href="#tab_id_title_en"]').click()
    first.locator("#id_title_en").fill("Round table: first tab")
    first.locator("input[name=_save]").click()
    first.locator(".messagelist .success").wait_for()

    second.locator('a[href="#tab_id_title_en"]').click()
    second.locator("#id_title_en").fill("Round table: second tab")
    second.locator("input[name=_save]").click()
    expect(second.get_by_text("after you opened it")).to_be_visible()
    second.locator('a[href="#tab_id_title_en"]').click()
    assert second.locator("#id_title_en").input_value() == "Round table: second tab"
    article.refresh_from_db()
    assert article.title_en == "Round table: first tab"
