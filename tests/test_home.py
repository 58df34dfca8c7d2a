"""The home page: lead story, news, incident reports, open announcements, the address, helplines."""

import json
import re
from datetime import timedelta
from itertools import pairwise

import pytest
from django.core.files.base import ContentFile
from django.utils import timezone

from announcements.closing import Outcome
from announcements.models import Kind
from mia_portal.publishing import Status
from tests.announcements.factories import make_announcement, make_tender, make_vacancy
from tests.factories import make_helpline, settle
from tests.incidents.factories import make_incident
from tests.news.factories import make_address, make_article, make_rubric, photo_bytes

pytestmark = pytest.mark.django_db


def home(client, language="en"):
    response = client.get(f"/{language}/")
    assert response.status_code == 200
    return response.content.decode()


def section(page, heading_id):
    """The HTML of the home page section labelled by ``heading_id``."""
    start = page.index(f'aria-labelledby="{heading_id}"')
    return page[start : page.index("</section>", start)]


def test_the_featured_article_leads_with_its_photo(client):
    make_article("Older news", languages=("en",))
    lead = make_article(
        "Round table in Sughd",
        languages=("en",),
        is_featured=True,
        published_at=timezone.now() - timedelta(days=2),
        cover=ContentFile(photo_bytes(1200, 800), name="cover.jpg"),
        cover_alt_en="Participants of the round table",
    )
    news = section(home(client), "home-news-heading")
    lead_html = news[news.index('class="home-lead"') : news.index("</article>")]
    assert "Round table in Sughd (en)" in lead_html
    assert lead.get_absolute_url() in lead_html
    assert re.search(
        r'<img src="[^"]+\.jpg"[^>]* alt="Participants of the round table" fetchpriority="high"', lead_html
    )
    assert "Older news (en)" in news[news.index("</article>") :]


def test_without_a_featured_article_the_newest_leads(client):
    make_article("Yesterday", languages=("en",), published_at=timezone.now() - timedelta(days=1))
    make_article("Today", languages=("en",))
    news = section(home(client), "home-news-heading")
    lead_html = news[news.index('class="home-lead"') : news.index("</article>")]
    assert "Today (en)" in lead_html
    assert "Yesterday (en)" not in lead_html
    assert "Yesterday (en)" in news


def test_a_few_more_news_follow_the_lead(client):
    rubric = make_rubric()
    for number in range(10):
        make_article(f"Item {number}", languages=("en",), rubric=rubric,
                     published_at=timezone.now() - timedelta(hours=number + 1))  # fmt: skip
    news = section(home(client), "home-news-heading")
    shown = re.findall(r">Item (\d) \(en\)</a>", news)
    assert shown == [str(number) for number in range(7)]  # the lead and six more, newest first
    assert 'href="/en/news/"' in news


def test_latest_incident_reports_show_title_lead_day_and_time(client):
    incident = make_incident("Cattle theft in Khuroson", languages=("en",))
    make_incident("A draft report", languages=("en",), status=Status.DRAFT)
    incidents = section(home(client), "home-incidents-heading")
    assert "Cattle theft in Khuroson (en)" in incidents
    assert "Lead of Cattle theft in Khuroson (en)" in incidents
    local = timezone.localtime(incident.published_at)
    assert f'<time datetime="{local:%Y-%m-%dT%H:%M}' in incidents
    assert f"{local:%d %B %Y %H:%M}".lstrip("0") in incidents
    assert "A draft report" not in incidents


def test_announcements_and_competitions_show_only_what_is_still_open(client):
    make_tender(title_en="Open tender for uniforms", languages=("en",))
    make_vacancy(title_en="Vacancy of an analyst", languages=("en",))
    make_announcement(title_en="Round table next week", languages=("en",))
    make_tender(title_en="Closed tender", languages=("en",), deadline=timezone.now() - timedelta(hours=1))
    make_tender(title_en="Awarded tender", languages=("en",), outcome=Outcome.AWARDED, awarded_to_en="Ltd")
    make_announcement(Kind.VACANCY, title_en="Scheduled vacancy", languages=("en",),
                      deadline=timezone.now() + timedelta(days=5),
                      published_at=timezone.now() + timedelta(days=1))  # fmt: skip
    announcements = section(home(client), "home-announcements-heading")
    for title in ("Open tender for uniforms", "Vacancy of an analyst", "Round table next week"):
        assert title in announcements
    for title in ("Closed tender", "Awarded tender", "Scheduled vacancy"):
        assert title not in announcements
    assert "Deadline" in announcements
    assert 'href="/en/announcements/"' in announcements


