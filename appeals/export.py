"""An applicant's data, on their request: every appeal and tip sent from their e-mail address
(or the ones chosen), as JSON or CSV, with what the office wrote them."""

import csv
import io
import json

from django.utils import timezone

from appeals.models import Appeal, Tip

APPEAL_FIELDS = (
    "number", "registration_number", "kind", "status", "language", "name", "postal_address", "email",
    "phone", "text", "consent_at", "received_at", "registered_at", "due_on", "forwarded_to",
    "forwarding_notice", "dismissal_reason", "answer", "answered_at",
)  # fmt: skip
TIP_FIELDS = (
    "number", "kind", "status", "language", "name", "phone", "email", "place", "latitude", "longitude",
    "occurred_at", "description", "consent_at", "received_at",
)  # fmt: skip
COLUMNS = ("record", *dict.fromkeys(APPEAL_FIELDS + TIP_FIELDS), "attachments")


def _value(value):
    if hasattr(value, "isoformat"):
        return timezone.localtime(value).isoformat() if hasattr(value, "hour") else value.isoformat()
    return value


def _record(item, kind, fields):
    row = {"record": kind, **{name: _value(getattr(item, name)) for name in fields}}
    row["attachments"] = [
        {"kind": attachment.kind, "sha256": attachment.sha256, "name": attachment.original_name}
        for attachment in item.attachments.all()
    ]
    return row


def records(email=None, appeals=()):
    """The appeals given and every appeal and tip sent from their (or ``email``'s) address."""
    emails = {appeal.email for appeal in appeals if appeal.email} | ({email} if email else set())
    selected = {appeal.pk for appeal in appeals}
    tips = Tip.objects.none()
    for address in emails:
        selected |= set(Appeal.objects.of_applicant(address).values_list("pk", flat=True))
        tips |= Tip.objects.of_reporter(address)
    found = Appeal.objects.filter(pk__in=selected).prefetch_related("attachments").order_by("received_at")
    return [_record(appeal, "appeal", APPEAL_FIELDS) for appeal in found] + [
        _record(tip, "tip", TIP_FIELDS)
        for tip in tips.prefetch_related("attachments").order_by("received_at")
    ]


def as_json(rows):
    return json.dumps(rows, ensure_ascii=False, indent=2)


def _cell(value):
    # A spreadsheet would run a cell starting so as a formula.
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def as_csv(rows):
    output = io.StringIO()
    writer = csv.DictWriter(output, fieldnames=COLUMNS, extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        attachments = "; ".join(f"{item['kind']} {item['sha256']}" for item in row["attachments"])
        writer.writerow({name: _cell(value) for name, value in {**row, "attachments": attachments}.items()})
    return output.getvalue()
