"""Photos: validated by content, re-encoded without metadata, served as sized renditions.

Every uploaded photo, whatever path it came by (an admin field, the editor's upload), goes
through ``clean_image``: Pillow must recognise it as JPEG, PNG, WebP or GIF, its pixel count
is bounded before decoding (decompression bombs), and it is re-encoded from pixels only, so
EXIF/GPS data and any payload appended to the file are gone.

Models with a photo field call ``clean_photo`` from ``clean()`` (so the admin shows the
error on the field) and ``store_photo`` from ``save()`` (so code paths that skip forms are
cleaned too); the renditions it returns are kept in a JSONField beside the photo.
"""

import io
import uuid
from functools import lru_cache
from pathlib import PurePosixPath

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.utils.translation import gettext as _
from PIL import Image, ImageOps

ACCEPTED_FORMATS = {"JPEG", "PNG", "WEBP", "GIF"}
# The longest side WebP can encode (JPEG stops at 65,500): a longer photo could not be stored.
MAX_SIDE = 16_383
RENDITION_WIDTHS = (320, 640, 1024, 1600)
JPEG_QUALITY = 82
WEBP_QUALITY = 76


@lru_cache(maxsize=20_000)
def photo_url(name):
    """The public URL of a stored photo or rendition.

    Photos are public objects (plain URLs, never signed), so a name's URL only changes with
    the storage settings; a list page shows a few dozen of them and ``Storage.url`` costs
    more than the rest of a card.
    """
    return default_storage.url(name)


@receiver(setting_changed)
def _forget_photo_urls(setting, **kwargs):
    if setting in {"STORAGES", "MEDIA_URL"}:
        photo_url.cache_clear()


class CleanedImage(ContentFile):
    """A photo that has been through ``clean_image``: safe to store as it is."""


def _open(file):
    file.seek(0)
    try:
        image = Image.open(file)
    except Image.DecompressionBombError as error:  # far beyond any camera: Pillow refuses it
        raise _too_many_pixels(None) from error
    if image.format not in ACCEPTED_FORMATS:
        raise ValidationError(_("Upload a photo in JPEG, PNG, WebP or GIF format."), code="format")
    width, height = image.size
    if width * height > settings.IMAGE_MAX_PIXELS:
        raise _too_many_pixels(width * height)
    if max(width, height) > MAX_SIDE:
        raise ValidationError(
            _("The photo is %(width)s × %(height)s pixels; at most %(limit)s pixels on a side are accepted.")
            % {"width": width, "height": height, "limit": MAX_SIDE},
            code="side",
        )
    return image


def _too_many_pixels(pixels):
    limit = settings.IMAGE_MAX_PIXELS // 1_000_000
    if pixels is None:
        message = _("The photo is too large; at most %(limit)s megapixels are accepted.") % {"limit": limit}
    else:
        message = _("The photo is too large: %(pixels)s megapixels; at most %(limit)s are accepted.") % {
            "pixels": pixels // 1_000_000,
            "limit": limit,
        }
    return ValidationError(message, code="pixels")


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
            code="unreadable",  # not "invalid": a form would show its own "no file was sent" instead
        ) from error
    has_alpha = image.mode in {"RGBA", "LA"} or (image.mode == "P" and "transparency" in image.info)
    pixels = image.convert("RGBA" if has_alpha else "RGB")
    # Pixels only: Pillow would otherwise copy a JPEG or GIF comment (which can carry a script
    # or any payload) and an ICC profile from the upload into the stored file.
    pixels.info = {}
    output = io.BytesIO()
    if has_alpha:
        pixels.save(output, "PNG", optimize=True)
        extension = "png"
    else:
        pixels.save(output, "JPEG", quality=90, optimize=True, progressive=True)
        extension = "jpg"
    cleaned = CleanedImage(output.getvalue(), name=f"{uuid.uuid4().hex}.{extension}")
    cleaned.image_size = image.size
    return cleaned


def _flatten(image):
    """RGB for JPEG and WebP; transparent areas (PNG logos, maps) become white, not black."""
    if image.mode in {"RGBA", "LA"} or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        background = Image.new("RGB", rgba.size, (255, 255, 255))
        background.paste(rgba, mask=rgba.getchannel("A"))
        return background
    return image.convert("RGB")


