"""The RSS feed of each language: valid, with that language's items, links from SITE_URL."""

from datetime import timedelta

import pytest
from django.utils import timezone

from mia_portal.publishing import Status
from tests.news.factories import make_article
from tests.security.checks import parse_feed

pytestmark = pytest.mark.django_db


def parse(client, language, **headers):
    return parse_feed(client.get(f"/{language}/news/feed/", **headers))


def test_each_language_has_its_own_feed_with_its_own_items(client):
    make_article("Everywhere")
    make_article("Tajik and Russian", languages=("tg", "ru"))
    make_article("Draft", status=Status.DRAFT)
    make_article("Scheduled", published_at=timezone.now() + timedelta(hours=1))

    english = parse(client, "en")
    russian = parse(client, "ru")
    tajik = parse(client, "tg")
    assert [entry.title for entry in english.entries] == ["Everywhere (en)"]
    assert sorted(entry.title for entry in russian.entries) == ["Everywhere (ru)", "Tajik and Russian (ru)"]
    assert sorted(entry.title for entry in tajik.entries) == ["Everywhere (tg)", "Tajik and Russian (tg)"]
    assert english.feed.language == "en"
    assert russian.feed.language == "ru"


def test_feed_items_carry_lead_date_rubric_author_and_a_link_in_the_language(client, settings):
    article = make_article(
        "Round table", byline_name_en="Sirojiddin Shakuri", byline_rank_en="militia captain"
    )
    entry = parse(client, "en").entries[0]
    assert entry.link == f"{settings.SITE_URL}/en/news/{article.pk}-{article.slug}/"
    assert entry.summary == "Lead of Round table (en)"
    assert entry.tags[0].term == article.rubric.name_en
    assert "Sirojiddin Shakuri, militia captain" in entry.author
    assert entry.published_parsed is not None


def test_feed_links_come_from_site_url_never_from_the_host_header(client, settings):
    make_article("Round table")
    response = client.get("/en/news/feed/", HTTP_HOST="localhost")
    body = response.content.decode()
    assert "localhost" not in body
    assert f"{settings.SITE_URL}/en/news/" in body


def test_empty_feed_is_still_valid(client):
    assert parse(client, "en").entries == []


def test_news_pages_advertise_the_feed(client):
    page = client.get("/ru/news/").content.decode()
    assert '<link rel="alternate" type="application/rss+xml"' in page
    assert 'href="/ru/news/feed/"' in page
