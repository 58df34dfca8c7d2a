"""Mail servers on loopback for the outgoing mail queue's tests: a real SMTP server (aiosmtpd)
that records what it receives or answers with the code a test sets, one that accepts
connections and never answers, and a port where nothing listens."""

import email
import email.policy
import socket
import threading

import pytest
from aiosmtpd.controller import Controller


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Recorder:
    """aiosmtpd's handler: keeps each message received; ``refusal`` (e.g. "550 …") is the
    answer to every recipient while it is set."""

    def __init__(self):
        self.messages = []
        self.refusal = None
        self.connections = 0
        self.received = threading.Event()

    async def handle_EHLO(self, server, session, envelope, hostname, responses):
        self.connections += 1
        session.host_name = hostname
        return responses

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if self.refusal:
            return self.refusal
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        self.messages.append(
            {
                "envelope_from": envelope.mail_from,
                "envelope_to": list(envelope.rcpt_tos),
                "message": email.message_from_bytes(envelope.original_content, policy=email.policy.default),
            }
        )
        self.received.set()
        return "250 Message accepted for delivery"

    def subjects(self):
        return [received["message"]["Subject"].strip() for received in self.messages]


class SMTPServer:
    def __init__(self, port):
        self.port = port
        self.recorder = Recorder()
        self.controller = None

    def start(self):
        self.controller = Controller(self.recorder, hostname="127.0.0.1", port=self.port)
        self.controller.start()

    def stop(self):
        if self.controller:
            self.controller.stop()
            self.controller = None


class SilentServer:
    """Accepts connections and never says a word after ``greeting`` (a hung mail server)."""

    def __init__(self, greeting=b""):
        self.greeting = greeting
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.accepted = []
        self.thread = threading.Thread(target=self.accept, daemon=True)
        self.thread.start()

    def accept(self):
        while True:
            try:
                connection, _address = self.listener.accept()
            except OSError:  # closed
                return
            self.accepted.append(connection)
            connection.sendall(self.greeting)

    def close(self):
        self.listener.close()
        for connection in self.accepted:
            connection.close()


def use_server(settings, port):
    """The worker sends through SMTP to ``port`` on loopback; send_mail() queues (pytest-django
    would otherwise put every message straight into mail.outbox)."""
    settings.EMAIL_BACKEND = "mailer.backend.DbBackend"
    settings.MAILER_EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = port
    settings.EMAIL_USE_TLS = False
    settings.EMAIL_USE_SSL = False
    settings.EMAIL_HOST_USER = ""
    settings.EMAIL_HOST_PASSWORD = ""
    settings.EMAIL_TIMEOUT = 5  # generous: a loaded test machine must not look like an outage


@pytest.fixture
def smtp_server(settings):
    server = SMTPServer(free_port())
    use_server(settings, server.port)
    server.start()
    yield server
    server.stop()


@pytest.fixture
def stopped_server(settings):
    """A server whose port is closed until the test calls ``start()``."""
    server = SMTPServer(free_port())
    use_server(settings, server.port)
    yield server
    server.stop()


@pytest.fixture(params=[b"", b"220 mail.example ESMTP\r\n"], ids=["silent", "greets-then-silent"])
def silent_server(settings, request):
    server = SilentServer(greeting=request.param)
    use_server(settings, server.port)
    settings.EMAIL_TIMEOUT = 1
    yield server
    server.close()
