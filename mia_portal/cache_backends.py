"""A Redis cache that the site can do without.

django-redis's ``IGNORE_EXCEPTIONS`` turns a failed call into a miss, but a Redis that hangs
(paused, swapping, a network partition) still costs the socket timeout on every call, several
times a request: pages crawl, workers queue up and even ``/healthz`` stops answering. Here,
once a call fails or times out, this process stops asking Redis for ``RETRY_AFTER`` seconds —
every call answers at once, as a miss — then lets one call try again (a circuit breaker).
An outage is logged when it starts and when it ends, with what it cost, not once per call.
When it ends, ``recovered`` is sent: what was stored before it may have been overtaken by
changes that could not be recorded meanwhile (the page cache purges every tag).
"""

import logging
import threading
from time import monotonic

from django.dispatch import Signal
from django_redis.cache import RedisCache
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)

# What django-redis lets through once IGNORE_EXCEPTIONS is off (socket timeouts are OSErrors).
CACHE_ERRORS = (RedisError, OSError)

# Sent by the first call that Redis answers after an outage, before anything it read is used.
recovered = Signal()


class Outage:
    """Whether this process is doing without one cache server; shared by all its threads."""

    _of_server = {}
    _registry_lock = threading.Lock()

    def __init__(self, retry_after):
        self.retry_after = retry_after
        self.lock = threading.Lock()
        self.started_at = None
        self.retry_at = 0.0
        self.failed = 0
        self.skipped = 0

    @classmethod
    def of(cls, server, retry_after):
        with cls._registry_lock:
            return cls._of_server.setdefault(server, cls(retry_after))

    def allows_call(self):
        if self.started_at is None:
            return True
        with self.lock:
            if self.started_at is None:
                return True
            if monotonic() >= self.retry_at:
                # This call tries; the others keep doing without until it has answered.
                self.retry_at = monotonic() + self.retry_after
                return True
            self.skipped += 1
            return False

    def call_failed(self, error):
        with self.lock:
            self.failed += 1
            self.retry_at = monotonic() + self.retry_after
            if self.started_at is None:
                self.started_at = monotonic()
                logger.error(
                    "Cache unavailable (%s: %s); serving without it, trying again every %s s",
                    type(error).__name__,
                    error,
                    self.retry_after,
                )

    def call_succeeded(self):
        """True for the call that ends an outage."""
        if self.started_at is None:
            return False
        with self.lock:
            if self.started_at is None:
                return False
            logger.warning(
                "Cache available again after %.0f s; %d calls failed, %d more were not tried",
                monotonic() - self.started_at,
                self.failed,
                self.skipped,
            )
            self.started_at, self.failed, self.skipped = None, 0, 0
            return True


class ResilientRedisCache(RedisCache):
    """django-redis behind a circuit breaker: ``OPTIONS["RETRY_AFTER"]`` seconds (default 5)
    without Redis after a failed call. Calls answer as django-redis's ``IGNORE_EXCEPTIONS``
    would: a miss, or nothing stored."""

    def __init__(self, server, params):
        options = dict(params.get("OPTIONS", {}))
        retry_after = options.pop("RETRY_AFTER", 5)
        options["IGNORE_EXCEPTIONS"] = False  # failures come here, to be counted, not logged each
        super().__init__(server, {**params, "OPTIONS": options})
        self.outage = Outage.of(server, retry_after)

    def _call(self, method, unavailable, *args, **kwargs):
        if not self.outage.allows_call():
            return unavailable
        try:
            result = method(*args, **kwargs)
        except CACHE_ERRORS as error:
            self.outage.call_failed(error)
            return unavailable
        if self.outage.call_succeeded():
            recovered.send(sender=type(self), cache=self)
            return unavailable  # it may be what the outage left stale
        return result

    def get(self, key, default=None, version=None, client=None):
        return self._call(super().get, default, key, default=default, version=version, client=client)

    def get_many(self, *args, **kwargs):
        return self._call(super().get_many, {}, *args, **kwargs)

    def has_key(self, *args, **kwargs):
        return self._call(super().has_key, False, *args, **kwargs)

    def set(self, *args, **kwargs):
        return self._call(super().set, False, *args, **kwargs)

    def add(self, *args, **kwargs):
        return self._call(super().add, False, *args, **kwargs)

    def set_many(self, *args, **kwargs):
        return self._call(super().set_many, None, *args, **kwargs)

    def touch(self, *args, **kwargs):
        return self._call(super().touch, False, *args, **kwargs)

    def incr(self, *args, **kwargs):
        return self._call(super().incr, None, *args, **kwargs)

    def decr(self, *args, **kwargs):
        return self._call(super().decr, None, *args, **kwargs)

    def delete(self, *args, **kwargs):
        return self._call(super().delete, False, *args, **kwargs)

    def delete_many(self, *args, **kwargs):
        return self._call(super().delete_many, None, *args, **kwargs)

    def clear(self):
        return self._call(super().clear, None)
