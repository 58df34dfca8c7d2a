"""References in rich text become the linked items' current addresses, or plain words."""

import re
from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from mia_portal.publishing import Status
from tests.incidents.factories import make_incident
from tests.news.factories import make_article

pytestmark = pytest.mark.django_db


def body_of(client, item, language):
    response = client.get(f"/{language}{item.get_absolute_url()[3:]}")
    assert response.status_code == 200
    page = response.content.decode()
    return page[page.index('class="article__body') : page.index("</div>", page.index('class="article__body'))]


def linking_article(*targets, words="the report"):
    links = "".join(
        f'<a href="item:{target._meta.label_lower}:{target.pk}">{words} {index}</a> '
        for index, target in enumerate(targets)
    )
    return make_article(
        "Linking", body_tg=f"<p>{links}</p>", body_ru=f"<p>{links}</p>", body_en=f"<p>{links}</p>"
    )


@pytest.mark.parametrize("language", ["tg", "ru", "en"])
def test_a_reference_follows_the_items_slug_change_in_each_language(client, committed, language):
    report = make_incident("Theft in Khujand")
    article = linking_article(report)
    assert f'href="/{language}/incidents/{report.pk}-{report.slug}/"' in body_of(client, article, language)
    with committed():
        report.slug = "theft-in-khujand-renamed"
        report.save()
    body = body_of(client, article, language)
    assert f'href="/{language}/incidents/{report.pk}-theft-in-khujand-renamed/"' in body
    assert "item:" not in body


def test_an_item_missing_in_the_readers_language_is_linked_in_the_best_one(client):
    russian_only = make_incident("Only in Russian", languages=("ru",))
    tajik_only = make_incident("Only in Tajik", languages=("tg",))
    article = linking_article(russian_only, tajik_only)
    body = body_of(client, article, "en")
    # English readers fall back to Russian first, then Tajik, as the detail pages do.
    assert f'href="/ru/incidents/{russian_only.pk}-' in body
    assert f'href="/tg/incidents/{tajik_only.pk}-' in body
    body = body_of(client, article, "ru")
    assert f'href="/ru/incidents/{russian_only.pk}-' in body
    assert f'href="/tg/incidents/{tajik_only.pk}-' in body


@pytest.mark.parametrize(
    "change",
    [
        {"status": Status.WITHDRAWN},
        {"status": Status.DRAFT},
        {"status": Status.PUBLISHED, "published_at": timezone.now() + timedelta(days=1)},
    ],
    ids=["withdrawn", "draft", "scheduled"],
)
def test_a_link_to_an_item_readers_cannot_open_is_plain_text(client, committed, change):
    report = make_incident("Gone")
    article = linking_article(report, words="see")
    assert "<a" in body_of(client, article, "en")
    with committed():
        for field, value in change.items():
            setattr(report, field, value)
        report.save()
    body = body_of(client, article, "en")
    assert "see 0" in body
    assert "<a" not in body


def test_a_link_to_a_deleted_item_is_plain_text(client, committed):
    report = make_incident("Deleted")
    article = linking_article(report, words="see")
    assert "<a" in body_of(client, article, "en")
    with committed():
        report.delete()
    body = body_of(client, article, "en")
    assert "see 0" in body
    assert "<a" not in body


def lookups(queries):
    """The queries that select linked items by their ids."""
    return [
        query["sql"]
        for query in queries
        if re.search(r'"(incidents_incident|news_article)"\."id" IN \(', query["sql"])
    ]


def test_ten_links_cost_one_query_per_kind_and_none_once_remembered(client, settings):
    settings.PAGE_CACHE_SECONDS = 0  # every request builds the page
    reports = [make_incident(f"Report {number}") for number in range(5)]
    articles = [make_article(f"Article {number}") for number in range(5)]
    article = linking_article(*reports, *articles)
    url = f"/en{article.get_absolute_url()[3:]}"
    with CaptureQueriesContext(connection) as first:
        page = client.get(url).content.decode()
    assert len(re.findall(r'href="/en/(?:incidents|news)/\d+-', page)) >= 10
    assert len(lookups(first.captured_queries)) == 2  # one for the reports, one for the articles
    with CaptureQueriesContext(connection) as again:
        page = client.get(url).content.decode()
    assert len(re.findall(r'href="/en/(?:incidents|news)/\d+-', page)) >= 10
    assert lookups(again.captured_queries) == []


def test_a_cached_page_follows_the_items_it_links_to_and_no_others(client, committed, settings):
    settings.PAGE_CACHE_SECONDS = 300
    report = make_incident("Theft in Khujand")
    article = linking_article(report)
    url = f"/en{article.get_absolute_url()[3:]}"
    assert client.get(url)["X-Cache"] == "miss"
    with committed():
        make_incident("Unrelated report")  # a publication elsewhere leaves the page cached
    assert client.get(url)["X-Cache"] == "hit"
    with committed():
        report.status = Status.WITHDRAWN
        report.save()
    response = client.get(url)
    assert response["X-Cache"] == "miss"
    assert f"/incidents/{report.pk}-" not in body_of(client, article, "en")
