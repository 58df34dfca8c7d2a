import re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.utils import timezone

from tests.factories import settle
from tests.incidents.factories import make_category, make_incident, make_place

pytestmark = pytest.mark.django_db

DUSHANBE = ZoneInfo("Asia/Dushanbe")


@pytest.fixture
def stream():
    """Four reports: theft and fraud in Khujand (Sughd), theft in Sino (Dushanbe), fraud in Isfara."""
    khujand = make_place("khujand", "sughd")
    isfara = make_place("isfara", "sughd")
    sino = make_place("sino", "dushanbe")
    theft, fraud = make_category("theft"), make_category("fraud")
    now = timezone.now()
    return {
        "khujand-theft": make_incident("Khujand theft", district=khujand, category=theft),
        "khujand-fraud": make_incident(
            "Khujand fraud", district=khujand, category=fraud, occurred_at=now - timedelta(days=40)
        ),
        "sino-theft": make_incident("Sino theft", district=sino, category=theft),
        "isfara-fraud": make_incident(
            "Isfara fraud", district=isfara, category=fraud, occurred_at=now - timedelta(days=400)
        ),
    }


def titles(response):
    return {incident.title_en.removesuffix(" (en)") for incident in response.context["incident_list"]}


def test_stream_shows_title_lead_publication_time_and_district(client):
    published = datetime(2020, 1, 28, 9, 21, tzinfo=DUSHANBE)
    make_incident(
        title_en="15-year-old resident of Dushanbe suspected of theft",
        lead_en=" ".join(["word"] * 40),
        published_at=published,
        district=make_place("sino", "dushanbe"),
    )

    response = client.get("/en/incidents/")

    html = response.content.decode()
    assert response.status_code == 200
    assert "15-year-old resident of Dushanbe suspected of theft" in html
    assert "Tuesday, 28 January 2020 09:21" in html
    assert '<time datetime="2020-01-28T09:21:00+05:00">' in html
    assert "sino (en)" in html
    assert "word …" in html  # the lead is cut with an ellipsis


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("", {"Khujand theft", "Khujand fraud", "Sino theft", "Isfara fraud"}),
        ("region=sughd", {"Khujand theft", "Khujand fraud", "Isfara fraud"}),
        ("district=khujand", {"Khujand theft", "Khujand fraud"}),
        ("category=fraud", {"Khujand fraud", "Isfara fraud"}),
        ("region=sughd&category=theft", {"Khujand theft"}),
        ("region=sughd&district=khujand&category=fraud", {"Khujand fraud"}),
        ("category=theft&region=dushanbe", {"Sino theft"}),
    ],
)
def test_filters_narrow_the_stream_alone_and_combined(client, stream, query, expected):
    response = client.get(f"/en/incidents/?{query}")
    assert response.status_code == 200
    assert titles(response) == expected


def test_date_range_selects_by_the_day_the_incident_happened(client, stream):
    today = timezone.localdate()
    first, last = today - timedelta(days=60), today - timedelta(days=30)
    query = f"date_from={first.isoformat()}&date_to={last.isoformat()}"

    response = client.get(f"/en/incidents/?{query}")

    assert titles(response) == {"Khujand fraud"}


def test_only_a_start_date_keeps_everything_since(client, stream):
    since = (timezone.localdate() - timedelta(days=60)).isoformat()
    response = client.get(f"/en/incidents/?date_from={since}&region=sughd")
    assert titles(response) == {"Khujand theft", "Khujand fraud"}


def test_reversed_dates_are_swapped_with_a_message(client, stream):
    today = timezone.localdate()
    later, earlier = (today - timedelta(days=30)).isoformat(), (today - timedelta(days=60)).isoformat()

    response = client.get(f"/en/incidents/?date_from={later}&date_to={earlier}")

    assert titles(response) == {"Khujand fraud"}
    assert "The start date was after the end date" in response.content.decode()
    assert response.context["form"]["date_from"].value() == earlier


