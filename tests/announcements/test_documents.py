"""Documents are recognised by their content; hostile files are refused with a clear reason."""

import io
import struct
from random import Random

import pytest
from django.core.exceptions import ValidationError
from django.db.models import ProtectedError
from django.test import override_settings

from announcements.models import Document
from mia_portal.documents import files, inspection
from mia_portal.documents.files import readable_filename
from mia_portal.documents.inspection import inspect_document, ole_entry_names
from tests.announcements import factories as f

pytestmark = pytest.mark.django_db


def kind_of(data, name="upload.pdf"):
    return inspect_document(f.upload(data, name)).key


def refusal(data, name="upload.pdf"):
    with pytest.raises(ValidationError) as caught:
        inspect_document(f.upload(data, name))
    return caught.value.code


@pytest.mark.parametrize(
    ("build", "name", "expected"),
    [
        (f.pdf_bytes, "dossier.pdf", "pdf"),
        (f.doc_bytes, "dossier.doc", "doc"),
        (f.xls_bytes, "prices.xls", "xls"),
        (f.docx_bytes, "dossier.docx", "docx"),
        (f.xlsx_bytes, "prices.xlsx", "xlsx"),
        (f.odf_bytes, "dossier.odt", "odt"),
        (lambda: f.odf_bytes("application/vnd.oasis.opendocument.spreadsheet"), "prices.ods", "ods"),
        (f.zip_bytes, "dossier.zip", "zip"),
        (f.pdf_bytes, "named-wrongly.docx", "pdf"),
    ],
)
def test_accepted_formats_are_recognised_by_content_not_name(build, name, expected):
    assert kind_of(build(), name) == expected


@pytest.mark.parametrize(
    ("data", "name", "code"),
    [
        (f.HTML_PAGE, "dossier.pdf", "html"),
        (b"\xef\xbb\xbf  \n" + f.HTML_PAGE, "dossier.pdf", "html"),
        (f.SVG_IMAGE, "dossier.pdf", "svg"),
        (f.WINDOWS_PROGRAM, "dossier.docx", "executable"),
        (f.LINUX_PROGRAM, "dossier.pdf", "executable"),
        (f.SHELL_SCRIPT, "dossier.pdf", "script"),
        (b"just some text", "dossier.pdf", "unsupported"),
        (b"\x1f\x8b\x08\x00" + b"\x00" * 20, "dossier.zip", "archive"),
    ],
)
def test_disguised_files_are_refused_whatever_their_name(data, name, code):
    assert refusal(data, name) == code


def test_macro_enabled_word_document_renamed_docx_is_refused():
    assert refusal(f.docm_bytes(), "dossier.docx") == "macros"


def test_word_document_hiding_a_vba_project_behind_a_plain_content_type_is_refused():
    sneaky = f.docx_bytes(extra_parts=[("word/vbaProject.bin", f.ole2_bytes(["VBA"]))])
    assert refusal(sneaky, "dossier.docx") == "macros"


@pytest.mark.parametrize("build", [lambda: f.doc_bytes(macros=True), lambda: f.xls_bytes(macros=True)])
def test_old_office_files_with_macros_are_refused(build):
    assert refusal(build(), "dossier.doc") == "macros"


def test_ole2_directory_is_read_entry_by_entry():
    names = ole_entry_names(io.BytesIO(f.ole2_bytes(["WordDocument", "1Table", "Data", "Macros", "VBA"])))
    assert names == ["Root Entry", "WordDocument", "1Table", "Data", "Macros", "VBA"]


def patched(data, offset, layout, *values):
    data = bytearray(data)
    struct.pack_into(layout, data, offset, *values)
    return bytes(data)


