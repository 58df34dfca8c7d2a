"""Request headers: a spoofed Host, huge Accept-Language, junk cookies and other odd headers.

A Host header that a misconfigured proxy lets through must never reach an absolute URL —
canonical and Open Graph tags, hreflang alternates, feeds, sitemaps, robots.txt, redirects —
nor a cached page served to others. Broken cookies mean defaults, never a 500.
"""

import re

import pytest

from tests.security.checks import assert_answered_safely, body_text, parse_feed
from tests.security.payloads import image_bytes

pytestmark = pytest.mark.django_db

PAGE = {200}


PUBLIC_PATHS = [
    "/en/", "/tg/news/", "{article}", "{address}", "/ru/incidents/", "/en/incidents/statistics/",
    "{incident}", "/en/announcements/", "{tender}", "/en/contacts/", "/en/news/feed/",
    "/ru/incidents/feed/?region=sughd", "/tg/announcements/feed/", "/en/announcements/tenders.json",
    "/en/announcements/tenders/{tender_pk}.json", "/robots.txt", "/.well-known/security.txt",
    "/en/no-such-page/", "/en/search/?q=police", "/en/feeds/", "/sitemap.xml",
]  # fmt: skip


def _resolve(path, content):
    return path.format(
        article=content.article.get_absolute_url(),
        address=content.address.get_absolute_url(),
        incident=content.incident.get_absolute_url(),
        tender=content.tender.get_absolute_url(),
        tender_pk=content.tender.pk,
    )


SPOOFS = [
    {"HTTP_HOST": "evil.example"},
    {"HTTP_HOST": "mia.example.evil.example:8443", "HTTP_X_FORWARDED_PROTO": "https"},
    {
        "HTTP_X_FORWARDED_HOST": "evil.example",
        "HTTP_FORWARDED": "host=evil.example;proto=https",
        "HTTP_X_ORIGINAL_HOST": "evil.example",
    },
]


@pytest.mark.parametrize("spoof", SPOOFS, ids=["host", "subdomain-and-port", "forwarding-headers"])
@pytest.mark.parametrize("path", PUBLIC_PATHS)
def test_a_spoofed_host_never_reaches_a_page_or_a_feed(client, content, evil_host, path, spoof):
    response = client.get(_resolve(path, content), **spoof)
    body = assert_answered_safely(response, allowed={404} if "no-such-page" in path else {200})
    assert "evil.example" not in body
    for header, value in response.items():
        assert "evil.example" not in value, header
    if path.endswith("/feed/") or "/feed/?" in path:
        parse_feed(response)


def test_a_page_cached_for_a_spoofed_host_holds_only_the_configured_one(client, content, evil_host, settings):
    settings.PAGE_CACHE_SECONDS = 300
    path = content.article.get_absolute_url()
    first = client.get(path, HTTP_HOST="evil.example")
    assert first["X-Cache"] == "miss"
    second = client.get(path)
    assert second["X-Cache"] == "hit"
    assert "evil.example" not in body_text(second)
    assert 'href="https://mia.example' in body_text(second)


def test_the_share_image_of_an_article_is_on_the_configured_host(client, content, evil_host):
    from django.core.files.base import ContentFile

    from tests.news.factories import make_article

    article = make_article("With a cover", cover=ContentFile(image_bytes((1300, 900)), name="cover.jpg"))
    body = body_text(client.get(article.get_absolute_url(), HTTP_HOST="evil.example"))
    images = re.findall(r'property="og:image" content="([^"]+)"', body)
    assert images and all(url.startswith("https://mia.example/") for url in images)
    assert "evil.example" not in body


def test_every_sitemap_address_is_on_the_configured_host(client, content, evil_host):
    index = client.get("/sitemap.xml", HTTP_HOST="evil.example")
    assert index.status_code == 200
    sections = re.findall(r"<loc>([^<]+)</loc>", body_text(index))
    assert sections
    for url in sections:
        assert url.startswith("https://mia.example/"), url
        section = client.get(url.removeprefix("https://mia.example"), HTTP_HOST="evil.example")
        text = body_text(section)
        assert "evil.example" not in text
        addresses = re.findall(r'(?:<loc>|href=")([^<"]+)', text)
        assert all(address.startswith("https://mia.example/") for address in addresses)


def test_no_page_sends_e_mail_built_from_the_host_header(client, content, evil_host, mailoutbox):
    """Password reset is the classic Host-header e-mail; the admin does not offer it."""
    for path in ("/admin/password_reset/", "/en/password_reset/", "/password-reset/"):
        response = client.post(path, {"email": "root@mia.example"}, HTTP_HOST="evil.example")
        assert response.status_code in {302, 403, 404, 405}
    assert mailoutbox == []


