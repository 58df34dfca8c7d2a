"""Purging the caching proxies in front of the site (Varnish with xkey, ``deploy/varnish/``).

Pages carry their tags in an ``xkey`` header; a purge sends ``PURGE`` with an ``xkey-purge``
header naming the tags to every address in ``PROXY_PURGE_URLS``. The requests go from a thread
of their own, so a proxy that is down or hangs never slows or breaks a save: each request gives
up after ``PROXY_PURGE_TIMEOUT`` seconds and the failure is logged.
"""

import atexit
import logging
import os
import queue
import threading
import time
import urllib.request

from django.conf import settings

logger = logging.getLogger(__name__)

# One queue and one thread per process: gunicorn forks its workers after the app is loaded.
_worker = {"pid": None, "queue": None}
_start_lock = threading.Lock()


def purge(tags):
    """Ask every proxy to drop what carries any of ``tags``; returns at once."""
    if not settings.PROXY_PURGE_URLS or not tags:
        return
    _ensure_worker().put(
        (tuple(settings.PROXY_PURGE_URLS), " ".join(sorted(tags)), settings.PROXY_PURGE_TIMEOUT)
    )


def wait(timeout=10.0):
    """Until every purge asked for so far has been sent or given up, at most ``timeout`` seconds.

    Also when the process ends (a management command, a script), so its purges are not lost."""
    deadline = time.monotonic() + timeout
    while _worker["pid"] == os.getpid() and _worker["queue"].unfinished_tasks and time.monotonic() < deadline:
        time.sleep(0.01)


def _ensure_worker():
    if _worker["pid"] != os.getpid():
        with _start_lock:
            if _worker["pid"] != os.getpid():
                _worker["queue"] = queue.Queue()
                thread = threading.Thread(target=_send_forever, args=(_worker["queue"],), daemon=True)
                thread.start()
                _worker["pid"] = os.getpid()
                atexit.register(wait)
    return _worker["queue"]


def _send_forever(purges):
    while True:
        urls, tags, timeout = purges.get()
        try:
            for url in urls:
                send(url, tags, timeout)
        finally:
            purges.task_done()


def send(url, tags, timeout):
    request = urllib.request.Request(url, method="PURGE", headers={"xkey-purge": tags})  # noqa: S310
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 (our setting)
            response.read()
    except (OSError, ValueError) as error:
        logger.error("Proxy purge of %s at %s failed: %s", tags, url, error)
