"""The date filters speak the page's language: typed and shown as dd.mm.yyyy, with a hint."""

import re
from datetime import timedelta

import pytest
from django.utils import timezone

from tests.incidents.factories import make_incident

pytestmark = pytest.mark.django_db

HINTS = {
    "tg": "рр.мм.сссс, масалан 31.12.2025",
    "ru": "дд.мм.гггг, например 31.12.2025",
    "en": "dd.mm.yyyy, e.g. 31.12.2025",
}


@pytest.fixture
def reports():
    now = timezone.now()
    make_incident("Recent theft", occurred_at=now - timedelta(days=2))
    make_incident("Old fraud", occurred_at=now - timedelta(days=40))


def date_box(html, name):
    return re.search(rf'<input type="text" name="{name}"[^>]*>', html).group(0)


@pytest.mark.parametrize("language", ["tg", "ru", "en"])
@pytest.mark.parametrize("path", ["incidents/", "incidents/statistics/"])
def test_dates_are_typed_in_the_page_language_format_with_a_hint(client, reports, language, path):
    first = timezone.localdate() - timedelta(days=60)
    last = timezone.localdate() - timedelta(days=30)
    typed_first, typed_last = first.strftime("%d.%m.%Y"), last.strftime("%d.%m.%Y")

    response = client.get(f"/{language}/{path}", {"date_from": typed_first, "date_to": typed_last})

    html = response.content.decode()
    assert response.status_code == 200
    assert response.context["form"].filters["date_from"] == first
    assert response.context["form"].filters["date_to"] == last
    box = date_box(html, "date_from")
    assert f'value="{typed_first}"' in box
    assert 'aria-describedby="id_date_from_helptext"' in box
    assert f'<span class="incident-filters__hint" id="id_date_from_helptext">{HINTS[language]}</span>' in html
    assert 'type="date"' not in html


def test_typed_dates_select_the_reports_of_those_days(client, reports):
    since = (timezone.localdate() - timedelta(days=10)).strftime("%d.%m.%Y")
    response = client.get("/ru/incidents/", {"date_from": since})
    assert [incident.title_en for incident in response.context["incident_list"]] == ["Recent theft (en)"]


def test_dates_from_links_show_in_the_page_language_format(client, reports):
    day = timezone.localdate() - timedelta(days=5)
    html = client.get("/tg/incidents/", {"date_to": day.isoformat()}).content.decode()
    assert f'value="{day.strftime("%d.%m.%Y")}"' in date_box(html, "date_to")


@pytest.mark.parametrize("value", ["12/31/2025", "31-12-2025", "31.13.2025", "вчера"])
def test_dates_in_another_format_are_explained_not_fatal(client, reports, value):
    response = client.get("/en/incidents/", {"date_from": value})
    html = response.content.decode()
    assert response.status_code == 200
    assert f"“{value}” is not a date between" in html
    assert "value=" not in date_box(html, "date_from")
    assert len(response.context["incident_list"]) == 2