ACCEPT_LANGUAGES = [
    "x" * 10_000,
    "en;q=" + "9" * 1000,
    ",".join(["en"] * 5000),
    "tg-TJ,tg;q=0.9",
    "tj,ru;q=0.5",
    "*;q=0",
    "zz, xx-YY",
    "en;q=NaN, ru;q=-1, tg;q=1e309",
    "\x00",
    "../../etc/passwd",
    "<script>alert(1)</script>",
    "ru-RU-x-" + "a" * 300,
]


@pytest.mark.parametrize("accept", ACCEPT_LANGUAGES, ids=range(len(ACCEPT_LANGUAGES)))
def test_any_accept_language_sends_the_visitor_to_a_real_language(client, content, accept):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept)
    assert response.status_code == 302
    assert response["Location"] in {"/tg/", "/ru/", "/en/"}
    assert_answered_safely(client.get("/en/news/", HTTP_ACCEPT_LANGUAGE=accept), allowed=PAGE)


COOKIES = [
    "django_language=<script>alert(1)</script>",
    "django_language=xx",
    "django_language=" + "a" * 5000,
    "django_language=../../etc/passwd",
    "django_language=en; django_language=ru",
    "reading=large:high:off:extra:more",
    "reading=\x01\x02\x7f",
    "reading=<script>alert(1)</script>",
    "reading=" + ":" * 2000,
    'reading="larger:high:off"',
    "sessionid=../../etc/passwd",
    "sessionid=" + "a" * 5000,
    "sessionid=\xff\xfe\xfd",
    "sessionid=1; sessionid=2",
    "csrftoken=\x00\x01",
    "csrftoken=" + "x" * 5000,
    "a=b; =c; ;;; d; =; ==",
    "\xff\xfe=1; " + "Ѐ=2".encode().decode("latin-1"),  # WSGI hands headers over as Latin-1
    '$Version=1; sessionid="a\\"b"; $Path=/',
    "; ".join(f"c{number}=v" for number in range(500)),
]


@pytest.mark.parametrize("cookie", COOKIES, ids=range(len(COOKIES)))
@pytest.mark.parametrize("path", ["/", "/en/news/", "/admin/", "/reading-mode/?size=large&next=/en/"])
def test_junk_cookies_mean_defaults_never_an_error(client, content, path, cookie):
    response = client.get(path, HTTP_COOKIE=cookie)
    assert_answered_safely(response, cookie, allowed={200, 302})
    if path == "/":
        assert response["Location"] in {"/tg/", "/ru/", "/en/"}


@pytest.mark.parametrize("cookie", ["csrftoken=\x00\x01", "csrftoken=" + "x" * 5000, "csrftoken=../../"])
def test_a_junk_csrf_cookie_makes_a_login_post_a_403(make_client, cookie):
    client = make_client(enforce_csrf_checks=True)
    response = client.post(
        "/admin/login/", {"username": "x", "password": "y", "csrfmiddlewaretoken": "z"}, HTTP_COOKIE=cookie
    )
    assert response.status_code == 403
    assert "Traceback" not in body_text(response)


OTHER_HEADERS = {
    "x-forwarded-for": {"HTTP_X_FORWARDED_FOR": "<script>alert(1)</script>, 999.1.1.1, " + "1." * 2000},
    "x-forwarded-proto": {"HTTP_X_FORWARDED_PROTO": "javascript"},
    "referer": {"HTTP_REFERER": "javascript:alert(1)//" + "x" * 5000},
    "user-agent": {"HTTP_USER_AGENT": "<script>alert(1)</script>" + "\x00" * 10 + "a" * 10_000},
    "if-none-match": {"HTTP_IF_NONE_MATCH": '*, W/"' + "x" * 5000 + '", "unterminated'},
    "if-modified-since": {"HTTP_IF_MODIFIED_SINCE": "Sat, 99 Foo 99999 99:99:99 GMT"},
    "range": {"HTTP_RANGE": "bytes=" + ",".join(f"{n}-{n}" for n in range(2000))},
    "content-type": {"CONTENT_TYPE": "multipart/form-data; boundary="},
    "content-length": {"CONTENT_LENGTH": "-1"},
    "origin": {"HTTP_ORIGIN": "null"},
}


@pytest.mark.parametrize("headers", OTHER_HEADERS.values(), ids=OTHER_HEADERS.keys())
@pytest.mark.parametrize("path", ["/en/news/", "/en/news/feed/", "/admin/login/"])
def test_odd_request_headers_get_a_normal_answer(client, content, path, headers):
    assert_answered_safely(client.get(path, **headers), allowed={200, 304})
