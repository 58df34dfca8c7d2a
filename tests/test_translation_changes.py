"""Translation stamps: only the languages a save changes count as changed, whatever way the item
came in (the admin, the demo, an import in bulk)."""

import os
from pathlib import Path

import pytest

from news.models import Article
from tests.admin_forms import change_form_data
from tests.news.factories import make_article, make_rubric
from tests.subprocesses import run_python

pytestmark = pytest.mark.django_db

LANGUAGES = ("tg", "ru", "en")


def states(item):
    return {code: item.translation_state(code) for code in LANGUAGES}


def test_first_admin_save_of_an_item_imported_in_bulk_stamps_only_the_edited_language(staff_client):
    fields = {"slug": "imported", "rubric": make_rubric(), "status": "published"}
    for code in LANGUAGES:
        fields.update({f"title_{code}": f"Title ({code})", f"body_{code}": f"<p>Text ({code})</p>"})
    imported = Article(**fields)
    imported.set_availability()
    (imported,) = Article.objects.bulk_create([imported])  # no save(): no stamps yet
    url = f"/admin/news/article/{imported.pk}/change/"
    data = change_form_data(staff_client.get(url))

    response = staff_client.post(url, {**data, "body_tg": "<p>Матни ислоҳшуда</p>"})

    assert response.status_code == 302
    imported.refresh_from_db()
    assert states(imported) == {"tg": "complete", "ru": "outdated", "en": "outdated"}


def test_a_save_that_changes_no_text_leaves_every_language_complete(staff_client):
    article = make_article("Round table")
    Article.objects.filter(pk=article.pk).update(translation_changes={})
    url = f"/admin/news/article/{article.pk}/change/"

    staff_client.post(url, {**change_form_data(staff_client.get(url)), "status": "draft"})

    article.refresh_from_db()
    assert states(article) == {"tg": "complete", "ru": "complete", "en": "complete"}


def test_rich_text_the_allow_list_rewrites_counts_as_changed_once_not_again_on_the_next_save():
    link = '<p>Write to <a href="mailto:info@mia.tj">info@mia.tj</a></p>'
    article = make_article("Round table", **{f"body_{code}": link for code in LANGUAGES})
    article.refresh_from_db()
    assert 'rel="noopener noreferrer"' in article.body_en
    stamped = dict(article.translation_changes)

    article.save()

    assert article.translation_changes == stamped


FINGERPRINTS = """
import django
django.setup()
from news.models import Article
article = Article(title_tg="Мизи мудаввар", body_tg="<p>Матн</p>", lead_tg="Хулоса", byline_name_tg="Акбар")
article.track_translation_changes()
print(article.translation_changes["tg"]["fingerprint"])
"""


def test_fingerprints_are_the_same_in_every_process():
    """Each app process must read the fingerprints another one stored, whatever its hash seed."""
    root = Path(__file__).resolve().parent.parent
    printed = set()
    for seed in ("1", "2"):
        environment = {**os.environ, "PYTHONHASHSEED": seed, "DJANGO_DEBUG": "1", "PYTHONPATH": str(root)}
        environment["DJANGO_SETTINGS_MODULE"] = "mia_portal.settings"
        run = run_python(FINGERPRINTS, environment, cwd=root, check=True)
        printed.add(run.stdout.strip())
    assert len(printed) == 1
