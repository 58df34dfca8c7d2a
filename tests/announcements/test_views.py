"""Public pages: the list with its filters, detail pages per kind, and their query budgets."""

import re
from datetime import timedelta
from pathlib import Path

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation

from announcements.closing import Outcome
from announcements.models import Kind
from mia_portal.publishing import Status
from tests.announcements import factories as f
from tests.factories import settle

pytestmark = pytest.mark.django_db


def url(name, language="en", **kwargs):
    with translation.override(language):
        return reverse(f"announcements:{name}", kwargs=kwargs or None)


def test_list_shows_all_kinds_newest_first_in_the_language(client):
    now = timezone.now()
    older = f.make_announcement(published_at=now - timedelta(days=2), title_en="Round table")
    newer = f.make_tender(published_at=now - timedelta(hours=1), title_en="Furniture tender")
    f.make_vacancy(languages=("ru",), title_ru="Только по-русски")
    f.make_announcement(status=Status.DRAFT, title_en="Secret draft")
    page = client.get(url("list")).content.decode()
    assert page.index("Furniture tender") < page.index("Round table")
    assert "Только по-русски" not in page and "Secret draft" not in page
    assert older.get_absolute_url() in page and newer.get_absolute_url() in page


def test_open_items_show_their_deadline_and_the_time_left(client):
    f.make_tender(deadline=timezone.now() + timedelta(days=5, hours=2))
    f.make_vacancy(deadline=timezone.now() - timedelta(days=1))
    page = client.get(url("list")).content.decode()
    assert page.count("closes in 5 days") == 1
    assert "Dushanbe time" in page
    assert 'class="badge badge--status badge--closed"' in page


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("?kind=tender", {"open tender", "closed tender", "awarded tender", "cancelled tender"}),
        ("?kind=vacancy", {"open vacancy"}),
        ("?kind=announcement", {"notice"}),
        ("?status=open", {"open tender", "open vacancy"}),
        ("?status=closed", {"closed tender"}),
        ("?status=awarded", {"awarded tender"}),
        ("?status=cancelled", {"cancelled tender"}),
        ("?kind=tender&status=open", {"open tender"}),
        ("?kind=nonsense&status=__all__", None),
        ("?status[]=open&kind=tender'--", None),
    ],
)
def test_list_filters_by_kind_and_status(client, query, expected):
    now = timezone.now()
    titles = {
        "open tender": f.make_tender(deadline=now + timedelta(days=1)),
        "closed tender": f.make_tender(deadline=now - timedelta(days=1)),
        "awarded tender": f.make_tender(outcome=Outcome.AWARDED, awarded_to_en="Winner LLC"),
        "cancelled tender": f.make_tender(outcome=Outcome.CANCELLED),
        "open vacancy": f.make_vacancy(deadline=now + timedelta(days=1)),
        "notice": f.make_announcement(),
    }
    response = client.get(url("list") + query)
    assert response.status_code == 200
    shown = {title for title, item in titles.items() if item.get_absolute_url() in response.content.decode()}
    assert shown == (expected if expected is not None else set(titles))


@pytest.mark.parametrize("page", ["abc", "-1", "0", "999999", "1e9", "%01"])
def test_bad_page_numbers_give_a_normal_page(client, page):
    f.make_announcement()
    assert client.get(url("list") + f"?page={page}").status_code == 200


@pytest.mark.parametrize(
    "path",
    [
        "99999999999999999999-x/",
        "documents/99999999999999999999/download/",
        "tenders/99999999999999999999.json",
    ],
)
def test_huge_ids_answer_404(client, path):
    assert client.get(url("list") + path).status_code == 404


def test_tender_detail_shows_facts_documents_addenda_clarifications_and_outcome(client):
    tender = f.make_tender(
        reference_number="MIA-2025/031",
        outcome=Outcome.AWARDED,
        awarded_to_en="Mebel Plus LLC",
        award_amount="1245000.50",
        awarded_on=timezone.localdate(),
        bid_opening_at=timezone.now() + timedelta(days=11),
    )
    document = f.make_document(tender, data=f.pdf_bytes("dossier"))
    second = f.make_addendum(
        tender, number=2, issued_at=timezone.now() - timedelta(minutes=5), text_en="Second change"
    )
    first = f.make_addendum(
        tender, number=1, issued_at=timezone.now() - timedelta(days=1), text_en="First change"
    )
    f.make_document(tender, data=f.pdf_bytes("plan"), addendum=first, title_en="Floor plan")
    f.make_clarification(tender, question_en="Can we bid for one lot?", answer_en="Yes.")
    f.make_clarification(tender, answered=False, question_en="Unanswered question")
    assert second.number == 2

    page = client.get(tender.get_absolute_url()).content.decode()
    assert "MIA-2025/031" in page
    assert f'<code class="checksum">{document.sha256}</code>' in page
    assert document.get_absolute_url() in page
    assert "PDF" in page and "Russian" in page
    assert page.index("First change") < page.index("Second change")
    assert 'id="addendum-1"' in page and "Floor plan" in page
    assert "Changed by 2 addenda" in page
    assert "Can we bid for one lot?" in page and "Unanswered question" not in page
    assert "Mebel Plus LLC" in page and "1,245,000.50 TJS" in page
    assert "Dushanbe time" in page
    assert page.count("<h1") == 1


