"""Uploaded documents recognised by their content.

Readers open what we publish on office machines, so a document is accepted only when its bytes
say it is one of the formats we publish — PDF, DOC/XLS (OLE2 compound files), DOCX/XLSX
(OOXML), ODT/ODS (OpenDocument) or a plain ZIP archive — whatever its name claims. Anything
else (web pages and SVG renamed ``.pdf``, executables renamed ``.docx``, scripts) is refused,
and so are documents that carry macros, encrypted packages that cannot be inspected, and
archives built to hurt whoever unpacks them (zip bombs, zip-slip paths, archives in archives).

``inspect_document(file)`` returns the detected ``DocumentType`` or raises ``ValidationError``
with a message in the active language (the admin's).

One module past the usual length: the checks of each format call one another (an archive's
members are inspected as uploads are), and split apart they would import each other in a circle.
"""

import io
import posixpath
import re
import struct
import zipfile
import zlib
from dataclasses import dataclass
from itertools import pairwise

import olefile
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _


@dataclass(frozen=True)
class DocumentType:
    key: str
    label: str
    content_type: str
    extension: str


PDF = DocumentType("pdf", "PDF", "application/pdf", ".pdf")
DOC = DocumentType("doc", "DOC", "application/msword", ".doc")
XLS = DocumentType("xls", "XLS", "application/vnd.ms-excel", ".xls")
DOCX = DocumentType(
    "docx", "DOCX", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx"
)
XLSX = DocumentType(
    "xlsx", "XLSX", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx"
)
ODT = DocumentType("odt", "ODT", "application/vnd.oasis.opendocument.text", ".odt")
ODS = DocumentType("ods", "ODS", "application/vnd.oasis.opendocument.spreadsheet", ".ods")
ZIP = DocumentType("zip", "ZIP", "application/zip", ".zip")
DOCUMENT_TYPES = (PDF, DOC, XLS, DOCX, XLSX, ODT, ODS, ZIP)
TYPES_BY_CONTENT_TYPE = {kind.content_type: kind for kind in DOCUMENT_TYPES}
KNOWN_EXTENSIONS = {kind.extension for kind in DOCUMENT_TYPES}

# Archives: more than this unpacked, or packed tighter than this ratio, is a bomb, not a dossier.
MAX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024
MAX_COMPRESSION_RATIO = 100
RATIO_CHECK_ABOVE_BYTES = 1024 * 1024
MAX_ARCHIVE_ENTRIES = 5000
MAX_XML_PART_BYTES = 1024 * 1024

ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06")
EXECUTABLE_MAGICS = (
    b"MZ",  # Windows and DOS programs, DLLs
    b"\x7fELF",  # Linux programs
    b"\xfe\xed\xfa\xce", b"\xfe\xed\xfa\xcf", b"\xce\xfa\xed\xfe", b"\xcf\xfa\xed\xfe",  # macOS
    b"\xca\xfe\xba\xbe",  # macOS universal binaries, Java classes
    b"\x00asm",  # WebAssembly
    b"L\x00\x00\x00\x01\x14\x02\x00",  # Windows shortcuts (.lnk)
    b"MSCF",  # Windows cabinet installers
)  # fmt: skip
OTHER_ARCHIVE_MAGICS = (b"7z\xbc\xaf\x27\x1c", b"Rar!\x1a\x07", b"\x1f\x8b", b"BZh", b"\xfd7zXZ\x00")
# Names refused inside a ZIP archive whatever their content: they run when opened.
DANGEROUS_EXTENSIONS = {
    ".exe", ".dll", ".com", ".scr", ".pif", ".cpl", ".msi", ".msp", ".bat", ".cmd", ".ps1", ".psm1",
    ".vbs", ".vbe", ".js", ".jse", ".mjs", ".wsf", ".wsh", ".hta", ".lnk", ".jar", ".sh", ".app",
    ".apk", ".reg", ".html", ".htm", ".xhtml", ".shtml", ".svg", ".svgz", ".xht", ".mht", ".mhtml",
    ".docm", ".dotm", ".xlsm", ".xltm", ".xlam", ".pptm", ".iso", ".img", ".vhd", ".vhdx",
}  # fmt: skip
MARKUP_START = re.compile(rb"^\s*<[!?a-z]", re.I)  # HTML, XML, SVG: any markup at all
SCRIPT_START = re.compile(rb"^\s*(#!|@echo\b|<%|<\?php)", re.I)
PDF_ACTIVE_CONTENT = re.compile(rb"/(JavaScript|JS|Launch|RichMedia|XFA)\b")
PDF_NAME_ESCAPE = re.compile(rb"#([0-9A-Fa-f]{2})")