DIRECTORY = 2 * 512  # in a small ``f.ole2_bytes`` file: after the header and the one FAT sector


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(f.doc_bytes()[:512], id="header-only"),
        pytest.param(f.doc_bytes()[:700], id="cut-in-its-fat"),
        pytest.param(patched(f.doc_bytes(), 30, "<H", 7), id="sectors-of-128-bytes"),
        pytest.param(patched(f.doc_bytes(), 48, "<I", 4000), id="directory-past-the-end"),
        pytest.param(patched(f.doc_bytes(), DIRECTORY + 76, "<I", 99), id="entry-outside-the-directory"),
        pytest.param(patched(f.doc_bytes(), DIRECTORY + 128 + 68, "<I", 1), id="entry-its-own-sibling"),
        pytest.param(f.ole2_bytes(["WordDocument", "WORDDOCUMENT"]), id="one-name-twice"),
        pytest.param(f.ole2_claiming_a_huge_fat(), id="fat-larger-than-the-file"),
    ],
)
def test_damaged_compound_files_are_refused_as_damaged(data):
    assert refusal(data, "dossier.doc") == "damaged"


def test_compound_file_of_thousands_of_entries_is_refused_before_it_is_walked():
    names = ["WordDocument", *(f"Part{number}" for number in range(inspection.MAX_OLE_ENTRIES - 1))]
    assert kind_of(f.ole2_bytes(names[:-1]), "large.doc") == "doc"
    with pytest.raises(ValidationError, match="too large to check") as caught:
        inspect_document(f.upload(f.ole2_bytes(names), "large.doc"))
    assert caught.value.code == "damaged"


def test_compound_files_broken_at_random_get_an_answer_never_an_error():
    """Whichever bytes of the header, FAT and directory are broken, the answer is a type or a
    refusal: any other exception would reach the editor as a server error."""
    random = Random(7)
    original = f.doc_bytes(macros=True)
    answers = set()
    for _attempt in range(300):
        data = bytearray(original)
        for _byte in range(random.randint(1, 8)):
            data[random.randrange(len(data))] = random.randrange(256)
        try:
            answers.add(inspect_document(f.upload(bytes(data), "dossier.doc")).key)
        except ValidationError as refused:
            answers.add(refused.code)
    assert {"damaged", "macros"} <= answers


def test_encrypted_office_and_zip_files_cannot_be_checked_and_are_refused():
    assert refusal(f.ole2_bytes(["EncryptionInfo", "EncryptedPackage"]), "dossier.docx") == "encrypted"
    assert refusal(f.encrypted_zip(), "dossier.zip") == "encrypted"


def test_opendocument_with_basic_macros_is_refused():
    assert refusal(f.odf_bytes(extra_parts=[("Basic/Standard/Module1.xml", "<x/>")]), "a.odt") == "macros"


def test_word_document_loading_a_remote_template_is_refused():
    relationship = (
        '<Relationships><Relationship Id="rId1" '
        'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate" '
        'Target="https://evil.example/t.dotm" TargetMode="External"/></Relationships>'
    )
    sneaky = f.docx_bytes(extra_parts=[("word/_rels/settings.xml.rels", relationship)])
    assert refusal(sneaky, "dossier.docx") == "remote_content"


def test_zip_bomb_is_refused():
    assert refusal(f.zip_bomb(), "dossier.zip") == "zip_bomb"


@pytest.mark.parametrize(
    "name", ["../../../etc/cron.d/evil", "/etc/passwd", "C:\\Windows\\evil.bat", "a/../../b.txt"]
)
def test_zip_slip_paths_are_refused(name):
    assert refusal(f.zip_slip(name), "dossier.zip") == "zip_slip"


def test_archives_inside_archives_are_refused():
    nested = f.zip_bytes([("inner.zip", f.zip_bytes())])
    assert refusal(nested, "dossier.zip") == "nested_archive"


@pytest.mark.parametrize(
    ("member", "data"),
    [
        ("setup.exe", f.WINDOWS_PROGRAM),
        ("setup.pdf", f.WINDOWS_PROGRAM),
        ("page.html", f.HTML_PAGE),
        ("macros.docx", f.docm_bytes()),
    ],
)
def test_zip_holding_a_program_page_or_macro_document_is_refused(member, data):
    with pytest.raises(ValidationError) as caught:
        inspect_document(f.upload(f.zip_bytes([("readme.txt", "ok"), (member, data)]), "dossier.zip"))
    assert caught.value.code in {"dangerous_member", "macros"}


