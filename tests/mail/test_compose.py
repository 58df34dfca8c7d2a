"""mia_portal.mail.compose(): an e-mail from templates in the recipient's language, with a
plain-text and an HTML part, through the queue to a real SMTP server."""

from pathlib import Path

import pytest
from django.core.management import call_command

from mia_portal.mail import compose

pytestmark = pytest.mark.django_db

NAME = "O'Neil & <Сино>"


@pytest.fixture(autouse=True)
def _test_templates(settings):
    engine = settings.TEMPLATES[0]
    settings.TEMPLATES = [{**engine, "DIRS": [*engine["DIRS"], Path(__file__).parent / "templates"]}]


@pytest.mark.parametrize(
    ("language", "subject", "waiting"),
    [("tg", "Почтаи бароянда", "Дар навбат"), ("ru", "Исходящая почта", "В очереди")],
)
def test_message_is_written_in_the_recipients_language_with_text_and_html(
    smtp_server, language, subject, waiting
):
    compose("mail_test/notice", {"name": NAME}, to=["citizen@example.tj"], language=language).send()
    call_command("send_queued_mail", "--once")

    (received,) = smtp_server.recorder.messages
    message = received["message"]
    assert message["Subject"].strip() == f"{subject}: {NAME}"
    assert message["Auto-Submitted"] == "auto-generated"
    assert message["Content-Language"] == language
    assert message.get_content_type() == "multipart/alternative"
    text = message.get_body(("plain",)).get_content()
    html = message.get_body(("html",)).get_content()
    assert text.strip() == f"{waiting} — {NAME}"  # plain text is not HTML-escaped
    assert html.strip() == f"<p>{waiting} — O&#x27;Neil &amp; &lt;Сино&gt;</p>"


def test_message_without_an_html_template_is_plain_text(smtp_server):
    message = compose(
        "mail_test/plain",
        {"name": NAME},
        to=["citizen@example.tj"],
        language="en",
        auto_submitted="auto-replied",
        reply_to=["appeals@mia.example"],
    )
    message.send()
    call_command("send_queued_mail", "--once")

    received = smtp_server.recorder.messages[0]["message"]
    assert received.get_content_type() == "text/plain"
    assert received["Auto-Submitted"] == "auto-replied"
    assert received["Reply-To"] == "appeals@mia.example"
    assert received.get_content().strip() == f"Waiting — {NAME}"