# OLE2 (compound file) directory entries that mean VBA macros, and those that mean encryption.
OLE_MACRO_ENTRIES = {"macros", "_vba_project_cur", "_vba_project", "vba"}
OLE_ENCRYPTED_ENTRIES = {"encryptedpackage", "encryptioninfo"}
MAX_OLE_ENTRIES = 5000

OOXML_MAIN_TYPES = {
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml": DOCX,
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml": XLSX,
}
OOXML_MACRO_MARKERS = (b"macroenabled", b"vbaproject", b"vbadata", b"ms-office.activex", b"macrosheet")
OOXML_MACRO_PARTS = re.compile(r"(^|/)(vbaProject\.bin|vbaData\.xml|activeX/|macrosheets/)", re.I)
# Relationships that make Word or Excel fetch something from elsewhere when the file is opened.
OOXML_REMOTE_RELATION = re.compile(
    rb'Type="[^"]*/(attachedTemplate|oleObject|subDocument|frame)"[^>]*TargetMode="External"'
    rb'|TargetMode="External"[^>]*Type="[^"]*/(attachedTemplate|oleObject|subDocument|frame)"',
    re.I,
)
ODF_TYPES = {ODT.content_type: ODT, ODS.content_type: ODS}


def _accepted_formats():
    return _("Upload a PDF, DOC, DOCX, XLS, XLSX, ODT, ODS or ZIP file.")


def _reject(message, code):
    raise ValidationError(message, code=code)


def max_bytes():
    return settings.DOCUMENT_MAX_BYTES


def inspect_document(file):
    """Identify an uploaded document by its content; raise ``ValidationError`` if it is refused."""
    size = file.size
    if size is not None and size > max_bytes():
        _reject(
            _("The file is too large (%(size)s MB); at most %(limit)s MB is accepted.")
            % {"size": round(size / 2**20, 1), "limit": round(max_bytes() / 2**20, 1)},
            "too_large",
        )
    if not size:
        _reject(_("The file is empty."), "empty")
    file.seek(0)
    try:
        return _identify(file, size, depth=0)
    except ValidationError:
        raise
    except (
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        zlib.error,
        struct.error,
        EOFError,
        OSError,
        ValueError,
        NotImplementedError,  # compression methods zipfile cannot read
        RuntimeError,
    ) as error:
        raise ValidationError(
            _("The file is damaged and cannot be read. %(formats)s") % {"formats": _accepted_formats()},
            code="damaged",
        ) from error
    finally:
        file.seek(0)


def _identify(stream, size, depth):
    head = stream.read(8192)
    stream.seek(0)
    if head.startswith(b"%PDF-"):
        _check_pdf(stream)
        return PDF
    if head.startswith(olefile.MAGIC):
        return _check_ole2(stream)
    if head.startswith(ZIP_MAGICS):
        return _check_zip(stream, size, depth)
    _reject_unknown(head)


def _reject_unknown(head):
    text = head.lstrip(b"\xef\xbb\xbf")
    if text.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 text: look at it as ASCII
        text = text[2:].replace(b"\x00", b"")
    if head.startswith(EXECUTABLE_MAGICS):
        _reject(_("This file is a program, not a document, and cannot be published."), "executable")
    if SCRIPT_START.match(text):
        _reject(_("This file is a script, not a document, and cannot be published."), "script")
    if MARKUP_START.match(text):
        if re.search(rb"<svg[\s>]", text[:4096], re.I):
            _reject(
                _("This file is an SVG image (it can carry scripts), not a document. %(formats)s")
                % {"formats": _accepted_formats()},
                "svg",
            )
        _reject(
            _("This file is a web page (HTML or XML), not a document. %(formats)s")
            % {"formats": _accepted_formats()},
            "html",
        )
    if head.startswith(OTHER_ARCHIVE_MAGICS):
        _reject(
            _("Only ZIP archives are accepted. %(formats)s") % {"formats": _accepted_formats()}, "archive"
        )
    _reject(
        _("This file's format is not accepted. %(formats)s") % {"formats": _accepted_formats()}, "unsupported"
    )


# --- PDF ---------------------------------------------------------------------------------------


