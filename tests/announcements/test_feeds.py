"""The RSS feed of each language: its items, new addenda, and links from SITE_URL only."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from mia_portal.publishing import Status
from tests.announcements import factories as f
from tests.security.checks import parse_feed

pytestmark = pytest.mark.django_db


def feed(client, language, **headers):
    with translation.override(language):
        path = reverse("announcements:feed")
    return parse_feed(client.get(path, **headers))


def test_each_language_lists_only_items_available_in_it(client):
    f.make_tender(title_tg="Тендери мебел", title_en="Furniture tender")
    f.make_vacancy(languages=("ru",), title_ru="Вакансия эксперта")
    f.make_announcement(status=Status.DRAFT, title_en="Draft notice")
    titles = {
        language: [entry.title for entry in feed(client, language).entries] for language in ("tg", "ru", "en")
    }
    assert titles["tg"] == ["Тендери мебел"]
    assert titles["en"] == ["Furniture tender"]
    assert "Вакансия эксперта" in titles["ru"]


def test_feed_announces_new_addenda_newest_first(client):
    tender = f.make_tender(title_en="Furniture tender", published_at=timezone.now() - timedelta(days=3))
    f.make_addendum(tender, issued_at=timezone.now() - timedelta(hours=1), text_en="Site visit on Monday")
    f.make_addendum(tender, issued_at=timezone.now() + timedelta(days=1), text_en="Not yet issued")
    entries = feed(client, "en").entries
    assert [entry.title for entry in entries] == [
        "Addendum No. 1 to the tender: Furniture tender",
        "Furniture tender",
    ]
    assert entries[0].link.endswith(f"{tender.get_absolute_url()}#addendum-1")
    assert "Site visit on Monday" in entries[0].summary


def test_addenda_of_unpublished_tenders_stay_out_of_the_feed(client):
    draft = f.make_tender(status=Status.DRAFT)
    f.make_addendum(draft)
    assert feed(client, "en").entries == []


def test_feed_links_come_from_site_url_never_from_the_host_header(client, settings):
    settings.SITE_URL = "https://mia.example"
    item = f.make_tender(title_en="Tender")
    parsed = feed(client, "en", HTTP_HOST="localhost")
    assert parsed.feed.link.startswith("https://mia.example/en/")
    assert parsed.entries[0].link == "https://mia.example" + item.get_absolute_url()
    assert b"localhost" not in client.get("/en/announcements/feed/", HTTP_HOST="localhost").content


def test_control_characters_in_titles_do_not_break_the_feed(client):
    f.make_announcement(title_en="Bad\x0btitle\x1f here")
    assert feed(client, "en").entries[0].title == "Badtitle here"
