"""Evidence files: recognised by their content, stored untouched in a private storage with the
SHA-256 of their bytes, and a re-encoded preview of photos for the office.

Accepted: photos (JPEG, PNG, WebP, decoded by Pillow within the site's pixel limit), short
videos (MP4 and MOV: ISO media files whose boxes tile the file and hold a movie; WebM: an EBML
file of that document type) and PDF without scripts or actions. A file's name and the type its
browser claims count for nothing.
"""

import hashlib
import io
import re
import uuid
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.storage import storages
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.utils import timezone
from django.utils.functional import LazyObject, empty
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageOps

PREVIEW_SIDE = 800
ISO_BRANDS = {
    b"isom", b"iso2", b"iso4", b"iso5", b"iso6", b"mp41", b"mp42", b"avc1", b"M4V ", b"dash",
    b"3gp4", b"3gp5", b"3gp6", b"3g2a", b"MSNV", b"mmp4",
}  # fmt: skip
QUICKTIME_BRAND = b"qt  "
PDF_ACTIVE_CONTENT = re.compile(
    rb"/(JavaScript|JS|Launch|OpenAction|AA|SubmitForm|ImportData|RichMedia|EmbeddedFile|XFA)\b"
)
PDF_NAME_ESCAPE = re.compile(rb"#([0-9A-Fa-f]{2})")
ACCEPTED = _("Send photos (JPEG, PNG, WebP), videos (MP4, WebM, MOV) or PDF documents.")


@dataclass(frozen=True)
class Evidence:
    kind: str  # Attachment.Kind
    content_type: str
    extension: str


JPEG = Evidence("photo", "image/jpeg", ".jpg")
PNG = Evidence("photo", "image/png", ".png")
WEBP = Evidence("photo", "image/webp", ".webp")
MP4 = Evidence("video", "video/mp4", ".mp4")
MOV = Evidence("video", "video/quicktime", ".mov")
WEBM = Evidence("video", "video/webm", ".webm")
PDF = Evidence("pdf", "application/pdf", ".pdf")
PHOTO_FORMATS = {"JPEG": JPEG, "PNG": PNG, "WEBP": WEBP}


def _refuse(message, code):
    raise ValidationError(message, code=code)


def identify(file):
    """What the uploaded file is (an ``Evidence``), or ``ValidationError`` saying why it is refused."""
    size = file.size or 0
    if not size:
        _refuse(gettext("The file is empty."), "empty")
    file.seek(0)
    head = file.read(64)
    file.seek(0)
    if head.startswith(b"%PDF-"):
        found = _check_pdf(file)
    elif head[4:8] == b"ftyp":
        found = _check_iso_media(file, size)
    elif head.startswith(b"\x1a\x45\xdf\xa3"):
        found = _check_webm(head)
    else:
        found = _check_photo(file)
    limit = settings.APPEALS_MAX_VIDEO_BYTES if found.kind == "video" else settings.APPEALS_MAX_FILE_BYTES
    if size > limit:
        _refuse(
            gettext("The file is too large (%(size)s MB); at most %(limit)s MB is accepted.")
            % {"size": round(size / 2**20, 1), "limit": round(limit / 2**20, 1)},
            "too_large",
        )
    file.seek(0)
    return found


def _check_photo(file):
    try:
        with Image.open(file) as image:
            if image.format not in PHOTO_FORMATS:
                _refuse(str(ACCEPTED), "unsupported")
            width, height = image.size
            if width * height > settings.IMAGE_MAX_PIXELS:
                _refuse(gettext("The photo has too many pixels to be accepted."), "pixels")
            image.verify()
            return PHOTO_FORMATS[image.format]
    except ValidationError:
        raise
    except Exception as error:  # Pillow raises many kinds for what is not a photo it can read
        raise ValidationError(str(ACCEPTED), code="unsupported") from error


