import io
import json

import pytest
from django.contrib.auth.models import User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from PIL import Image

from mia_portal.richtext import sanitize_html

pytestmark = pytest.mark.django_db


def test_html_responses_carry_strict_security_headers(client):
    response = client.get("/en/contacts/")
    csp = response["Content-Security-Policy"]
    directives = dict(part.strip().split(" ", 1) for part in csp.split(";"))
    assert directives["script-src"] == "'self'"
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
    assert directives["object-src"] == "'none'"
    assert directives["base-uri"] == "'none'"
    assert directives["frame-ancestors"] == "'none'"
    assert directives["form-action"] == "'self'"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["X-Frame-Options"] == "DENY"
    for feature in ("camera=()", "microphone=()", "geolocation=()"):
        assert feature in response["Permissions-Policy"]


def test_admin_policy_allows_editor_styles_but_no_foreign_scripts(staff_client):
    csp = staff_client.get("/admin/")["Content-Security-Policy"]
    directives = dict(part.strip().split(" ", 1) for part in csp.split(";"))
    assert directives["style-src"] == "'self' 'unsafe-inline'"
    assert directives["script-src"] == "'self'"


def test_security_txt_names_a_contact_and_an_expiry(client):
    response = client.get("/.well-known/security.txt")
    assert response.status_code == 200
    text = response.content.decode()
    assert "Contact: mailto:" in text
    assert "Expires: " in text


def test_robots_points_to_the_sitemap_on_the_configured_host(client):
    text = client.get("/robots.txt", HTTP_HOST="localhost").content.decode()
    assert "Sitemap: https://mia.example/sitemap.xml" in text
    assert "Disallow: /admin/" in text


