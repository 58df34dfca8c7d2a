"""The outgoing mail queue through a real SMTP server on loopback: send_mail() only stores,
the worker (``send_queued_mail``) sends; a server that is down or hangs keeps the message
queued; a temporary refusal is retried after a wait, a permanent one marks the message failed."""

import threading
from datetime import timedelta

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone
from mailer.models import RESULT_FAILURE, RESULT_SUCCESS, Message, MessageLog

from mia_portal import settings as project_settings
from mia_portal.mail_queue import failed_messages, retry_wait, retrying_messages, send_queued

pytestmark = pytest.mark.django_db

SUBJECT = "Ҷавоб ба муроҷиати шумо / Ответ на ваше обращение"
BODY = "Муроҷиати шумо № 42 қабул шуд: ғ ӣ қ ӯ ҳ ҷ.\nВаше обращение № 42 принято: ё ъ ы."


def queue_message(**overrides):
    fields = {
        "subject": SUBJECT,
        "body": BODY,
        "from_email": "Вазорати корҳои дохилӣ <noreply@mia.example>",
        "to": ["citizen@example.tj"],
        "headers": {"Auto-Submitted": "auto-replied", "Reply-To": "appeals@mia.example"},
        **overrides,
    }
    return mail.EmailMessage(**fields).send()


def run_worker_once():
    call_command("send_queued_mail", "--once")


def test_every_send_mail_of_the_project_goes_into_the_queue():
    assert project_settings.EMAIL_BACKEND == "mailer.backend.DbBackend"


def test_send_mail_only_stores_the_message(smtp_server):
    mail.send_mail(SUBJECT, BODY, None, ["citizen@example.tj"])

    assert smtp_server.recorder.connections == 0
    assert smtp_server.recorder.messages == []
    (message,) = Message.objects.all()
    assert message.email.subject == SUBJECT
    assert message.to_addresses == ["citizen@example.tj"]


def test_worker_sends_the_message_as_it_was_written(smtp_server):
    queue_message(cc=["copy@example.ru"])

    run_worker_once()

    (received,) = smtp_server.recorder.messages
    message = received["message"]
    assert received["envelope_from"] == "noreply@mia.example"
    assert sorted(received["envelope_to"]) == ["citizen@example.tj", "copy@example.ru"]
    assert message["From"] == "Вазорати корҳои дохилӣ <noreply@mia.example>"
    assert message["To"] == "citizen@example.tj"
    # Django folds a long encoded subject onto a line of its own, read back with a leading space.
    assert message["Subject"].strip() == SUBJECT
    assert message.get_content_charset() == "utf-8"
    assert message.get_content().replace("\r\n", "\n").strip() == BODY
    assert message["Auto-Submitted"] == "auto-replied"
    assert message["Reply-To"] == "appeals@mia.example"
    assert message["Message-ID"]
    assert not Message.objects.exists()
    (log,) = MessageLog.objects.all()
    assert log.result == RESULT_SUCCESS
    assert log.message_id == message["Message-ID"]


def test_default_sender_is_the_site_address(smtp_server, settings):
    settings.DEFAULT_FROM_EMAIL = "portal@mia.example"
    mail.send_mail("Subject", "Body", None, ["citizen@example.tj"])

    run_worker_once()

    assert smtp_server.recorder.messages[0]["message"]["From"] == "portal@mia.example"


def test_message_waits_while_the_server_is_down_and_goes_when_it_is_back(stopped_server):
    queue_message()

    run_worker_once()

    (message,) = Message.objects.non_deferred()
    assert message.retry_count == 0  # not held against the message: the server was away

    stopped_server.start()
    run_worker_once()

    assert stopped_server.recorder.subjects() == [SUBJECT]
    assert not Message.objects.exists()


@pytest.mark.django_db(transaction=True)  # the worker's thread reads the queue
def test_worker_gives_up_on_a_server_that_never_answers_and_keeps_the_message(silent_server):
    queue_message()

    errors = []

    def worker_pass():
        try:
            run_worker_once()
        except Exception as error:  # shown by the assertion below
            errors.append(error)

    worker = threading.Thread(target=worker_pass)
    worker.start()
    worker.join(timeout=60)  # a bound on a hang, not a measure: EMAIL_TIMEOUT is 1 s

    assert not worker.is_alive()
    assert errors == []
    assert silent_server.accepted
    (message,) = Message.objects.non_deferred()
    assert message.email.subject == SUBJECT


def test_permanent_refusal_marks_the_message_failed_and_it_is_never_retried(smtp_server):
    smtp_server.recorder.refusal = "550 5.1.1 <citizen@example.tj>: no such mailbox"
    queue_message()

    run_worker_once()

    (message,) = failed_messages()
    assert message.email.subject == SUBJECT
    (log,) = MessageLog.objects.all()
    assert log.result == RESULT_FAILURE
    assert "550" in log.log_message and "no such mailbox" in log.log_message

    smtp_server.recorder.refusal = None
    connections = smtp_server.recorder.connections
    send_queued(now=timezone.now() + timedelta(days=30))

    assert smtp_server.recorder.connections == connections
    assert smtp_server.recorder.messages == []
    assert list(failed_messages()) == [message]


def test_temporary_refusal_defers_the_message_and_it_goes_after_the_wait(smtp_server):
    smtp_server.recorder.refusal = "451 4.7.1 Greylisted, try again later"
    queue_message()

    run_worker_once()

    (message,) = retrying_messages()
    assert not failed_messages().exists()

    smtp_server.recorder.refusal = None
    send_queued(now=message.when_added + retry_wait(0) - timedelta(seconds=1))
    assert smtp_server.recorder.messages == []

    send_queued(now=message.when_added + retry_wait(0))
    assert smtp_server.recorder.subjects() == [SUBJECT]
    assert not Message.objects.exists()


def test_waits_between_tries_grow_to_an_hour():
    waits = [retry_wait(count) - retry_wait(count - 1) for count in range(1, 12)]

    assert waits[:5] == [timedelta(minutes=minutes) for minutes in (2, 4, 8, 16, 32)]
    assert set(waits[5:]) == {timedelta(hours=1)}


def test_message_refused_too_many_times_is_marked_failed(smtp_server, settings):
    settings.MAILER_EMAIL_MAX_RETRIES = 2
    smtp_server.recorder.refusal = "421 4.3.2 Service not available"
    queue_message()
    queued_at = timezone.now()

    run_worker_once()
    send_queued(now=queued_at + retry_wait(0))
    assert retrying_messages().exists()
    send_queued(now=queued_at + retry_wait(1))

    assert failed_messages().count() == 1
    assert MessageLog.objects.filter(result=RESULT_FAILURE).count() == 3
    send_queued(now=queued_at + timedelta(days=30))
    assert MessageLog.objects.count() == 3


def test_message_that_cannot_be_built_fails_without_stopping_the_others(smtp_server):
    queue_message(subject="Broken\nBcc: everyone@example.com")  # header injection: never sent
    queue_message(subject="Fine")

    run_worker_once()

    assert smtp_server.recorder.subjects() == ["Fine"]
    (failed,) = failed_messages()
    assert failed.email.subject.startswith("Broken")
