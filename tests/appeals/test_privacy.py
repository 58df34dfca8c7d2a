"""Personal data at rest: encrypted in every column, readable through the models, re-encrypted
with a new key by a command."""

import pytest
from cryptography.fernet import Fernet
from django.contrib.sessions.backends.db import SessionStore
from django.core.exceptions import ImproperlyConfigured
from django.core.management import call_command
from django.db import connection

from appeals.models import Appeal, Attachment, Tip
from tests.appeals.factories import appeal_data, jpeg_bytes, tip_data, upload

pytestmark = pytest.mark.django_db

SECRETS = ("Каримов Алишер", "alisher@example.tj", "935551234", "Рӯдакӣ 12", "садои баланд", "photo-name")


def every_stored_text():
    """Every text cell of the appeals' tables, as the database holds it."""
    cells = []
    with connection.cursor() as cursor:
        for model in (Appeal, Tip, Attachment):
            cursor.execute(f"SELECT * FROM {model._meta.db_table}")  # noqa: S608 (our own table names)
            cells += [str(cell) for row in cursor.fetchall() for cell in row if cell is not None]
    return "\n".join(cells)


def test_the_database_holds_no_readable_contact_detail_or_text(client):
    client.post(
        "/tg/appeals/",
        appeal_data(
            name="Каримов Алишер",
            email="alisher@example.tj",
            phone="+992935551234",
            postal_address="кӯч. Рӯдакӣ 12",
            text="Шабона садои баланд аст",
            files=[upload(jpeg_bytes(), "photo-name.jpg")],
        ),
    )
    client.post(
        "/tg/appeals/reporter/",
        tip_data(name="Каримов Алишер", email="alisher@example.tj", description="садои баланд аз мошин"),
    )
    appeal = Appeal.objects.get()
    assert appeal.name == "Каримов Алишер" and appeal.email == "alisher@example.tj"
    stored = every_stored_text()
    assert appeal.number in stored  # the table was read
    for secret in (*SECRETS, "38.5598", "68.787"):
        assert secret not in stored
    assert "gAAAAA" in stored  # Fernet tokens


def test_new_key_first_then_reencrypt_then_the_old_key_can_go(client, settings):
    old, new = Fernet.generate_key().decode(), Fernet.generate_key().decode()
    settings.APPEALS_KEYS = [old]
    client.post("/tg/appeals/", appeal_data(name="Ному насаб"))
    settings.APPEALS_KEYS = [new, old]
    assert Appeal.objects.get().name == "Ному насаб"  # read with the old key
    call_command("reencrypt_appeals", stdout=open("/dev/null", "w"))  # noqa: SIM115
    settings.APPEALS_KEYS = [new]
    appeal = Appeal.objects.get()
    assert appeal.name == "Ному насаб"
    assert appeal.status == Appeal.Status.RECEIVED and appeal.number
    call_command("reencrypt_appeals", stdout=open("/dev/null", "w"))  # noqa: SIM115 (twice is harmless)
    assert Appeal.objects.get().name == "Ному насаб"


def test_a_missing_key_says_so_instead_of_showing_garbage(client, settings):
    settings.APPEALS_KEYS = [Fernet.generate_key().decode()]
    client.post("/tg/appeals/", appeal_data())
    settings.APPEALS_KEYS = [Fernet.generate_key().decode()]
    with pytest.raises(ImproperlyConfigured):
        Appeal.objects.get()


def test_digests_find_an_applicant_after_the_secret_key_changes(client, settings):
    settings.APPEALS_KEYS = [Fernet.generate_key().decode()]  # not derived from the secret key
    client.post("/tg/appeals/", appeal_data(email="Someone@Example.tj"))
    assert Appeal.objects.of_applicant("someone@example.tj").exists()
    settings.SECRET_KEY = "another-secret-key-for-this-test"
    assert not Appeal.objects.of_applicant("someone@example.tj").exists()
    call_command("reencrypt_appeals", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert Appeal.objects.of_applicant("someone@example.tj").exists()


def test_the_session_keeps_the_tracking_code_encrypted(client):
    response = client.post("/tg/appeals/", appeal_data(), follow=True)
    code = response.context["code"]
    with connection.cursor() as cursor:
        cursor.execute("SELECT session_data FROM django_session")
        stored = " ".join(row[0] for row in cursor.fetchall())
    decoded = str(SessionStore().decode(stored.split()[0]))
    assert code not in decoded and code.replace("-", "") not in decoded