def test_health_reports_database_and_cache(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert json.loads(response.content) == {"status": "ok", "database": "ok", "cache": "ok"}
    assert "no-cache" in response["Cache-Control"]


@pytest.mark.parametrize(
    "hostile",
    [
        "<script>alert(1)</script>",
        '<img src="/media/x.jpg" onerror="alert(1)">',
        '<a href="javascript:alert(1)">x</a>',
        '<a href="JaVaScRiPt:alert(1)">x</a>',
        '<a href="&#106;avascript:alert(1)">x</a>',
        '<a href=" javascript:alert(1)">x</a>',
        '<a href="data:text/html;base64,PHNjcmlwdD4=">x</a>',
        '<svg onload="alert(1)"><script>alert(1)</script></svg>',
        "<math><mtext><script>alert(1)</script></mtext></math>",
        '<iframe src="https://evil.example"></iframe>',
        '<form action="https://evil.example"><input name="x"></form>',
        '<meta http-equiv="refresh" content="0;url=https://evil.example">',
        '<p style="background:url(javascript:alert(1))">x</p>',
        '<p onclick="alert(1)">x</p>',
        "<style>body{display:none}</style>",
        '<img src="https://tracker.example/pixel.gif">',
        '<img src="//tracker.example/pixel.gif">',
    ],
)
def test_sanitizer_removes_active_content(hostile):
    clean = sanitize_html(hostile).lower()
    for marker in (
        "<script",
        "onerror",
        "onload",
        "onclick",
        "javascript:",
        "data:",
        "<iframe",
        "<form",
        "<input",
        "<meta",
        "style=",
        "<style",
        "<svg",
        "<math",
        "tracker.example",
    ):
        assert marker not in clean


def test_sanitizer_keeps_editorial_markup():
    html = (
        '<h2>Title</h2><p><strong>bold</strong> <em>it</em> <a href="https://mia.tj/">link</a></p>'
        "<ul><li>one</li></ul><blockquote>quote</blockquote>"
        '<figure class="table"><table><tbody><tr><td colspan="2">cell</td></tr></tbody></table></figure>'
        '<figure class="image"><img src="/media/editor/a.jpg" alt="Photo"></figure>'
    )
    clean = sanitize_html(html)
    for kept in (
        "<h2>",
        "<strong>",
        "<em>",
        'href="https://mia.tj/"',
        "<ul>",
        "<blockquote>",
        'colspan="2"',
        '<figure class="image">',
        'src="/media/editor/a.jpg"',
        'alt="Photo"',
    ):
        assert kept in clean


def test_sanitizer_strips_characters_that_break_xml_feeds():
    assert sanitize_html("<p>a\x00b\x0bc\x1fd</p>") == "<p>abcd</p>"


def deeply_nested(depth):
    return "<div>" * depth + "x" + "</div>" * depth


def test_sanitizer_survives_deeply_nested_markup():
    assert "x" in sanitize_html(deeply_nested(5000))


def jpeg_with_gps(size=(1200, 800)):
    image = Image.new("RGB", size, (120, 80, 40))
    exif = Image.Exif()
    exif[0x010F] = "Camera maker"
    exif.get_ifd(0x8825)[2] = (38.0, 33.0, 0.0)  # GPSLatitude
    output = io.BytesIO()
    image.save(output, "JPEG", exif=exif)
    return output.getvalue()


def upload(client, content, name="photo.jpg", content_type="image/jpeg"):
    return client.post("/editor/upload/", {"upload": SimpleUploadedFile(name, content, content_type)})


def test_editor_upload_refuses_anonymous_and_non_staff(client):
    assert upload(client, jpeg_with_gps()).status_code == 403
    user = User.objects.create_user("reader", password="x")
    client.force_login(user)
    assert upload(client, jpeg_with_gps()).status_code == 403


def test_editor_upload_stores_a_rendition_without_gps(staff_client, settings):
    original = jpeg_with_gps()
    assert Image.open(io.BytesIO(original)).getexif().get_ifd(0x8825)
    response = upload(staff_client, original)
    assert response.status_code == 200
    url = json.loads(response.content)["url"]
    assert url.startswith("/media/renditions/") and url.endswith(".jpg")
    stored = Image.open(settings.MEDIA_ROOT / url.removeprefix("/media/"))
    assert stored.width == 1024
    assert not stored.getexif().get_ifd(0x8825)
    assert 0x010F not in stored.getexif()


@pytest.mark.parametrize(
    ("content", "name"),
    [
        (b"<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>", "x.jpg"),
        (b"<html><script>alert(1)</script></html>", "x.png"),
        (b"MZ\x90\x00" + b"\x00" * 200, "x.jpg"),
        (jpeg_with_gps()[:300], "truncated.jpg"),
        (b"", "empty.jpg"),
    ],
)
def test_editor_upload_rejects_what_is_not_a_photo(staff_client, content, name):
    response = upload(staff_client, content, name)
    assert response.status_code == 400
    assert json.loads(response.content)["error"]["message"]


def test_editor_upload_rejects_decompression_bombs(staff_client, settings):
    settings.IMAGE_MAX_PIXELS = 1_000_000
    output = io.BytesIO()
    Image.new("1", (4000, 4000)).save(output, "PNG")  # tiny file, 16 megapixels
    response = upload(staff_client, output.getvalue(), "bomb.png", "image/png")
    assert response.status_code == 400
    assert "16" in json.loads(response.content)["error"]["message"]  # the photo's megapixels


def test_editor_upload_only_accepts_post(staff_client):
    assert staff_client.get("/editor/upload/").status_code == 405


def test_uploaded_media_is_served_so_it_cannot_run_in_the_site(client, settings):
    (settings.MEDIA_ROOT / "renditions").mkdir(parents=True)
    (settings.MEDIA_ROOT / "renditions" / "photo.jpg").write_bytes(b"\xff\xd8\xff fake jpeg")
    response = client.get("/media/renditions/photo.jpg")
    assert response.status_code == 200
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "sandbox" in response["Content-Security-Policy"]
    assert "immutable" in response["Cache-Control"]


def test_documents_are_never_served_directly_from_media(client, settings):
    (settings.MEDIA_ROOT / "documents").mkdir(parents=True)
    (settings.MEDIA_ROOT / "documents" / "draft.pdf").write_bytes(b"%PDF-1.4 draft")
    assert client.get("/media/documents/draft.pdf").status_code == 404


@pytest.mark.parametrize(
    "path",
    ["../settings.py", "..%2f..%2fetc%2fpasswd", "%2e%2e/manage.py", "/etc/passwd", "documents%2fa.pdf"],
)
def test_media_paths_cannot_leave_the_media_folder(client, path):
    assert client.get(f"/media/{path}").status_code in {400, 404}


@pytest.mark.parametrize("query", ["page=%00", "q=a%00b", "%00=1", "region=sughd%00"])
def test_nul_characters_are_refused_before_they_reach_the_database(client, query):
    assert client.get("/en/incidents/", QUERY_STRING=query).status_code == 400


@pytest.mark.parametrize(
    ("language", "heading"),
    [("en", "The form could not be sent"), ("ru", "Форму не удалось отправить")],
)
def test_a_form_refused_by_its_csrf_check_gets_an_explanation_not_a_technical_page(language, heading):
    User.objects.create_user("press", password="a long passphrase 2026", is_staff=True)
    client = Client(enforce_csrf_checks=True, headers={"accept-language": language})
    response = client.post("/admin/login/", {"username": "press", "password": "a long passphrase 2026"})
    page = response.content.decode()
    assert response.status_code == 403
    assert f'<h1 class="page-title">{heading}</h1>' in page
    assert "CSRF" not in page
    assert 'href="tel:+992372212121"' in page
    assert "_auth_user_id" not in client.session
