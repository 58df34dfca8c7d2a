"""The site keeps serving when Redis is unreachable or hangs, and answers quickly when the
database does; sessions and lockouts live in the database."""

import json
import logging
import os
import re
import shutil
import signal
import socket
import subprocess
import threading

import pytest
from django.contrib.auth.models import User
from django.core.cache import cache
from redis import Redis

from mia_portal import cache_backends
from tests.factories import make_helpline
from tests.subprocesses import PAGES_SCRIPT, run_python

pytestmark = pytest.mark.django_db
PASSWORD = "a sufficiently long password"


def redis_cache(location):
    return {
        "default": {
            "BACKEND": "mia_portal.cache_backends.ResilientRedisCache",
            "LOCATION": location,
            "OPTIONS": {"SOCKET_CONNECT_TIMEOUT": 0.25, "SOCKET_TIMEOUT": 0.25, "RETRY_AFTER": 5},
        }
    }


@pytest.fixture
def redis_down(settings):
    settings.CACHES = redis_cache("redis://127.0.0.1:1/0")  # nothing listens on port 1


def test_pages_are_served_from_the_database_when_redis_is_down(client, redis_down):
    response = client.get("/en/contacts/")
    assert response.status_code == 200
    cache.set("probe", "value")
    assert cache.get("probe") is None


def test_health_reports_the_cache_outage_but_stays_up(client, redis_down):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert json.loads(response.content)["cache"] == "unavailable"


def test_staff_can_log_in_while_redis_is_down(client, redis_down):
    User.objects.create_user("editor", password=PASSWORD, is_staff=True)
    response = client.post("/admin/login/?next=/admin/", {"username": "editor", "password": PASSWORD})
    assert response.status_code == 302
    assert client.get("/admin/").status_code == 200


def test_lockouts_hold_while_redis_is_down(client, redis_down, settings):
    User.objects.create_user("editor", password=PASSWORD, is_staff=True)
    for _attempt in range(settings.AXES_FAILURE_LIMIT):
        client.post("/admin/login/", {"username": "editor", "password": "wrong"})
    response = client.post("/admin/login/", {"username": "editor", "password": PASSWORD})
    assert response.status_code == 429


@pytest.mark.skipif(not os.environ.get("REDIS_URL"), reason="REDIS_URL is not set")
def test_the_configured_redis_holds_the_cache():
    cache.set("probe", "value", 30)
    assert cache.get("probe") == "value"


# --- A Redis that hangs: accepts connections, answers nothing -------------------------------


class HungRedis:
    """A redis-server of the test's own on a free loopback port. ``hang()`` stops the process
    (SIGSTOP): connections are still accepted, commands never answered, as when Redis is
    paused (``CLIENT PAUSE``), swapping or stuck. ``recover()`` lets it go on."""

    def __init__(self, folder):
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.process = subprocess.Popen(
            ["redis-server", "--port", str(self.port), "--bind", "127.0.0.1", "--save", "", "--dir", folder],
            stdout=subprocess.PIPE,
            text=True,
        )
        for line in self.process.stdout:  # until it listens
            if "Ready to accept connections" in line:
                break
        else:
            pytest.fail(f"redis-server did not start on port {self.port}")
        threading.Thread(target=self.process.stdout.read, daemon=True).start()
        self.url = f"redis://127.0.0.1:{self.port}/0"

    def hang(self):
        self.process.send_signal(signal.SIGSTOP)

    def recover(self):
        self.process.send_signal(signal.SIGCONT)

    def stop(self):
        self.recover()
        self.process.terminate()
        self.process.wait()


@pytest.fixture
def hung_redis(settings, tmp_path):
    if not shutil.which("redis-server"):
        pytest.skip("needs redis-server")
    redis = HungRedis(str(tmp_path))
    settings.CACHES = redis_cache(redis.url)
    settings.PAGE_CACHE_SECONDS = 300
    yield redis
    redis.stop()


@pytest.fixture
def commands_sent(monkeypatch):
    """Every command the app sends to Redis, as redis-py sends it."""
    sent = []
    execute = Redis.execute_command

    def counted(client, *args, **options):
        sent.append(args[0])
        return execute(client, *args, **options)

    monkeypatch.setattr(Redis, "execute_command", counted)
    return sent


@pytest.fixture
def later(monkeypatch):
    """``later(seconds)``: the cache's clock moves on, as if that long had passed."""
    now = cache_backends.monotonic

    def move_on(seconds):
        monkeypatch.setattr(cache_backends, "monotonic", lambda: now() + seconds)

    return move_on


def test_a_hung_redis_is_asked_once_then_left_alone_for_a_while(client, hung_redis, commands_sent, later):
    make_helpline(display_number="(+992 37) 221-21-21")
    client.get("/en/contacts/")
    assert client.get("/en/contacts/")["X-Cache"] == "hit"

    hung_redis.hang()
    commands_sent.clear()
    for _request in range(10):
        response = client.get("/en/contacts/")
        assert response.status_code == 200  # from the database
        assert "221-21-21" in response.content.decode()
    health = client.get("/healthz")
    assert health.status_code == 200
    assert json.loads(health.content)["cache"] == "unavailable"
    assert len(commands_sent) == 1  # the one that timed out

    hung_redis.recover()
    later(6)
    client.get("/en/contacts/")
    assert client.get("/en/contacts/")["X-Cache"] == "hit"


