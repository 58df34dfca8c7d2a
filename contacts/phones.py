"""Phone numbers: kept as they are dialled (+992372212121), shown as Tajik numbers are written.

Tajik numbers have nine digits after +992: Dushanbe's are 37 and seven digits
(+992 37 221-21-21), the other towns' a four-digit code starting with 3 and five digits
(+992 3422 6-54-32), mobile numbers a two-digit operator code and seven digits
(+992 93 555-12-34). Short service numbers (102, 1919) and foreign numbers are shown as dialled.
"""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

DIALLED = re.compile(r"^\+?[0-9]{2,15}$")
# What people type between the digits of a number; dropped before it is dialled.
SEPARATORS = re.compile(r"[\s().-]")
TAJIK_PREFIX = "+992"


def dialled(number):
    """The number as a ``tel:`` link dials it (E.164 for full numbers): digits and the leading +."""
    return SEPARATORS.sub("", number)


def shown(number):
    """The number grouped for reading: ``+992372212121`` → ``+992 37 221-21-21``."""
    number = dialled(number)
    national = number.removeprefix(TAJIK_PREFIX)
    if not number.startswith(TAJIK_PREFIX) or len(national) != 9 or not national.isdigit():
        return number
    if national.startswith("3") and not national.startswith("37"):
        code, subscriber = national[:4], national[4:]
        return f"{TAJIK_PREFIX} {code} {subscriber[0]}-{subscriber[1:3]}-{subscriber[3:]}"
    code, subscriber = national[:2], national[2:]
    return f"{TAJIK_PREFIX} {code} {subscriber[:3]}-{subscriber[3:5]}-{subscriber[5:]}"


def numbers_in(text):
    """The numbers of a comma-separated field, in order, without empty entries."""
    return [number.strip() for number in text.split(",") if number.strip()]


def validate_numbers(value):
    """Each comma-separated number must be diallable once spaces, dashes and brackets are dropped."""
    wrong = [number for number in numbers_in(value) if not DIALLED.match(dialled(number))]
    if wrong:
        raise ValidationError(
            _("Not a phone number: %(numbers)s. Write the digits as dialled, e.g. +992372212121."),
            params={"numbers": ", ".join(wrong)},
            code="invalid",
        )
