"""Queryset helpers the home page and sidebars use."""

import pytest
from django.utils import translation

from mia_portal.publishing import Status
from news.models import Address, Article
from news.sitemaps import AddressSitemap, ArticleSitemap
from tests.news.factories import make_address, make_article

pytestmark = pytest.mark.django_db


def test_featured_published_available_articles_for_the_home_page():
    featured = make_article("Featured", is_featured=True)
    make_article("Featured draft", is_featured=True, status=Status.DRAFT)
    make_article("Featured in Russian only", is_featured=True, languages=("ru",))
    make_article("Ordinary")
    assert list(Article.objects.published().available_in("en").featured()) == [featured]


def test_related_articles_share_the_rubric_and_exclude_the_article_itself():
    article = make_article("Main")
    sibling = make_article("Sibling", rubric=article.rubric)
    make_article("Other rubric")
    assert list(Article.objects.related_to(article)) == [sibling]


def test_only_one_address_is_current():
    first = make_address(is_current=True)
    second = make_address(title="Later address", is_current=True)
    first.refresh_from_db()
    assert not first.is_current
    assert list(Address.objects.featured_now()) == [second]


def test_current_address_must_be_published():
    make_address(is_current=True, status=Status.DRAFT)
    assert not Address.objects.featured_now().exists()


def test_address_opening_is_plain_text():
    address = make_address(body_en="<p>Distinguished Members of Parliament,</p><p>Esteemed compatriots!</p>")
    with translation.override("en"):
        assert address.opening() == "Distinguished Members of Parliament, Esteemed compatriots!"


def test_summary_without_a_lead_reads_the_text_as_its_reader_does():
    article = make_article(lead_en="", body_en="<p>Fish &amp; chips&nbsp;at</p><p>noon</p>")
    with translation.override("en"):
        assert article.summary == "Fish & chips at noon"


def test_byline_joins_name_and_rank_in_the_active_language():
    article = make_article(
        byline_name_en="Akbar Sharif",
        byline_rank_en="captain of the militia",
        byline_name_ru="Акбар Шариф",
        byline_rank_ru="",
    )
    with translation.override("en"):
        assert article.byline == "Akbar Sharif, captain of the militia"
    with translation.override("ru"):
        assert article.byline == "Акбар Шариф"
    with translation.override("tg"):
        assert article.byline == ""


def test_sitemap_lists_live_items_in_the_languages_they_exist_in():
    live = make_article("Live", languages=("tg", "ru"))
    make_article("Draft", status=Status.DRAFT)
    sitemap = ArticleSitemap()
    assert list(sitemap.items()) == [live]
    assert sitemap.get_languages_for_item(live) == ["tg", "ru"]
    make_address(status=Status.DRAFT)
    assert not AddressSitemap().items().exists()
