"""The admin: pages render, uploads are checked there too, and the procurement role's limits."""

import pytest
from django.contrib.auth.models import Group, User
from django.test import Client
from django.urls import reverse

from announcements.models import Announcement, Document
from mia_portal.roles import PROCUREMENT_STAFF
from tests.announcements import factories as f

pytestmark = pytest.mark.django_db


@pytest.fixture
def tender_with_history():
    tender = f.make_tender()
    f.make_position(tender)
    f.make_addendum(tender)
    f.make_clarification(tender)
    document = f.make_document(tender, data=f.pdf_bytes("one"))
    document = Document.objects.get(pk=document.pk)
    document.file = f.upload(f.pdf_bytes("two"))
    document.save()
    return tender, document


def test_admin_pages_render(staff_client, tender_with_history):
    tender, document = tender_with_history
    for name, args in [
        ("admin:announcements_announcement_changelist", []),
        ("admin:announcements_announcement_add", []),
        ("admin:announcements_announcement_change", [tender.pk]),
        ("admin:announcements_document_changelist", []),
        ("admin:announcements_document_change", [document.pk]),
        ("admin:announcements_document_add", []),
    ]:
        response = staff_client.get(reverse(name, args=args))
        assert response.status_code == 200, name
    changelist = staff_client.get(
        reverse("admin:announcements_announcement_changelist") + "?competition=open"
    )
    assert changelist.status_code == 200
    assert str(tender) in changelist.content.decode()
    change = staff_client.get(
        reverse("admin:announcements_document_change", args=[document.pk])
    ).content.decode()
    assert document.versions.get().sha256 in change
    # The current file is linked through the checked download view, not the storage URL.
    for page in (
        change,
        staff_client.get(reverse("admin:announcements_announcement_change", args=[tender.pk])),
    ):
        html = page if isinstance(page, str) else page.content.decode()
        assert document.file.url not in html
        assert document.original_name in html


def _document_form(tender, upload):
    return {
        "announcement": tender.pk,
        "addendum": "",
        "title_tg": "Ҳуҷҷатҳо",
        "title_ru": "Документация",
        "title_en": "Dossier",
        "language": "ru",
        "order": 0,
        "file": upload,
        "versions-TOTAL_FORMS": 0,
        "versions-INITIAL_FORMS": 0,
        "versions-MIN_NUM_FORMS": 0,
        "versions-MAX_NUM_FORMS": 1000,
    }


def test_admin_upload_of_a_disguised_file_is_refused_with_a_message(staff_client):
    tender = f.make_tender()
    response = staff_client.post(
        reverse("admin:announcements_document_add"),
        _document_form(tender, f.upload(f.HTML_PAGE, "dossier.pdf")),
    )
    assert response.status_code == 200
    assert "web page (HTML or XML)" in response.content.decode()
    assert not Document.objects.exists()


def test_admin_upload_of_a_damaged_word_file_is_refused_with_a_message(staff_client):
    tender = f.make_tender()
    response = staff_client.post(
        reverse("admin:announcements_document_add"),
        _document_form(tender, f.upload(f.ole2_claiming_a_huge_fat(), "dossier.doc")),
    )
    assert response.status_code == 200
    assert "damaged and cannot be read" in response.content.decode()
    assert not Document.objects.exists()


def test_admin_upload_of_a_real_document_is_stored_with_its_checksum(staff_client):
    tender = f.make_tender()
    data = f.docx_bytes()
    response = staff_client.post(
        reverse("admin:announcements_document_add"), _document_form(tender, f.upload(data, "Договор.docx"))
    )
    assert response.status_code == 302
    document = Document.objects.get()
    assert document.sha256 == f.sha256(data)
    assert document.original_name == "Договор.docx"


@pytest.fixture
def procurement_client():
    user = User.objects.create_user("buyer", password="irrelevant", is_staff=True)
    user.groups.add(Group.objects.get(name=PROCUREMENT_STAFF))
    client = Client()
    client.force_login(user)
    return client


