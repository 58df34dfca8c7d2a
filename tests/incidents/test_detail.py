from datetime import date, timedelta

import pytest
from django.utils import timezone

from incidents.models import CaseStatus
from mia_portal.publishing import Status
from tests.factories import settle
from tests.incidents.factories import make_category, make_incident, make_place

pytestmark = pytest.mark.django_db


def test_report_page_shows_the_facts_of_the_case(client):
    incident = make_incident(
        title_en="Large-scale fraud",
        body_en="<p>A 33-year-old resident of Dushanbe made a statement.</p>",
        code_article="247",
        code_article_label_en="fraud",
        reporting_unit_en="DMIA in the I. Somoni district of Dushanbe",
        killed=0,
        injured=2,
    )

    response = client.get(incident.get_absolute_url().replace("/tg/", "/en/"))

    html = response.content.decode()
    assert response.status_code == 200
    assert "<h1" in html and html.count("<h1") == 1
    assert "Large-scale fraud" in html
    assert "A 33-year-old resident of Dushanbe made a statement." in html
    assert "Article 247 of the Criminal Code of the Republic of Tajikistan" in html
    assert "fraud" in html
    assert "DMIA in the I. Somoni district of Dushanbe" in html
    assert "<dt>People injured</dt>" in html
    assert "<dd>2</dd>" in html
    assert response.context["available_languages"] == ["tg", "ru", "en"]


def test_case_history_is_shown_step_by_step(client):
    incident = make_incident()
    incident.record_status(CaseStatus.CASE_OPENED, date(2025, 3, 1))
    incident.record_status(CaseStatus.SUSPECT_DETAINED, date(2025, 3, 3))
    incident.record_status(
        CaseStatus.SENT_TO_COURT,
        date(2025, 5, 20),
        note_en="The case has been sent to the Khujand city court.",
    )

    html = client.get(f"/en/incidents/{incident.pk}-{incident.slug}/").content.decode()

    history = html[html.index("Case history") :]
    assert (
        history.index("Criminal case opened")
        < history.index("Suspect detained")
        < history.index("Sent to court")
    )
    assert '<time datetime="2025-05-20">20 May 2025</time>' in history
    assert "The case has been sent to the Khujand city court." in history
    assert "<strong>Sent to court</strong>" in html[: html.index("Case history")]  # the current status


def test_report_links_to_more_from_the_same_district_and_category(client):
    khujand, sino = make_place("khujand", "sughd"), make_place("sino", "dushanbe")
    theft, fraud = make_category("theft"), make_category("fraud")
    incident = make_incident("Main", district=khujand, category=theft)
    make_incident("Same district", district=khujand, category=fraud)
    make_incident("Same category", district=sino, category=theft)
    make_incident("Unrelated", district=sino, category=fraud)
    make_incident("Draft nearby", district=khujand, category=theft, status=Status.DRAFT)

    response = client.get(f"/en/incidents/{incident.pk}-{incident.slug}/")

    assert [i.title_en for i in response.context["more_in_district"]] == ["Same district (en)"]
    assert [i.title_en for i in response.context["more_in_category"]] == ["Same category (en)"]
    html = response.content.decode()
    assert 'href="/en/incidents/?district=khujand"' in html
    assert 'href="/en/incidents/?category=theft"' in html


def test_report_missing_in_the_language_is_shown_in_another_with_a_notice(client):
    incident = make_incident(
        title_ru="Кража скота", languages=("tg", "ru"), reporting_unit_ru="ОМВД Хуросонского района"
    )

    response = client.get(f"/en/incidents/{incident.pk}-{incident.slug}/")

    html = response.content.decode()
    assert response.status_code == 200
    assert response.context["content_language"] == "ru"
    assert '<article class="incident" lang="ru">' in html
    assert "Кража скота" in html
    assert "ОМВД Хуросонского района" in html
    assert 'class="notice" lang="en"' in html
    assert '<h2 id="facts-heading">About the case</h2>' in html  # the labels stay in English
    assert response.context["available_languages"] == ["tg", "ru"]
    assert 'hreflang="en"' not in html.split("</head>")[0]


def test_wrong_slug_redirects_permanently(client):
    incident = make_incident()
    response = client.get(f"/en/incidents/{incident.pk}-old-title/")
    assert response.status_code == 301
    assert response["Location"] == f"/en/incidents/{incident.pk}-{incident.slug}/"


@pytest.mark.parametrize(
    "path", ["/en/incidents/999999-nothing/", "/en/incidents/99999999999999999999999-x/"]
)
def test_unknown_or_huge_ids_answer_404(client, path):
    assert client.get(path).status_code == 404


def test_draft_is_hidden_from_the_public_and_previewed_by_staff(client, staff_client):
    draft = make_incident(status=Status.DRAFT)
    url = f"/en/incidents/{draft.pk}-{draft.slug}/"

    assert client.get(url).status_code == 404
    preview = staff_client.get(url)
    assert preview.status_code == 200
    assert "noindex" in preview["X-Robots-Tag"]


def test_withdrawn_report_answers_410(client):
    incident = make_incident(status=Status.WITHDRAWN, withdrawal_note="Published by mistake.")
    response = client.get(f"/en/incidents/{incident.pk}-{incident.slug}/")
    assert response.status_code == 410
    assert "Published by mistake." in response.content.decode()


@pytest.mark.parametrize("count", [5, 50])
def test_report_page_renders_in_a_fixed_number_of_queries(client, django_assert_num_queries, count):
    district, category = make_place(), make_category()
    incident = make_incident(district=district, category=category)
    for day in range(count):
        make_incident(
            district=district, category=category, published_at=timezone.now() - timedelta(days=day + 1)
        )
        incident.record_status(CaseStatus.UNDER_INVESTIGATION, date(2025, 1, 1) + timedelta(days=day))

    settle(client)
    # the report, its history, more from the district, more in the category
    with django_assert_num_queries(4):
        response = client.get(f"/en/incidents/{incident.pk}-{incident.slug}/")
    assert response.status_code == 200
