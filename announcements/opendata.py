"""Tenders as Open Contracting Data Standard (OCDS 1.1) release packages.

Each tender is one contracting process, ``ocid = <settings.OCDS_PREFIX>-<id>``, published as a
single release describing its current state: the tender with its period, status, dossier
documents and clarifications (enquiries extension), the addenda as amendments, and the award
(with its value) or the cancellation. Tenders hold no estimated value and no structured items
(the lots are described in the text), so ``tender.value`` and ``tender.items`` are left out.
OCDS has no field for a checksum, so each document's SHA-256 is written in its ``description``
("SHA-256: …") where people and scripts can both find it.
"""

from datetime import datetime, time, timedelta

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import override

from announcements.closing import CompetitionStatus, status_of
from mia_portal.richtext import plain_text

EXTENSIONS = [
    "https://raw.githubusercontent.com/open-contracting-extensions/ocds_bidOpening_extension/master/extension.json",
    "https://raw.githubusercontent.com/open-contracting-extensions/ocds_enquiry_extension/master/extension.json",
]
BUYER_ID = "mia-tj"
# After the deadline the bids are evaluated while they stay valid (90 days is the usual term);
# a tender with no award recorded once they have lapsed was not awarded from them.
BID_VALIDITY = timedelta(days=90)


def ocid(tender):
    return f"{settings.OCDS_PREFIX}-{tender.pk}"


def tender_status(tender, now):
    """The tender's status in OCDS's tenderStatus codelist, from its outcome and the clock."""
    status = status_of(tender.outcome, tender.deadline, now)
    if status == CompetitionStatus.AWARDED:
        return "complete"
    if status == CompetitionStatus.CANCELLED:
        return "cancelled"
    if status == CompetitionStatus.CLOSED and tender.deadline + BID_VALIDITY <= now:
        return "unsuccessful"
    return "active"  # open for bids, or closed with the bids under evaluation


def changed_at(tender, now):
    """When the tender's release last changed: an edit, an addendum coming out, a document
    uploaded, or the clock ending the evaluation without an award."""
    moments = [
        tender.updated_at,
        *(max(addendum.updated_at, addendum.issued_at) for addendum in tender.issued_addenda()),
        *(document.uploaded_at for document in tender.documents.all()),
    ]
    if tender_status(tender, now) == "unsuccessful":
        moments.append(tender.deadline + BID_VALIDITY)
    return max(moments)


def _when(value):
    if value is None:
        return None
    if not hasattr(value, "hour"):  # a date: the start of that day in Dushanbe
        value = timezone.make_aware(datetime.combine(value, time.min))
    return timezone.localtime(value).isoformat(timespec="seconds")


def _absolute(path):
    return settings.SITE_URL + path


def _without_empty(mapping):
    return {key: value for key, value in mapping.items() if value not in (None, "", [], {})}


def _document(document, document_type):
    return _without_empty(
        {
            "id": str(document.pk),
            "documentType": document_type,
            "title": document.title,
            "description": f"SHA-256: {document.sha256}",
            "url": _absolute(document.get_absolute_url()),
            "datePublished": _when(document.created_at),
            "dateModified": _when(document.uploaded_at),
            "format": document.content_type,
            "language": document.language if document.language != "mul" else None,
        }
    )


def release(tender, language, now=None):
    """The state of one tender at ``now`` (default: the present) as an OCDS release, its texts
    in ``language``."""
    with override(language):
        return _release(tender, language, now or timezone.now())


