"""Uploads through every path: the editor's upload URL, the photo library (its admin page and the
chooser's upload, which every photo of an article or address comes through), and dossier
documents (alone and inline in a tender).

Photos that are not photos, or that would exhaust the server (decompression bombs, pixel
floods, text-chunk bombs, absurd proportions), are refused with a message and leave no file
behind; photos carrying something extra (an appended ZIP or page, a script in a text chunk or
comment, GPS) are stored re-encoded with the extra gone. Documents that can hurt their readers
are refused; hostile file names never reach the storage path and download as readable,
harmless names — Cyrillic and Tajik included.
"""

import io
import json
import re
from pathlib import Path
from urllib.parse import unquote

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from announcements.models import Announcement, Document
from news.models import Address, Article
from photos.models import Photo
from tests.announcements import factories as documents
from tests.security.payloads import (
    GOOD_JPEG,
    HOSTILE_NAMES,
    ODD_IMAGES,
    POLYGLOTS,
    REFUSED_DOCUMENTS,
    REFUSED_IMAGES,
)
from tests.security.test_richtext import announcement_form, management_form

pytestmark = [
    pytest.mark.django_db,
    # Pillow warns before our own, lower limit refuses the file; the warning is expected here.
    pytest.mark.filterwarnings("ignore::PIL.Image.DecompressionBombWarning"),
]

LEFTOVERS = (b"<script", b"alert(", b"PK\x03\x04", b"PK\x01\x02", b"META-INF", b"<html", b"<!DOCTYPE")
GPS_IFD = 0x8825
# A photo, or one of its renditions or focal crops ("-card-x500y500-640").
STORED_NAME = r"[0-9a-f]{32}(-[a-z]+-x\d{3}y\d{3})?(-\d+)?\.(jpg|png|webp)"


def stored_files(settings):
    root = Path(settings.MEDIA_ROOT)
    return sorted(path for path in root.rglob("*") if path.is_file()) if root.exists() else []


def assert_clean_photo(path):
    data = path.read_bytes()
    for leftover in LEFTOVERS:
        assert leftover not in data, (path.name, leftover)
    with Image.open(io.BytesIO(data)) as image:
        assert image.format in {"JPEG", "PNG", "WEBP"}
        exif = image.getexif()
        assert not exif.get_ifd(GPS_IFD), path.name
        assert 0x0110 not in exif  # the camera model
        assert not {key for key in image.info if key.lower() in {"comment", "exif", "xmp"}}


# --- The paths a photo can take ------------------------------------------------------------------


def _editor(client, content, name, data):
    response = client.post("/editor/upload/", {"upload": SimpleUploadedFile(name, data, "image/jpeg")})
    assert response["Content-Type"] == "application/json"
    return response.status_code == 200, response


def _library(client, content, name, data):
    photo = {"image": SimpleUploadedFile(name, data, "image/jpeg"), "title": "Photo"}
    photo.update(focal_x="0.5", focal_y="0.5")
    response = client.post("/admin/photos/photo/add/", photo)
    return response.status_code == 302, response


def _chooser(client, content, name, data):
    photo = {"image": SimpleUploadedFile(name, data, "image/png"), "title": "Photo"}
    response = client.post("/admin/photos/photo/chooser/upload/", photo)
    return response.status_code == 201, response


PHOTO_PATHS = {"editor": _editor, "library": _library, "chooser": _chooser}


def _rows():
    return Photo.objects.count() + Article.objects.count() + Address.objects.count()


def _assert_refused_with_a_message(response):
    assert response.status_code in {200, 400}
    if response["Content-Type"] == "application/json":
        assert json.loads(response.content)["error"]["message"]
    elif "adminform" not in response.context:  # the chooser's upload
        assert response.context["form"].errors["image"]
    else:
        form_errors = response.context["errors"]
        inline_errors = [
            error for inline in response.context["inline_admin_formsets"] for error in inline.formset.errors
        ]
        assert form_errors or any(inline_errors)


