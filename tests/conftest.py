import pytest
from django.conf import settings
from django.contrib.auth.models import User
from django.test import Client
from django.utils import translation


@pytest.fixture(autouse=True)
def _isolated_media_and_fast_hashing(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    # Tests must not depend on the manifest that collectstatic writes.
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


@pytest.fixture(autouse=True)
def _empty_cache(settings, worker_id, tmp_path):
    """Each xdist worker gets its own Redis database, so clearing one never touches another;
    without Redis each test has its own cache folder."""
    from django.core.cache import cache

    if settings.REDIS_URL:
        worker = 0 if worker_id == "master" else int(worker_id.removeprefix("gw"))
        location = settings.REDIS_URL.rsplit("/", 1)[0] + f"/{15 - worker}"
    else:
        location = tmp_path / "cache"
    settings.CACHES = {"default": {**settings.CACHES["default"], "LOCATION": location}}
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def _english_outside_requests():
    """Code run outside a request (reverse(), get_absolute_url(), messages) speaks English, so
    a test never depends on the language an earlier test's request left active."""
    with translation.override("en"):
        yield


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """``with committed(): article.save()``: what runs once a transaction commits (the page
    cache's tags are purged) runs at the end of the block, as it does outside the test's
    transaction."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


@pytest.fixture
def superuser(db):
    return User.objects.create_superuser("root", "root@mia.example", "correct horse battery staple")


@pytest.fixture
def staff_client(superuser):
    """A superuser's client; the admin speaks English to it (its language cookie)."""
    client = Client()
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    client.force_login(superuser)
    return client


@pytest.fixture(scope="session")
def django_db_modify_db_settings(django_db_modify_db_settings_parallel_suffix, tmp_path_factory):
    """On SQLite the test database is a file, as the site's is: in shared memory two
    connections writing at once fail at once instead of waiting for each other."""
    database = settings.DATABASES["default"]
    if database["ENGINE"] == "django.db.backends.sqlite3":
        database.setdefault("TEST", {})["NAME"] = str(tmp_path_factory.mktemp("database") / "test.sqlite3")
