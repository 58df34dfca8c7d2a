"""Administrators see the outgoing mail in their language: what waits, what failed and why, and
can queue a failed message again (the worker sends it, never the request)."""

import pytest
from django.conf import settings
from django.contrib.auth.models import Group, User
from django.core import mail
from django.test import Client
from mailer.models import Message

from mia_portal.mail_queue import failed_messages, send_queued
from mia_portal.roles import PRESS_OFFICERS, PROCUREMENT_STAFF, SITE_ADMINISTRATORS
from tests.test_admin_i18n import crawl

pytestmark = pytest.mark.django_db

REFUSAL = "550 5.1.1 <nobody@example.tj>: no such mailbox"


@pytest.fixture
def failed_and_waiting(smtp_server, superuser):
    smtp_server.recorder.refusal = REFUSAL
    mail.send_mail("Ҷавоби муроҷиат", "Матн", None, ["nobody@example.tj"])
    send_queued()
    smtp_server.recorder.refusal = None
    mail.send_mail("Уведомление о проверке", "Текст", None, ["editor@mia.example"])
    return smtp_server


def client_in(language, user):
    client = Client()
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = language
    client.force_login(user)
    return client


@pytest.mark.parametrize("language", ["tg", "ru"])
def test_mail_admin_speaks_the_administrators_language(failed_and_waiting, superuser, language):
    pages, found = crawl(client_in(language, superuser), language, start="/admin/mailer/")

    assert {
        "/admin/mailer/message/",
        "/admin/mailer/message/<id>/change/",
        "/admin/mailer/messagelog/",
        "/admin/mailer/messagelog/<id>/change/",
    } <= pages
    assert not found, found


def test_failed_message_shows_with_the_servers_answer(failed_and_waiting, superuser):
    client = client_in("en", superuser)
    failed = client.get("/admin/mailer/message/?state=failed").content.decode()
    waiting = client.get("/admin/mailer/message/?state=waiting").content.decode()
    (message,) = failed_messages()
    detail = client.get(f"/admin/mailer/message/{message.pk}/change/").content.decode()

    assert "Ҷавоби муроҷиат" in failed and "Уведомление о проверке" not in failed
    assert "Уведомление о проверке" in waiting and "Ҷавоби муроҷиат" not in waiting
    assert "no such mailbox" in detail and "nobody@example.tj" in detail


def test_queue_again_leaves_the_sending_to_the_worker(failed_and_waiting, superuser):
    (message,) = failed_messages()
    connections = failed_and_waiting.recorder.connections

    response = client_in("en", superuser).post(
        "/admin/mailer/message/", {"action": "queue_again", "_selected_action": [message.pk]}
    )

    assert response.status_code == 302
    assert not failed_messages().exists()
    assert Message.objects.non_deferred().count() == 2
    assert failed_and_waiting.recorder.connections == connections


def role_client(role):
    user = User.objects.create_user(f"user-{role}", password="unused", is_staff=True)
    user.groups.add(Group.objects.get(name=role))
    return client_in("en", user)


def test_site_administrators_see_failed_mail_and_queue_it_again(failed_and_waiting):
    client = role_client(SITE_ADMINISTRATORS)
    (message,) = failed_messages()

    assert "Ҷавоби муроҷиат" in client.get("/admin/mailer/message/?state=failed").content.decode()
    assert client.get(f"/admin/mailer/message/{message.pk}/change/").status_code == 200
    assert client.get("/admin/mailer/messagelog/").status_code == 200
    client.post("/admin/mailer/message/", {"action": "queue_again", "_selected_action": [message.pk]})
    assert not failed_messages().exists()


@pytest.mark.parametrize("role", [PRESS_OFFICERS, PROCUREMENT_STAFF])
def test_other_staff_see_no_mail(failed_and_waiting, role):
    client = role_client(role)

    assert client.get("/admin/mailer/message/").status_code == 403
    assert client.get("/admin/mailer/messagelog/").status_code == 403
