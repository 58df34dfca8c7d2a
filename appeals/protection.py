"""What keeps the public forms for people: limits per address and per e-mail address, a
honeypot field, a challenge, one appeal per form, duplicates refused.

The challenge needs no third party: the page's deferred script finds a number whose SHA-256,
after a seed the server signed, starts with ``APPEALS_PROOF_BITS`` zero bits (a fraction of a
second on a phone, real work for a flood); without JavaScript the visitor adds two small
numbers instead. Either answer is checked against the signed challenge, which expires.

Counters live in the cache every process shares (as the page cache does); a cache outage
lifts the limits rather than refusing citizens.
"""

import hashlib
import secrets
from datetime import timedelta

from django.conf import settings
from django.core import signing
from django.core.cache import cache
from django.utils import timezone

from appeals.encryption import digest

CHALLENGE_SALT = "appeals.challenge"
CHALLENGE_MAX_AGE = 4 * 60 * 60  # a long appeal takes time to write
HOUR, DAY = 60 * 60, 24 * 60 * 60


def new_form_token():
    return secrets.token_urlsafe(32)


def new_challenge():
    first, second = secrets.randbelow(9) + 1, secrets.randbelow(9) + 1
    seed = secrets.token_hex(8)
    signed = signing.dumps({"a": first, "b": second, "seed": seed}, salt=CHALLENGE_SALT)
    return {
        "signed": signed,
        "first": first,
        "second": second,
        "seed": seed,
        "bits": settings.APPEALS_PROOF_BITS,
    }


def read_challenge(signed):
    try:
        return signing.loads(signed, salt=CHALLENGE_SALT, max_age=CHALLENGE_MAX_AGE)
    except signing.BadSignature:  # expired ones too
        return None


def leading_zero_bits(data):
    bits = 0
    for byte in data:
        if byte:
            return bits + 8 - byte.bit_length()
        bits += 8
    return bits


def challenge_passed(signed, answer, proof):
    challenge = read_challenge(signed)
    if challenge is None:
        return False
    if proof:
        work = hashlib.sha256(f"{challenge['seed']}:{proof}".encode()).digest()
        if leading_zero_bits(work) >= settings.APPEALS_PROOF_BITS:
            return True
    return str(answer).strip() == str(challenge["a"] + challenge["b"])


def _counter(kind, subject):
    return f"appeals:{kind}:{digest(subject)}"


def over_limit(kind, subject, limit):
    return (cache.get(_counter(kind, subject)) or 0) >= limit


def count(kind, subject, window):
    key = _counter(kind, subject)
    if cache.add(key, 1, window):
        return
    try:
        cache.incr(key)
    except ValueError:  # expired between the two calls
        cache.add(key, 1, window)


def submission_refusal(address, email):
    """Why a submission from this address (and e-mail address) is refused now, or ``None``."""
    if over_limit("address", address, settings.APPEALS_LIMIT_PER_ADDRESS):
        return "address"
    if email and over_limit("email", email, settings.APPEALS_LIMIT_PER_EMAIL):
        return "email"
    return None


def count_submission(address, email):
    count("address", address, HOUR)
    if email:
        count("email", email, DAY)


def is_duplicate(model, text):
    since = timezone.now() - timedelta(hours=settings.APPEALS_DUPLICATE_HOURS)
    return model.objects.filter(text_digest=digest(text), received_at__gte=since).exists()


def status_locked(address):
    return over_limit("status", address, settings.APPEALS_STATUS_FAILURE_LIMIT)


def count_status_failure(address):
    count("status", address, 15 * 60)
