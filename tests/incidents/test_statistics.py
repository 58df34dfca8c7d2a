from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.utils import timezone

from incidents.models import Incident
from incidents.statistics import (
    IncidentStatistics,
    add_months,
    column_chart,
    default_period,
    horizontal_bar_chart,
    period_starts,
)
from mia_portal.publishing import Status
from tests.factories import settle
from tests.incidents.factories import make_category, make_incident, make_place

pytestmark = pytest.mark.django_db

DUSHANBE = ZoneInfo("Asia/Dushanbe")


def at(year, month, day, hour=12, minute=0):
    return datetime(year, month, day, hour, minute, tzinfo=DUSHANBE)


@pytest.fixture
def known_data():
    """Seven published reports in 2025, plus a draft and one outside the period that must not count."""
    khujand, isfara = make_place("khujand", "sughd"), make_place("isfara", "sughd")
    sino = make_place("sino", "dushanbe")
    make_place("khorog", "gbao")
    theft, fraud, accident = make_category("theft"), make_category("fraud"), make_category("road-accident")
    for district, category, occurred in [
        (khujand, theft, at(2025, 1, 10)),
        (khujand, theft, at(2025, 1, 31, 23, 30)),  # 18:30 UTC: January in Dushanbe
        (isfara, fraud, at(2025, 2, 1, 0, 30)),  # 19:30 UTC on 31 January: February in Dushanbe
        (sino, theft, at(2025, 2, 14)),
        (sino, accident, at(2025, 3, 3)),
        (sino, accident, at(2025, 3, 20)),
        (isfara, theft, at(2025, 3, 31, 23, 59)),
    ]:
        make_incident(district=district, category=category, occurred_at=occurred, published_at=at(2025, 4, 1))
    make_incident(district=sino, category=theft, occurred_at=at(2025, 2, 2), status=Status.DRAFT)
    make_incident(
        district=sino, category=theft, occurred_at=at(2024, 12, 31, 23, 0), published_at=at(2025, 1, 1)
    )
    # Published in Tajik only: still an incident, so it counts in every language.
    make_incident(district=khujand, category=fraud, occurred_at=at(2025, 3, 5), languages=("tg",))


def counts(rows):
    return {row.key.slug if hasattr(row.key, "slug") else row.key: row.count for row in rows}


def test_counts_by_category_region_and_month_match_the_data(client, known_data):
    response = client.get("/en/incidents/statistics/?date_from=2025-01-01&date_to=2025-03-31")

    stats = response.context["stats"]
    assert stats.total == 8
    assert counts(stats.by_category) == {"theft": 4, "fraud": 2, "road-accident": 2}
    assert counts(stats.by_region) == {"sughd": 5, "dushanbe": 3, "gbao": 0}
    assert counts(stats.by_period) == {date(2025, 1, 1): 2, date(2025, 2, 1): 2, date(2025, 3, 1): 4}


def test_months_are_cut_in_dushanbe_time(known_data):
    stats = IncidentStatistics.collect(
        Incident.objects.published(),
        date(2025, 1, 1),
        date(2025, 2, 28),
        categories=[],
        regions=[],
    )
    # 23:30 on 31 January belongs to January and 00:30 on 1 February to February, although
    # both are 31 January in UTC.
    assert [(row.key, row.count) for row in stats.by_period] == [(date(2025, 1, 1), 2), (date(2025, 2, 1), 2)]


def test_statistics_respect_the_filters_of_the_stream(client, known_data):
    response = client.get(
        "/en/incidents/statistics/?region=sughd&category=theft&date_from=2025-01-01&date_to=2025-12-31"
    )

    stats = response.context["stats"]
    assert stats.total == 3
    assert counts(stats.by_category) == {"theft": 3, "fraud": 0, "road-accident": 0}
    assert counts(stats.by_district) == {"khujand": 2, "isfara": 1}
    assert "By district and city of sughd (en)" in response.content.decode()


def test_numbers_are_in_a_table_with_a_caption_and_an_accessible_chart(client, known_data):
    html = client.get("/en/incidents/statistics/?date_from=2025-01-01&date_to=2025-03-31").content.decode()

    assert html.count('role="img"') == 3
    assert (
        '<title id="chart-category-title">Incidents by category, 1 January 2025 – 31 March 2025</title>'
        in html
    )
    assert 'aria-labelledby="chart-category-title chart-category-desc"' in html
    assert "<caption>Incidents by month, 1 January 2025 – 31 March 2025</caption>" in html
    table = html[html.index("<caption>Incidents by month") :]
    table = table[: table.index("</table>")]
    assert '<th scope="row">March 2025</th>\n        <td class="count-table__number">4</td>' in table
    assert '<td class="count-table__number">8</td>' in table  # the total