@pytest.mark.parametrize("case", REFUSED_IMAGES)
@pytest.mark.parametrize("path", ["editor", "library"])
def test_what_is_not_a_safe_photo_is_refused_by_the_editor_and_the_library(
    press_client, content, settings, path, case
):
    _check_refused(press_client, content, settings, path, case)


@pytest.mark.parametrize("case", list(REFUSED_IMAGES)[::3])
@pytest.mark.parametrize("path", ["chooser"])
def test_what_is_not_a_safe_photo_is_refused_by_the_chooser(press_client, content, settings, path, case):
    _check_refused(press_client, content, settings, path, case)


def _check_refused(client, content, settings, path, case):
    settings.IMAGE_MAX_PIXELS = 20_000_000
    name, data = REFUSED_IMAGES[case]
    before = _rows()
    saved, response = PHOTO_PATHS[path](client, content, name, data)
    assert not saved
    _assert_refused_with_a_message(response)
    assert _rows() == before
    assert stored_files(settings) == []


@pytest.mark.parametrize("case", POLYGLOTS)
@pytest.mark.parametrize("path", PHOTO_PATHS)
def test_photos_carrying_something_extra_are_stored_re_encoded_without_it(
    press_client, content, settings, path, case
):
    saved, response = PHOTO_PATHS[path](press_client, content, "../../../evil.php.jpg", POLYGLOTS[case])
    assert saved, response.content[:300]
    files = stored_files(settings)
    assert files
    for stored in files:
        assert re.fullmatch(STORED_NAME, stored.name), stored.name
        assert "evil" not in str(stored)
        assert_clean_photo(stored)


@pytest.mark.parametrize("case", ODD_IMAGES)
@pytest.mark.parametrize("path", ["editor", "library"])
def test_unusual_but_genuine_pictures_are_accepted(press_client, content, settings, path, case):
    saved, response = PHOTO_PATHS[path](press_client, content, f"{case}.png", ODD_IMAGES[case])
    assert saved, response.content[:300]
    for stored in stored_files(settings):
        assert_clean_photo(stored)


# --- Who may upload ----------------------------------------------------------------------------


def test_staff_without_a_text_to_write_cannot_upload_through_the_editor(powerless_client, settings):
    response = _editor(powerless_client, None, "photo.jpg", GOOD_JPEG)[1]
    assert response.status_code == 403
    assert stored_files(settings) == []


def test_procurement_staff_can_upload_images_for_their_announcements(procurement_client, settings):
    saved, _response = _editor(procurement_client, None, "photo.jpg", GOOD_JPEG)
    assert saved
    assert stored_files(settings)


def test_an_editor_upload_from_another_site_is_refused_by_the_csrf_check(
    make_client, press_officer, settings
):
    client = make_client(press_officer, enforce_csrf_checks=True)
    response = client.post("/editor/upload/", {"upload": SimpleUploadedFile("photo.jpg", GOOD_JPEG)})
    assert response.status_code == 403
    assert stored_files(settings) == []


@pytest.mark.parametrize(
    "data",
    [
        {},
        {"file": SimpleUploadedFile("photo.jpg", GOOD_JPEG)},
        {"upload": "not a file"},
        {
            "upload": [
                SimpleUploadedFile("a.jpg", GOOD_JPEG),
                SimpleUploadedFile("b.svg", REFUSED_IMAGES["svg-as-jpeg"][1]),
            ]
        },
    ],
    ids=["nothing", "wrong-field", "text", "two-files"],
)
def test_malformed_editor_uploads_get_a_4xx_or_store_one_clean_photo(press_client, settings, data):
    response = press_client.post("/editor/upload/", data)
    assert response.status_code in {200, 400}
    for stored in stored_files(settings):
        assert_clean_photo(stored)


@pytest.mark.parametrize(
    "path", ["/ckeditor5/image_upload/", "/ckeditor5/upload/", "/en/ckeditor5/image_upload/"]
)
def test_the_editor_packages_own_upload_view_is_not_reachable(press_client, settings, path):
    response = press_client.post(path, {"upload": SimpleUploadedFile("photo.jpg", GOOD_JPEG)})
    assert response.status_code == 404
    assert stored_files(settings) == []


