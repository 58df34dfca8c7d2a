"""Photos: validated by content, re-encoded without metadata, served as sized renditions.

Every uploaded photo, whatever path it came by (an admin field, the editor's upload), goes
through ``clean_image``: Pillow must recognise it as JPEG, PNG, WebP or GIF, its pixel count
is bounded before decoding (decompression bombs), and it is re-encoded from pixels only, so
EXIF/GPS data and any payload appended to the file are gone.
"""

import io
import uuid
from pathlib import PurePosixPath

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.utils.translation import gettext as _
from PIL import Image, ImageOps

ACCEPTED_FORMATS = {"JPEG", "PNG", "WEBP", "GIF"}
RENDITION_WIDTHS = (320, 640, 1024, 1600)
JPEG_QUALITY = 82
WEBP_QUALITY = 76


def _open(file):
    file.seek(0)
    image = Image.open(file)
    if image.format not in ACCEPTED_FORMATS:
        raise ValidationError(_("Upload a photo in JPEG, PNG, WebP or GIF format."), code="format")
    width, height = image.size
    if width * height > settings.IMAGE_MAX_PIXELS:
        raise ValidationError(
            _("The photo is too large: %(pixels)s megapixels; at most %(limit)s are accepted.")
            % {"pixels": width * height // 1_000_000, "limit": settings.IMAGE_MAX_PIXELS // 1_000_000},
            code="pixels",
        )
    return image


def clean_image(file):
    """Validate an uploaded photo and return it re-encoded as a metadata-free ContentFile."""
    if file.size is not None and file.size > settings.IMAGE_MAX_BYTES:
        raise ValidationError(
            _("The file is too large: at most %(limit)s MB.") % {"limit": settings.IMAGE_MAX_BYTES // 2**20},
            code="size",
        )
    try:
        _open(file).verify()
        image = _open(file)
        image.load()
        image = ImageOps.exif_transpose(image)
    except ValidationError:
        raise
    except Exception as error:  # Pillow raises many types for broken or hostile files
        raise ValidationError(
            _("This file is not a photo that can be read. Upload a JPEG, PNG, WebP or GIF image."),
            code="invalid",
        ) from error
    has_alpha = image.mode in {"RGBA", "LA"} or (image.mode == "P" and "transparency" in image.info)
    output = io.BytesIO()
    if has_alpha:
        image.convert("RGBA").save(output, "PNG", optimize=True)
        extension = "png"
    else:
        image.convert("RGB").save(output, "JPEG", quality=90, optimize=True, progressive=True)
        extension = "jpg"
    cleaned = ContentFile(output.getvalue(), name=f"{uuid.uuid4().hex}.{extension}")
    cleaned.image_size = image.size
    return cleaned


def make_renditions(name, storage=default_storage, widths=RENDITION_WIDTHS):
    """Write WebP and JPEG copies of a stored photo at the given widths (never upscaled).

    Returns ``{"width": w, "height": h, "renditions": [{"width", "webp", "jpeg"}, ...]}``
    with storage names, to be kept on the model so pages never touch the files.
    """
    with storage.open(name) as source:
        image = Image.open(source)
        image.load()
    image = image.convert("RGB")
    stem = PurePosixPath(name).stem
    renditions = []
    for width in sorted({min(width, image.width) for width in widths}):
        height = round(image.height * width / image.width)
        resized = image.resize((width, height), Image.Resampling.LANCZOS)
        entry = {"width": width, "height": height}
        for fmt, extension, options in (
            ("WEBP", "webp", {"quality": WEBP_QUALITY, "method": 4}),
            ("JPEG", "jpg", {"quality": JPEG_QUALITY, "optimize": True, "progressive": True}),
        ):
            output = io.BytesIO()
            resized.save(output, fmt, **options)
            path = f"renditions/{stem}-{width}.{extension}"
            if storage.exists(path):
                storage.delete(path)
            entry[extension if extension != "jpg" else "jpeg"] = storage.save(
                path, ContentFile(output.getvalue())
            )
        renditions.append(entry)
    return {"width": image.width, "height": image.height, "renditions": renditions}