def test_rows_link_to_the_stream_of_the_reports_they_count(client, known_data):
    html = client.get("/en/incidents/statistics/?date_from=2025-01-01&date_to=2025-03-31").content.decode()
    assert 'href="/en/incidents/?category=theft&amp;date_from=2025-01-01&amp;date_to=2025-03-31"' in html
    assert 'href="/en/incidents/?region=sughd&amp;date_from=2025-01-01&amp;date_to=2025-03-31"' in html


def test_default_period_is_the_last_twelve_months(client):
    today = timezone.localdate()
    make_incident(occurred_at=timezone.now() - timedelta(days=2))
    make_incident(occurred_at=timezone.now() - timedelta(days=500))

    response = client.get("/ru/incidents/statistics/")

    stats = response.context["stats"]
    assert stats.last_day == today
    assert stats.first_day == add_months(today.replace(day=1), -11)
    assert len(stats.by_period) == 12
    assert stats.total == 1


def test_long_periods_are_counted_by_year(client, known_data):
    response = client.get("/en/incidents/statistics/?date_from=2020-01-01&date_to=2025-12-31")
    stats = response.context["stats"]
    assert stats.by_year
    assert counts(stats.by_period)[date(2025, 1, 1)] == 8
    assert counts(stats.by_period)[date(2024, 1, 1)] == 1


@pytest.mark.parametrize(
    "query",
    [
        "region=../../etc",
        "date_from=2020-13-45",
        "category[]=x",
        "date_to=" + "9" * 3000,
        "district=%01&page=abc",
    ],
)
def test_hostile_values_on_the_statistics_page_are_ignored(client, known_data, query):
    response = client.get(f"/en/incidents/statistics/?{query}")
    assert response.status_code == 200


def test_reversed_dates_on_the_statistics_page_are_swapped(client, known_data):
    response = client.get("/en/incidents/statistics/?date_from=2025-03-31&date_to=2025-01-01")
    assert response.context["stats"].total == 8
    assert "The start date was after the end date" in response.content.decode()


@pytest.mark.parametrize("count", [5, 50])
def test_statistics_render_in_a_fixed_number_of_queries(client, django_assert_num_queries, count):
    districts = [make_place("khujand", "sughd"), make_place("sino", "dushanbe")]
    categories = [make_category("theft"), make_category("fraud"), make_category("drugs")]
    for number in range(count):
        make_incident(
            district=districts[number % 2],
            category=categories[number % 3],
            occurred_at=timezone.now() - timedelta(days=number * 5),
        )

    settle(client)
    # regions, districts, categories (then remembered); by category, region and month
    with django_assert_num_queries(6):
        assert client.get("/en/incidents/statistics/").status_code == 200
    # by category, region and month, and by district within the chosen region
    with django_assert_num_queries(4):
        assert client.get("/en/incidents/statistics/?region=sughd").status_code == 200


def test_period_helpers():
    assert add_months(date(2025, 1, 1), -11) == date(2024, 2, 1)
    assert add_months(date(2025, 12, 1), 1) == date(2026, 1, 1)
    assert default_period(date(2025, 6, 15)) == (date(2024, 7, 1), date(2025, 6, 15))
    assert default_period(date(2025, 6, 15), None, date(2025, 3, 10)) == (date(2024, 4, 1), date(2025, 3, 10))
    assert len(period_starts(date(2024, 7, 15), date(2025, 6, 15), by_year=False)) == 12


def test_bars_are_as_long_as_their_counts():
    from incidents.statistics import Row

    chart = horizontal_bar_chart([Row("a", 10), Row("b", 5), Row("c", 0)], width=400)
    full, half, empty = (bar.width for bar in chart.bars)
    assert full == 2 * half
    assert empty == 0
    columns = column_chart([Row("Jan", 4), Row("Feb", 2)], height=220)
    assert columns.bars[0].height == 2 * columns.bars[1].height
    assert columns.bars[0].y + columns.bars[0].height == columns.baseline_y
