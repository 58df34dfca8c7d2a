import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import call_command
from django.db import connection
from django.test import RequestFactory
from django.utils import translation

from sitewide import views
from tests.subprocesses import PAGES_SCRIPT, run_python

pytestmark = pytest.mark.django_db
ROOT = Path(__file__).resolve().parent.parent


def test_no_model_change_lacks_a_migration():
    call_command("makemigrations", "--check", "--dry-run", verbosity=0)


def test_deploy_checks_pass_with_production_settings():
    env = {
        **{key: value for key, value in os.environ.items() if key != "DJANGO_ALLOW_ASYNC_UNSAFE"},
        "DJANGO_DEBUG": "0",
        "DJANGO_SECRET_KEY": "a-long-random-production-secret-" + "x" * 40,
        "DJANGO_ALLOWED_HOSTS": "mia.tj",
        "DJANGO_HTTPS": "1",
    }
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_settings_refuse_to_start_without_a_secret_key_when_debug_is_off():
    env = {key: value for key, value in os.environ.items() if key != "DJANGO_SECRET_KEY"}
    env["DJANGO_DEBUG"] = "0"
    result = subprocess.run(
        [sys.executable, "manage.py", "check"], cwd=ROOT, env=env, capture_output=True, text=True, check=False
    )
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY" in result.stderr


@pytest.mark.parametrize("path", ["/{lang}/", "/{lang}/contacts/"])
@pytest.mark.parametrize("language", ["tg", "ru", "en"])
def test_public_pages_render_with_exactly_one_h1(client, path, language):
    response = client.get(path.format(lang=language))
    assert response.status_code == 200
    assert len(re.findall(r"<h1[ >]", response.content.decode())) == 1


@pytest.mark.parametrize(
    ("language", "heading"),
    [("tg", "Саҳифа ёфт нашуд"), ("ru", "Страница не найдена"), ("en", "Page not found")],
)
def test_not_found_page_speaks_the_visitors_language_and_lists_helplines(client, language, heading):
    response = client.get(f"/{language}/no-such-page/")
    assert response.status_code == 404
    page = response.content.decode()
    assert heading in page
    assert 'href="tel:1919"' in page
    assert f'<html lang="{language}">' in page


def test_server_error_page_renders_without_the_database(monkeypatch):
    def no_database(*args, **kwargs):
        raise AssertionError("the 500 page must not query the database")

    monkeypatch.setattr(connection, "cursor", no_database)
    request = RequestFactory().get("/ru/news/")
    with translation.override("en"):
        response = views.server_error(request)
    assert response.status_code == 500
    page = response.content.decode()
    assert '<html lang="ru">' in page
    assert 'href="tel:+992372212121"' in page


def test_unreachable_database_gives_a_503_page_in_the_visitors_language():
    env = {
        **{key: value for key, value in os.environ.items() if key != "REDIS_URL"},
        "DATABASE_URL": "postgres://postgres@127.0.0.1:1/unreachable",  # nothing listens there
        "DJANGO_SETTINGS_MODULE": "mia_portal.settings",
        "DJANGO_ALLOWED_HOSTS": "testserver",
    }
    result = run_python(PAGES_SCRIPT, env)
    output = result.stdout
    assert "/ru/contacts/ 503 60" in output, output + result.stderr
    assert "Сайт временно недоступен" in output
    assert 'href="tel:+992372212121"' in output
    assert "Traceback" not in output
    assert "/healthz 503" in output
    assert '"database": "unavailable"' in output
