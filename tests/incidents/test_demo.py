from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.utils import timezone

from demo import incidents as incidents_demo
from incidents.models import Incident, IncidentCategory, IncidentStatusChange

pytestmark = pytest.mark.django_db


def test_demo_loads_the_seed_reports_and_a_year_of_generated_ones_idempotently():
    incidents_demo.load()
    first = (Incident.objects.count(), IncidentStatusChange.objects.count(), IncidentCategory.objects.count())
    incidents_demo.load()

    assert (
        Incident.objects.count(),
        IncidentStatusChange.objects.count(),
        IncidentCategory.objects.count(),
    ) == first
    assert first[0] == len(incidents_demo.SEED_REPORTS) + incidents_demo.GENERATED_COUNT


def test_seed_reports_keep_their_publication_time_place_and_article():
    incidents_demo.load()

    theft = Incident.objects.get(title_en="15-year-old resident of Dushanbe suspected of theft")
    fraud = Incident.objects.get(title_en="Large-scale fraud")

    assert theft.published_at == datetime(2020, 1, 28, 9, 21, tzinfo=ZoneInfo("Asia/Dushanbe"))
    assert theft.district.slug == "sino"
    assert theft.reporting_unit_en == "DMIA-2 in the Sino district of Dushanbe"
    assert theft.available_languages() == ["tg", "ru", "en"]
    assert fraud.district.slug == "somoni"
    assert (fraud.code_article, fraud.code_article_label_en) == ("247", "fraud")
    assert Incident.objects.get(title_en="Cattle theft").status_changes.count() == 3


def test_generated_reports_fill_the_statistics_of_the_last_year():
    incidents_demo.load()
    year_ago = timezone.now() - timedelta(days=365)
    recent = Incident.objects.published().filter(occurred_at__gte=year_ago)

    assert recent.count() == incidents_demo.GENERATED_COUNT
    assert set(recent.values_list("category__slug", flat=True)) == {
        category["slug"] for category in incidents_demo.CATEGORIES
    }
    assert set(recent.values_list("region__slug", flat=True)) == {
        "dushanbe",
        "sughd",
        "khatlon",
        "gbao",
        "drs",
    }
    only_tg_ru = Incident.objects.missing_in("en")
    assert 0 < only_tg_ru.count() < 50
    assert all(incident.available_languages() == ["tg", "ru"] for incident in only_tg_ru)
    assert not Incident.objects.filter(case_status="").exists()
