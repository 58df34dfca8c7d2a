"""The outgoing mail worker: sends what ``send_mail()`` queued (``mia_portal/mail_queue.py``).

Runs until stopped: SIGTERM or Ctrl-C end it between two passes (of at most
``MAILER_EMAIL_MAX_BATCH`` messages), so a message being handed over is never cut off.
``--once`` makes one pass, for cron or a check.
"""

import logging
import signal
import threading

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import DatabaseError, close_old_connections
from mailer.models import Message

from mia_portal.mail_queue import send_queued

logger = logging.getLogger(__name__)

# While the server (or the database) is out of reach, the worker waits twice as long before
# each new look, up to this (seconds).
LONGEST_WAIT = 300


class Command(BaseCommand):
    help = "Send the queued outgoing mail, retrying deferred messages; runs until stopped."

    def add_arguments(self, parser):
        parser.add_argument("--once", action="store_true", help="Make one pass over the queue and exit.")

    def handle(self, *args, once=False, **options):
        if once:
            send_queued()
            return
        stopping = threading.Event()
        for signum in (signal.SIGTERM, signal.SIGINT):
            signal.signal(signum, lambda *_signal: stopping.set())
        self.stdout.write(f"Sending queued mail with {settings.MAILER_EMAIL_BACKEND}; stop with Ctrl-C.")
        poll = settings.MAIL_QUEUE_POLL_SECONDS
        wait = poll
        while not stopping.is_set():
            close_old_connections()  # a connection the database dropped is opened anew
            try:
                reached = send_queued()
                more = reached and Message.objects.non_deferred().exists()  # a full batch was sent
            except DatabaseError as error:  # the database is down or locked: the queue waits there
                logger.error("Mail queue unreachable: %s", error)
                reached = more = False
            wait = poll if reached else min(wait * 2, LONGEST_WAIT)
            stopping.wait(0 if more else wait)
