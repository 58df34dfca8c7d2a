"""The history page says what changed in the words a press officer reads, per language."""

import re

import pytest
from django.conf import settings
from django.test import Client

from mia_portal.publishing import Status
from tests.news.factories import make_article, make_rubric
from tests.news.test_admin import article_form

pytestmark = pytest.mark.django_db


def save_through_admin(client, article, rubric, **changes):
    url = f"/admin/news/article/{article.pk}/change/"
    version = re.search(r'name="_last_known_change" value="([^"]*)"', client.get(url).content.decode())[1]
    response = client.post(url, {**article_form(rubric, **changes), "_last_known_change": version})
    assert response.status_code == 302


def changes_shown(client, article):
    """[(label, words)] of the newest version, as the history page shows them."""
    page = client.get(f"/admin/news/article/{article.pk}/history/").content.decode()
    newest = page.split('<dl class="version-diff">')[1].split("</dl>")[0]
    pairs = re.findall(r"<dt>(.*?)</dt>\s*<dd>(.*?)</dd>", newest, re.S)
    return [(label, re.sub(r"<[^>]+>", " ", words).split()) for label, words in pairs]


@pytest.fixture
def officer(superuser):
    def client_in(language):
        client = Client()
        client.cookies[settings.LANGUAGE_COOKIE_NAME] = language
        client.force_login(superuser)
        return client

    return client_in


@pytest.fixture
def edited_article(officer):
    """An article saved twice: the second save changes the Russian title, the rubric, the
    status, and empties the English text (its availability and fingerprints change with it)."""
    police = make_rubric(name_en="Police reform", name_ru="Реформа милиции", name_tg="Ислоҳоти милитсия")
    society = make_rubric(name_en="Society", name_ru="Общество", name_tg="Ҷомеа")
    article = make_article("Round table", rubric=police)
    client = officer("en")
    save_through_admin(client, article, police, title_ru="Круглый стол")
    save_through_admin(
        client, article, society, title_ru="Круглый стол в Худжанде", status=Status.DRAFT, body_en=""
    )
    return article


def test_history_names_each_changed_field_once_per_language(officer, edited_article):
    shown = dict(changes_shown(officer("en"), edited_article))
    assert list(shown) == ["Status", "Title (Русский)", "Text (English)", "Rubric"]
    assert shown["Title (Русский)"] == ["Круглый", "стол", "в", "Худжанде"]
    assert shown["Status"] == ["Published", "Draft"]
    assert shown["Text (English)"] == ["Text"]


def test_history_shows_related_items_by_name_in_the_admins_language(officer, edited_article):
    assert dict(changes_shown(officer("en"), edited_article))["Rubric"] == ["Police", "reform", "Society"]
    assert dict(changes_shown(officer("ru"), edited_article))["Рубрика"] == ["Реформа", "милиции", "Общество"]
    labels = [label for label, _words in changes_shown(officer("tg"), edited_article)]
    assert "Сарлавҳа (Русский)" in labels


def test_history_leaves_out_what_the_site_keeps_for_itself(officer, edited_article):
    page = officer("en").get(f"/admin/news/article/{edited_article.pk}/history/").content.decode()
    for internal in ("translation changes", "fingerprint", "sizes", "available in", "last changed", "[en]"):
        assert internal not in page.lower(), internal


def test_history_reads_rich_text_as_its_reader_does(officer):
    rubric = make_rubric()
    article = make_article("Fair", rubric=rubric)
    client = officer("en")
    save_through_admin(client, article, rubric, body_en="<p>Fish &amp; chips</p>")
    save_through_admin(client, article, rubric, body_en="<p>Fish &amp; chips&nbsp;at</p><p>noon</p>")
    assert dict(changes_shown(client, article))["Text (English)"] == ["Fish", "&amp;", "chips", "at", "noon"]
