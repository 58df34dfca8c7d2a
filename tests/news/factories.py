"""Builders for news tests: saved, published, filled in tg/ru/en unless told otherwise."""

import io
import itertools
import struct
import zlib
from datetime import date, timedelta

from django.core.files.base import ContentFile
from django.utils import timezone
from PIL import Image

from mia_portal.publishing import Status
from news.models import Address, Article, ArticlePhoto, ArticleUpdate, Rubric
from photos.models import Photo

LANGUAGES = ("tg", "ru", "en")
_numbers = itertools.count(1)


def translated(field, value, languages=LANGUAGES):
    """``value`` in each of ``languages``, marked with the language code; empty in the others."""
    return {f"{field}_{code}": f"{value} ({code})" if code in languages else "" for code in LANGUAGES}


def make_rubric(slug=None, **overrides):
    slug = slug or f"rubric-{next(_numbers)}"
    return Rubric.objects.create(**{"slug": slug, **translated("name", f"Rubric {slug}"), **overrides})


def make_article(title="Round table", languages=LANGUAGES, **overrides):
    """A live article (published an hour ago) in ``languages``.

    ``cover`` takes a photo file, put into the library as the cover photo; ``cover_alt_<code>``
    and ``cover_credit_<code>`` describe it there.
    """
    rubric = overrides.pop("rubric", None) or make_rubric()
    if "cover" in overrides:
        overrides["cover_photo"] = _library_photo(overrides.pop("cover"), title, overrides, "cover_")
    fields = {
        "rubric": rubric,
        "status": Status.PUBLISHED,
        "published_at": timezone.now() - timedelta(hours=1),
        **translated("title", title, languages),
        **translated("lead", f"Lead of {title}", languages),
        **{
            f"body_{code}": f"<p>Body of {title} ({code})</p>" if code in languages else ""
            for code in LANGUAGES
        },
        **overrides,
    }
    return Article.objects.create(**fields)


def make_photo(article, order=0, **overrides):
    """A gallery row of ``article`` with a new library photo captioned "Photo <order>";
    ``alt_<code>``, ``caption_<code>`` and ``credit_<code>`` describe the photo."""
    described = ("alt_", "caption_", "credit_")
    texts = {name: overrides.pop(name) for name in list(overrides) if name.startswith(described)}
    photo = overrides.pop("photo", None) or Photo.objects.create(
        image=ContentFile(photo_bytes(800, 600), name="gallery.jpg"),
        title=f"Photo {order}",
        **{**translated("caption", f"Photo {order}"), **texts},
    )
    return ArticlePhoto.objects.create(article=article, photo=photo, order=order, **overrides)


def _library_photo(image, title, overrides, prefix):
    texts = {
        name.removeprefix(prefix): overrides.pop(name)
        for name in list(overrides)
        if name.startswith((f"{prefix}alt_", f"{prefix}credit_"))
    }
    return Photo.objects.create(image=image, title=title, **texts)


def make_update(article, **overrides):
    fields = {
        "article": article,
        "date": timezone.localdate(),
        **translated("note", "Corrected"),
        **overrides,
    }
    return ArticleUpdate.objects.create(**fields)


def make_address(title="Address to Parliament", languages=LANGUAGES, **overrides):
    fields = {
        "status": Status.PUBLISHED,
        "published_at": timezone.now() - timedelta(hours=1),
        "delivered_on": date(2018, 12, 26),
        **translated("title", title, languages),
        **translated("speaker", "The President", languages),
        **{
            f"body_{code}": f"<p>Text of {title} ({code})</p>" if code in languages else ""
            for code in LANGUAGES
        },
        **overrides,
    }
    return Address.objects.create(**fields)


def photo_bytes(width=1200, height=800, fmt="JPEG", exif=None):
    """A photo-like picture: a sky gradient with detail at several scales, as a camera's photo
    has, so that it compresses like one (a flat drawing would shrink to almost nothing)."""
    image = Image.blend(
        Image.linear_gradient("L").resize((width, height)).convert("RGB"),
        Image.new("RGB", (width, height), (40, 110, 190)),
        0.6,
    )
    for scale, weight in ((32, 0.35), (8, 0.25), (2, 0.15)):
        size = (max(1, width // scale), max(1, height // scale))
        noise = Image.effect_noise(size, 80).resize((width, height), Image.Resampling.BICUBIC)
        colour = Image.merge(
            "RGB",
            (
                noise,
                noise.transpose(Image.Transpose.FLIP_LEFT_RIGHT),
                noise.transpose(Image.Transpose.FLIP_TOP_BOTTOM),
            ),
        )
        image = Image.blend(image, colour, weight)
    output = io.BytesIO()
    options = {"quality": 92} if fmt == "JPEG" else {}  # as a phone camera saves it
    if exif is not None:
        options["exif"] = exif
    image.save(output, fmt, **options)
    return output.getvalue()


def gps_exif():
    """EXIF with a camera model and a GPS position (Dushanbe)."""
    exif = Image.Exif()
    exif[0x0110] = "Phone camera"  # Model
    gps = exif.get_ifd(0x8825)
    gps[1] = "N"
    gps[2] = (38.0, 33.0, 36.0)
    gps[3] = "E"
    gps[4] = (68.0, 46.0, 48.0)
    return exif


def bomb_png(width=30_000, height=30_000):
    """A tiny PNG file claiming a huge canvas: only its header is needed to spot it."""

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)  # 1-bit greyscale
    rows = zlib.compress(b"\x00" * (1 + width // 8) * 16, 9)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", rows) + chunk(b"IEND", b"")
