"""Builders for the appeals tests: evidence files of each kind, form data that passes the
protections, and stored appeals."""

import io
from itertools import count

from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from PIL import Image

from appeals import protection
from appeals.models import Appeal, AppealEvent
from appeals.receipts import new_tracking_code

_tokens = count(1)


def jpeg_bytes(width=64, height=48, gps=True):
    image = Image.new("RGB", (width, height), (200, 40, 40))
    exif = Image.Exif()
    if gps:
        exif[0x8825] = {1: "N", 2: (38.0, 33.0, 0.0), 3: "E", 4: (68.0, 46.0, 0.0)}  # Dushanbe
    output = io.BytesIO()
    image.save(output, "JPEG", exif=exif)
    return output.getvalue()


def _box(kind, payload=b""):
    return (8 + len(payload)).to_bytes(4, "big") + kind + payload


def mp4_bytes(brand=b"isom"):
    return (
        _box(b"ftyp", brand + b"\x00\x00\x02\x00" + brand)
        + _box(b"moov", b"\x00" * 32)
        + _box(b"mdat", b"\x01" * 64)
    )


def webm_bytes():
    # EBML header: DocType (0x4282), length 4, "webm"; then a Segment.
    header = b"\x42\x86\x81\x01\x42\x82\x84webm"
    return b"\x1a\x45\xdf\xa3" + bytes([0x80 | len(header)]) + header + b"\x18\x53\x80\x67\x80"


def pdf_bytes(extra=b""):
    return b"%PDF-1.4\n1 0 obj << /Type /Catalog " + extra + b" >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"


def upload(data, name="photo.jpg", content_type="application/octet-stream"):
    return SimpleUploadedFile(name, data, content_type=content_type)


def challenge_fields():
    challenge = protection.new_challenge()
    return {"challenge": challenge["signed"], "answer": str(challenge["first"] + challenge["second"])}


def _form_data(overrides, **fields):
    """What the form posts: the fields, a fresh form token, the consent, the empty honeypot and
    the answered challenge; an override of None leaves a field out."""
    data = {
        "form_token": f"token-{next(_tokens)}",
        **fields,
        "consent": "on",
        "website": "",
        **challenge_fields(),
        **overrides,
    }
    return {key: value for key, value in data.items() if value is not None}


def appeal_data(**overrides):
    return _form_data(
        overrides,
        kind="complaint",
        department="",
        name="Каримов Алишер Бобоевич",
        postal_address="ш. Душанбе, кӯч. Рӯдакӣ 12",
        email="alisher@example.tj",
        phone="+992935551234",
        text=f"Дар маҳаллаи мо шабона садои баланд аст ({next(_tokens)}).",
    )


def tip_data(**overrides):
    return _form_data(
        overrides,
        kind="road_accident",
        district="",
        place="Хиёбони Исмоили Сомонӣ, назди бозор",
        latitude="38.5598",
        longitude="68.7870",
        occurred_at="2026-12-01T18:30",
        description=f"Ду мошин бархӯрданд ({next(_tokens)}).",
        name="",
        phone="",
        email="",
    )


def make_appeal(kind=Appeal.Kind.COMPLAINT, email="applicant@example.tj", code=None, **fields):
    """A received appeal; ``appeal.code`` is its tracking code."""
    code = code or new_tracking_code()
    appeal = Appeal(
        kind=kind,
        language=fields.pop("language", "tg"),
        name=fields.pop("name", "Раҳимова Нигина"),
        email=email,
        text=fields.pop("text", f"Матни муроҷиат {next(_tokens)}"),
        form_token=f"made-{next(_tokens)}",
        consent_at=timezone.now(),
        **fields,
    )
    appeal.set_tracking_code(code)
    appeal.save()
    AppealEvent.objects.create(appeal=appeal, status=appeal.status)
    appeal.code = code
    return appeal
