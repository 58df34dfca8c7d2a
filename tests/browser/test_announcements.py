"""A bidder opens an open tender, downloads a dossier document and verifies its checksum."""

import hashlib
import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

from demo.announcements import load as load_announcements

pytestmark = pytest.mark.django_db(transaction=True)


def test_bidder_downloads_a_dossier_document_matching_the_published_checksum(page, screenshot):
    load_announcements()
    page.goto("/en/announcements/")
    page.get_by_label("Status").select_option("open")
    page.get_by_role("button", name="Show").click()
    page.wait_for_url(re.compile(r"status=open"))
    page.get_by_role("link", name=re.compile("office furniture")).click()
    expect(page.locator("h1")).to_have_text(re.compile(r"^Tender dossier: office furniture"))
    assert page.get_by_text(re.compile(r"closes in \d+ days")).first.is_visible()

    row = page.locator("#documents-heading ~ .table-scroll tr.document").first
    published_checksum = row.locator("code").inner_text().strip()
    with page.expect_download() as download_info:
        row.get_by_role("link", name=re.compile("^Download")).click()
    download = download_info.value
    received = Path(download.path()).read_bytes()

    assert received.startswith(b"%PDF-")
    assert hashlib.sha256(received).hexdigest() == published_checksum
    assert download.suggested_filename == "Ҳуҷҷатҳои тендерӣ - мебели идорӣ.pdf"
    screenshot(page, "announcements-open-tender-en")
