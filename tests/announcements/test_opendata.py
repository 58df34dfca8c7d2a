"""Tenders as OCDS 1.1 release packages, one per tender and one for all."""

import json
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation
from jsonschema import Draft4Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT4

from announcements.closing import Outcome
from announcements.models import Announcement, TenderAddendum
from announcements.opendata import BID_VALIDITY, ocid
from mia_portal.publishing import Status
from tests.announcements import factories as f

pytestmark = pytest.mark.django_db

SCHEMAS = Path(__file__).resolve().parent.parent / "data" / "ocds"


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
    assert release["ocid"] == ocid(tender)
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
    assert {release["ocid"] for release in releases} == {ocid(tender) for tender in live}


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


def schema_validator():
    """The OCDS 1.1 release package schema, its reference to the release schema resolved from
    the copy beside it (no network)."""
    release_schema = json.loads((SCHEMAS / "release-schema.json").read_text())
    package_schema = json.loads((SCHEMAS / "release-package-schema.json").read_text())
    registry = Registry().with_resource(
        release_schema["id"], Resource.from_contents(release_schema, default_specification=DRAFT4)
    )
    return Draft4Validator(package_schema, registry=registry, format_checker=Draft4Validator.FORMAT_CHECKER)


def schema_errors(data):
    return [
        f"{'/'.join(map(str, error.absolute_path))}: {error.message}"
        for error in schema_validator().iter_errors(data)
    ]


def test_packages_are_valid_ocds_1_1_release_packages(client, settings):
    settings.OCDS_PUBLICATION_POLICY = "https://mia.example/en/open-data/"
    tender = f.make_tender(bid_opening_at=timezone.now() + timedelta(days=11))
    f.make_document(tender)
    addendum = f.make_addendum(tender)
    f.make_document(tender, data=f.pdf_bytes("plans"), addendum=addendum)
    f.make_clarification(tender)
    f.make_tender(
        outcome=Outcome.AWARDED,
        awarded_to_en="Mebel Plus LLC",
        award_amount="1200.50",
        awarded_on=timezone.localdate(),
    )
    f.make_tender(outcome=Outcome.CANCELLED, outcome_note_en="The budget was withdrawn.")
    f.make_tender(deadline=timezone.now() - timedelta(days=400))

    for language in ("tg", "ru", "en"):
        assert schema_errors(package(client, language=language)) == []
    single = package(client, "tender_ocds", pk=tender.pk)
    assert schema_errors(single) == []
    single["releases"][0]["tender"]["status"] = "closed"
    assert schema_errors(single) == [
        "releases/0/tender/status: 'closed' is not one of "
        "['planning', 'planned', 'active', 'cancelled', 'unsuccessful', 'complete', 'withdrawn', None]"
    ]


def test_ocid_prefix_is_the_registered_one_from_the_settings(client, settings):
    settings.OCDS_PREFIX = "ocds-a1b2c3"
    tender = f.make_tender()
    assert package(client, "tender_ocds", pk=tender.pk)["releases"][0]["ocid"] == f"ocds-a1b2c3-{tender.pk}"


def test_package_names_its_licence_and_publication_policy(client, settings):
    settings.OCDS_LICENSE = "https://creativecommons.org/licenses/by/4.0/"
    settings.OCDS_PUBLICATION_POLICY = "https://mia.example/en/open-data/"
    f.make_tender()
    data = package(client)
    assert data["license"] == "https://creativecommons.org/licenses/by/4.0/"
    assert data["publicationPolicy"] == "https://mia.example/en/open-data/"


def test_package_without_a_publication_policy_leaves_the_field_out(client, settings):
    settings.OCDS_PUBLICATION_POLICY = ""
    assert "publicationPolicy" not in package(client)


@pytest.mark.parametrize(
    ("deadline_days", "outcome", "expected"),
    [
        (10, Outcome.PENDING, "active"),
        (-3, Outcome.PENDING, "active"),
        (-400, Outcome.PENDING, "unsuccessful"),
        (-400, Outcome.CANCELLED, "cancelled"),
        (-400, Outcome.AWARDED, "complete"),
    ],
    ids=["open", "closed-under-evaluation", "closed-long-ago", "cancelled", "awarded"],
)
def test_tender_status_follows_the_deadline_and_the_outcome(client, deadline_days, outcome, expected):
    award = (
        {"awarded_to_en": "Mebel Plus LLC", "awarded_on": timezone.localdate()}
        if outcome == Outcome.AWARDED
        else {}
    )
    tender = f.make_tender(deadline=timezone.now() + timedelta(days=deadline_days), outcome=outcome, **award)
    assert package(client, "tender_ocds", pk=tender.pk)["releases"][0]["tender"]["status"] == expected


def test_a_tender_closed_in_2018_without_an_award_is_unsuccessful_since_its_bids_lapsed(client):
    deadline = timezone.make_aware(datetime(2018, 9, 14, 15, 0))
    tender = f.make_tender(deadline=deadline, published_at=deadline - timedelta(days=30))
    Announcement.objects.filter(pk=tender.pk).update(updated_at=deadline - timedelta(days=1))

    release = package(client, "tender_ocds", pk=tender.pk)["releases"][0]

    assert release["tender"]["status"] == "unsuccessful"
    assert "awards" not in release
    # The status changed by the clock, so the release is a new one, dated when the bids lapsed.
    assert release["date"] == timezone.localtime(deadline + BID_VALIDITY).isoformat(timespec="seconds")
    assert release["id"].endswith(f"{timezone.localtime(deadline + BID_VALIDITY):%Y%m%dT%H%M%S}")


def test_an_addendum_coming_out_makes_a_new_release(client):
    now = timezone.now().replace(microsecond=0)
    tender = f.make_tender()
    addendum = f.make_addendum(tender, issued_at=now - timedelta(hours=1))
    Announcement.objects.filter(pk=tender.pk).update(updated_at=now - timedelta(days=2))
    TenderAddendum.objects.filter(pk=addendum.pk).update(updated_at=now - timedelta(days=1))

    release = package(client, "tender_ocds", pk=tender.pk)["releases"][0]

    assert release["date"] == timezone.localtime(now - timedelta(hours=1)).isoformat(timespec="seconds")
