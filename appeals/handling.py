"""The office's steps on an appeal, each a change of state recorded in its history; what the
applicant must be told is mailed once the step is committed."""

from functools import partial

from django.db import transaction
from django.utils import timezone

from appeals import mail, terms
from appeals.models import Appeal, AppealEvent


def _record(appeal, status, user, **fields):
    now = timezone.now()
    for name, value in fields.items():
        setattr(appeal, name, value)
    appeal.status = status
    if status not in Appeal.OPEN_STATUSES:
        appeal.closed_at = now
    appeal.save()
    AppealEvent.objects.create(appeal=appeal, status=status, at=now, by=user)


def register(appeal, user, today=None):
    """Give the appeal its registration number and due date (counted from today)."""
    today = today or timezone.localdate()
    code = Appeal.KIND_CODES[appeal.kind]
    _record(
        appeal,
        Appeal.Status.REGISTERED,
        user,
        registration_number=f"{code}-{today:%Y}/{appeal.pk:05d}",
        registered_at=timezone.now(),
        due_on=terms.answer_due(today, appeal.needs_study),
    )


def assign(appeal, department, officer, user):
    _record(appeal, Appeal.Status.IN_WORK, user, assigned_department=department, officer=officer)


def extend(appeal, user):
    appeal.due_on = terms.extended_due(appeal.due_on)
    appeal.is_extended = True
    appeal.save(update_fields=["due_on", "is_extended"])


def _close(appeal, status, user, **fields):
    with transaction.atomic():
        _record(appeal, status, user, **fields)
        transaction.on_commit(partial(mail.send_outcome, appeal))


def answer(appeal, text, user):
    _close(appeal, Appeal.Status.ANSWERED, user, answer=text, answered_at=timezone.now())


def forward(appeal, body, notice, user):
    _close(appeal, Appeal.Status.FORWARDED, user, forwarded_to=body, forwarding_notice=notice)


def dismiss(appeal, reason, user):
    _close(appeal, Appeal.Status.DISMISSED, user, dismissal_reason=reason)
