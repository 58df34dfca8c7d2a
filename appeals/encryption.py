"""Personal data encrypted at rest: model fields whose values the database holds only as
Fernet tokens (AES-128-CBC with an HMAC-SHA256), and keyed digests to find equal values.

The keys come from ``APPEALS_KEYS``, newest first (``MultiFernet``): values are written with
the newest key and read with any of them, so a new key is put in front, ``manage.py
reencrypt_appeals`` rewrites every value with it, and the old key can then be dropped. Without
keys, one is derived from ``SECRET_KEY`` (fine on a laptop; production sets its own, so that
the secret key can change without making the appeals unreadable).

A token differs at every write, so the database cannot compare encrypted values: where equal
values must be found (the limits per e-mail address, duplicates, an applicant's data export),
a model keeps ``digest()`` of the value beside it.
"""

import base64
import hashlib
import hmac
from functools import cache

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.core.signals import setting_changed
from django.db import models
from django.dispatch import receiver


@cache
def keys():
    if settings.APPEALS_KEYS:
        try:
            return MultiFernet([Fernet(key) for key in settings.APPEALS_KEYS])
        except ValueError as error:
            raise ImproperlyConfigured(
                "DJANGO_APPEALS_KEYS: each key must be 32 url-safe base64-encoded bytes "
                "(Fernet.generate_key())."
            ) from error
    derived = hashlib.sha256(f"appeals-encryption:{settings.SECRET_KEY}".encode()).digest()
    return MultiFernet([Fernet(base64.urlsafe_b64encode(derived))])


@cache
def _digest_key():
    return hashlib.sha256(f"appeals-digest:{settings.SECRET_KEY}".encode()).digest()


@receiver(setting_changed)
def _forget_keys(setting, **kwargs):
    if setting in {"APPEALS_KEYS", "SECRET_KEY"}:
        keys.cache_clear()
        _digest_key.cache_clear()


def encrypt(text):
    return keys().encrypt(text.encode()).decode("ascii")


def decrypt(token):
    try:
        return keys().decrypt(token.encode("ascii")).decode()
    except (InvalidToken, UnicodeEncodeError) as error:
        raise ImproperlyConfigured(
            "An encrypted value cannot be read with DJANGO_APPEALS_KEYS: a key it was written "
            "with is missing."
        ) from error


def digest(value):
    """A keyed digest of a value, folded (case, spaces), to find equal values without reading them."""
    folded = " ".join(str(value).split()).casefold()
    return hmac.new(_digest_key(), folded.encode(), hashlib.sha256).hexdigest()


class EncryptedTextField(models.TextField):
    """Text stored as a Fernet token; an empty value stays empty (it holds nothing to hide).

    Only ``isnull`` and emptiness can be looked up: the tokens of equal texts differ."""

    def from_db_value(self, value, expression, connection):
        if not value:
            return value
        return decrypt(value)

    def get_prep_value(self, value):
        value = super().get_prep_value(value)
        if not value:
            return value
        return encrypt(value)