def test_the_current_address_shows_its_opening_lines_and_a_link(client):
    address = make_address(
        "Address to Parliament", is_current=True, body_en="<p>Distinguished Members of Senate.</p>"
    )
    make_address("Older address", delivered_on=timezone.localdate() - timedelta(days=700))
    page = home(client)
    assert "Address to Parliament (en)" in page
    assert "Distinguished Members of Senate." in page
    assert f'href="{address.get_absolute_url()}"' in page
    assert "Older address" not in page


def test_the_helplines_are_listed_with_their_numbers(client):
    make_helpline(label_en="Minister's helpline")
    make_helpline(number="1919", display_number="19-19", label_en="Assistance service")
    helplines = section(home(client), "helplines-heading")
    assert 'href="tel:+992372212121"' in helplines
    assert 'href="tel:1919">19-19</a>' in helplines
    assert "Assistance service" in helplines


@pytest.mark.parametrize("language", ["tg", "ru", "en"])
def test_only_content_available_in_the_page_language_is_shown(client, language):
    make_article("Everywhere")
    make_article("Only Tajik", languages=("tg",))
    make_article("Only Russian", languages=("ru",))
    make_incident("Incident everywhere")
    make_incident("Incident only in English", languages=("en",))
    make_announcement(title_ru="Объявление только на русском", languages=("ru",))
    make_address("Address only in Tajik", languages=("tg",), is_current=True)
    page = home(client, language)
    assert f"Everywhere ({language})" in page
    assert f"Incident everywhere ({language})" in page
    assert ("Only Tajik (tg)" in page) == (language == "tg")
    assert ("Only Russian (ru)" in page) == (language == "ru")
    assert ("Incident only in English (en)" in page) == (language == "en")
    assert ("Объявление только на русском" in page) == (language == "ru")
    assert ("Address only in Tajik (tg)" in page) == (language == "tg")
    assert f'<html lang="{language}"' in page


def test_an_empty_site_still_has_a_home_page(client):
    page = home(client)
    assert page.count("<h1") == 1
    assert "home-incidents-heading" in page


def test_one_h1_and_headings_in_order(client):
    make_article("News", languages=("en",))
    make_incident("Incident", languages=("en",))
    make_tender(title_en="Tender", languages=("en",))
    make_address("Address", is_current=True)
    page = home(client)
    main = page[page.index("<main") : page.index("</main>")]
    levels = [int(level) for level in re.findall(r"<h([1-6])[ >]", main)]
    assert levels[0] == 1 and levels.count(1) == 1
    assert all(later <= earlier + 1 for earlier, later in pairwise(levels))


def test_the_ministry_is_described_as_a_government_organization_with_its_helplines(client, settings):
    make_helpline(label_en="Minister's helpline")
    make_helpline(number="102", display_number="102", label_en="Police")
    page = home(client)
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', page, re.S)
    assert len(blocks) == 1
    graph = json.loads(blocks[0])["@graph"]
    organization = next(item for item in graph if item["@type"] == "GovernmentOrganization")
    assert organization["url"] == f"{settings.SITE_URL}/en/"
    assert [point["telephone"] for point in organization["contactPoint"]] == ["+992372212121", "102"]
    assert organization["logo"]["url"].startswith(settings.SITE_URL)
    website = next(item for item in graph if item["@type"] == "WebSite")
    assert (
        website["potentialAction"]["target"]["urlTemplate"]
        == f"{settings.SITE_URL}/en/search/?q={{search_term_string}}"
    )


@pytest.mark.parametrize("count", [5, 50])
def test_the_home_page_needs_the_same_few_queries_whatever_the_amount(
    client, count, django_assert_num_queries
):
    rubric = make_rubric()
    for number in range(count):
        make_article(f"Article {number}", rubric=rubric, is_featured=number == 0)
        make_incident(f"Incident {number}")
        make_tender(title_en=f"Tender {number}", title_tg=f"Tender {number}", title_ru=f"Tender {number}")
    make_address("Address", is_current=True)
    make_helpline()
    settle(client)
    # The lead story, more news, incidents, announcements, the address.
    with django_assert_num_queries(5):
        page = home(client, "tg")
    assert "Article 0 (tg)" in page
