"""Tenders as OCDS 1.1 release packages, one per tender and one for all."""

import json
from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation

from announcements.closing import Outcome
from announcements.opendata import OCID_PREFIX
from mia_portal.publishing import Status
from tests.announcements import factories as f

pytestmark = pytest.mark.django_db


def package(client, name="ocds", language="en", **kwargs):
    with translation.override(language):
        path = reverse(f"announcements:{name}", kwargs=kwargs or None)
    response = client.get(path)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    return json.loads(response.content)


def test_tender_release_package_has_the_ocds_shape(client, settings):
    settings.SITE_URL = "https://mia.example"
    tender = f.make_tender(
        reference_number="MIA-2025/031", bid_opening_at=timezone.now() + timedelta(days=11)
    )
    document = f.make_document(tender)
    addendum = f.make_addendum(tender, text_en="Floor plans added")
    addendum_document = f.make_document(tender, data=f.pdf_bytes("plans"), addendum=addendum)
    f.make_clarification(tender, question_en="One lot only?", answer_en="Yes.")

    data = package(client, "tender_ocds", pk=tender.pk)
    assert data["version"] == "1.1"
    assert data["uri"] == f"https://mia.example/en/announcements/tenders/{tender.pk}.json"
    assert {"name", "uri"} <= set(data["publisher"])
    release = data["releases"][0]
    assert release["ocid"] == f"{OCID_PREFIX}{tender.pk}"
    assert release["tag"] == ["tender", "tenderAmendment"]
    assert release["language"] == "en"
    assert release["buyer"]["id"] in {party["id"] for party in release["parties"]}
    section = release["tender"]
    assert section["id"] == "MIA-2025/031"
    assert section["status"] == "active"
    assert section["tenderPeriod"]["endDate"].endswith("+05:00")
    assert section["bidOpening"]["date"].endswith("+05:00")
    documents = {item["id"]: item for item in section["documents"]}
    assert documents[str(document.pk)]["documentType"] == "biddingDocuments"
    assert documents[str(document.pk)]["description"] == f"SHA-256: {document.sha256}"
    assert documents[str(document.pk)]["url"] == "https://mia.example" + document.get_absolute_url()
    assert documents[str(document.pk)]["format"] == "application/pdf"
    assert documents[str(addendum_document.pk)]["description"] == f"SHA-256: {addendum_document.sha256}"
    assert section["amendments"] == [
        {
            "id": "1",
            "date": section["amendments"][0]["date"],
            "rationale": "Addendum No. 1",
            "description": "Floor plans added",
        }
    ]
    assert section["enquiries"][0]["description"] == "One lot only?"
    assert section["enquiries"][0]["answer"] == "Yes."
    assert "awards" not in release


def test_awarded_tender_has_an_award_with_value_and_supplier(client):
    tender = f.make_tender(
        outcome=Outcome.AWARDED,
        awarded_to_en="Mebel Plus LLC",
        award_amount="1245000.50",
        awarded_on=timezone.localdate(),
    )
    release = package(client, "tender_ocds", pk=tender.pk)["releases"][0]
    assert release["tender"]["status"] == "complete"
    assert "award" in release["tag"]
    award = release["awards"][0]
    assert award["value"] == {"amount": 1245000.5, "currency": "TJS"}
    assert award["suppliers"][0]["name"] == "Mebel Plus LLC"
    assert (
        "supplier"
        in next(party for party in release["parties"] if party["id"] == award["suppliers"][0]["id"])["roles"]
    )


def test_cancelled_tender_carries_its_notice(client):
    tender = f.make_tender(outcome=Outcome.CANCELLED, outcome_note_en="Cancelled: the budget was withdrawn.")
    release = package(client, "tender_ocds", pk=tender.pk)["releases"][0]
    assert release["tender"]["status"] == "cancelled"
    assert "tenderCancellation" in release["tag"]
    notice = next(
        item for item in release["tender"]["documents"] if item["documentType"] == "cancellationDetails"
    )
    assert notice["description"] == "Cancelled: the budget was withdrawn."


def test_package_of_all_tenders_holds_published_tenders_only(client):
    live = [f.make_tender(), f.make_tender(languages=("ru",))]
    f.make_tender(status=Status.DRAFT)
    f.make_vacancy()
    f.make_announcement()
    releases = package(client)["releases"]
    assert {release["ocid"] for release in releases} == {f"{OCID_PREFIX}{tender.pk}" for tender in live}


def test_texts_follow_the_language_of_the_url(client):
    tender = f.make_tender(title_ru="Тендер на мебель", title_en="Furniture tender")
    assert (
        package(client, "tender_ocds", "ru", pk=tender.pk)["releases"][0]["tender"]["title"]
        == "Тендер на мебель"
    )


def test_unpublished_tenders_and_other_kinds_are_not_open_data(client):
    for item in (f.make_tender(status=Status.DRAFT), f.make_vacancy()):
        with translation.override("en"):
            path = reverse("announcements:tender_ocds", kwargs={"pk": item.pk})
        assert client.get(path).status_code == 404


def test_package_of_all_tenders_takes_the_same_queries_for_5_and_50_tenders(client):
    def queries():
        with CaptureQueriesContext(connection) as context:
            package(client)
        return len(context)

    def add(count):
        for index in range(count):
            tender = f.make_tender()
            f.make_document(tender, data=f.pdf_bytes(f"tender {tender.pk} {index}"))
            f.make_addendum(tender)
            f.make_clarification(tender)

    add(5)
    small = queries()
    add(45)
    assert queries() == small
