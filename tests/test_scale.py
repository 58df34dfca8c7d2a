"""Scale-out: two app processes on their own ports, one PostgreSQL, one Redis, one site.

Each test starts two gunicorn processes (A and B) against the test database and the test's
Redis database, and shows that what one process caches the other serves, and that an edit
made anywhere — through A's admin, or by any other process saving to the database — is what
B serves on its very next request, although B had the page cached. Both processes are stopped
at the end of each test, whatever happens.

Runs only on PostgreSQL with REDIS_URL set (as CI's second run does): a SQLite file and a
local-memory cache are not shared between processes, which is exactly the point.
"""

import os
import re
import signal
import subprocess
import sys
import threading
import urllib.error
import urllib.request
from dataclasses import dataclass
from html.parser import HTMLParser
from http.cookiejar import CookieJar
from urllib.parse import urlencode

import pytest
from django.contrib.auth.hashers import PBKDF2PasswordHasher
from django.db import connection

from mia_portal.publishing import Status
from tests.factories import make_helpline
from tests.news.factories import make_article

pytestmark = pytest.mark.django_db(transaction=True)

START_TIMEOUT = 30  # seconds for gunicorn to bind its port
REQUEST_TIMEOUT = 30  # the first request also waits for the worker to load Django
PASSWORD = "correct horse battery staple"  # the ``superuser`` fixture's


@dataclass
class Page:
    status: int
    headers: dict
    text: str


class NoRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None  # a 302 is an answer to look at, not to follow


class AppProcess:
    """``gunicorn mia_portal.wsgi`` on a port of its own; ``stop()`` ends it."""

    def __init__(self, name, env):
        self.name = name
        self.lines = []
        self.listening = threading.Event()
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "gunicorn",
                "mia_portal.wsgi:application",
                "--bind=127.0.0.1:0",  # a free port, read back from the log
                "--workers=1",
                "--log-level=info",
                "--timeout=30",
            ],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        threading.Thread(target=self._read_log, daemon=True).start()
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(CookieJar()), NoRedirects
        )
        self.url = None

    def wait_until_listening(self):
        if not self.listening.wait(START_TIMEOUT):
            pytest.fail(f"{self.name} did not start:\n" + "".join(self.lines))
        port = re.search(r"Listening at: http://127\.0\.0\.1:(\d+)", "".join(self.lines)).group(1)
        self.url = f"http://127.0.0.1:{port}"

    def _read_log(self):
        for line in self.process.stderr:  # drained to the end, so gunicorn never blocks on it
            self.lines.append(line)
            if "Listening at:" in line:
                self.listening.set()

    def get(self, path, data=None):
        """A visitor's request (cookies kept per process); redirects are returned, not followed."""
        body = urlencode(data).encode() if data is not None else None
        try:
            with self.opener.open(self.url + path, data=body, timeout=REQUEST_TIMEOUT) as response:
                return Page(response.status, dict(response.headers), response.read().decode())
        except urllib.error.HTTPError as error:
            return Page(error.code, dict(error.headers), error.read().decode())

    def stop(self):
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)  # gunicorn's quick shutdown
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


class FormValues(HTMLParser):
    """The values a browser would submit from the form with the given id."""

    def __init__(self, form_id):
        super().__init__()
        self.form_id = form_id
        self.values, self._in_form, self._textarea, self._select = {}, False, None, None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form" and attrs.get("id") == self.form_id:
            self._in_form = True
        elif not self._in_form or ("name" not in attrs and tag != "option"):
            return
        elif tag == "input" and attrs.get("type") not in {"submit", "button", "file", "image"}:
            if attrs.get("type") not in {"checkbox", "radio"} or "checked" in attrs:
                self.values[attrs["name"]] = attrs.get("value") or (
                    "on" if attrs.get("type") == "checkbox" else ""
                )
        elif tag == "textarea":
            self._textarea = attrs["name"]
            self.values[self._textarea] = ""
        elif tag == "select":
            self._select = attrs["name"]
        elif tag == "option" and self._select and ("selected" in attrs or self._select not in self.values):
            self.values[self._select] = attrs.get("value", "")

    def handle_data(self, data):
        if self._textarea:
            self.values[self._textarea] += data

    def handle_endtag(self, tag):
        if tag == "textarea":
            self._textarea = None
        elif tag == "select":
            self._select = None
        elif tag == "form":
            self._in_form = False


