"""Deep pages of a list: the same items as a plain OFFSET query, read from a bookmark or by
primary key first; every list's page links, alike and keeping its filters."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import resolve
from django.utils import timezone, translation

from mia_portal import pagination
from news.models import Article
from tests.announcements.factories import make_tender
from tests.incidents.factories import make_incident, make_place
from tests.news.factories import make_article, make_rubric

pytestmark = pytest.mark.django_db


@pytest.fixture
def articles():
    rubric = make_rubric()
    now = timezone.now()
    # Two share a publication time: the order must still be the list's (newest, then highest id).
    moments = [now - timedelta(hours=hours) for hours in (1, 2, 2, 3, 4, 5, 6)]
    return [make_article(f"Item {n}", rubric=rubric, published_at=moment) for n, moment in enumerate(moments)]


def test_deep_pages_hold_the_same_items_in_the_same_order_as_offset_pages(articles, monkeypatch):
    listed = Article.objects.published().available_in("en").with_details()
    expected = list(listed.all())
    monkeypatch.setattr(pagination, "DEEP_OFFSET", 2)
    paginator = pagination.ArchivePaginator(listed, 2)
    pages = [list(paginator.page(number).object_list) for number in paginator.page_range]
    assert pages == [expected[0:2], expected[2:4], expected[4:6], expected[6:7]]
    assert expected[1].published_at == expected[2].published_at and expected[1].pk > expected[2].pk


def test_a_deep_page_costs_one_query_more_than_a_first_page_whatever_its_depth(articles, monkeypatch):
    monkeypatch.setattr(pagination, "DEEP_OFFSET", 2)
    listed = Article.objects.published().available_in("en").with_details()

    def queries(number):
        paginator = pagination.ArchivePaginator(listed, 2)
        with CaptureQueriesContext(connection) as captured:
            list(paginator.page(number).object_list)
        return len(captured)

    assert queries(1) + 1 == queries(2) == queries(4)


def test_the_news_list_shows_a_deep_page_in_order(client, articles, monkeypatch):
    monkeypatch.setattr(pagination, "DEEP_OFFSET", 1)
    monkeypatch.setattr("news.views.ArticleListMixin.paginate_by", 3)
    page = client.get("/en/news/?page=2").content.decode()
    titles = [f"Item {n} (en)" for n in (3, 4, 5)]
    positions = [page.index(title) for title in titles]
    assert positions == sorted(positions)
    assert "Item 2 (en)" not in page and "Item 6 (en)" not in page


def test_pages_read_from_bookmarks_are_the_pages_of_the_whole_list(articles, monkeypatch, committed):
    monkeypatch.setattr(pagination, "DEEP_OFFSET", 1)
    monkeypatch.setattr(pagination, "BOOKMARK_EVERY", 3)

    def pages():
        listed = Article.objects.published().available_in("en").with_details()
        expected = list(listed.all())
        paginator = pagination.ArchivePaginator(listed, 2, count_key="news-en")
        found = [list(paginator.page(number).object_list) for number in paginator.page_range]
        return found, [expected[index : index + 2] for index in range(0, len(expected), 2)]

    found, expected = pages()
    assert found == expected and len(found) == 4
    # A new article moves everything down a place: the bookmarks follow.
    with committed():
        make_article("Newest", rubric=articles[0].rubric)
    found, expected = pages()
    assert found == expected and found[0][0].title_en == "Newest (en)"


def test_a_bookmarked_deep_page_needs_the_same_queries_however_deep(articles, monkeypatch):
    monkeypatch.setattr(pagination, "DEEP_OFFSET", 1)
    monkeypatch.setattr(pagination, "BOOKMARK_EVERY", 2)
    listed = Article.objects.published().available_in("en").with_details()
    pagination.ArchivePaginator(listed, 1, count_key="news-en").page(2)  # count and bookmarks

    def queries(number):
        paginator = pagination.ArchivePaginator(listed, 1, count_key="news-en")
        with CaptureQueriesContext(connection) as captured:
            page = paginator.page(number)
        return len(captured), page.object_list

    assert queries(3)[0] == queries(7)[0] == 1  # the page's rows after its bookmark
    assert queries(7)[1] == [articles[-1]]


@pytest.mark.parametrize(
    ("path", "next_page"),
    [
        ("/en/news/?rubric=road-safety", "?rubric=road-safety&amp;page=2"),
        ("/en/incidents/?region=sughd&category=", "?region=sughd&amp;page=2"),
        ("/en/announcements/?kind=tender&status=bogus", "?kind=tender&amp;page=2"),
        ("/en/search/?q=patrol&type=news", "?q=patrol&amp;type=news&amp;page=2"),
    ],
)
def test_every_list_links_its_pages_alike_keeping_its_filters(client, monkeypatch, path, next_page):
    rubric, district = make_rubric("road-safety"), make_place("khujand", "sughd")
    for number in range(2):
        make_article(f"Patrol {number}", rubric=rubric)
        make_incident(f"Patrol {number}", district=district)
        make_tender(title_en=f"Patrol {number}")
    with translation.override("en"):
        monkeypatch.setattr(resolve(path.split("?")[0]).func.view_class, "paginate_by", 1)

    page = client.get(path).content.decode()

    links = page[page.index('<nav class="pagination" aria-label="Pages">') :]
    assert f'<a href="{next_page}" rel="next">' in links[: links.index("</nav>")]
