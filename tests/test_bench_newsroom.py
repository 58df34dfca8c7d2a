"""The newsroom day's readers (``bench/newsroom.py``): the mix they read, not timings."""

from collections import Counter
from itertools import takewhile

import pytest

from bench.newsroom import reader_mix
from tests.news.factories import make_article

pytestmark = pytest.mark.django_db


def test_readers_read_the_hot_pages_the_archive_by_popularity_and_the_crawler_walks_the_sitemaps():
    articles = [make_article(f"Article {number}") for number in range(80)]
    mix = reader_mix(3000)
    kinds = Counter(kind for kind, _path in mix)
    assert 0.55 < kinds["hot"] / len(mix) < 0.65
    assert 0.25 < kinds["archive"] / len(mix) < 0.35
    assert 0.07 < kinds["crawler"] / len(mix) < 0.13
    # The archive's most read article is read far more than its least read one.
    archive = Counter(path for kind, path in mix if kind == "archive")
    assert max(archive.values()) > 5 * min(archive.values())
    # The crawler reads the sitemaps, then every address they list, once each.
    walk = [path for kind, path in mix if kind == "crawler"]
    sitemaps = len(list(takewhile(lambda path: path.startswith("/sitemap"), walk)))
    assert walk[0] == "/sitemap.xml" and sitemaps > 1
    listed = walk[sitemaps:]
    news = [path for path in listed if path.startswith("/ru/news/")][: len(articles)]
    assert news == [f"/ru/news/{article.pk}-{article.slug}/" for article in articles]
    first_round = listed[: listed.index(news[-1]) + 1]
    assert len(first_round) == len(set(first_round))