def test_procurement_role_holds_exactly_this_apps_permissions():
    permissions = Group.objects.get(name=PROCUREMENT_STAFF).permissions.all()
    assert {permission.content_type.app_label for permission in permissions} == {"announcements"}
    assert len(permissions) == 6 * 4


def test_procurement_staff_manage_announcements_and_documents_and_nothing_else(procurement_client):
    tender = f.make_tender()
    allowed = [
        reverse("admin:announcements_announcement_changelist"),
        reverse("admin:announcements_announcement_add"),
        reverse("admin:announcements_announcement_change", args=[tender.pk]),
        reverse("admin:announcements_document_changelist"),
        reverse("admin:announcements_document_add"),
    ]
    for path in allowed:
        assert procurement_client.get(path).status_code == 200, path
    refused = [
        reverse("admin:contacts_helpline_changelist"),
        reverse("admin:contacts_region_add"),
        reverse("admin:auth_user_changelist"),
        reverse("admin:auth_group_changelist"),
    ]
    for path in refused:
        assert procurement_client.get(path).status_code == 403, path
    index = procurement_client.get(reverse("admin:index")).content.decode()
    assert reverse("admin:announcements_announcement_changelist") in index
    assert reverse("admin:contacts_helpline_changelist") not in index


def test_procurement_staff_can_publish_through_the_list_action(procurement_client):
    draft = f.make_tender(status="draft")
    response = procurement_client.post(
        reverse("admin:announcements_announcement_changelist"),
        {"action": "publish", "_selected_action": [draft.pk]},
    )
    assert response.status_code == 302
    assert Announcement.objects.published().filter(pk=draft.pk).exists()


def _tender_form(**documents):
    data = {
        "kind": "tender",
        "title_tg": "Тендер",
        "title_ru": "Тендер",
        "title_en": "Tender",
        "body_tg": "<p>Матн</p>",
        "body_ru": "<p>Текст</p>",
        "body_en": "<p>Text</p>",
        "status": "published",
        "published_at_0": "2025-01-10",
        "published_at_1": "09:00:00",
        "slug": "",
        "withdrawal_note": "",
        "deadline_0": "2025-02-10",
        "deadline_1": "10:00:00",
        "reference_number": "MIA-2025/001",
        "outcome": "",
        "award_currency": "TJS",
    }
    for prefix in ("positions", "addenda", "clarifications", "documents"):
        data.update(
            {f"{prefix}-TOTAL_FORMS": 0, f"{prefix}-INITIAL_FORMS": 0, f"{prefix}-MAX_NUM_FORMS": 1000}
        )
    if documents:
        data["documents-TOTAL_FORMS"] = len(documents)
        for index, (name, upload) in enumerate(documents.items()):
            data.update(
                {
                    f"documents-{index}-title_en": name,
                    f"documents-{index}-language": "en",
                    f"documents-{index}-order": index,
                    f"documents-{index}-file": upload,
                }
            )
    return data


def test_tender_is_created_with_its_dossier_from_one_admin_form(staff_client):
    data = f.pdf_bytes("dossier")
    response = staff_client.post(
        reverse("admin:announcements_announcement_add"), _tender_form(Dossier=f.upload(data, "Тендер.pdf"))
    )
    assert response.status_code == 302, response.context["errors"] if response.context else response
    tender = Announcement.objects.get()
    assert tender.deadline.isoformat() == "2025-02-10T05:00:00+00:00"  # entered in Dushanbe time
    assert tender.documents.get().sha256 == f.sha256(data)


def test_inline_upload_of_an_executable_is_refused_and_nothing_is_saved(staff_client):
    response = staff_client.post(
        reverse("admin:announcements_announcement_add"),
        _tender_form(Dossier=f.upload(f.WINDOWS_PROGRAM, "dossier.docx")),
    )
    assert response.status_code == 200
    assert "a program, not a document" in response.content.decode()
    assert not Announcement.objects.exists()
