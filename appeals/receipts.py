"""Receipt numbers' companions: the secret tracking code, its QR code, and the terms a
receipt announces."""

import secrets

import qrcode
import qrcode.image.svg
from django.conf import settings
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode

from appeals import terms

# No 0/O, 1/I/L: read aloud or copied from paper without doubt.
ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"


def new_tracking_code():
    letters = "".join(secrets.choice(ALPHABET) for _index in range(12))
    return "-".join(letters[index : index + 4] for index in range(0, 12, 4))


def status_url(number, code):
    return f"{settings.SITE_URL}{reverse('appeals:status')}?{urlencode({'number': number, 'code': code})}"


def qr_svg(text):
    """An inline SVG (no script, no external reference) of the QR code of ``text``."""
    image = qrcode.make(text, image_factory=qrcode.image.svg.SvgPathImage, box_size=8, border=2)
    return image.to_string(encoding="unicode")


def announced_terms(appeal):
    """What a receipt promises: registration by a day, the answer within so many days of it."""
    received_on = timezone.localdate(appeal.received_at)
    return {
        "registration_by": terms.registration_due(received_on),
        "answer_days": settings.APPEALS_ANSWER_DAYS,
        "study_days": settings.APPEALS_STUDY_DAYS,
    }