def _check_pdf(stream):
    data = stream.read()
    # PDF names may hide letters as #xx escapes (/J#61vaScript); undo them before looking.
    if b"#" in data:
        data = PDF_NAME_ESCAPE.sub(lambda match: bytes([int(match.group(1), 16)]), data)
    if PDF_ACTIVE_CONTENT.search(data):
        _reject(
            _("This PDF contains scripts or actions that run when it is opened. Save it again without them."),
            "active_content",
        )


# --- OLE2 compound files (DOC, XLS) ----------------------------------------------------------


class CompoundFile(olefile.OleFileIO):
    """olefile's reader, as its authors advise for untrusted files (any structural defect is an
    error), with bounds on the work a hostile header or directory can cause.

    olefile is pinned: the two hooks below are checked by tests/announcements/test_documents.py.
    """

    def __init__(self, stream):
        self.entries_read = 0
        super().__init__(stream, raise_defects=olefile.DEFECT_INCORRECT)

    def loadfat(self, header):
        # olefile reads as many FAT sectors as the header claims, joining them one at a time (work
        # growing with the square of their number): a 2 KB file claiming millions of them through
        # a DIFAT that loops on itself would keep a worker busy for hours. A real file needs one
        # FAT sector per sector_size / 4 sectors, and perhaps one more for free ones at its end.
        needed = -(-self.nb_sect // (self.sector_size // 4)) + 1
        if self.num_fat_sectors > needed:
            raise ValueError("the header claims more FAT sectors than the file holds")
        super().loadfat(header)

    def _load_direntry(self, sid):
        # olefile compares each stream with every one before it, work growing with the square of
        # their number again; Word and Excel files hold dozens of entries, not thousands.
        self.entries_read += 1
        if self.entries_read > MAX_OLE_ENTRIES:
            _reject(_("The document's structure is too large to check."), "damaged")
        return super()._load_direntry(sid)


def ole_entry_names(stream):
    """The names of all storages and streams of an OLE2 compound file, in directory order: those
    its directory tree reaches, which are the ones Word and Excel open."""
    with CompoundFile(stream) as ole:
        return [entry.name for entry in ole.direntries if entry is not None]


def _check_ole2(stream):
    names = {name.lower() for name in ole_entry_names(stream)}
    if names & OLE_ENCRYPTED_ENTRIES:
        _reject(
            _("The document is protected with a password and cannot be checked. Upload it without one."),
            "encrypted",
        )
    if names & OLE_MACRO_ENTRIES:
        _reject(
            _("The document contains macros, which can run programs on readers' computers. "
              "Save it again as a document without macros."),
            "macros",
        )  # fmt: skip
    if "worddocument" in names:
        return DOC
    if names & {"workbook", "book"}:
        return XLS
    _reject(
        _("Only Word and Excel files are accepted in this older format. %(formats)s")
        % {"formats": _accepted_formats()},
        "unsupported",
    )


# --- ZIP-based formats (DOCX, XLSX, ODT, ODS, ZIP) ------------------------------------------------


def _check_zip(stream, size, depth):
    with zipfile.ZipFile(stream) as archive:
        entries = archive.infolist()
        _check_archive_structure(entries, size)
        names = {entry.filename for entry in entries}
        if "[Content_Types].xml" in names:
            return _check_ooxml(archive, names)
        if entries and entries[0].filename == "mimetype":
            return _check_odf(archive, names)
        if not any(not entry.is_dir() for entry in entries):
            _reject(_("The archive is empty."), "empty")
        if depth > 0:
            _reject(
                _("Archives inside archives are not accepted; put all files in one ZIP."), "nested_archive"
            )
        _check_zip_members(archive, entries, depth)
        return ZIP


def _check_archive_structure(entries, size):
    if len(entries) > MAX_ARCHIVE_ENTRIES:
        _reject(
            _("The archive holds too many files (at most %(limit)s).") % {"limit": MAX_ARCHIVE_ENTRIES},
            "zip_bomb",
        )
    total = 0
    for entry in entries:
        name = entry.filename
        parts = name.replace("\\", "/").split("/")
        if "\x00" in name or name.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", name) or ".." in parts:
            _reject(
                _("The archive contains file paths that point outside it (%(name)s).") % {"name": name[:80]},
                "zip_slip",
            )
        if entry.flag_bits & 0x1:
            _reject(
                _("The archive is protected with a password and cannot be checked. Upload it without one."),
                "encrypted",
            )
        total += entry.file_size
    bomb = _("The archive unpacks to far more than its size (a “zip bomb”) and is refused.")
    if total > MAX_UNCOMPRESSED_BYTES:
        _reject(bomb, "zip_bomb")
    if total > RATIO_CHECK_ABOVE_BYTES and total > MAX_COMPRESSION_RATIO * max(size, 1):
        _reject(bomb, "zip_bomb")
    # Entries sharing or overlapping their compressed data are how the densest bombs are built.
    spans = sorted((entry.header_offset, entry.compress_size) for entry in entries)
    for (offset, length), (next_offset, _length) in pairwise(spans):
        if offset + length > next_offset:
            _reject(bomb, "zip_bomb")


def _read_part(archive, name, limit=MAX_XML_PART_BYTES):
    with archive.open(name) as part:
        data = part.read(limit + 1)
    if len(data) > limit:
        _reject(_("The document's structure is too large to check."), "damaged")
    return data


def _macros_found():
    _reject(
        _("The document contains macros, which can run programs on readers' computers. "
          "Save it again as a document without macros."),
        "macros",
    )  # fmt: skip


def _check_ooxml(archive, names):
    content_types = _read_part(archive, "[Content_Types].xml")
    lowered = content_types.lower()
    if any(marker in lowered for marker in OOXML_MACRO_MARKERS) or any(
        OOXML_MACRO_PARTS.search(n) for n in names
    ):
        _macros_found()
    if "EncryptedPackage" in names:
        _reject(_("The document is protected with a password and cannot be checked."), "encrypted")
    for name in names:
        if name.endswith(".rels") and OOXML_REMOTE_RELATION.search(_read_part(archive, name)):
            _reject(
                _("The document loads a template or object from the internet when opened, and is refused."),
                "remote_content",
            )
        if re.search(r"(^|/)embeddings/[^/]+\.bin$", name, re.I):
            _reject(
                _("The document embeds program objects (OLE packages), which are not accepted."), "embedded"
            )
    for content_type, kind in OOXML_MAIN_TYPES.items():
        if content_type.encode() in content_types:
            return kind
    _reject(
        _("Only Word (DOCX) and Excel (XLSX) documents are accepted in this format. %(formats)s")
        % {"formats": _accepted_formats()},
        "unsupported",
    )


def _check_odf(archive, names):
    mimetype = _read_part(archive, "mimetype", limit=200).decode("ascii", "replace").strip()
    if any(name.startswith(("Basic/", "Scripts/")) for name in names):
        _macros_found()
    if "META-INF/manifest.xml" in names and b"encryption-data" in _read_part(
        archive, "META-INF/manifest.xml"
    ):
        _reject(_("The document is protected with a password and cannot be checked."), "encrypted")
    kind = ODF_TYPES.get(mimetype)
    if kind is None:
        _reject(
            _("Only OpenDocument text (ODT) and spreadsheets (ODS) are accepted in this format. %(formats)s")
            % {"formats": _accepted_formats()},
            "unsupported",
        )
    return kind


def _check_zip_members(archive, entries, depth):
    for entry in entries:
        if entry.is_dir():
            continue
        extension = posixpath.splitext(entry.filename.lower())[1]
        if extension in DANGEROUS_EXTENSIONS:
            _reject(
                _("The archive contains a file that is not allowed (%(name)s): programs, scripts, "
                  "web pages and macro-enabled documents are refused.") % {"name": entry.filename[:80]},
                "dangerous_member",
            )  # fmt: skip
        with archive.open(entry) as member:
            head = member.read(8192)
        if head.startswith((*ZIP_MAGICS, olefile.MAGIC)):
            # Office documents inside the archive are checked as thoroughly as uploads.
            data = io.BytesIO(_read_part(archive, entry, limit=MAX_UNCOMPRESSED_BYTES))
            _identify(data, entry.file_size, depth + 1)
        elif head.startswith(OTHER_ARCHIVE_MAGICS):
            _reject(
                _("Archives inside archives are not accepted; put all files in one ZIP."), "nested_archive"
            )
        elif head.startswith(EXECUTABLE_MAGICS) or SCRIPT_START.match(head) or MARKUP_START.match(head):
            _reject(
                _("The archive contains a file that is not allowed (%(name)s): programs, scripts, "
                  "web pages and macro-enabled documents are refused.") % {"name": entry.filename[:80]},
                "dangerous_member",
            )  # fmt: skip
