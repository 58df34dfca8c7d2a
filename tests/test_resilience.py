"""The site keeps serving when Redis is unreachable; sessions and lockouts live in the database."""

import json
import os

import pytest
from django.contrib.auth.models import User
from django.core.cache import cache

pytestmark = pytest.mark.django_db
PASSWORD = "a sufficiently long password"

UNREACHABLE_REDIS = {
    "default": {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": "redis://127.0.0.1:1/0",  # nothing listens on port 1
        "OPTIONS": {
            "IGNORE_EXCEPTIONS": True,
            "LOG_IGNORED_EXCEPTIONS": True,
            "SOCKET_CONNECT_TIMEOUT": 0.25,
            "SOCKET_TIMEOUT": 0.25,
        },
    }
}


@pytest.fixture
def redis_down(settings):
    settings.CACHES = UNREACHABLE_REDIS
    settings.DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True


def test_pages_are_served_from_the_database_when_redis_is_down(client, redis_down, caplog):
    response = client.get("/en/contacts/")
    assert response.status_code == 200
    cache.set("probe", "value")
    assert cache.get("probe") is None
    assert any("django_redis" in record.name for record in caplog.records)


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
