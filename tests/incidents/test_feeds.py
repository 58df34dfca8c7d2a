from datetime import timedelta

import pytest
from django.utils import timezone

from mia_portal.publishing import Status
from tests.incidents.factories import make_category, make_incident, make_place
from tests.security.checks import parse_feed

pytestmark = pytest.mark.django_db


@pytest.fixture
def reports():
    khujand, sino = make_place("khujand", "sughd"), make_place("sino", "dushanbe")
    theft, fraud = make_category("theft"), make_category("fraud")
    now = timezone.now()
    make_incident("Khujand theft", district=khujand, category=theft, published_at=now - timedelta(hours=3))
    make_incident("Sino fraud", district=sino, category=fraud, published_at=now - timedelta(hours=2))
    make_incident("Sino theft in Tajik and Russian", district=sino, category=theft, languages=("tg", "ru"))
    make_incident("Draft", district=sino, category=theft, status=Status.DRAFT)


def parse(client, url, **headers):
    return parse_feed(client.get(url, **headers))


def test_feed_holds_the_reports_of_its_language_newest_first(client, reports):
    english = parse(client, "/en/incidents/feed/")
    russian = parse(client, "/ru/incidents/feed/")

    assert [entry.title for entry in english.entries] == ["Sino fraud (en)", "Khujand theft (en)"]
    assert [entry.title for entry in russian.entries] == [
        "Sino theft in Tajik and Russian (ru)",
        "Sino fraud (ru)",
        "Khujand theft (ru)",
    ]
    assert english.feed.language == "en"
    assert russian.entries[0].summary == "Lead of Sino theft in Tajik and Russian (ru)"


def test_feed_narrowed_by_region_or_category(client, reports):
    sughd = parse(client, "/en/incidents/feed/?region=sughd")
    theft = parse(client, "/ru/incidents/feed/?category=theft")
    both = parse(client, "/ru/incidents/feed/?region=dushanbe&category=theft")

    assert [entry.title for entry in sughd.entries] == ["Khujand theft (en)"]
    assert sughd.feed.title == "Incident reports: sughd (en)"
    assert [entry.title for entry in theft.entries] == [
        "Sino theft in Tajik and Russian (ru)",
        "Khujand theft (ru)",
    ]
    assert [entry.title for entry in both.entries] == ["Sino theft in Tajik and Russian (ru)"]


def test_feed_links_come_from_the_site_address_never_the_host_header(client, reports, settings):
    settings.ALLOWED_HOSTS = ["*"]
    feed = parse(client, "/en/incidents/feed/?region=sughd", HTTP_HOST="evil.example")

    assert feed.feed.link == "https://mia.example/en/incidents/?region=sughd"
    assert feed.entries[0].link.startswith("https://mia.example/en/incidents/")
    assert "evil.example" not in str(feed)


def test_entries_carry_category_and_place(client, reports):
    feed = parse(client, "/en/incidents/feed/?region=sughd")
    assert {tag.term for tag in feed.entries[0].tags} == {"Category theft (en)", "sughd (en)", "khujand (en)"}


@pytest.mark.parametrize(
    "query", ["region=atlantis", "category=nothing", "region=../../etc", "region=%01", "region=" + "x" * 3000]
)
def test_unknown_or_malformed_narrowing_answers_404(client, reports, query):
    assert client.get(f"/en/incidents/feed/?{query}").status_code == 404


def test_feed_uses_a_fixed_number_of_queries(client, django_assert_num_queries):
    district, category = make_place(), make_category()
    url = "/en/incidents/feed/?region=sughd&category=theft"
    for _number in range(5):
        make_incident(district=district, category=category)
    client.get(url)  # the first request in a process also looks up the Site once
    # The items; regions and categories are remembered with the list's filter choices.
    with django_assert_num_queries(1) as few:
        client.get(url)
    for _number in range(35):
        make_incident(district=district, category=category)
    with django_assert_num_queries(len(few.captured_queries)):
        client.get(url)


def test_sitemap_lists_each_report_in_the_languages_it_exists_in():
    from incidents.sitemaps import IncidentSitemap

    everywhere = make_incident("Everywhere")
    tajik = make_incident("Tajik only", languages=("tg",))
    make_incident("Draft", status=Status.DRAFT)

    class Site:
        domain = "mia.example"

    urls = {entry["location"] for entry in IncidentSitemap().get_urls(site=Site(), protocol="https")}

    assert urls == {
        f"https://mia.example/{code}/incidents/{everywhere.pk}-{everywhere.slug}/"
        for code in ("tg", "ru", "en")
    } | {f"https://mia.example/tg/incidents/{tajik.pk}-{tajik.slug}/"}
