"""An article's life cycle as the public and the staff see it."""

from datetime import timedelta

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.utils import timezone

from mia_portal.publishing import Status
from tests.news.factories import make_article

pytestmark = pytest.mark.django_db


def detail_path(article, language="en"):
    return f"/{language}/news/{article.pk}-{article.slug}/"


def test_published_article_is_listed_and_readable(client):
    article = make_article("Round table in Khujand")
    assert "Round table in Khujand (en)" in client.get("/en/news/").content.decode()
    response = client.get(detail_path(article))
    assert response.status_code == 200
    assert "<h1" in response.content.decode()


def test_draft_is_hidden_from_the_public(client):
    article = make_article("Unfinished draft", status=Status.DRAFT)
    assert "Unfinished draft" not in client.get("/en/news/").content.decode()
    assert client.get(detail_path(article)).status_code == 404


def test_scheduled_article_is_hidden_until_its_time_and_then_appears(client, monkeypatch):
    publish_at = timezone.now() + timedelta(hours=2)
    article = make_article("Militia Day parade", published_at=publish_at)
    assert "Militia Day parade" not in client.get("/en/news/").content.decode()
    assert client.get(detail_path(article)).status_code == 404

    later = publish_at + timedelta(minutes=1)
    monkeypatch.setattr(timezone, "now", lambda: later)
    assert "Militia Day parade (en)" in client.get("/en/news/").content.decode()
    assert client.get(detail_path(article)).status_code == 200


def test_staff_preview_a_draft_never_cached_and_never_indexed(staff_client):
    article = make_article("Draft for review", status=Status.DRAFT)
    response = staff_client.get(detail_path(article))
    assert response.status_code == 200
    assert "no-cache" in response["Cache-Control"]
    assert response["X-Robots-Tag"] == "noindex, nofollow"
    page = response.content.decode()
    assert "Draft for review (en)" in page
    assert '<meta name="robots" content="noindex, nofollow">' in page
    assert 'class="notice notice--preview"' in page


def test_preview_of_a_scheduled_article_says_when_it_goes_live(staff_client):
    article = make_article("Scheduled", published_at=timezone.now() + timedelta(days=1))
    page = staff_client.get(detail_path(article)).content.decode()
    assert "scheduled and will be published on" in page


def test_logged_in_visitor_without_staff_rights_cannot_preview():
    article = make_article("Draft", status=Status.DRAFT)
    visitor = Client()
    visitor.force_login(User.objects.create_user("citizen", password="x"))
    assert visitor.get(detail_path(article)).status_code == 404


def test_withdrawn_article_answers_410_with_its_note(client):
    article = make_article("Withdrawn", status=Status.WITHDRAWN, withdrawal_note="Published by mistake.")
    response = client.get(detail_path(article))
    assert response.status_code == 410
    assert "Published by mistake." in response.content.decode()
    assert "Withdrawn (en)" not in client.get("/en/news/").content.decode()


def test_wrong_or_old_slug_redirects_permanently_to_the_right_one(client):
    article = make_article("Police reform")
    response = client.get(f"/ru/news/{article.pk}-old-title/")
    assert response.status_code == 301
    assert response["Location"] == f"/ru/news/{article.pk}-{article.slug}/"


def test_slug_is_latin_even_for_a_tajik_only_title():
    article = make_article(languages=("tg",), title_tg="Мизи мудаввар дар вилояти Суғд")
    assert article.slug == "mizi-mudavvar-dar-viloyati-sughd"


def test_unknown_or_huge_ids_answer_404(client):
    assert client.get("/en/news/999999-nothing/").status_code == 404
    assert client.get("/en/news/99999999999999999999999-x/").status_code == 404
