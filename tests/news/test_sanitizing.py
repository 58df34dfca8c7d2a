"""Whatever an editor (or an attacker with an editor's session) puts in the body, pages stay safe."""

import re

import pytest

from tests.news.factories import make_article

pytestmark = pytest.mark.django_db

HOSTILE_BODY = (
    "<p>Before</p>"
    "<script>alert('body')</script>"
    '<img src="/media/x.jpg" onerror="alert(\'img\')">'
    "<p><a href=\"javascript:alert('link')\">Click</a></p>"
    '<p onclick="alert(1)" style="color:red">After</p>'
)


def test_script_event_handlers_and_javascript_links_never_reach_the_page(client):
    article = make_article("Hostile", body_en=HOSTILE_BODY)
    page = client.get(f"/en/news/{article.pk}-{article.slug}/").content.decode()
    assert "Before" in page
    assert "After" in page
    assert "alert(" not in page
    assert "onerror" not in page
    assert "onclick" not in page
    assert "javascript:" not in page
    assert not re.search(r"<script(?![^>]*application/ld\+json)", page)  # JSON-LD is data


def test_body_is_sanitized_in_every_language_when_saved():
    article = make_article("Hostile", **{f"body_{code}": HOSTILE_BODY for code in ("tg", "ru", "en")})
    article.refresh_from_db()
    for code in ("tg", "ru", "en"):
        body = getattr(article, f"body_{code}")
        assert "<script" not in body
        assert "onerror" not in body
        assert "javascript:" not in body


def test_titles_and_leads_are_escaped(client):
    article = make_article("Title", title_en="<b>Bold</b> & <script>x()</script>", lead_en="<img src=x>")
    list_page = client.get("/en/news/").content.decode()
    detail_page = client.get(f"/en/news/{article.pk}-{article.slug}/").content.decode()
    for page in (list_page, detail_page):
        assert "<script>x()" not in page
        assert "<img src=x>" not in page
    assert "&lt;b&gt;Bold&lt;/b&gt;" in detail_page