def test_pdf_with_scripts_is_refused_even_when_the_name_is_escaped():
    assert (
        refusal(f.pdf_bytes() + b"\n<< /OpenAction << /S /JavaScript /JS (app.alert(1)) >> >>")
        == "active_content"
    )
    assert refusal(f.pdf_bytes() + b"\n<< /S /J#61vaScript >>") == "active_content"


@override_settings(DOCUMENT_MAX_BYTES=500)
def test_file_over_the_configured_limit_is_refused():
    with pytest.raises(ValidationError) as caught:
        inspect_document(f.upload(f.pdf_bytes("x" * 1000)))
    assert caught.value.code == "too_large"
    assert "MB" in caught.value.messages[0]


def test_empty_and_damaged_files_are_refused():
    assert refusal(b"") == "empty"
    assert refusal(b"PK\x03\x04 broken archive", "dossier.zip") == "damaged"
    assert refusal(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1 truncated", "dossier.doc") == "damaged"


def test_saving_a_document_refuses_a_disguised_file_even_outside_a_form():
    tender = f.make_tender()
    with pytest.raises(ValidationError):
        f.make_document(tender, data=f.HTML_PAGE, name="dossier.pdf")
    assert not Document.objects.exists()


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("../../etc/Тендер.pdf", "Тендер.pdf"),
        ("C:\\Users\\bidder\\Ҳуҷҷатҳои тендерӣ.pdf", "Ҳуҷҷатҳои тендерӣ.pdf"),
        ("invoice\u202efdp.exe", "invoicefdp.exe.pdf"),
        ("a\x00b\x07c.pdf", "abc.pdf"),
        ("report.docx", "report.pdf"),
        ('Протокол: "итоги" 3.final', "Протокол_ _итоги_ 3.final.pdf"),
        ("", "document.pdf"),
        ("...", "document.pdf"),
    ],
)
def test_readable_filename_keeps_letters_and_drops_tricks(name, expected):
    assert readable_filename(name, inspection.PDF) == expected


def test_readable_filename_is_bounded():
    name = readable_filename("Д" * 300 + ".pdf", inspection.PDF)
    assert len(name) <= files.MAX_FILENAME_LENGTH
    assert name.endswith(".pdf")


def test_document_is_stored_under_a_generated_name_with_its_checksum():
    data = f.pdf_bytes("stored")
    document = f.make_document(f.make_tender(), data=data, name="../Тендер.pdf")
    assert document.original_name == "Тендер.pdf"
    assert document.file.name.startswith("documents/")
    assert "Тендер" not in document.file.name
    assert document.file.name.endswith(".pdf")
    assert document.sha256 == f.sha256(data)
    assert document.size == len(data)
    assert document.content_type == "application/pdf"


def test_replacing_a_file_keeps_the_url_and_lists_the_earlier_version_with_its_checksum():
    first, second = f.pdf_bytes("first edition"), f.pdf_bytes("second edition")
    document = f.make_document(f.make_tender(), data=first)
    url = document.get_absolute_url()
    document = Document.objects.get(pk=document.pk)  # as the admin loads it
    document.file = f.upload(second, "Тендер, редакция 2.pdf")
    document.save()

    document.refresh_from_db()
    assert document.get_absolute_url() == url
    assert document.sha256 == f.sha256(second)
    assert document.original_name == "Тендер, редакция 2.pdf"
    version = document.versions.get()
    assert version.sha256 == f.sha256(first)
    with version.file.open("rb") as stored:
        assert stored.read() == first


def test_uploading_the_same_bytes_again_records_no_new_version():
    data = f.pdf_bytes("same")
    document = f.make_document(f.make_tender(), data=data)
    stored_name = document.file.name
    document = Document.objects.get(pk=document.pk)
    document.file = f.upload(data, "again.pdf")
    document.save()
    assert document.file.name == stored_name
    assert not document.versions.exists()


def test_a_document_with_earlier_versions_cannot_be_deleted():
    document = f.make_document(f.make_tender(), data=f.pdf_bytes("one"))
    document = Document.objects.get(pk=document.pk)
    document.file = f.upload(f.pdf_bytes("two"))
    document.save()
    with pytest.raises(ProtectedError):
        document.delete()
