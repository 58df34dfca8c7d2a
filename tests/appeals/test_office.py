"""The appeals office in the admin: who sees appeals, the inboxes, the steps, the mail to the
applicant, the record of openings, the evidence and the export."""

import json
from datetime import timedelta

import pytest
from django.contrib.auth.models import Group, User
from django.core import mail
from django.test import Client
from django.utils import timezone

from appeals import handling
from appeals.models import Appeal, OfficeMembership, Opening
from contacts.models import Region, RegionalDepartment
from tests.appeals.factories import appeal_data, jpeg_bytes, make_appeal, pdf_bytes, upload

pytestmark = pytest.mark.django_db


def staff(name, group=None, email=""):
    user = User.objects.create_user(name, email or f"{name}@mia.example", "x", is_staff=True)
    if group:
        user.groups.add(Group.objects.get(name=group))
    client = Client()
    client.cookies["django_language"] = "en"
    client.force_login(user)
    return user, client


@pytest.fixture
def office():
    return staff("officer", "Appeals office")


@pytest.fixture
def department():
    region = Region.objects.create(name="Sughd", slug="sughd")
    return RegionalDepartment.objects.create(region=region, name="Khujand city department")


def change_url(appeal):
    return f"/admin/appeals/appeal/{appeal.pk}/change/"


def step(client, appeal, name, **fields):
    data = {
        "step": name, "needs_study": "", "assigned_department": "", "officer": "", "forwarded_to": "",
        "forwarding_notice": "", "dismissal_reason": "", "answer": "", **fields,
    }  # fmt: skip
    return client.post(change_url(appeal), data)


@pytest.mark.parametrize("group", ["Press officers", "Procurement staff", "Site administrators"])
def test_other_staff_never_see_appeals(group):
    appeal = make_appeal()
    _user, client = staff("other", group)
    assert client.get("/admin/appeals/appeal/").status_code == 403
    assert client.get(change_url(appeal)).status_code == 403
    assert client.get("/admin/appeals/tip/").status_code == 403


def test_the_office_reads_appeals_but_cannot_add_or_delete_them(office):
    _user, client = office
    appeal = make_appeal(name="Раҳимова Нигина")
    assert "Раҳимова Нигина" in client.get(change_url(appeal)).content.decode()
    assert client.get("/admin/appeals/appeal/add/").status_code == 403
    assert client.get(f"/admin/appeals/appeal/{appeal.pk}/delete/").status_code == 403


def test_every_opening_is_recorded_and_shown(office):
    user, client = office
    appeal = make_appeal()
    client.get(change_url(appeal))
    response = client.get(change_url(appeal))
    assert Opening.objects.filter(appeal=appeal, user=user).count() == 2
    assert "officer (" in response.content.decode()


def test_the_inboxes(office):
    _user, client = office
    today = timezone.localdate()
    new = make_appeal()
    registered = make_appeal(status=Appeal.Status.REGISTERED, due_on=today + timedelta(days=10))
    soon = make_appeal(status=Appeal.Status.IN_WORK, due_on=today + timedelta(days=1))
    late = make_appeal(status=Appeal.Status.IN_WORK, due_on=today - timedelta(days=1))
    make_appeal(status=Appeal.Status.ANSWERED, due_on=today - timedelta(days=3))

    def listed(inbox):
        response = client.get(f"/admin/appeals/appeal/?inbox={inbox}")
        return set(response.context["cl"].queryset)

    assert listed("new") == {new}
    assert listed("registered") == {registered}
    assert listed("due_soon") == {soon}
    assert listed("overdue") == {late}


def test_register_assign_and_answer_by_email(office, department, django_capture_on_commit_callbacks):
    user, client = office
    appeal = make_appeal(language="tg", email="applicant@example.tj")
    assert step(client, appeal, "register").status_code == 302
    appeal.refresh_from_db()
    assert appeal.registration_number and appeal.due_on and appeal.status == "registered"
    step(client, appeal, "assign", assigned_department=department.pk, officer=user.pk)
    appeal.refresh_from_db()
    assert (appeal.status, appeal.assigned_department, appeal.officer) == ("in_work", department, user)
    with django_capture_on_commit_callbacks(execute=True):
        response = step(client, appeal, "answer", answer="Ҷавоб ба муроҷиати шумо.")
    assert response.status_code == 302
    appeal.refresh_from_db()
    assert appeal.status == "answered" and appeal.answered_at and appeal.closed_at
    assert mail.outbox[-1].to == ["applicant@example.tj"]
    assert "Ҷавоб ба муроҷиати шумо." in mail.outbox[-1].body
    assert [event.status for event in appeal.events.all()] == [
        "received",
        "registered",
        "in_work",
        "answered",
    ]


