"""Document downloads: only for live items, with safe headers, readable names and exact counts."""

import threading
from datetime import timedelta
from urllib.parse import quote

import pytest
from django.db import connection, connections
from django.test import Client
from django.utils import timezone

from announcements.models import Document
from mia_portal.publishing import Status
from tests.announcements import factories as f

pytestmark = pytest.mark.django_db


def body(response):
    # Reading to the end lets the test client close the file (and not the database connection).
    return b"".join(response.streaming_content)


@pytest.mark.parametrize(
    "overrides",
    [
        {"status": Status.DRAFT},
        {"published_at": timezone.now() + timedelta(days=1)},  # scheduled
        {"status": Status.WITHDRAWN},
    ],
)
def test_documents_of_unpublished_items_answer_404(client, overrides):
    document = f.make_document(f.make_tender(**overrides))
    assert client.get(document.get_absolute_url()).status_code == 404


def test_documents_of_an_addendum_not_yet_issued_answer_404(client):
    tender = f.make_tender()
    addendum = f.make_addendum(tender, issued_at=timezone.now() + timedelta(hours=2))
    document = f.make_document(tender, addendum=addendum)
    assert client.get(document.get_absolute_url()).status_code == 404
    addendum.issued_at = timezone.now() - timedelta(seconds=1)
    addendum.save()
    assert client.get(document.get_absolute_url()).status_code == 200


def test_unpublishing_a_tender_hides_its_documents_at_once(client):
    tender = f.make_tender()
    document = f.make_document(tender)
    assert client.get(document.get_absolute_url()).status_code == 200
    tender.status = Status.DRAFT
    tender.save()
    assert client.get(document.get_absolute_url()).status_code == 404


def test_staff_can_preview_a_draft_document_uncounted_and_uncached(staff_client):
    document = f.make_document(f.make_tender(status=Status.DRAFT))
    response = staff_client.get(document.get_absolute_url())
    assert response.status_code == 200
    assert "no-cache" in response["Cache-Control"]
    body(response)
    document.refresh_from_db()
    assert document.download_count == 0


def test_download_is_an_attachment_with_safe_headers_and_the_exact_bytes(client):
    data = f.pdf_bytes("exact bytes")
    document = f.make_document(f.make_tender(), data=data, name="Тендерная документация № 5.pdf")
    response = client.get(document.get_absolute_url())
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == (
        "attachment; filename*=utf-8''" + quote("Тендерная документация № 5.pdf")
    )
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Security-Policy"] == "sandbox; default-src 'none'"
    assert "no-cache" in response["Cache-Control"]
    assert body(response) == data


def test_latin_filenames_are_quoted_plainly(client):
    document = f.make_document(f.make_tender(), data=f.docx_bytes(), name='Bill "of" quantities.docx')
    response = client.get(document.get_absolute_url())
    assert response["Content-Disposition"] == 'attachment; filename="Bill _of_ quantities.docx"'
    assert (
        response["Content-Type"] == "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    )
    body(response)


def test_earlier_versions_stay_downloadable_and_listed_with_their_checksums(client):
    first, second = f.pdf_bytes("first"), f.pdf_bytes("second")
    tender = f.make_tender()
    document = f.make_document(tender, data=first)
    document = Document.objects.get(pk=document.pk)
    document.file = f.upload(second)
    document.save()
    version = document.versions.get()

    assert body(client.get(document.get_absolute_url())) == second
    assert body(client.get(version.get_absolute_url())) == first
    page = client.get(tender.get_absolute_url()).content.decode()
    assert f.sha256(first) in page and f.sha256(second) in page
    assert "1 earlier version of this document" in page


def test_a_version_of_another_document_is_not_reachable(client):
    tender = f.make_tender()
    document, other = (
        f.make_document(tender, data=f.pdf_bytes("a")),
        f.make_document(tender, data=f.pdf_bytes("b")),
    )
    other = Document.objects.get(pk=other.pk)
    other.file = f.upload(f.pdf_bytes("c"))
    other.save()
    version = other.versions.get()
    path = f"{document.get_absolute_url().rsplit('/download/', 1)[0]}/versions/{version.pk}/download/"
    assert client.get(path).status_code == 404


def test_each_download_is_counted(client):
    document = f.make_document(f.make_tender())
    for _ in range(3):
        body(client.get(document.get_absolute_url()))
    document.refresh_from_db()
    assert document.download_count == 3


@pytest.mark.django_db(transaction=True)
def test_concurrent_downloads_are_all_counted():
    if connection.vendor != "postgresql":
        pytest.skip("SQLite serialises all writers, so it cannot show lost updates; run on PostgreSQL")
    document = f.make_document(f.make_tender())
    path = document.get_absolute_url()
    workers = 16
    rounds = 3
    start = threading.Barrier(workers)
    statuses = []

    def download():
        try:
            client = Client()
            start.wait()
            for _ in range(rounds):
                response = client.get(path)
                statuses.append(response.status_code)
                body(response)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=download) for _ in range(workers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    document.refresh_from_db()
    assert statuses == [200] * (workers * rounds)
    assert document.download_count == workers * rounds


def test_a_file_lost_from_storage_answers_404_not_500(client):
    document = f.make_document(f.make_tender())
    document.file.storage.delete(document.file.name)
    assert client.get(document.get_absolute_url()).status_code == 404
