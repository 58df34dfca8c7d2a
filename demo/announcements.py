"""Demo announcements: the round table, the seed page's two tender dossiers (closed), an open
tender and the vacancy.

``load()`` adds the items that are missing (known by slug), each with its documents, addenda,
clarifications and positions, and changes nothing that exists. The open tender is dated
relative to the day it is added, so that a new site always has one competition open.
"""

from datetime import datetime, time, timedelta

from django.core.files.base import ContentFile
from django.utils import timezone

from announcements.models import Announcement, Clarification, Document, Position, TenderAddendum
from demo.loading import data, day, moment, translated
from demo.pdf import minimal_pdf
from mia_portal.publishing import Status

# Fields the data file gives as moments and as days.
MOMENTS = {"published_at", "deadline", "bid_opening_at", "issued_at"}
DAYS = {"event_starts_on", "event_ends_on", "asked_on", "answered_on"}
OPEN_TENDER = "tender-office-furniture"


def _parsed(value, field=None):
    """A spec of the data file with its moments and days as Python values."""
    if isinstance(value, list):
        return [_parsed(item) for item in value]
    if isinstance(value, dict):
        return {key: _parsed(item, key) for key, item in value.items()}
    if field in MOMENTS:
        return moment(value)
    if field in DAYS:
        return day(value)
    return value


ANNOUNCEMENTS = _parsed(data("announcements")["announcements"])


def load():
    now = timezone.now()
    specs = [_dated_from(now, spec) if spec["slug"] == OPEN_TENDER else spec for spec in ANNOUNCEMENTS]
    existing = set(
        Announcement.objects.filter(slug__in=[spec["slug"] for spec in specs]).values_list("slug", flat=True)
    )
    missing = [spec for spec in specs if spec["slug"] not in existing]
    documents = sum(_add_item(spec) for spec in missing)
    return f"new announcements, tenders and vacancies: {len(missing)}, documents: {documents}"


def _dated_from(now, spec):
    """The open tender: published five days ago, bids due in three weeks."""
    today = timezone.localdate(now)
    deadline = timezone.make_aware(datetime.combine(today + timedelta(days=21), time(10, 0)))
    (addendum,) = spec["addenda"]
    (clarification,) = spec["clarifications"]
    return {
        **spec,
        "reference_number": f"MIA-{today.year}/031",
        "published_at": now - timedelta(days=5),
        "deadline": deadline,
        "bid_opening_at": deadline + timedelta(minutes=30),
        "addenda": [{**addendum, "issued_at": now - timedelta(days=2)}],
        "clarifications": [
            {
                **clarification,
                "asked_on": today - timedelta(days=3),
                "answered_on": today - timedelta(days=1),
            }
        ],
    }


def _add_item(spec):
    spec = dict(spec)
    documents = spec.pop("documents", [])
    addenda = spec.pop("addenda", [])
    clarifications = spec.pop("clarifications", [])
    positions = spec.pop("positions", [])
    fields = {"status": Status.PUBLISHED}
    for field, value in spec.items():
        if isinstance(value, dict):
            fields.update(translated(field, value))
        else:
            fields[field] = value
    announcement = Announcement.objects.create(**fields)
    count = _add_documents(announcement, documents)
    for item in addenda:
        addendum = TenderAddendum.objects.create(
            announcement=announcement,
            number=item["number"],
            issued_at=item["issued_at"],
            **translated("text", item["text"]),
        )
        count += _add_documents(announcement, item["documents"], addendum=addendum)
    for item in clarifications:
        Clarification.objects.create(
            announcement=announcement,
            asked_on=item["asked_on"],
            answered_on=item["answered_on"],
            **translated("question", item["question"]),
            **translated("answer", item["answer"]),
        )
    for order, item in enumerate(positions, start=1):
        Position.objects.create(
            announcement=announcement,
            order=order,
            posts=item["posts"],
            recruitment=item["recruitment"],
            **translated("title", item["title"]),
            **translated("duty_station", item["duty_station"]),
        )
    return count


def _add_documents(announcement, specs, addendum=None):
    published = addendum.issued_at if addendum else announcement.published_at
    for order, spec in enumerate(specs, start=1):
        document = Document.objects.create(
            announcement=announcement,
            addendum=addendum,
            order=order,
            language=spec["language"],
            file=ContentFile(minimal_pdf(spec["lines"]), name=spec["filename"]),
            **translated("title", spec["title"]),
        )
        # Demo documents appear uploaded when their tender or addendum was published.
        Document.objects.filter(pk=document.pk).update(uploaded_at=published, created_at=published)
    return len(specs)
