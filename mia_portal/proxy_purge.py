"""Purging the caching proxies in front of the site (Varnish with xkey, ``deploy/varnish/``).

Pages carry their tags in an ``xkey`` header; a purge sends ``PURGE`` with an ``xkey-purge``
header naming the tags to every address in ``PROXY_PURGE_URLS``. The requests go from a thread
of their own, so a proxy that is down or hangs never slows or breaks a save: each request gives
up after ``PROXY_PURGE_TIMEOUT`` seconds and the failure is logged.
"""

import logging
import os
import queue
import threading
import urllib.request

from django.conf import settings

logger = logging.getLogger(__name__)

_queue = queue.Queue()
_worker = {"pid": None}
_start_lock = threading.Lock()


def purge(tags):
    """Ask every proxy to drop what carries any of ``tags``; returns at once."""
    if not settings.PROXY_PURGE_URLS or not tags:
        return
    _ensure_worker()
    _queue.put((tuple(settings.PROXY_PURGE_URLS), " ".join(sorted(tags)), settings.PROXY_PURGE_TIMEOUT))


def wait():
    """Until every purge asked for so far has been sent or given up (tests, the bench)."""
    if _worker["pid"] == os.getpid():
        _queue.join()


def _ensure_worker():
    # A thread per process: gunicorn forks its workers after the app is loaded.
    if _worker["pid"] == os.getpid():
        return
    with _start_lock:
        if _worker["pid"] != os.getpid():
            threading.Thread(target=_send_forever, name="proxy-purge", daemon=True).start()
            _worker["pid"] = os.getpid()


def _send_forever():
    while True:
        urls, tags, timeout = _queue.get()
        try:
            for url in urls:
                send(url, tags, timeout)
        finally:
            _queue.task_done()


def send(url, tags, timeout):
    request = urllib.request.Request(url, method="PURGE", headers={"xkey-purge": tags})  # noqa: S310
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 (our setting)
            response.read()
    except (OSError, ValueError) as error:
        logger.error("Proxy purge of %s at %s failed: %s", tags, url, error)
