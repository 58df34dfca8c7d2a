from datetime import date

import pytest

from incidents.models import CaseStatus, Incident
from tests.incidents.factories import make_category, make_incident, make_place

pytestmark = pytest.mark.django_db

ADMIN = "/admin/incidents/"


@pytest.mark.parametrize(
    "query",
    [
        "",
        "?state=live",
        "?missing=en",
        "?q=theft",
        "?category__id__exact=1",
        "?case_status__exact=closed",
        "?published_at__year=2025",
    ],
)
def test_incident_list_renders_with_filters(staff_client, query):
    incident = make_incident("Theft in Khujand")
    incident.record_status(CaseStatus.CASE_OPENED, date(2025, 1, 1))
    response = staff_client.get(f"{ADMIN}incident/{query}")
    assert response.status_code == 200


def test_incident_list_shows_the_columns_editors_need(staff_client):
    make_incident("Theft in Khujand", languages=("tg", "ru"))
    html = staff_client.get(f"{ADMIN}incident/").content.decode()
    for column in (
        "column-category",
        "column-district",
        "column-occurred_at",
        "column-published_at",
        "column-languages",
    ):
        assert column in html
    assert "language-mark--missing" in html


def test_add_and_change_pages_render_with_translation_tabs_and_history(staff_client):
    incident = make_incident()
    incident.record_status(CaseStatus.CASE_OPENED, date(2025, 1, 1))

    add = staff_client.get(f"{ADMIN}incident/add/")
    change = staff_client.get(f"{ADMIN}incident/{incident.pk}/change/")

    assert add.status_code == 200
    assert change.status_code == 200
    html = change.content.decode()
    for field in ("title_tg", "title_ru", "title_en", "body_en", "status_changes-0-note_ru"):
        assert f'name="{field}"' in html
    assert "viewsitelink" in html  # "View on site" leads to the public page or the staff preview


def test_category_admin_renders(staff_client):
    make_category("theft")
    assert staff_client.get(f"{ADMIN}incidentcategory/").status_code == 200
    assert staff_client.get(f"{ADMIN}incidentcategory/add/").status_code == 200


def form_data(district, category, **overrides):
    data = {
        "title_tg": "Дуздии телефон",
        "title_ru": "Кража телефона",
        "title_en": "Phone theft",
        "lead_tg": "",
        "lead_ru": "",
        "lead_en": "",
        "body_tg": "<p>Матн</p>",
        "body_ru": "<p>Текст</p>",
        "body_en": "<p>Text</p><script>alert(1)</script>",
        "occurred_at_0": "01.03.2025",
        "occurred_at_1": "10:00",
        "region": district.region_id,
        "district": district.pk,
        "category": category.pk,
        "status": "published",
        "published_at_0": "02.03.2025",
        "published_at_1": "09:21",
        "slug": "",
        "withdrawal_note": "",
        "code_article": "244",
        "code_article_label_en": "theft",
        "status_changes-TOTAL_FORMS": "1",
        "status_changes-INITIAL_FORMS": "0",
        "status_changes-MIN_NUM_FORMS": "0",
        "status_changes-MAX_NUM_FORMS": "1000",
        "status_changes-0-status": "suspect_detained",
        "status_changes-0-changed_on": "03.03.2025",
        "status_changes-0-note_en": "Detained the next day.",
    }
    data.update(overrides)
    return data


def test_saving_in_the_admin_sanitizes_the_body_and_takes_the_status_from_the_history(staff_client):
    district, category = make_place("khujand", "sughd"), make_category("theft")

    response = staff_client.post(f"{ADMIN}incident/add/", form_data(district, category))

    assert response.status_code == 302, response.content.decode()[:3000]
    incident = Incident.objects.get()
    assert incident.case_status == CaseStatus.SUSPECT_DETAINED
    assert incident.status_changes.get().changed_on == date(2025, 3, 3)
    assert "<script>" not in incident.body_en
    assert incident.created_by.username == "root"


def test_admin_refuses_a_district_outside_the_region(staff_client):
    district, category = make_place("khujand", "sughd"), make_category("theft")
    other_region = make_place("sino", "dushanbe").region

    response = staff_client.post(
        f"{ADMIN}incident/add/", form_data(district, category, region=other_region.pk)
    )

    assert response.status_code == 200
    assert "is not in" in response.content.decode()
    assert not Incident.objects.exists()


def test_admin_refuses_a_report_without_a_title_in_any_language(staff_client):
    district, category = make_place("khujand", "sughd"), make_category("theft")
    untitled = {"title_tg": "", "title_ru": "", "title_en": "", "status": "draft"}

    response = staff_client.post(f"{ADMIN}incident/add/", form_data(district, category, **untitled))

    assert response.status_code == 200
    assert "Write the title in at least one language." in response.content.decode()
    assert not Incident.objects.exists()
