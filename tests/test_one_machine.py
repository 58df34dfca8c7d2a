"""One machine without Redis: every app process shares one cache (files in one folder) and one
SQLite file, so whichever process answers, a visitor gets the same site.

Each test starts gunicorn processes of its own (see ``tests/test_scale.py`` for the same on
PostgreSQL and Redis), against a database and a cache folder in the test's temporary folder.
"""

import os

import pytest

from tests.subprocesses import run_python
from tests.test_scale import AppProcess

PUBLISH_SCRIPT = """
import django
django.setup()
from django.core.management import call_command
from django.utils import translation
from tests.news.factories import make_article

call_command("migrate", verbosity=0)
with translation.override("en"):
    print(make_article("Round table in Khujand").get_absolute_url())
"""

# Another process (a management command, another worker's admin) withdraws the article.
WITHDRAW_SCRIPT = """
import django
django.setup()
from mia_portal.publishing import Status
from news.models import Article
from tests.subprocesses import run_python

article = Article.objects.get()
article.status = Status.WITHDRAWN
article.save()
"""


@pytest.fixture
def env(tmp_path):
    """The environment of ``make run`` without Redis, with the site's files in ``tmp_path``."""
    environment = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith("DJANGO_") and key not in {"DATABASE_URL", "REDIS_URL"}
    }
    environment.update(
        DJANGO_SETTINGS_MODULE="mia_portal.settings",
        DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}",
        DJANGO_CACHE_DIR=str(tmp_path / "cache"),
        DJANGO_PAGE_CACHE_SECONDS="300",
        DJANGO_SECRET_KEY="test-only-secret-key-not-for-production",
        DJANGO_ALLOWED_HOSTS="127.0.0.1",
        DJANGO_SITE_URL="https://mia.example",
        # Static URLs without collectstatic's manifest; nothing else here depends on DEBUG.
        DJANGO_DEBUG="1",
    )
    return environment


def run(env, script):
    result = run_python(script, env)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


@pytest.fixture
def start(env):
    processes = []

    def start_processes(*names):
        processes.extend(AppProcess(name, env) for name in names)
        for process in processes:
            process.wait_until_listening()
        return processes

    yield start_processes
    for process in processes:
        process.stop()


def test_a_withdrawal_is_served_at_once_by_every_process(env, start):
    address = run(env, PUBLISH_SCRIPT)
    a, b = start("A", "B")

    assert b.get(address).status == 200
    assert b.get(address).headers["X-Cache"] == "hit"
    # One cache for every process: what B stored, A serves.
    assert a.get(address).headers["X-Cache"] == "hit"

    run(env, WITHDRAW_SCRIPT)

    assert [process.get(address).status for _request in range(5) for process in (a, b)] == [410] * 10


def test_gunicorn_does_not_name_itself(start):
    (server,) = start("A")
    response = server.get("/robots.txt")
    assert response.status == 200
    assert "Server" not in response.headers
