"""The appeals' mail: receipts, answers and forwarding notices to applicants in their language,
reminders and the overdue list to the office.

Everything goes through Django's ``send_mail`` (the site's ``EMAIL_BACKEND``, which queues it),
and only once the appeal is stored: callers schedule these with ``transaction.on_commit``.
"""

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.utils import translation

from appeals.receipts import announced_terms, status_url


def _send(template, language, recipients, context):
    with translation.override(language):
        subject = " ".join(render_to_string(f"appeals/mail/{template}_subject.txt", context).split())
        body = render_to_string(f"appeals/mail/{template}.txt", context)
    send_mail(subject, body, settings.APPEALS_FROM_EMAIL, recipients)


def send_receipt(appeal, code):
    if appeal.email:
        context = {"appeal": appeal, "code": code, "status_url": status_url(appeal.number, code)}
        _send("receipt", appeal.language, [appeal.email], {**context, **announced_terms(appeal)})


def send_outcome(appeal):
    """The answer, the forwarding notice or the reason it is left without consideration."""
    if appeal.email:
        _send("outcome", appeal.language, [appeal.email], {"appeal": appeal})


def send_reminder(officer, due_soon, overdue):
    language = settings.LANGUAGE_CODE
    context = {"officer": officer, "due_soon": due_soon, "overdue": overdue, "site_url": settings.SITE_URL}
    _send("reminder", language, [officer.email], context)


def send_overdue_list(recipients, appeals):
    _send("overdue", settings.LANGUAGE_CODE, recipients, {"appeals": appeals, "site_url": settings.SITE_URL})
