"""Stale-while-revalidate across app processes: while one process rebuilds a page a publication
invalidated, another answers with the previous copy; after a withdrawal, never.

Two gunicorn processes share one SQLite file and one cache — a folder of files, or Redis (its
own database; skipped when no Redis answers). Another process (a script, as an editor's save
in another worker would be) makes the changes and holds the rebuild lock.
"""

import subprocess

import pytest

from tests.test_one_machine import env, run, start  # noqa: F401 (fixtures)

PUBLISH = """
import django
django.setup()
from django.core.cache import cache
from django.core.management import call_command
from django.utils import translation
from tests.news.factories import make_article

call_command("migrate", verbosity=0)
cache.clear()
with translation.override("en"):
    print(make_article("Round table in Khujand").get_absolute_url())
"""

EDIT = """
import django
django.setup()
from news.models import Article

article = Article.objects.get()
article.title_en = "Round table in Khujand, with photos"
article.save()
"""

WITHDRAW = """
import django
django.setup()
from mia_portal.publishing import Status
from news.models import Article

article = Article.objects.get()
article.status = Status.WITHDRAWN
article.save()
"""

# The rebuild lock another process holds while it builds the news list again.
LOCK = """
import django
django.setup()
from django.core.cache import cache
from django.test import RequestFactory
from mia_portal.caching import PublicPageCacheMiddleware

key = "lock:" + PublicPageCacheMiddleware.cache_key(RequestFactory().get("/en/news/"))
assert {action}
"""
TAKE_LOCK = LOCK.format(action="cache.add(key, 1, 60)")
RELEASE_LOCK = LOCK.format(action="cache.delete(key) or True")


def redis_answers():
    result = subprocess.run(["redis-cli", "-h", "127.0.0.1", "ping"], capture_output=True, check=False)
    return result.returncode == 0


@pytest.fixture(params=["files", "redis"])
def shared_cache(request, env):  # noqa: F811
    if request.param == "redis":
        if not redis_answers():
            pytest.skip("no Redis answers on 127.0.0.1:6379")
        env["REDIS_URL"] = "redis://127.0.0.1:6379/6"
    env["DJANGO_PAGE_CACHE_STALE_SECONDS"] = "30"  # no clock in these tests: they look at the rule
    return env


def test_a_second_process_gets_the_previous_copy_while_one_rebuilds_never_after_a_withdrawal(
    shared_cache,
    start,  # noqa: F811
):
    environment = shared_cache
    run(environment, PUBLISH)
    a, b = start("A", "B")
    assert "Round table in Khujand" in b.get("/en/news/").text
    assert a.get("/en/news/").headers["X-Cache"] == "hit"

    run(environment, EDIT)
    run(environment, TAKE_LOCK)
    previous = a.get("/en/news/")
    assert previous.headers["X-Cache"] == "stale"
    assert "with photos" not in previous.text
    run(environment, RELEASE_LOCK)
    rebuilt = b.get("/en/news/")
    assert rebuilt.headers["X-Cache"] == "miss" and "with photos" in rebuilt.text
    assert a.get("/en/news/").headers["X-Cache"] == "hit"

    run(environment, WITHDRAW)
    run(environment, TAKE_LOCK)
    for process in (a, b):
        page = process.get("/en/news/")
        assert page.headers["X-Cache"] != "stale"
        assert "Round table" not in page.text