@pytest.mark.parametrize("path", ["library", "chooser"])
def test_a_staff_member_without_news_permissions_cannot_add_a_photo_to_the_library(
    procurement_client, content, settings, path
):
    before = _rows()
    _saved, response = PHOTO_PATHS[path](procurement_client, content, "photo.jpg", GOOD_JPEG)
    assert response.status_code == 403
    assert _rows() == before
    assert stored_files(settings) == []


# --- Documents -----------------------------------------------------------------------------------


def _document_form(tender, upload, title="Dossier"):
    return {
        "announcement": tender.pk,
        "addendum": "",
        "title_tg": title,
        "title_ru": title,
        "title_en": title,
        "language": "ru",
        "order": 0,
        "file": upload,
        **management_form("versions"),
    }


def _inline_document_form(upload):
    return announcement_form(
        kind="tender",
        reference_number="MIA-2025/001",
        deadline_0="2030-02-10",
        deadline_1="10:00:00",
        **{
            "documents-TOTAL_FORMS": "1",
            "documents-0-title_en": "Dossier",
            "documents-0-language": "en",
            "documents-0-order": "0",
            "documents-0-file": upload,
        },
    )


@pytest.mark.parametrize(
    ("path", "case"),
    [("document", case) for case in REFUSED_DOCUMENTS]
    + [("inline", case) for case in list(REFUSED_DOCUMENTS)[::3]],
)
def test_documents_that_can_hurt_their_readers_are_refused(procurement_client, content, settings, path, case):
    upload = SimpleUploadedFile(f"{case}.pdf", REFUSED_DOCUMENTS[case], "application/pdf")
    before = (Document.objects.count(), Announcement.objects.count())
    if path == "document":
        response = procurement_client.post(
            "/admin/announcements/document/add/", _document_form(content.tender, upload)
        )
    else:
        response = procurement_client.post(
            "/admin/announcements/announcement/add/", _inline_document_form(upload)
        )
    assert response.status_code == 200
    _assert_refused_with_a_message(response)
    assert (Document.objects.count(), Announcement.objects.count()) == before
    assert stored_files(settings) == []


def _content_disposition_name(header):
    match = re.search(r"filename\*=utf-8''([^;]+)", header)
    if match:
        return unquote(match.group(1))
    match = re.search(r'filename="((?:[^"\\]|\\.)*)"', header)
    return re.sub(r"\\(.)", r"\1", match.group(1))


@pytest.mark.parametrize("case", HOSTILE_NAMES)
def test_hostile_file_names_download_as_readable_harmless_names(
    procurement_client, client, content, settings, case
):
    name, expected = HOSTILE_NAMES[case]
    upload = SimpleUploadedFile(name, documents.pdf_bytes(), "application/pdf")
    response = procurement_client.post(
        "/admin/announcements/document/add/", _document_form(content.tender, upload)
    )
    assert response.status_code == 302, response.context["errors"] if response.context else response
    document = Document.objects.latest("pk")
    assert re.fullmatch(r"documents/[0-9a-f]{32}\.pdf", document.file.name)
    readable = document.original_name
    if expected is not None:
        assert readable == expected
    assert readable.endswith(".pdf") and len(readable) <= 120
    assert not re.search(r"[\x00-\x1f\x7f<>:\"/\\|?*\u200b-\u200f\u202a-\u202e\u2066-\u2069]", readable)
    with settings.MEDIA_ROOT.joinpath(document.file.name).open("rb") as stored:
        assert stored.read(5) == b"%PDF-"
    download = client.get(document.get_absolute_url())
    assert download.status_code == 200
    b"".join(download.streaming_content)
    disposition = download["Content-Disposition"]
    assert disposition.startswith("attachment;")
    assert "\r" not in disposition and "\n" not in disposition
    assert _content_disposition_name(disposition) == readable
    assert download["X-Content-Type-Options"] == "nosniff"
    assert download["Content-Type"] == "application/pdf"
