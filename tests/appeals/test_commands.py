"""The scheduled commands: reminders and the overdue list, retention, the applicant's export."""

import io
import json
from datetime import timedelta

import pytest
from django.contrib.auth.models import Group, User
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from appeals import handling
from appeals.models import Appeal, Attachment, Tip
from tests.appeals.factories import appeal_data, make_appeal, pdf_bytes, tip_data, upload

pytestmark = pytest.mark.django_db


def run(command, *args):
    output = io.StringIO()
    call_command(command, *args, stdout=output)
    return output.getvalue()


@pytest.fixture
def officer():
    user = User.objects.create_user("officer", "officer@mia.example", "x", is_staff=True)
    user.groups.add(Group.objects.get(name="Appeals office"))
    return user


def test_reminders_reach_the_officer_once_a_day(officer, django_capture_on_commit_callbacks):
    today = timezone.localdate()
    soon = make_appeal(status=Appeal.Status.IN_WORK, officer=officer, due_on=today + timedelta(days=2))
    late = make_appeal(status=Appeal.Status.IN_WORK, officer=officer, due_on=today - timedelta(days=1))
    make_appeal(status=Appeal.Status.IN_WORK, officer=officer, due_on=today + timedelta(days=20))
    with django_capture_on_commit_callbacks(execute=True):
        run("send_appeal_reminders")
    to_officer = [message for message in mail.outbox if message.to == ["officer@mia.example"]]
    assert len(to_officer) == 2  # the reminder and the office's overdue list
    reminder = next(message for message in to_officer if str(soon) in message.body)
    assert str(late) in reminder.body
    assert f"/admin/appeals/appeal/{late.pk}/change/" in reminder.body
    with django_capture_on_commit_callbacks(execute=True):
        run("send_appeal_reminders")
    assert len(mail.outbox) == 2  # safe to run twice


def test_a_new_overdue_appeal_is_listed_the_next_day(officer, django_capture_on_commit_callbacks):
    today = timezone.localdate()
    make_appeal(status=Appeal.Status.REGISTERED, due_on=today - timedelta(days=1))
    with django_capture_on_commit_callbacks(execute=True):
        run("send_appeal_reminders")
    assert len(mail.outbox) == 1
    from appeals.reminders import send_overdue_list

    with django_capture_on_commit_callbacks(execute=True):
        assert send_overdue_list(today + timedelta(days=1)) == 1
    assert len(mail.outbox) == 2


def test_retention_deletes_closed_appeals_and_their_files_once(client, evidence_root, settings, committed):
    settings.APPEALS_RETENTION_YEARS = 5
    client.post("/tg/appeals/", appeal_data(files=[upload(pdf_bytes(), "old.pdf")]))
    client.post("/tg/appeals/reporter/", tip_data(files=[upload(pdf_bytes(b"/Title (t)"), "tip.pdf")]))
    old = Appeal.objects.get()
    handling.dismiss(old, "Repeated appeal", None)
    Appeal.objects.filter(pk=old.pk).update(closed_at=timezone.now() - timedelta(days=5 * 366))
    Tip.objects.update(status=Tip.Status.CHECKED, checked_at=timezone.now() - timedelta(days=5 * 366))
    recent = make_appeal()
    handling.dismiss(recent, "Repeated appeal", None)
    still_open = make_appeal()
    Appeal.objects.filter(pk=still_open.pk).update(received_at=timezone.now() - timedelta(days=10 * 366))
    files = list(Attachment.objects.values_list("file", flat=True))
    assert all((evidence_root / name).exists() for name in files)

    with committed():  # the files go once the deletion is committed
        assert "Deleted 1 appeal(s) and 1 tip(s)" in run("delete_expired_appeals")
    assert set(Appeal.objects.all()) == {recent, still_open}
    assert not Tip.objects.exists()
    assert not any((evidence_root / name).exists() for name in files)
    assert "Deleted 0 appeal(s) and 0 tip(s)" in run("delete_expired_appeals")


def test_the_export_command_gives_everything_from_one_address(client):
    client.post("/tg/appeals/", appeal_data(email="me@example.tj", text="Муроҷиати ман"))
    client.post("/tg/appeals/reporter/", tip_data(email="ME@example.tj", description="Хабари ман"))
    client.post("/tg/appeals/", appeal_data(email="else@example.tj"), REMOTE_ADDR="10.9.9.9")
    rows = json.loads(run("export_applicant_data", "me@example.tj"))
    assert [(row["record"], row.get("text") or row.get("description")) for row in rows] == [
        ("appeal", "Муроҷиати ман"),
        ("tip", "Хабари ман"),
    ]
    csv = run("export_applicant_data", "me@example.tj", "--format", "csv")
    assert csv.splitlines()[0].startswith("record,number")
    assert "Муроҷиати ман" in csv and "else@example.tj" not in csv