def _release(tender, language, now):
    process = ocid(tender)
    status = status_of(tender.outcome, tender.deadline, now)
    buyer = {
        "id": BUYER_ID,
        "name": tender.procuring_entity or _("Ministry of Internal Affairs of the Republic of Tajikistan"),
    }
    parties = [{**buyer, "roles": ["buyer", "procuringEntity"]}]
    addenda = tender.issued_addenda()
    documents = [_document(document, "biddingDocuments") for document in tender.dossier_documents()]
    for addendum in addenda:
        documents += [_document(document, "clarifications") for document in addendum.documents.all()]
    changed = changed_at(tender, now)
    tags = ["tender"]
    if addenda:
        tags.append("tenderAmendment")
    detail_url = _absolute(tender.get_absolute_url())
    if status == CompetitionStatus.CANCELLED:
        tags.append("tenderCancellation")
        documents.append(
            _without_empty(
                {
                    "id": f"{process}-cancellation",
                    "documentType": "cancellationDetails",
                    "title": _("Cancellation notice"),
                    "description": tender.outcome_note,
                    "url": f"{detail_url}#outcome",
                    "datePublished": _when(tender.updated_at),
                    "format": "text/html",
                    "language": language,
                }
            )
        )
    tender_section = _without_empty(
        {
            "id": tender.reference_number or str(tender.pk),
            "title": tender.title,
            "description": plain_text(tender.body),
            "status": tender_status(tender, now),
            "procuringEntity": buyer,
            "procurementMethod": "open",
            "tenderPeriod": _without_empty(
                {"startDate": _when(tender.published_at), "endDate": _when(tender.deadline)}
            ),
            "bidOpening": _without_empty({"date": _when(tender.bid_opening_at)}),
            "hasEnquiries": bool(tender.public_clarifications()),
            "enquiries": [
                _without_empty(
                    {
                        "id": str(clarification.pk),
                        "date": _when(clarification.asked_on),
                        "description": clarification.question,
                        "answer": clarification.answer,
                        "dateAnswered": _when(clarification.answered_on),
                    }
                )
                for clarification in tender.public_clarifications()
            ],
            "documents": documents,
            "amendments": [
                _without_empty(
                    {
                        "id": str(addendum.number),
                        "date": _when(addendum.issued_at),
                        "rationale": _("Addendum No. %(number)s") % {"number": addendum.number},
                        "description": addendum.text,
                    }
                )
                for addendum in addenda
            ],
        }
    )
    data = {
        "ocid": process,
        "id": f"{process}-{timezone.localtime(changed):%Y%m%dT%H%M%S}",
        "date": _when(changed),
        "tag": tags,
        "initiationType": "tender",
        "language": language,
        "parties": parties,
        "buyer": buyer,
        "tender": tender_section,
    }
    if status == CompetitionStatus.AWARDED:
        tags.append("award")
        supplier = {"id": f"{process}-supplier-1", "name": tender.awarded_to}
        parties.append({**supplier, "roles": ["supplier"]})
        award = {
            "id": f"{process}-award-1",
            "title": tender.title,
            "description": tender.outcome_note,
            "status": "active",
            "date": _when(tender.awarded_on),
            "suppliers": [supplier],
        }
        if tender.award_amount is not None:
            award["value"] = {
                "amount": float(tender.award_amount),
                "currency": tender.award_currency or "TJS",
            }
        data["awards"] = [_without_empty(award)]
    return data


def release_package(tenders, language, path):
    """A release package of ``tenders`` (prefetched with ``with_details()``), with the terms
    of reuse of the site's information (``settings.OCDS_LICENSE``)."""
    now = timezone.now()
    latest = max((changed_at(tender, now) for tender in tenders), default=now)
    with override(language):
        publisher = _("Ministry of Internal Affairs of the Republic of Tajikistan")
    terms = _without_empty(
        {"license": settings.OCDS_LICENSE, "publicationPolicy": settings.OCDS_PUBLICATION_POLICY}
    )
    return {
        "uri": _absolute(path),
        "version": "1.1",
        "publishedDate": _when(latest),
        "publisher": {"name": publisher, "uri": settings.SITE_URL + "/"},
        **terms,
        "extensions": EXTENSIONS,
        "releases": [release(tender, language, now) for tender in tenders],
    }
