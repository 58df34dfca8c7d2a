"""The site keeps serving when Redis is unreachable or hangs; sessions and lockouts live in
the database."""

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