def test_vacancy_detail_lists_positions_and_terms_of_reference(client):
    vacancy = f.make_vacancy(
        requirements_en="<p>Seven years of experience</p>", how_to_apply_en="<p>Send a CV</p>"
    )
    f.make_position(
        vacancy,
        posts=1,
        recruitment="international",
        title_en="International expert",
        duty_station_en="Dushanbe",
    )
    f.make_position(vacancy, posts=3, recruitment="local", title_en="Local expert")
    f.make_document(vacancy, title_en="Terms of reference", language="en")
    page = client.get(vacancy.get_absolute_url()).content.decode()
    assert "International expert" in page and "Local expert" in page
    assert "4 posts in total" in page
    assert "Seven years of experience" in page and "Send a CV" in page
    assert "Terms of reference" in page
    assert "closes in" in page


@pytest.mark.parametrize(
    ("kind", "shown"),
    [
        (Kind.TENDER, {"<dt>Procuring entity</dt>", ">Tender dossier</h2>", "This tender as open data"}),
        (
            Kind.VACANCY,
            {">Requirements</h2>", ">How to apply</h2>", ">Terms of reference and documents</h2>"},
        ),
        (Kind.ANNOUNCEMENT, {"<dd>Khujand</dd>", ">Documents</h2>"}),
    ],
)
def test_detail_shows_the_parts_of_its_kind_and_none_of_the_others(client, kind, shown):
    item = f.make_announcement(
        kind,
        procuring_entity_en="Ministry",
        requirements_en="<p>Seven years of experience</p>",
        how_to_apply_en="<p>Send a CV</p>",
        event_starts_on=timezone.localdate(),
        event_place_en="Khujand",
    )
    f.make_document(item)
    page = client.get(item.get_absolute_url()).content.decode()
    every_part = {
        "<dt>Procuring entity</dt>",
        ">Tender dossier</h2>",
        "This tender as open data",
        ">Requirements</h2>",
        ">How to apply</h2>",
        ">Terms of reference and documents</h2>",
        "<dd>Khujand</dd>",
        ">Documents</h2>",
    }
    assert {part for part in every_part if part in page} == shown


@pytest.mark.parametrize(
    ("build", "notice"),
    [
        (f.make_tender, "This tender has been cancelled."),
        (f.make_vacancy, "This vacancy has been cancelled."),
    ],
)
def test_cancellation_notice_names_the_kind(client, build, notice):
    page = client.get(build(outcome=Outcome.CANCELLED).get_absolute_url()).content.decode()
    assert notice in page


def test_list_gives_the_reference_number_of_tenders_only(client):
    f.make_tender(reference_number="MIA-2025/007")
    f.make_announcement(reference_number="MIA-NOTICE/1")
    page = client.get(url("list")).content.decode()
    assert "Reference number: MIA-2025/007" in page
    assert "MIA-NOTICE/1" not in page


def test_templates_ask_an_item_its_kind_rather_than_compare_strings():
    templates = Path(__file__).resolve().parents[2] / "templates" / "announcements"
    comparing = [
        path.name
        for path in sorted(templates.rglob("*.html"))
        if re.search(r"\.kind\s*[!=]=", path.read_text())
    ]
    assert comparing == []


def test_announcement_detail_shows_event_dates_and_place(client):
    notice = f.make_announcement(
        event_starts_on=timezone.localdate(),
        event_ends_on=timezone.localdate() + timedelta(days=2),
        event_place_en="Khujand",
    )
    page = client.get(notice.get_absolute_url()).content.decode()
    assert "Khujand" in page
    assert page.count("<time datetime=") >= 3


def test_detail_in_a_missing_language_shows_the_best_available_with_a_notice(client):
    item = f.make_tender(languages=("ru",))
    with translation.override("en"):
        response = client.get(item.get_absolute_url())
    page = response.content.decode()
    assert response.status_code == 200
    assert 'lang="ru"' in page and 'class="notice"' in page
    assert response.context["available_languages"] == ["ru"]


def test_draft_detail_is_hidden_from_the_public_and_previewed_by_staff(client, staff_client):
    draft = f.make_tender(status=Status.DRAFT)
    assert client.get(draft.get_absolute_url()).status_code == 404
    response = staff_client.get(draft.get_absolute_url())
    assert response.status_code == 200
    assert "no-cache" in response["Cache-Control"]


def _queries(client, path):
    settle(client)
    with CaptureQueriesContext(connection) as context:
        assert client.get(path).status_code == 200
    return len(context)


def test_list_renders_in_the_same_number_of_queries_for_5_and_50_items(client, committed):
    for index in range(5):
        f.make_tender(deadline=timezone.now() + timedelta(days=index + 1))
    small = _queries(client, url("list"))
    with committed():
        for index in range(45):
            (f.make_vacancy if index % 2 else f.make_announcement)()
    large = _queries(client, url("list") + "?page=2")
    assert small == large
    assert large <= 5


def test_detail_renders_in_the_same_number_of_queries_for_5_and_50_related_rows(client):
    def build(count):
        tender = f.make_tender()
        for index in range(count):
            addendum = f.make_addendum(tender)
            f.make_document(tender, data=f.pdf_bytes(f"dossier {index}"))
            f.make_document(tender, data=f.pdf_bytes(f"addendum {index}"), addendum=addendum)
            f.make_clarification(tender)
            f.make_position(tender)
        return tender

    small = _queries(client, build(5).get_absolute_url())
    large = _queries(client, build(50).get_absolute_url())
    assert small == large
    assert large <= 10


def test_list_kinds_are_labelled(client):
    f.make_vacancy()
    page = client.get(url("list")).content.decode()
    assert f">{Kind.VACANCY.label}<" in page
