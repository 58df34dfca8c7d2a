"""A newsroom in Sughd narrows the stream of incident reports to its region and to thefts,
then reads how many there were on the statistics page."""

import re

import pytest
from django.utils import timezone

from demo.incidents import load as load_incidents
from incidents.models import Incident
from incidents.statistics import add_months

pytestmark = pytest.mark.django_db(transaction=True)


def test_filter_the_stream_by_region_and_category_then_read_the_statistics(page, screenshot):
    load_incidents()
    today = timezone.localdate()
    sughd_thefts = (
        Incident.objects.published().available_in("en").filter(region__slug="sughd", category__slug="theft")
    )
    counted = (
        Incident.objects.published()
        .filter(region__slug="sughd", category__slug="theft")
        .occurred_between(add_months(today.replace(day=1), -11), today)
        .count()
    )
    assert sughd_thefts.exists()

    page.goto("/en/incidents/")
    page.get_by_label("Region").select_option(label="Sughd region")
    page.get_by_label("Category").select_option(label="Theft")
    page.get_by_role("button", name="Show").click()
    page.wait_for_url(re.compile(r"region=sughd.*category=theft"))

    items = page.locator(".incident-item")
    expected_count = sughd_thefts.count()
    assert page.get_by_text(f"{expected_count} reports found").is_visible()
    first_titles = set(items.locator("h2").all_inner_texts())
    assert first_titles <= {incident.title_en for incident in sughd_thefts}
    assert items.count() == min(expected_count, 20)
    assert page.get_by_label("Region").input_value() == "sughd"
    screenshot(page, "incidents-filtered-en")

    page.get_by_role("link", name="Statistics for these filters").click()
    page.wait_for_url(re.compile(r"/en/incidents/statistics/\?region=sughd&category=theft"))
    table = page.get_by_role("table", name=re.compile("Incidents by category"))
    theft_row = table.get_by_role("row", name=re.compile("^Theft"))
    assert theft_row.get_by_role("cell").inner_text() == str(counted)
    assert page.get_by_role("img", name=re.compile("Incidents by month")).is_visible()
    screenshot(page, "incidents-statistics-en")