def _check_pdf(file):
    data = file.read()
    if b"#" in data:  # names may hide letters as #xx escapes (/J#61vaScript)
        data = PDF_NAME_ESCAPE.sub(lambda match: bytes([int(match.group(1), 16)]), data)
    if PDF_ACTIVE_CONTENT.search(data):
        _refuse(
            gettext("This PDF contains scripts, actions or embedded files. Save it again without them."),
            "active_content",
        )
    return PDF


def _check_iso_media(file, size):
    """The top-level boxes must follow each other to the end of the file and include a movie."""
    offset, types = 0, set()
    while offset < size:
        file.seek(offset)
        header = file.read(16)
        if len(header) < 8:
            _refuse(gettext("The video is damaged and cannot be read."), "damaged")
        box_size, box_type = int.from_bytes(header[:4], "big"), header[4:8]
        if box_size == 1:
            box_size = int.from_bytes(header[8:16], "big")
        elif box_size == 0:
            box_size = size - offset
        if box_size < 8 or not re.fullmatch(rb"[a-zA-Z0-9 \xa9]{4}", box_type):
            _refuse(gettext("The video is damaged and cannot be read."), "damaged")
        if not types:
            brand = header[8:12]
            if brand != QUICKTIME_BRAND and brand not in ISO_BRANDS:
                _refuse(str(ACCEPTED), "unsupported")
            found = MOV if brand == QUICKTIME_BRAND else MP4
        types.add(box_type)
        offset += box_size
    if offset != size or b"moov" not in types:
        _refuse(gettext("The video is damaged and cannot be read."), "damaged")
    return found


def _check_webm(head):
    # The EBML header names its document type (element 0x4282) within its first bytes.
    position = head.find(b"\x42\x82")
    if position < 0 or head[position + 3 : position + 7] != b"webm":
        _refuse(str(ACCEPTED), "unsupported")
    return WEBM


def sha256_of(file):
    file.seek(0)
    hasher = hashlib.sha256()
    for chunk in iter(lambda: file.read(1 << 16), b""):
        hasher.update(chunk)
    file.seek(0)
    return hasher.hexdigest()


class EvidenceStorage(LazyObject):
    """``STORAGES["evidence"]``, looked up again when the setting changes: Django calls a
    field's storage callable once, when the models load."""

    def _setup(self):
        self._wrapped = storages["evidence"]


_storage = EvidenceStorage()


@receiver(setting_changed)
def _forget_storage(setting, **kwargs):
    if setting == "STORAGES":
        _storage._wrapped = empty


def evidence_storage():
    return _storage


def stored_name(instance, filename):
    """A generated name: the name as sent is kept encrypted in the database."""
    return f"{timezone.localdate():%Y}/{uuid.uuid4().hex}{getattr(instance, 'extension', '.bin')}"


def preview_jpeg(field_file):
    """A small JPEG of a stored photo, re-encoded from its pixels: no metadata, nothing the
    original could carry besides the picture, safe to show in the admin."""
    with field_file.open("rb") as original, Image.open(original) as image:
        image = ImageOps.exif_transpose(image)
        image.thumbnail((PREVIEW_SIDE, PREVIEW_SIDE))
        output = io.BytesIO()
        image.convert("RGB").save(output, "JPEG", quality=80)
    return output.getvalue()


def photo_location(field_file):
    """The (latitude, longitude) a stored photo's EXIF records, or ``None``."""
    try:
        with field_file.open("rb") as original, Image.open(original) as image:
            gps = image.getexif().get_ifd(0x8825)
        latitude, longitude = _degrees(gps[2], gps.get(1)), _degrees(gps[4], gps.get(3))
    except (KeyError, TypeError, ValueError, ZeroDivisionError, OSError):
        return None
    return round(latitude, 6), round(longitude, 6)


def _degrees(parts, reference):
    degrees, minutes, seconds = (float(part) for part in parts)
    value = degrees + minutes / 60 + seconds / 3600
    return -value if reference in ("S", "W") else value
