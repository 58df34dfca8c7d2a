"""Articles exist in one, two or three languages; every page says which it shows."""

import re

import pytest
from django.utils import timezone

from news.models import Article
from tests.news.factories import make_article, make_update

pytestmark = pytest.mark.django_db


def test_list_shows_only_articles_available_in_the_page_language(client):
    make_article("Everywhere")
    make_article("No English", languages=("tg", "ru"))
    english = client.get("/en/news/").content.decode()
    russian = client.get("/ru/news/").content.decode()
    assert "Everywhere (en)" in english
    assert "No English" not in english
    assert "No English (ru)" in russian


def test_an_article_half_translated_is_not_listed_in_that_language(client):
    # A title alone is not an article: the body must be there too.
    make_article("Title only in English", languages=("tg",), title_en="Title only in English")
    assert "Title only in English" not in client.get("/en/news/").content.decode()


def test_a_translation_added_or_emptied_later_moves_the_article_in_or_out_of_that_list(client, committed):
    article = make_article("Translated later", languages=("tg",))
    assert "Translated later" not in client.get("/en/news/").content.decode()
    article.title_en, article.body_en = "Translated later (en)", "<p>Now in English.</p>"
    with committed():
        article.save()
    assert "Translated later (en)" in client.get("/en/news/").content.decode()
    article.body_en = ""
    with committed():
        article.save()
    assert "Translated later (en)" not in client.get("/en/news/").content.decode()
    assert list(Article.objects.missing_in("en")) == [article]


def test_detail_in_a_missing_language_shows_the_best_available_with_a_notice(client):
    article = make_article("Round table", languages=("tg", "ru"))
    response = client.get(f"/en/news/{article.pk}-{article.slug}/")
    assert response.status_code == 200
    page = response.content.decode()
    assert '<html lang="en">' in page
    # English falls back to Russian first (settings.MODELTRANSLATION_FALLBACK_LANGUAGES).
    assert '<article class="article" lang="ru">' in page
    assert "Round table (ru)" in page
    assert "Round table (tg)" not in page
    assert 'class="notice"' in page
    assert "has not been published in English. It is shown in Russian." in page


def test_detail_in_an_available_language_has_no_notice(client):
    article = make_article("Round table")
    page = client.get(f"/tg/news/{article.pk}-{article.slug}/").content.decode()
    assert '<article class="article" lang="tg">' in page
    assert "has not been published" not in page


def test_hreflang_alternates_name_only_the_available_languages(client):
    article = make_article("Round table", languages=("tg", "ru"))
    page = client.get(f"/ru/news/{article.pk}-{article.slug}/").content.decode()
    assert 'hreflang="tg"' in page
    assert 'hreflang="ru"' in page
    assert '<link rel="alternate" hreflang="en"' not in page


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        # The Tajik genitive «октябри» comes from the project's catalog once it is compiled
        # (tests/test_i18n.py checks it); without the .mo files Django's own «октябр» shows.
        ("tg", r"Ҷумъа, 4 октябри? 2019, 10:30"),
        ("ru", r"Пятница, 4 октября 2019, 10:30"),
        ("en", r"Friday, 4 October 2019 10:30"),
    ],
)
def test_publication_date_reads_naturally_in_each_language(client, language, expected):
    published_at = timezone.make_aware(timezone.datetime(2019, 10, 4, 10, 30))
    article = make_article("Round table", published_at=published_at)
    page = client.get(f"/{language}/news/{article.pk}-{article.slug}/").content.decode()
    assert re.search(f'<time datetime="2019-10-04T10:30:00\\+05:00">{expected}</time>', page)


def test_update_notes_appear_under_the_publication_date(client):
    article = make_article("Round table")
    make_update(article, date=timezone.localdate(), note_en="The number of participants was corrected.")
    page = client.get(f"/en/news/{article.pk}-{article.slug}/").content.decode()
    assert "Updated " in page
    assert "The number of participants was corrected." in page
    assert page.index("Updated ") > page.index('class="article__date"')


def test_lead_is_not_borrowed_from_another_language_in_lists(client):
    make_article("Round table", lead_en="", body_en="<p>English body words here.</p>")
    page = client.get("/en/news/").content.decode()
    assert "Lead of Round table (tg)" not in page
    assert "English body words here." in page