def _write_sizes(image, prefix, widths, storage):
    """WebP and JPEG copies of ``image`` at ``widths`` (never upscaled), named ``{prefix}-{width}``."""
    renditions = []
    for width in sorted({min(width, image.width) for width in widths}):
        height = max(1, round(image.height * width / image.width))  # a banner 5000 × 4 is 320 × 1
        resized = image.resize((width, height), Image.Resampling.LANCZOS)
        entry = {"width": width, "height": height}
        for fmt, extension, options in (
            ("WEBP", "webp", {"quality": WEBP_QUALITY, "method": 4}),
            ("JPEG", "jpg", {"quality": JPEG_QUALITY, "optimize": True, "progressive": True}),
        ):
            output = io.BytesIO()
            resized.save(output, fmt, **options)
            path = f"{prefix}-{width}.{extension}"
            if storage.exists(path):
                storage.delete(path)
            entry[extension if extension != "jpg" else "jpeg"] = storage.save(
                path, ContentFile(output.getvalue())
            )
        renditions.append(entry)
    return renditions


def _stored_pixels(name, storage):
    with storage.open(name) as source:
        image = Image.open(source)
        image.load()
    return _flatten(image)


def make_renditions(name, storage=default_storage, widths=RENDITION_WIDTHS):
    """Write WebP and JPEG copies of a stored photo at the given widths (never upscaled).

    Returns ``{"width": w, "height": h, "renditions": [{"width", "webp", "jpeg"}, ...]}``
    with storage names, to be kept on the model so pages never touch the files.
    """
    image = _stored_pixels(name, storage)
    renditions = _write_sizes(image, f"renditions/{PurePosixPath(name).stem}", widths, storage)
    return {"width": image.width, "height": image.height, "renditions": renditions}


def focal_box(size, aspect, focal):
    """(left, top, right, bottom): the largest box of ``aspect`` (width, height) inside an image of
    ``size``, centred on the focal point ``(x, y)`` (fractions of the image) as far as the edges
    allow, so the point is always inside the crop."""
    width, height = size
    ratio = aspect[0] / aspect[1]
    if width / height > ratio:
        crop_width, crop_height = round(height * ratio), height
    else:
        crop_width, crop_height = width, round(width / ratio)
    crop_width, crop_height = max(1, min(crop_width, width)), max(1, min(crop_height, height))
    left = min(max(round(focal[0] * width - crop_width / 2), 0), width - crop_width)
    top = min(max(round(focal[1] * height - crop_height / 2), 0), height - crop_height)
    return left, top, left + crop_width, top + crop_height


def focal_tag(focal):
    """The focal point in a rendition's name (per mille), so moving it names new files and no
    cache or browser keeps showing the old crop."""
    return "x{:03d}y{:03d}".format(*(round(value * 1000) for value in focal))


def make_crop_renditions(name, kind, aspect, widths, focal, storage=default_storage):
    """Like ``make_renditions`` for a crop of ``aspect`` centred on ``focal`` (see ``focal_box``).

    The result also records the focal point it was cut around (``"focal": [x, y]``).
    """
    image = _stored_pixels(name, storage)
    cropped = image.crop(focal_box(image.size, aspect, focal))
    prefix = f"renditions/{PurePosixPath(name).stem}-{kind}-{focal_tag(focal)}"
    renditions = _write_sizes(cropped, prefix, widths, storage)
    return {"width": cropped.width, "height": cropped.height, "focal": list(focal), "renditions": renditions}


def _is_new(photo):
    return bool(photo) and not photo._committed


def clean_photo(instance, field_name):
    """Replace a photo newly assigned to ``instance.<field_name>`` by its cleaned copy.

    Raises ``ValidationError``; a photo already stored or already cleaned is left alone.
    """
    photo = getattr(instance, field_name)
    if _is_new(photo) and not isinstance(photo.file, CleanedImage):
        setattr(instance, field_name, clean_image(photo.file))


def store_photo(instance, field_name):
    """Clean (if needed) and store a newly assigned photo; return the renditions to keep.

    Returns ``None`` when the photo did not change (nothing to update), ``{}`` when there
    is no photo, else the dict from ``make_renditions``. Call it before saving the row.
    """
    clean_photo(instance, field_name)
    photo = getattr(instance, field_name)
    if not photo:
        return {}
    if not _is_new(photo):
        return None
    photo.save(photo.file.name, photo.file, save=False)
    return make_renditions(photo.name, storage=photo.storage)
