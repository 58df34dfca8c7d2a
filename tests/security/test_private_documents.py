"""Dossier documents stored under media/documents/ never leave through the public media URL.

Every spelling of a path that lands in the documents folder — extra slashes, ``.`` and ``..``
segments, percent-encoding, another letter case or a trailing dot on a disk that ignores
them, a link to the folder — gets a 404; the only way to a document is its download view,
which checks that the item it belongs to is published.
"""

import pytest

from mia_portal.publishing import Status
from tests.announcements.factories import make_document, make_tender, pdf_bytes

pytestmark = pytest.mark.django_db

SPELLINGS = [
    "documents/{name}",
    "/documents/{name}",
    "./documents/{name}",
    "x/../documents/{name}",
    "%2e/documents/{name}",
    "%2E/documents/{name}",
    "%2fdocuments/{name}",
    "%2fdocuments%2f{name}",
    "documents%2f{name}",
    "documents/../documents/{name}",
    "documents//{name}",
    "documents/./{name}",
    ".//./documents/{name}",
    "renditions/../documents/{name}",
    "renditions/%2e%2e/documents/{name}",
    "%2e%2e/media/documents/{name}",
    "documents/{name}/",
    "documents/{name}/.",
    "./documents/./{name}",
    "documents\\{name}",
    ".\\documents\\{name}",
    "documents%5c{name}",
    "x\\..\\documents/{name}",
    "DOCUMENTS/{name}",
    "Documents/{name}",
    "documents./{name}",
    "documents%20/{name}",
    "documents",
    "documents/",
    "/documents",
    ".",
    "",
]


@pytest.fixture
def draft_document(db):
    document = make_document(make_tender(status=Status.DRAFT), data=pdf_bytes("Unpublished dossier"))
    assert document.file.name.startswith("documents/")
    return document


def stored_name(document):
    return document.file.name.removeprefix("documents/")


@pytest.mark.parametrize("spelling", SPELLINGS)
def test_no_spelling_of_a_media_path_serves_a_private_document(client, draft_document, spelling):
    response = client.get("/media/" + spelling.format(name=stored_name(draft_document)))
    assert response.status_code in {400, 404}
    assert b"Unpublished dossier" not in response.getvalue()
    assert "immutable" not in response.get("Cache-Control", "")


@pytest.mark.parametrize("alias", ["Documents", "DOCUMENTS", "documents.", "docs"])
def test_a_folder_the_disk_treats_as_documents_is_private_too(client, draft_document, settings, alias):
    """Case-insensitive disks (macOS, Windows) and Windows' dropped trailing dots make other
    names reach the same folder; a link does the same on any disk."""
    (settings.MEDIA_ROOT / alias).symlink_to(settings.MEDIA_ROOT / "documents", target_is_directory=True)
    response = client.get(f"/media/{alias}/{stored_name(draft_document)}")
    assert response.status_code == 404


def test_a_link_to_a_private_document_from_a_public_folder_is_not_served(client, draft_document, settings):
    (settings.MEDIA_ROOT / "renditions").mkdir()
    (settings.MEDIA_ROOT / "renditions" / "x.pdf").symlink_to(settings.MEDIA_ROOT / draft_document.file.name)
    assert client.get("/media/renditions/x.pdf").status_code == 404


def test_a_file_linked_from_outside_the_media_folder_is_not_served(client, settings, tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("outside media")
    settings.MEDIA_ROOT.mkdir(parents=True, exist_ok=True)
    (settings.MEDIA_ROOT / "leak.jpg").symlink_to(secret)
    assert client.get("/media/leak.jpg").status_code == 404


def test_photos_are_still_served_from_media(client, settings):
    (settings.MEDIA_ROOT / "renditions").mkdir(parents=True)
    (settings.MEDIA_ROOT / "renditions" / "photo.jpg").write_bytes(b"\xff\xd8\xff photo")
    for spelling in ("renditions/photo.jpg", "renditions//photo.jpg", "./renditions/photo.jpg"):
        response = client.get(f"/media/{spelling}")
        assert response.status_code == 200
        assert response.getvalue() == b"\xff\xd8\xff photo"


def test_the_document_is_reachable_only_through_its_checked_download(client, staff_client, draft_document):
    assert client.get(draft_document.get_absolute_url()).status_code == 404
    response = staff_client.get(draft_document.get_absolute_url())
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
