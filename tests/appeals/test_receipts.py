"""Receipts and the status page: the code shown once, the state and the answer to whoever holds
number and code, nothing to anyone else, and wrong codes slowed down."""

import pytest
from django.core import mail

from appeals import handling
from appeals.models import Appeal
from tests.appeals.factories import appeal_data, make_appeal

pytestmark = pytest.mark.django_db


def test_the_receipt_shows_number_date_terms_code_and_qr(client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/en/appeals/", appeal_data(), follow=True)
    appeal = Appeal.objects.get()
    body = response.content.decode()
    code = response.context["code"]
    assert appeal.number in body and code in body
    assert appeal.has_tracking_code(code)
    assert "<svg" in body and "<path" in body  # the QR code, inline
    assert "Registered by" in body
    assert "noindex" in body
    assert "no-store" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]
    message = mail.outbox[0]
    assert appeal.number in message.subject
    assert code in message.body and f"number={appeal.number}" in message.body


def test_the_receipt_mail_speaks_the_applicants_language(client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/ru/appeals/", appeal_data())
    assert "Ваше обращение" in mail.outbox[0].subject


def test_a_receipt_belongs_to_the_browser_that_sent_the_appeal(client):
    client.post("/en/appeals/", appeal_data())
    from django.test import Client

    assert Client().get("/en/appeals/receipt/").status_code == 404


def test_the_right_code_shows_the_history_and_the_answer(client, superuser):
    appeal = make_appeal(language="ru")
    handling.register(appeal, superuser)
    handling.answer(appeal, "Ответ: проверка проведена.", superuser)
    response = client.post("/en/appeals/status/", {"number": appeal.number, "code": appeal.code.lower()})
    assert response.status_code == 200
    body = response.content.decode()
    assert "Ответ: проверка проведена." in body
    assert 'lang="ru"' in body
    assert [event.status for event in response.context["events"]] == ["received", "registered", "answered"]
    assert response["Referrer-Policy"] == "same-origin"


def test_the_qr_link_opens_the_status_directly(client):
    appeal = make_appeal()
    response = client.get("/tg/appeals/status/", {"number": appeal.number, "code": appeal.code})
    assert response.context["appeal"] == appeal


def test_a_wrong_code_and_an_unknown_number_get_the_same_answer(client):
    appeal = make_appeal(text="Матни махфӣ")
    wrong = client.post("/en/appeals/status/", {"number": appeal.number, "code": "AAAA-BBBB-CCCC"})
    unknown = client.post("/en/appeals/status/", {"number": "2026-99999", "code": appeal.code})
    assert wrong.status_code == unknown.status_code == 404
    assert wrong.context["form"].non_field_errors() == unknown.context["form"].non_field_errors()
    assert "Матни махфӣ" not in wrong.content.decode()
    assert wrong.context["appeal"] is None


def test_wrong_codes_are_rate_limited_per_address(client, settings):
    settings.APPEALS_STATUS_FAILURE_LIMIT = 3
    appeal = make_appeal()
    for _attempt in range(3):
        client.post("/en/appeals/status/", {"number": appeal.number, "code": "WRONG"})
    locked = client.post("/en/appeals/status/", {"number": appeal.number, "code": appeal.code})
    assert locked.status_code == 429
    assert locked.context["appeal"] is None
    elsewhere = client.post(
        "/en/appeals/status/", {"number": appeal.number, "code": appeal.code}, REMOTE_ADDR="10.1.1.1"
    )
    assert elsewhere.status_code == 200


def test_status_and_receipt_pages_are_not_for_crawlers(client):
    robots = client.get("/robots.txt").content.decode()
    assert "Disallow: /tg/appeals/status/" in robots and "Disallow: /en/appeals/receipt/" in robots
    sitemap = client.get("/sitemap-pages.xml").content.decode()
    assert "/tg/appeals/" in sitemap and "status" not in sitemap
