"""The worker as operators run it: the command ``make run`` starts, and two workers at once
(two processes, as on two machines) sharing one queue, each message sent exactly once."""

import asyncio
import contextlib
import os
import re
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from django.core import mail
from django.core.management import call_command
from django.db import connection
from mailer.models import Message

from tests.mail.conftest import Recorder, SMTPServer, free_port

ROOT = Path(__file__).resolve().parent.parent.parent


def makefile_worker_command():
    """The manage.py command that ``make run`` and ``make dev`` start beside the server, and
    the systemd unit runs."""
    makefile = (ROOT / "Makefile").read_text()
    (command,) = re.findall(r"^MAIL_WORKER = \$\(MANAGE\) (\S+)$", makefile, re.MULTILINE)
    for target in ("run", "dev"):
        recipe = re.search(rf"^{target}:.*\n((?:\t.*\n)+)", makefile, re.MULTILINE).group(1)
        assert "$(START_MAIL_WORKER)" in recipe, target
    assert f"manage.py {command}\n" in (ROOT / "deploy" / "mia-mail.service").read_text()
    return command


@pytest.mark.django_db
def test_make_run_starts_a_worker_command_that_makes_one_pass(settings, capsys):
    settings.EMAIL_BACKEND = "mailer.backend.DbBackend"
    settings.MAILER_EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
    mail.send_mail("Санҷиши навбатӣ", "Матн", None, ["citizen@example.tj"])

    call_command(makefile_worker_command(), "--once")

    assert "Message-ID:" in capsys.readouterr().out
    assert not Message.objects.exists()


class SlowFirstDelivery(Recorder):
    """Holds the first message's DATA until both workers have looked at the server (each
    worker's pass begins with a NOOP), so that both are at the queue at the same time."""

    def __init__(self):
        super().__init__()
        self.probes = 0
        self.both_arrived = asyncio.Event()
        self.held = False

    async def handle_NOOP(self, server, session, envelope, arg):
        self.probes += 1
        if self.probes >= 2:
            self.both_arrived.set()
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        if not self.held:
            self.held = True
            # Past the timeout the workers did not overlap; what they sent is still checked.
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self.both_arrived.wait(), timeout=30)
        return await super().handle_DATA(server, session, envelope)


def database_url():
    database = connection.settings_dict
    if connection.vendor == "sqlite":
        return f"sqlite:///{database['NAME']}"
    return (
        f"postgres://{database['USER']}:{database['PASSWORD']}@{database['HOST'] or 'localhost'}:"
        f"{database['PORT'] or 5432}/{database['NAME']}"
    )


def worker_environment(port):
    environment = {key: value for key, value in os.environ.items() if not key.startswith("DJANGO_")}
    environment.update(
        DJANGO_SETTINGS_MODULE="mia_portal.settings",
        DJANGO_DEBUG="1",
        DATABASE_URL=database_url(),
        DJANGO_EMAIL_HOST="127.0.0.1",
        DJANGO_EMAIL_PORT=str(port),
        DJANGO_EMAIL_USE_TLS="0",
    )
    return environment


@pytest.mark.django_db(transaction=True)  # the workers are other processes: the queue is committed
def test_two_workers_at_once_send_each_message_once(settings):
    settings.EMAIL_BACKEND = "mailer.backend.DbBackend"
    subjects = [f"Хабарнома {number}" for number in range(12)]
    for subject in subjects:
        mail.send_mail(subject, "Матн", None, ["citizen@example.tj"])
    server = SMTPServer(free_port())
    server.recorder = SlowFirstDelivery()
    server.start()
    environment = worker_environment(server.port)
    command = [sys.executable, "manage.py", "send_queued_mail", "--once"]
    try:
        workers = [
            subprocess.Popen(command, cwd=ROOT, env=environment, stderr=subprocess.PIPE, text=True)
            for _worker in range(2)
        ]
        errors = [worker.communicate(timeout=120)[1] for worker in workers]
    finally:
        server.stop()

    assert [worker.returncode for worker in workers] == [0, 0], errors
    assert sorted(server.recorder.subjects()) == sorted(subjects)
    assert not Message.objects.exists()


@pytest.mark.django_db(transaction=True)
def test_running_worker_sends_and_stops_cleanly_on_sigterm(settings, smtp_server):
    mail.send_mail("Огоҳӣ", "Матн", None, ["citizen@example.tj"])
    worker = subprocess.Popen(
        [sys.executable, "manage.py", "send_queued_mail"],
        cwd=ROOT,
        env=worker_environment(smtp_server.port),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        delivered = smtp_server.recorder.received.wait(timeout=60)
        worker.send_signal(signal.SIGTERM)
        _output, errors = worker.communicate(timeout=60)
    finally:
        worker.kill()

    assert delivered
    assert worker.returncode == 0, errors
    assert smtp_server.recorder.subjects() == ["Огоҳӣ"]
