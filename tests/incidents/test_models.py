from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone, translation

from incidents.models import CaseStatus, Incident
from mia_portal.publishing import Status
from tests.incidents.factories import make_category, make_incident, make_place

pytestmark = pytest.mark.django_db

DUSHANBE = ZoneInfo("Asia/Dushanbe")


def test_district_must_lie_in_the_chosen_region():
    khujand = make_place("khujand", "sughd")
    sino = make_place("sino", "dushanbe")
    incident = make_incident(district=khujand)
    incident.region = sino.region

    with pytest.raises(ValidationError) as error:
        incident.full_clean()

    assert "district" in error.value.message_dict


def test_district_in_its_region_passes_validation():
    incident = make_incident(district=make_place("isfara", "sughd"))
    incident.full_clean()


def test_slug_comes_from_the_tajik_title_and_the_url_from_the_id():
    incident = make_incident(title_tg="Дуздии чорво дар Ҳисор", title_ru="Кража", title_en="Theft")
    assert incident.slug == "duzdii-chorvo-dar-hisor"
    with translation.override("tg"):
        assert incident.get_absolute_url() == f"/tg/incidents/{incident.pk}-duzdii-chorvo-dar-hisor/"


def test_recording_a_status_keeps_the_history_and_the_current_status():
    incident = make_incident()
    incident.record_status(CaseStatus.CASE_OPENED, date(2025, 3, 1))
    incident.record_status(CaseStatus.SENT_TO_COURT, date(2025, 5, 2), note_en="To the Khujand city court")

    incident.refresh_from_db()
    assert incident.case_status == CaseStatus.SENT_TO_COURT
    assert [change.status for change in incident.status_changes.all()] == ["case_opened", "sent_to_court"]
    assert incident.status_changes.last().note_en == "To the Khujand city court"


def test_removing_the_latest_step_brings_back_the_one_before():
    incident = make_incident()
    incident.record_status(CaseStatus.CASE_OPENED, date(2025, 3, 1))
    incident.record_status(CaseStatus.CLOSED, date(2025, 4, 1)).delete()
    incident.sync_case_status()

    assert Incident.objects.get(pk=incident.pk).case_status == CaseStatus.CASE_OPENED


def test_occurred_between_counts_whole_days_in_dushanbe_time():
    # 23:30 on 31 May in Dushanbe is 18:30 UTC: still 31 May for the ministry.
    late_may = make_incident(occurred_at=datetime(2025, 5, 31, 23, 30, tzinfo=DUSHANBE))
    early_june = make_incident(occurred_at=datetime(2025, 6, 1, 0, 10, tzinfo=DUSHANBE))

    in_may = Incident.objects.occurred_between(date(2025, 5, 1), date(2025, 5, 31))
    in_june = Incident.objects.occurred_between(date(2025, 6, 1), None)

    assert list(in_may) == [late_may]
    assert list(in_june) == [early_june]


def test_narrowing_methods_chain():
    sughd_theft = make_incident(district=make_place("khujand", "sughd"))
    make_incident(district=make_place("khujand", "sughd"), category=make_category("fraud"))
    make_incident(district=make_place("sino", "dushanbe"))
    district = sughd_theft.district

    found = (
        Incident.objects.published()
        .available_in("en")
        .with_details()
        .in_region(district.region)
        .in_district(district)
        .in_category(make_category("theft"))
    )

    assert list(found) == [sughd_theft]


def test_published_and_available_in_select_what_the_public_sees():
    live = make_incident()
    make_incident(status=Status.DRAFT)
    make_incident(published_at=timezone.now() + timedelta(hours=2))
    tajik_only = make_incident(languages=("tg",))

    assert set(Incident.objects.published()) == {live, tajik_only}
    assert list(Incident.objects.published().available_in("en")) == [live]
    assert tajik_only.available_languages() == ["tg"]
    assert tajik_only.content_language("en") == "tg"


def test_str_falls_back_to_the_first_filled_title():
    incident = make_incident(title_tg="", title_ru="Кража скота", title_en="", languages=("ru",))
    assert str(incident) == "Кража скота"


def test_category_page_is_the_stream_filtered_by_it():
    with translation.override("ru"):
        assert make_category("road-accident").get_absolute_url() == "/ru/incidents/?category=road-accident"
