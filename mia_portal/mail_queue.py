"""The outgoing mail queue's rules: what a refusal means and when a message is tried again.

django-mailer keeps the queue (``mailer.models.Message``, filled by ``EMAIL_BACKEND``) and
sends it (``mailer.engine.send_all``, each message under a row lock, deleted once sent and
logged in ``MessageLog``). What it leaves to the project is written here:

- a pass looks at the server once before it sends: while the server is down or hangs, the
  messages simply stay queued and the pass costs one timeout, not one per message;
- a temporary refusal (4xx, a dropped connection) *defers* a message; it is tried again after
  1, 2, 4… minutes (then hourly), counted from when it was queued;
- a permanent refusal (5xx: no such mailbox, refused content) or a message that cannot even be
  built marks it *failed* at once, as do ``MAILER_EMAIL_MAX_RETRIES`` temporary refusals.
  django-mailer leaves a deferred message whose retries reached that number alone; the admin
  shows it as failed and can queue it again.
"""

import logging
import smtplib
from datetime import timedelta

from django.conf import settings
from django.core.mail import get_connection
from django.db import DatabaseError
from django.db.models import F
from django.utils import timezone
from mailer.engine import send_all
from mailer.models import PRIORITY_DEFERRED, PRIORITY_MEDIUM, RESULT_FAILURE, Message, MessageLog

logger = logging.getLogger(__name__)

LONGEST_RETRY_WAIT = timedelta(hours=1)


def failed_messages():
    return Message.objects.deferred().filter(retry_count__gte=settings.MAILER_EMAIL_MAX_RETRIES)


def retrying_messages():
    return Message.objects.deferred().filter(retry_count__lt=settings.MAILER_EMAIL_MAX_RETRIES)


def is_permanent(error):
    """Whether trying again cannot help: the server's 5xx answer, or a message that could not
    be built. Wrong credentials are the site's configuration, not the message's fault."""
    if isinstance(error, smtplib.SMTPAuthenticationError):
        return False
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        return all(code >= 500 for code, _answer in error.recipients.values())
    if isinstance(error, smtplib.SMTPResponseException):
        return error.smtp_code >= 500
    # Network trouble (refused, reset, timed out, TLS) is an OSError, as are smtplib's others.
    return not isinstance(error, OSError)


def describe(error):
    """The server's answer as an administrator reads it: «550 5.1.1 … no such mailbox»."""
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        return "; ".join(
            f"{address}: {code} {answer.decode(errors='replace')}"
            for address, (code, answer) in error.recipients.items()
        )
    if isinstance(error, smtplib.SMTPResponseException):
        answer = error.smtp_error
        return f"{error.smtp_code} {answer.decode(errors='replace') if isinstance(answer, bytes) else answer}"
    return f"{type(error).__name__}: {error}"


def handle_delivery_error(connection, message, error):
    """django-mailer's ``MAILER_ERROR_HANDLER``: defer the message, or mark it failed."""
    if isinstance(error, DatabaseError):
        raise error  # the queue itself is unreachable: the pass ends, the message stays as it was
    message.priority = PRIORITY_DEFERRED
    if is_permanent(error):
        message.retry_count = max(message.retry_count, settings.MAILER_EMAIL_MAX_RETRIES)
        logger.warning("Message %s refused for good, marked failed: %s", message.pk, describe(error))
    else:
        logger.info("Message %s deferred: %s", message.pk, describe(error))
    message.save()
    MessageLog.objects.log(message, RESULT_FAILURE, log_message=describe(error))
    return None, "deferred"  # a new connection for the next message


def retry_wait(retry_count):
    """How long after being queued a deferred message that was tried ``retry_count`` times
    before is tried again: 1, 1+2, 1+2+4… minutes, the steps growing to an hour."""
    step = timedelta(minutes=1)
    wait = timedelta()
    for _attempt in range(retry_count + 1):
        wait += step
        step = min(step * 2, LONGEST_RETRY_WAIT)
    return wait


def requeue_due_messages(now=None):
    """Put the deferred messages whose wait is over back in the queue; returns their number."""
    now = now or timezone.now()
    due = [
        pk
        for pk, retry_count, queued_at in retrying_messages().values_list("pk", "retry_count", "when_added")
        if queued_at + retry_wait(retry_count) <= now
    ]
    if not due:  # no write at all: on SQLite it would wait for a worker that is sending
        return 0
    requeued = retrying_messages().filter(pk__in=due)
    return requeued.update(priority=PRIORITY_MEDIUM, retry_count=F("retry_count") + 1)


def server_answers():
    """Connect (and log in) once; False, with the reason logged, when the server is out of reach."""
    connection = get_connection(settings.MAILER_EMAIL_BACKEND, fail_silently=False)
    try:
        connection.open()
        smtp = getattr(connection, "connection", None)
        if smtp is not None:  # an SMTP server: it answers commands, not only the greeting
            code, answer = smtp.noop()
            if code != 250:
                raise smtplib.SMTPResponseException(code, answer)
    except OSError as error:  # refused, timed out, TLS or login refused (smtplib's are OSErrors)
        logger.warning("Mail server out of reach, messages stay queued: %s", error)
        return False
    finally:
        connection.close()
    return True


def send_queued(now=None):
    """One pass of the worker. False when the server was out of reach (the worker waits longer)."""
    requeue_due_messages(now)
    if not Message.objects.non_deferred().exists():
        return True
    if not server_answers():
        return False
    send_all()
    return True