def test_a_step_missing_what_it_needs_is_refused(office):
    _user, client = office
    appeal = make_appeal()
    assert step(client, appeal, "answer", answer="Too early").status_code == 200  # not registered yet
    handling.register(appeal, None)
    response = step(client, appeal, "forward", forwarded_to="Prosecutor's office")
    assert response.status_code == 200
    assert "forwarding_notice" in response.context["adminform"].form.errors
    appeal.refresh_from_db()
    assert appeal.status == "registered"


def test_forwarding_tells_the_applicant(office, django_capture_on_commit_callbacks):
    _user, client = office
    appeal = make_appeal(email="applicant@example.tj")
    with django_capture_on_commit_callbacks(execute=True):
        step(
            client,
            appeal,
            "forward",
            forwarded_to="Prosecutor General's Office",
            forwarding_notice="Sent on 5 Dec.",
        )
    appeal.refresh_from_db()
    assert appeal.status == "forwarded"
    assert "Prosecutor General's Office" in mail.outbox[-1].body and "Sent on 5 Dec." in mail.outbox[-1].body


def test_a_closed_appeal_cannot_be_changed(office):
    _user, client = office
    appeal = make_appeal()
    handling.dismiss(appeal, "Anonymous", None)
    client.post(change_url(appeal), {"step": "register"})
    appeal.refresh_from_db()
    assert appeal.status == "dismissed" and not appeal.registration_number


def test_evidence_is_served_to_the_office_only(client, office, settings):
    client.post(
        "/tg/appeals/", appeal_data(files=[upload(jpeg_bytes(), "a.jpg"), upload(pdf_bytes(), "b.pdf")])
    )
    attachments = Appeal.objects.get().attachments
    photo, document = attachments.get(kind="photo"), attachments.get(kind="pdf")
    _user, office_client = office
    download = office_client.get(f"/admin/appeals/appeal/evidence/{document.pk}/")
    assert download.status_code == 200
    assert download["Content-Disposition"].startswith("attachment;")
    assert download["Content-Security-Policy"].startswith("sandbox")
    preview = office_client.get(f"/admin/appeals/appeal/evidence/{photo.pk}/preview/")
    assert preview["Content-Type"] == "image/jpeg"
    assert b"Exif" not in preview.content  # re-encoded: the location stays in the original only
    with photo.file.open("rb") as original:
        assert b"Exif" in original.read()
    page = office_client.get(f"/admin/appeals/appeal/{photo.appeal_id}/change/").content.decode()
    assert "taken at 38.55, 68.766667" in page  # the location the original keeps
    _other, press = staff("press", "Press officers")
    assert press.get(f"/admin/appeals/appeal/evidence/{document.pk}/").status_code in (302, 403)
    assert Client().get(f"/admin/appeals/appeal/evidence/{document.pk}/").status_code == 302
    assert not str(photo.file.path).startswith(str(settings.MEDIA_ROOT))


def test_export_of_an_applicants_data(office):
    _user, client = office
    first = make_appeal(email="Applicant@Example.tj", text="Аввал")
    make_appeal(email="applicant@example.tj", text="Дуюм")
    make_appeal(email="other@example.tj", text="Бегона")
    response = client.post(
        "/admin/appeals/appeal/", {"action": "export_json", "_selected_action": [first.pk]}
    )
    rows = json.loads(response.content)
    assert sorted(row["text"] for row in rows) == ["Аввал", "Дуюм"]
    csv = client.post("/admin/appeals/appeal/", {"action": "export_csv", "_selected_action": [first.pk]})
    assert "Дуюм" in csv.content.decode() and "Бегона" not in csv.content.decode()


def test_an_officer_of_a_regional_department_sees_only_its_appeals(office, department):
    user, client = office
    other_region = Region.objects.create(name="Khatlon", slug="khatlon")
    other = RegionalDepartment.objects.create(region=other_region, name="Bokhtar department")
    addressed = make_appeal(department=department)
    assigned = make_appeal(department=other, assigned_department=department)
    elsewhere = make_appeal(department=other)
    unaddressed = make_appeal()
    listed = lambda: set(client.get("/admin/appeals/appeal/").context["cl"].queryset)  # noqa: E731
    assert listed() == {addressed, assigned, elsewhere, unaddressed}
    OfficeMembership.objects.create(user=user, department=department)
    assert listed() == {addressed, assigned}
    assert client.get(change_url(elsewhere)).status_code == 302  # the admin's "does not exist" redirect
    assert not Opening.objects.filter(appeal=elsewhere).exists()
