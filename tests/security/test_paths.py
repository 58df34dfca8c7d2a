"""Paths, language prefixes, ids and every ``next=`` redirect.

Unknown language prefixes, ids past the database's integer range, impossible archive dates,
encoded traversal and ``//host`` tricks get a 404 (or a redirect to a page of this site);
every ``next=`` — the language switcher, the reading mode, the admin login and logout — sends
the visitor only to a page of this site, whatever spelling of another host it is given.
"""

from urllib.parse import quote

import pytest
from django.contrib.auth.models import User
from django.urls import Resolver404, resolve
from django.utils import translation

from tests.security.checks import assert_answered_safely, assert_location_on_site, body_text, carries_nul

pytestmark = pytest.mark.django_db

NOT_FOUND_OR_REDIRECT = {200, 301, 302, 400, 404, 410}

LANGUAGE_PREFIXES = [
    "/xx/", "/tj/", "/TG/", "/Tg/", "/EN/news/", "/en-us/", "/en-US/news/", "/tg-TJ/", "/zh-hans/",
    "/ru_RU/", "/ru-/", "/-ru/", "/t%00g/", "/%74%67/", "/tg%2f/", "/en%20/", "/tg.json/", "/../tg/",
    "/tg/../en/", "/tg//news/", "/en/news//", "/ru/incidents/../../admin/", "/jp/news/1-x/",
]  # fmt: skip
IDS = [
    "99999999999999999999999",
    str(2**63),
    str(2**63 - 1),
    str(2**64),
    "0",
    "00001",
    "1" + "0" * 400,
]
DETAIL_PATHS = [
    "/en/news/{id}-x/",
    "/ru/news/addresses/{id}-x/",
    "/tg/incidents/{id}-x/",
    "/en/announcements/{id}-x/",
    "/en/announcements/tenders/{id}.json",
    "/ru/announcements/documents/{id}/download/",
    "/ru/announcements/documents/1/versions/{id}/download/",
    "/admin/news/article/{id}/change/",
]
ARCHIVES = [
    "/en/news/0000/", "/en/news/0001/", "/en/news/9999/", "/en/news/99999/", "/en/news/0001/01/",
    "/en/news/0001/00/", "/en/news/9999/12/", "/en/news/2024/00/", "/en/news/2024/13/", "/en/news/2024/99/",
    "/en/news/2024/1/", "/en/news/-2024/", "/en/news/2024/02/30/",
]  # fmt: skip
TRAVERSAL = [
    "/en/news/%2e%2e%2f%2e%2e%2fetc%2fpasswd", "/en/%2e%2e/admin/", "/en/news/..%5c..%5cwindows",
    "/%2e%2e/%2e%2e/etc/passwd", "/static/..%2f..%2fmia_portal/settings.py",
    "/static/%2e%2e/%2e%2e/manage.py",
    "/static/css/../../manage.py", "/static/..\\..\\manage.py", "/media/..%2f..%2fmanage.py",
    "/media/%2e%2e/%2e%2e/mia_portal/settings.py", "/media/documents/../documents/x.pdf", "/media/%00.jpg",
    "/media/renditions/%00/../x.jpg", "/media/" + "a/" * 300, "/en/news/%ff%fe/", "/en/news/%c0%ae%c0%ae/",
    "/en/" + "x" * 5000 + "/", "/en/news/\x00/", "/.env", "/.git/config", "/en/.git/config",
]  # fmt: skip
HOST_TRICKS = [
    "//evil.example", "//evil.example/", "///evil.example/", "/\\evil.example", "/%5cevil.example",
    "/%2fevil.example", "/%2f%2fevil.example", "/.evil.example", "/@evil.example", "/en//evil.example",
    "/en/news//evil.example", "/en/news/%2f%2fevil.example", "/tg\\evil.example", "//evil.example/%2e%2e/en/",
    "/https://evil.example", "/en/news/1-x//evil.example",
]  # fmt: skip
NEXT_VALUES = [
    "//evil.example", "///evil.example", "////evil.example/x", "/\\evil.example", "\\\\evil.example",
    "/\\/evil.example", "\\/evil.example", "https://evil.example", "http:evil.example", "https:/evil.example",
    "https:\\\\evil.example", "javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:alert(1)",
    "\tjavascript:alert(1)", "data:text/html,<script>alert(1)</script>", "/%2f%2fevil.example",
    "/%5cevil.example", "%2f%2fevil.example", "/\t/evil.example", "/\r\n/evil.example", "\x00//evil.example",
    "/ /evil.example", "//evil.example@mia.example", "https://mia.example@evil.example",
    "https://evil.example#@mia.example", "//mia.example.evil.example", "//evil。example",
    "/\ufe68evil.example", "\u2215\u2215evil.example", "/en/../../evil", "", "/" * 3000,
    "/<script>alert(1)</script>", '/en/news/"><script>alert(1)</script>', "/\r\nSet-Cookie: a=1",
]  # fmt: skip