def test_an_outage_is_logged_when_it_starts_and_when_it_ends(client, hung_redis, later, caplog):
    client.get("/en/contacts/")
    hung_redis.hang()
    with caplog.at_level(logging.INFO):
        for _request in range(10):
            client.get("/en/contacts/")
        hung_redis.recover()
        later(6)
        client.get("/en/contacts/")

    records = [record for record in caplog.records if record.levelno >= logging.WARNING]
    assert [record.name for record in records] == ["mia_portal.cache_backends"] * 2
    started, ended = (record.getMessage() for record in records)
    assert started.startswith("Cache unavailable (TimeoutError")
    assert re.match(r"Cache available again after \d+ s; 1 calls failed, \d+ more were not tried", ended)
    assert all(record.exc_info is None for record in records)  # no traceback


def test_a_change_saved_during_an_outage_is_shown_once_redis_is_back(client, hung_redis, later, committed):
    helpline = make_helpline(display_number="(+992 37) 221-21-21")
    pages = ["/en/contacts/", "/en/", "/ru/"]  # the helplines are on every page
    for page in pages:
        client.get(page)
        assert client.get(page)["X-Cache"] == "hit"

    hung_redis.hang()
    client.get("/en/news/")  # times out: the site does without Redis for a while
    with committed():  # so the save's purge is never sent
        helpline.display_number = "(+992 37) 221-19-19"
        helpline.save()
    hung_redis.recover()
    later(6)

    for page in pages:
        content = client.get(page).content.decode()
        assert "221-19-19" in content, page
        assert "221-21-21" not in content, page


# --- A database that accepts connections and never answers -----------------------------------


@pytest.fixture
def hung_database():
    """A port that accepts TCP connections and never says a word: a stuck PostgreSQL."""
    listener = socket.create_server(("127.0.0.1", 0))
    accepted = []

    def accept():
        while True:
            try:
                accepted.append(listener.accept()[0])
            except OSError:  # closed at the end of the test
                return

    threading.Thread(target=accept, daemon=True).start()
    yield listener.getsockname()[1]
    listener.close()
    for connection in accepted:
        connection.close()


def test_a_database_that_never_answers_gives_the_503_page_in_seconds(hung_database, tmp_path):
    env = {
        **{key: value for key, value in os.environ.items() if not key.startswith("DJANGO_")},
        "DATABASE_URL": f"postgres://postgres@127.0.0.1:{hung_database}/mia",
        "DJANGO_SETTINGS_MODULE": "mia_portal.settings",
        "DJANGO_SECRET_KEY": "test-only-secret-key-not-for-production",
        "DJANGO_ALLOWED_HOSTS": "testserver",
        "DJANGO_CACHE_DIR": str(tmp_path / "cache"),
    }
    env.pop("REDIS_URL", None)
    # Without a connect timeout each request would wait for the database forever.
    result = run_python(PAGES_SCRIPT, env)
    assert "/ru/contacts/ 503" in result.stdout, result.stdout + result.stderr
    assert "Сайт временно недоступен" in result.stdout
    assert 'href="tel:+992372212121"' in result.stdout  # the helplines, written in the page
    assert "/healthz 503" in result.stdout
    assert '"database": "unavailable"' in result.stdout


SQLITE_WRITERS_SCRIPT = """
import threading

import django
from django.db import connection, transaction

django.setup()
with connection.cursor() as cursor:
    cursor.execute("CREATE TABLE saves (count integer)")
    cursor.execute("INSERT INTO saves VALUES (0)")
first_has_written, second_is_writing = threading.Event(), threading.Event()
errors = []


def save(before_commit):
    try:
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute("SELECT count FROM saves")  # an admin save reads, then writes
            cursor.execute("UPDATE saves SET count = count + 1")
            before_commit()
    except Exception as error:
        errors.append(error)
    finally:
        connection.close()


def first():
    save(lambda: (first_has_written.set(), second_is_writing.wait()))


def second():
    first_has_written.wait()
    connection.ensure_connection()
    # Told as the statement that takes the write lock starts: BEGIN IMMEDIATE, else the UPDATE.
    connection.connection.set_trace_callback(
        lambda sql: sql.startswith(("BEGIN IMMEDIATE", "UPDATE")) and second_is_writing.set()
    )
    save(lambda: None)


threads = [threading.Thread(target=first), threading.Thread(target=second)]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
with connection.cursor() as cursor:
    cursor.execute("SELECT count FROM saves")
    print("saved", cursor.fetchone()[0], "errors", errors)
"""


def test_two_saves_at_once_on_sqlite_wait_for_each_other(tmp_path):
    """The second save reads while the first holds the write lock, then writes as the first
    commits: each waits for the other, and SQLite can only fail one of them, unless the write
    lock is taken when a transaction begins."""
    env = {
        **{key: value for key, value in os.environ.items() if not key.startswith("DJANGO_")},
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
        "DJANGO_SETTINGS_MODULE": "mia_portal.settings",
        "DJANGO_DEBUG": "1",
    }
    result = run_python(SQLITE_WRITERS_SCRIPT, env)
    assert "saved 2 errors []" in result.stdout, result.stdout + result.stderr