@pytest.mark.parametrize(
    ("query", "shown_in_message"),
    [
        ("region=../../etc/passwd", "../../etc/passwd"),
        ("region=atlantis", "atlantis"),
        ("district=%01a", "“a”"),
        ("category=<script>alert(1)</script>", "&lt;script&gt;"),
        ("date_from=2020-13-45", "2020-13-45"),
        ("date_to=yesterday", "yesterday"),
        ("date_from=1899-01-01", "1899-01-01"),
        ("date_to=2999-01-01", "2999-01-01"),
        ("region=" + "x" * 5000, "xxxxxxxxxx"),
    ],
)
def test_unusable_filter_values_are_ignored_with_a_visible_message(client, stream, query, shown_in_message):
    response = client.get(f"/en/incidents/?{query}")

    html = response.content.decode()
    assert response.status_code == 200
    assert titles(response) == {"Khujand theft", "Khujand fraud", "Sino theft", "Isfara fraud"}
    notices = html[html.index('<ul class="notice incident-notices" role="status">') :]
    notices = notices[: notices.index("</ul>")]
    assert shown_in_message in notices
    assert "<script>alert(1)" not in html
    assert "x" * 100 not in notices  # long values are cut short in the message


def test_an_ignored_filter_leaves_the_others_working(client, stream):
    response = client.get("/en/incidents/?region=atlantis&category=fraud")
    assert titles(response) == {"Khujand fraud", "Isfara fraud"}
    assert "atlantis" in response.content.decode()


def test_district_outside_the_chosen_region_is_ignored_with_a_message(client, stream):
    response = client.get("/en/incidents/?region=dushanbe&district=khujand")
    assert titles(response) == {"Sino theft"}
    assert "is not in" in response.content.decode()


@pytest.mark.parametrize(
    "query", ["category[]=x", "region=sughd&region=dushanbe", "page=abc", "page=-1", "page=999999", "page="]
)
def test_odd_parameters_never_break_the_page(client, stream, query):
    response = client.get(f"/en/incidents/?{query}")
    assert response.status_code == 200


def test_filters_live_in_the_url_and_survive_pagination(client):
    khujand = make_place("khujand", "sughd")
    for _number in range(25):
        make_incident(district=khujand)
    make_incident(district=make_place("sino", "dushanbe"))

    html = client.get("/en/incidents/?region=sughd&category=").content.decode()
    second = client.get("/en/incidents/?region=sughd&page=2")

    assert 'href="?region=sughd&amp;page=2"' in html
    assert '<option value="sughd" selected>' in html
    assert len(second.context["incident_list"]) == 5


def test_stream_lists_only_published_reports_available_in_the_language(client):
    make_incident("Everywhere")
    make_incident("Tajik and Russian", languages=("tg", "ru"))
    make_incident("Draft", status="draft")
    make_incident("Scheduled", published_at=timezone.now() + timedelta(days=1))

    english = client.get("/en/incidents/")
    russian = client.get("/ru/incidents/")

    assert titles(english) == {"Everywhere"}
    assert {i.title_ru for i in russian.context["incident_list"]} == {
        "Everywhere (ru)",
        "Tajik and Russian (ru)",
    }


def test_stream_links_to_statistics_and_feed_with_the_same_filters(client, stream):
    html = client.get("/en/incidents/?region=sughd&category=theft").content.decode()
    assert 'href="/en/incidents/statistics/?region=sughd&amp;category=theft"' in html
    assert 'href="/en/incidents/feed/?region=sughd&amp;category=theft"' in html


def test_empty_result_says_so(client, stream):
    response = client.get("/en/incidents/?region=dushanbe&category=fraud")
    assert "No reports match these filters." in response.content.decode()


@pytest.mark.parametrize("count", [5, 50])
def test_stream_renders_in_a_fixed_number_of_queries(client, django_assert_num_queries, count):
    districts = [
        make_place("khujand", "sughd"),
        make_place("sino", "dushanbe"),
        make_place("isfara", "sughd"),
    ]
    categories = [make_category("theft"), make_category("fraud")]
    for number in range(count):
        make_incident(district=districts[number % 3], category=categories[number % 2])

    settle(client)
    # regions, districts, categories, count, page
    with django_assert_num_queries(5):
        response = client.get("/en/incidents/?region=sughd&category=theft&page=1")
    assert response.status_code == 200


@pytest.mark.parametrize("path", ["/{lang}/incidents/", "/{lang}/incidents/statistics/"])
@pytest.mark.parametrize("language", ["tg", "ru", "en"])
def test_pages_render_in_each_language_with_one_h1_and_nothing_inline(client, stream, path, language):
    html = client.get(path.format(lang=language)).content.decode()
    assert f'<html lang="{language}">' in html
    assert len(re.findall(r"<h1[ >]", html)) == 1
    assert " style=" not in html
    assert "<script" not in html