def form_values(html, form_id):
    parser = FormValues(form_id)
    parser.feed(html)
    assert parser.values, f"no form #{form_id} on the page"
    return parser.values


@pytest.fixture
def two_processes(settings):
    if connection.vendor != "postgresql":
        pytest.skip(
            "needs PostgreSQL: set DATABASE_URL=postgres://… (SQLite is not shared between processes)"
        )
    if not settings.REDIS_URL:
        pytest.skip(
            "needs Redis: set REDIS_URL=redis://… (a local-memory cache is not shared between processes)"
        )
    database = connection.settings_dict
    credentials = database["USER"] + (f":{database['PASSWORD']}" if database["PASSWORD"] else "")
    server = f"{database['HOST'] or '127.0.0.1'}:{database['PORT'] or 5432}"
    env = {key: value for key, value in os.environ.items() if not key.startswith("DJANGO_")}
    env.update(
        # The test's own database and Redis database (tests/conftest.py gives each xdist worker one).
        DATABASE_URL=f"postgres://{credentials}@{server}/{database['NAME']}",
        REDIS_URL=settings.CACHES["default"]["LOCATION"],
        DJANGO_PAGE_CACHE_SECONDS="300",
        DJANGO_SECRET_KEY="test-only-secret-key-not-for-production",
        DJANGO_ALLOWED_HOSTS="127.0.0.1",
        DJANGO_SITE_URL="https://mia.example",
        # Static URLs without collectstatic's manifest; nothing else here depends on DEBUG.
        DJANGO_DEBUG="1",
    )
    processes = []
    try:
        for name in ("A", "B"):
            processes.append(AppProcess(name, env))
        for process in processes:
            process.wait_until_listening()
        yield processes
    finally:
        for process in processes:
            process.stop()


def log_in(process, user):
    """Log in through ``process``'s admin login form, as a browser does."""
    # The test settings hash with MD5, which the app processes do not accept: a real hash, cheap.
    hasher = PBKDF2PasswordHasher()
    user.password = hasher.encode(PASSWORD, hasher.salt(), iterations=1000)
    user.save(update_fields=["password"])
    login = process.get("/admin/login/")
    values = {**form_values(login.text, "login-form"), "username": user.username, "password": PASSWORD}
    answer = process.get("/admin/login/?next=/admin/", values)
    assert answer.status == 302, answer.text[:2000]


def test_an_admin_edit_through_one_process_is_served_at_once_by_the_other(two_processes, superuser):
    a, b = two_processes
    helpline = make_helpline(display_number="(+992 37) 221-21-21")

    first = b.get("/en/contacts/")
    assert first.headers["X-Cache"] == "miss"
    assert "221-21-21" in first.text
    assert b.get("/en/contacts/").headers["X-Cache"] == "hit"
    # One cache for every process: what B stored, A serves.
    assert a.get("/en/contacts/").headers["X-Cache"] == "hit"

    log_in(a, superuser)
    change = f"/admin/contacts/helpline/{helpline.pk}/change/"
    values = {
        **form_values(a.get(change).text, "helpline_form"),
        "display_number": "(+992 37) 999-99-99",
        "_save": "Save",
    }
    saved = a.get(change, values)
    assert saved.status == 302, saved.text[:2000]

    after = b.get("/en/contacts/")
    assert after.status == 200
    assert after.headers["X-Cache"] == "miss"
    assert "999-99-99" in after.text
    assert "221-21-21" not in after.text


def test_unpublishing_anywhere_removes_the_item_from_both_processes_at_once(two_processes):
    a, b = two_processes
    article = make_article(title="Round table in Khujand")

    assert "Round table in Khujand" in b.get("/en/news/").text
    cached = b.get("/en/news/")
    assert cached.headers["X-Cache"] == "hit"
    # Headers a CDN in front of the processes can honour: shared, short-lived, per cookie.
    assert "public" in cached.headers["Cache-Control"]
    assert "max-age=" in cached.headers["Cache-Control"]
    assert "Cookie" in cached.headers["Vary"]
    assert a.get("/en/news/").headers["X-Cache"] == "hit"

    # Saved by a third process (this test), as a management command or another host would.
    article.status = Status.DRAFT
    article.save()

    fresh = b.get("/en/news/")
    assert fresh.headers["X-Cache"] == "miss"
    assert "Round table in Khujand" not in fresh.text
    # …and what B has just rebuilt is what A serves.
    assert "Round table in Khujand" not in a.get("/en/news/").text
