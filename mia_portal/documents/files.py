"""Stored documents: what is recorded about a file, the names it is stored and served under,
and the response that serves it safely.

The stored name is always a fresh UUID; the readable one lives in the database and reaches the
reader's browser only through ``Content-Disposition``.
"""

import hashlib
import posixpath
import re
import unicodedata
import uuid

from django.conf import settings
from django.core.files.storage import default_storage, storages
from django.db import models
from django.http import FileResponse
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext_lazy as _

from mia_portal.documents.inspection import KNOWN_EXTENSIONS, TYPES_BY_CONTENT_TYPE, inspect_document

BIDI_AND_INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]")
RESERVED_IN_FILENAMES = re.compile(r'[<>:"/\\|?*]')
MAX_FILENAME_LENGTH = 120


def readable_filename(name, kind):
    """The name a reader's browser saves the file under: no path, no control or bidi tricks.

    Letters of any script (Cyrillic included) are kept; the extension always matches the
    detected format, so a renamed file opens in the right program.
    """
    name = unicodedata.normalize("NFC", str(name or ""))
    name = name.replace("\\", "/").rsplit("/", 1)[-1]
    name = BIDI_AND_INVISIBLE.sub("", name)
    name = "".join(char for char in name if unicodedata.category(char)[0] != "C")
    name = RESERVED_IN_FILENAMES.sub("_", name)
    name = re.sub(r"\s+", " ", name).strip(" .")
    stem, extension = posixpath.splitext(name)
    if extension.lower() not in KNOWN_EXTENSIONS:
        stem = name  # "Protocol 3.final" keeps its dot; the right extension is added below
    stem = stem.strip(" .")[: MAX_FILENAME_LENGTH - len(kind.extension)].strip(" .")
    return f"{stem or 'document'}{kind.extension}"


def checksum(file):
    """SHA-256 (hex) and size of a file, read in chunks."""
    digest = hashlib.sha256()
    size = 0
    file.seek(0)
    for chunk in iter(lambda: file.read(1024 * 1024), b""):
        digest.update(chunk)
        size += len(chunk)
    file.seek(0)
    return digest.hexdigest(), size


def document_storage():
    """Documents go to ``STORAGES["documents"]`` when configured (e.g. a private bucket)."""
    if "documents" in settings.STORAGES:
        return storages["documents"]
    return default_storage


def stored_name(instance, filename):
    """A generated name; the readable one lives in the database, never in the storage path."""
    kind = getattr(instance, "detected_type", None)
    extension = kind.extension if kind else ".bin"
    return f"documents/{uuid.uuid4().hex}{extension}"


def attachment_response(field_file, filename, content_type):
    """Stream a stored document as a download that can never render in the site's origin."""
    response = FileResponse(
        field_file.open("rb"), as_attachment=True, filename=filename, content_type=content_type
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "sandbox; default-src 'none'"
    response["Cross-Origin-Resource-Policy"] = "same-origin"
    # The URL stays the same when a document is replaced: caches must ask again every time.
    patch_cache_control(response, no_cache=True)
    return response


def validate_upload(value):
    """Form-time check of a new upload; files already stored were checked when they came in."""
    if getattr(value, "_committed", True):
        return
    value.detected_type = inspect_document(value)


class StoredFileFields(models.Model):
    """What is recorded about one stored file, current or earlier."""

    original_name = models.CharField(_("file name"), max_length=255, editable=False)
    size = models.PositiveBigIntegerField(_("size in bytes"), default=0, editable=False)
    content_type = models.CharField(_("content type"), max_length=100, editable=False)
    sha256 = models.CharField(_("SHA-256"), max_length=64, editable=False)
    uploaded_at = models.DateTimeField(_("uploaded"), default=timezone.now, editable=False)

    class Meta:
        abstract = True

    @property
    def type_label(self):
        kind = TYPES_BY_CONTENT_TYPE.get(self.content_type)
        return kind.label if kind else self.content_type

    def record_upload(self, file):
        """Inspect a newly chosen ``file`` and record its readable name, type, checksum and size."""
        kind = getattr(file, "detected_type", None) or inspect_document(file)
        self.sha256, self.size = checksum(file)
        self.detected_type = kind  # read by ``stored_name`` for the extension
        self.original_name = readable_filename(file.name, kind)
        self.content_type = kind.content_type
        self.uploaded_at = timezone.now()
