"""Every news page costs the same number of SQL queries whether there are 5 articles or 50."""

from datetime import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from contacts.models import Region
from tests.news.factories import make_address, make_article, make_photo, make_rubric, make_update

pytestmark = pytest.mark.django_db


def queries_for(client, path):
    """Queries of one request once per-process caches (e.g. the current Site) are warm."""
    client.get(path)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(path)
    assert response.status_code == 200, path
    return len(captured)


@pytest.fixture
def newsroom():
    """Two rubrics, two regions and a function adding articles spread over them and 2019."""
    rubrics = [make_rubric(), make_rubric()]
    regions = [Region.objects.create(slug=f"region-{n}", name_tg=f"Region {n}") for n in range(2)]

    def add(count):
        for number in range(count):
            make_article(
                f"Item {number}",
                rubric=rubrics[number % 2],
                region=regions[number % 2],
                published_at=timezone.make_aware(datetime(2019, 1 + number % 12, 1 + number % 28, 10)),
            )
            make_address(title=f"Address {number}")

    return add


def test_list_archive_and_detail_pages_cost_the_same_with_5_or_50_articles(client, newsroom):
    newsroom(5)
    article = make_article("Main", published_at=timezone.make_aware(datetime(2019, 1, 2, 9)))
    make_photo(article)
    make_update(article)
    address = make_address(title="Current address", is_current=True)
    paths = [
        "/en/news/",
        "/en/news/?page=2",
        "/en/news/?rubric=rubric-1&region=region-0",
        "/en/news/?rubric=unknown",
        "/en/news/2019/",
        "/en/news/2019/01/",
        f"/en/news/{article.pk}-{article.slug}/",
        "/en/news/addresses/",
        f"/en/news/addresses/{address.pk}-{address.slug}/",
        "/en/news/feed/",
    ]
    with_5 = [queries_for(client, path) for path in paths]

    newsroom(45)
    for number in range(9):
        make_photo(article, order=number + 1)
        make_update(article)
        make_article(f"Related {number}", rubric=article.rubric)
    with_50 = [queries_for(client, path) for path in paths]

    assert with_50 == with_5
    assert max(with_5) <= 10
