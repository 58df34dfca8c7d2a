"""CKEditor 5's own interface speaks the admin's language: toolbar, headings, labels, counters."""

import pytest
from django.conf import settings
from django.contrib.auth.models import User

from tests.news.factories import make_article

pytestmark = pytest.mark.django_db(transaction=True)
PASSWORD = "a sufficiently long password"
ENGLISH = {
    "Bold",
    "Italic",
    "Link",
    "Bulleted List",
    "Numbered List",
    "Block quote",
    "Insert table",
    "Undo",
    "Redo",
}

EXPECTED = {
    "tg": {
        "tooltips": {"Ғафс", "Курсив", "Пайванд", "Рӯйхати нишонадор", "Рӯйхати рақамдор", "Бекор кардан"},
        "headings": ["Сарсатр", "Сарлавҳа", "Зерсарлавҳа"],
        "area": "Муҳаррири матн. Майдони таҳрир",
        "words": "Калимаҳо:",
    },
    "ru": {
        "tooltips": {"Жирный", "Курсив", "Ссылка", "Маркированный список", "Нумерованный список", "Отменить"},
        "headings": ["Абзац", "Заголовок", "Подзаголовок"],
        "area": "Редактор форматированного текста. Область редактирования",
        "words": "Слов:",
    },
}


@pytest.mark.parametrize("language", ["tg", "ru"])
def test_the_editor_speaks_the_admins_language(page, live_server, language, screenshot):
    User.objects.create_superuser("firuz", "firuz@mia.example", PASSWORD)
    article = make_article()
    page.context.add_cookies(
        [{"name": settings.LANGUAGE_COOKIE_NAME, "value": language, "url": live_server.url}]
    )
    page.goto("/admin/login/")
    page.locator("#id_username").fill("firuz")
    page.locator("#id_password").fill(PASSWORD)
    page.locator("input[type=submit]").click()
    page.wait_for_url("**/admin/")

    page.goto(f"/admin/news/article/{article.pk}/change/")
    # The translation tabs open at the admin's language.
    panel = page.locator(f"#tab_id_body_{language}")
    editor = panel.locator(".ck-editor")
    editor.locator(".ck-editor__editable").wait_for()
    expected = EXPECTED[language]

    tooltips = set(
        editor.locator("[data-cke-tooltip-text]").evaluate_all(
            "elements => elements.map(element => element.dataset.ckeTooltipText.replace(/ [(].*[)]$/, ''))"
        )
    )
    assert expected["tooltips"] <= tooltips
    assert not tooltips & ENGLISH
    assert expected["area"] in editor.locator(".ck-editor__editable").get_attribute("aria-label")
    assert expected["words"] in panel.locator(".word-count").inner_text()

    editor.locator(".ck-heading-dropdown > button").click()
    headings = editor.locator(".ck-heading-dropdown .ck-list__item .ck-button__label").all_inner_texts()
    assert headings == expected["headings"]
    screenshot(page, f"editor-{language}")