@pytest.mark.parametrize("path", LANGUAGE_PREFIXES)
def test_unknown_or_misspelt_language_prefixes_get_a_404_or_a_real_language(client, content, path):
    response = client.get(path)
    assert_answered_safely(response, allowed=NOT_FOUND_OR_REDIRECT)
    if response.status_code in {301, 302}:
        assert response["Location"].split("/")[1] in {"tg", "ru", "en"}


@pytest.mark.parametrize("number", IDS)
@pytest.mark.parametrize("template", DETAIL_PATHS)
def test_ids_beyond_the_database_range_get_a_404(staff_client, client, content, template, number):
    visitor = staff_client if template.startswith("/admin/") else client
    response = visitor.get(template.format(id=number))
    assert_answered_safely(response, allowed=NOT_FOUND_OR_REDIRECT)


@pytest.mark.parametrize("template", [path for path in DETAIL_PATHS if not path.startswith("/admin/")])
def test_ids_beyond_the_database_range_match_no_url(template):
    """Refused where the URL is resolved, so no view can forget the bound and query with it."""
    with translation.override(template.split("/")[1]):
        with pytest.raises(Resolver404):
            resolve(template.format(id=2**63))
        largest = resolve(template.format(id=2**63 - 1)).kwargs
    assert 2**63 - 1 in largest.values()


@pytest.mark.parametrize("path", ARCHIVES)
def test_impossible_archive_dates_get_a_404(client, content, path):
    assert_answered_safely(client.get(path), allowed=NOT_FOUND_OR_REDIRECT)


@pytest.mark.parametrize("path", TRAVERSAL)
def test_encoded_traversal_never_leaves_the_site_or_serves_its_source(client, content, path):
    response = client.get(path)
    body = assert_answered_safely(response, allowed={400, 404, 301, 302})
    for leaked in ("SECRET_KEY", "DJANGO_SETTINGS_MODULE", "root:x:0:0", "[core]"):
        assert leaked not in body


@pytest.mark.parametrize("path", HOST_TRICKS)
def test_host_tricks_in_the_path_never_redirect_elsewhere(client, content, path):
    response = client.get(path)
    assert_answered_safely(response, allowed=NOT_FOUND_OR_REDIRECT)
    if 300 <= response.status_code < 400:
        followed = client.get(response["Location"])  # the next hop stays on the site too
        assert_answered_safely(followed, allowed=NOT_FOUND_OR_REDIRECT)


@pytest.mark.parametrize("raw_path", ["/en/news/\xff\xfe/", "/\xc0\xaf/", "/en/\xed\xa0\x80/", "/tg/\x80/"])
def test_paths_that_are_not_utf8_get_a_404(client, content, raw_path):
    assert_answered_safely(client.generic("GET", "/", PATH_INFO=raw_path), allowed={400, 404})


@pytest.mark.parametrize("next_url", NEXT_VALUES, ids=range(len(NEXT_VALUES)))
@pytest.mark.parametrize("switch", ["/language/ru/", "/reading-mode/?mode=on&"])
def test_language_and_reading_switches_only_return_to_this_site(client, switch, next_url):
    path, _sep, query = switch.partition("?")
    response = client.get(path, QUERY_STRING=query + "next=" + quote(next_url, safe=""))
    if carries_nul(response):
        assert response.status_code == 400
        return
    assert response.status_code == 302
    assert_location_on_site(response["Location"])
    assert "\n" not in response["Location"] and "\r" not in response["Location"]


def test_the_switches_do_return_to_a_page_of_this_site(client):
    response = client.get("/language/ru/", {"next": "/en/news/?page=2"})
    assert response["Location"] == "/ru/news/?page=2"
    response = client.get("/reading-mode/", {"mode": "on", "next": "/en/contacts/"})
    assert response["Location"] == "/en/contacts/"


PASSWORD = "a password long enough"


@pytest.fixture
def editor(db):
    return User.objects.create_user("editor", password=PASSWORD, is_staff=True)


@pytest.mark.parametrize("next_url", NEXT_VALUES, ids=range(len(NEXT_VALUES)))
def test_admin_login_only_returns_to_this_site(client, editor, next_url):
    form = client.get("/admin/login/", {"next": next_url})
    assert_answered_safely(form, next_url, allowed={200})
    response = client.post(
        "/admin/login/?next=" + quote(next_url, safe=""),
        {"username": "editor", "password": PASSWORD, "next": next_url},
    )
    if carries_nul(response):
        assert response.status_code == 400
        return
    assert response.status_code == 302, body_text(response)[:500]
    assert_location_on_site(response["Location"])


@pytest.mark.parametrize("next_url", NEXT_VALUES[:12], ids=range(12))
def test_admin_logout_only_returns_to_this_site(make_client, editor, next_url):
    client = make_client(editor)
    response = client.post("/admin/logout/?next=" + quote(next_url, safe=""), {"next": next_url})
    assert_answered_safely(response, next_url, allowed={200, 302})
