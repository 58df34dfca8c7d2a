"""Reminders to the officers in charge before the due date, and the overdue list to the office.

Each appeal is mailed about at most once a day (``reminded_on``, ``overdue_listed_on``), so the
command may be scheduled as often as wanted and run twice without mailing twice.
"""

from collections import defaultdict

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from appeals import mail
from appeals.models import Appeal
from mia_portal.roles import APPEALS_OFFICE


def send_reminders(today=None):
    """Mail each officer their appeals due soon or overdue; return how many officers were mailed."""
    today = today or timezone.localdate()
    soon = Appeal.objects.due_within(settings.APPEALS_REMINDER_DAYS, today)
    late = Appeal.objects.overdue(today)
    pending = (soon | late).filter(officer__isnull=False).exclude(reminded_on=today).select_related("officer")
    per_officer = defaultdict(list)
    for appeal in pending:
        per_officer[appeal.officer].append(appeal)
    mailed = 0
    for officer, appeals in per_officer.items():
        if not officer.email:
            continue
        with transaction.atomic():
            Appeal.objects.filter(pk__in=[appeal.pk for appeal in appeals]).update(reminded_on=today)
            overdue = [appeal for appeal in appeals if appeal.due_on < today]
            due_soon = [appeal for appeal in appeals if appeal.due_on >= today]
            transaction.on_commit(lambda o=officer, s=due_soon, d=overdue: mail.send_reminder(o, s, d))
        mailed += 1
    return mailed


def send_overdue_list(today=None):
    """Mail the office the appeals overdue today, once a day; return how many were listed."""
    today = today or timezone.localdate()
    overdue = Appeal.objects.overdue(today).select_related("officer")
    if not overdue.exclude(overdue_listed_on=today).exists():
        return 0
    members = get_user_model().objects.filter(is_active=True, groups__name=APPEALS_OFFICE).exclude(email="")
    recipients = sorted({member.email for member in members})
    appeals = list(overdue.order_by("due_on"))
    if not recipients:
        return 0
    with transaction.atomic():
        overdue.update(overdue_listed_on=today)
        transaction.on_commit(lambda: mail.send_overdue_list(recipients, appeals))
    return len(appeals)
