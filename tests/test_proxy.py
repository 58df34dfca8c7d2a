"""The proxy tier: Varnish (Debian's varnishd with xkey) with ``deploy/varnish/default.vcl`` in
front of a gunicorn process, purged by the site with the pages' tags; and a proxy that is down
or hangs never holding up a save.

The Varnish test starts its own varnishd on loopback (a free port, its own working folder) and
is skipped where varnishd is not installed, as browser tests are without Chromium.
"""

import logging
import shutil
import socket
import subprocess
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from mia_portal import proxy_purge
from tests.test_one_machine import env, run, start  # noqa: F401 (fixtures)

ROOT = Path(__file__).resolve().parent.parent
VCL = ROOT / "deploy" / "varnish" / "default.vcl"
START_TIMEOUT = 30

PUBLISH = """
import django
django.setup()
from django.core.management import call_command
from django.utils import translation
from tests.incidents.factories import make_incident
from tests.news.factories import make_article, make_rubric

call_command("migrate", verbosity=0)
with translation.override("en"):
    patrol, traffic = make_rubric("patrol"), make_rubric("traffic")
    print(make_article("Patrol in Khujand", rubric=patrol).get_absolute_url())
    print(make_article("Traffic in Kulob", rubric=traffic).get_absolute_url())
    make_incident("Theft")
"""

DRAFT = """
import django
django.setup()
from mia_portal.publishing import Status
from news.models import Article, Rubric
from tests.news.factories import make_article

draft = make_article("Draft", status=Status.DRAFT, rubric=Rubric.objects.get(slug="patrol"))
draft.title_en = "Draft, second try"
draft.save()
"""

PUBLICATION = """
import django
django.setup()
from news.models import Rubric
from tests.news.factories import make_article

make_article("New patrol", rubric=Rubric.objects.get(slug="patrol"))
"""

WITHDRAWAL = """
import django
django.setup()
from mia_portal.publishing import Status
from news.models import Article

article = Article.objects.get(title_en="Patrol in Khujand (en)")
article.status = Status.WITHDRAWN
article.save()
"""


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Varnish:
    """varnishd in the foreground with the project's VCL, its backend set to ``backend_port``."""

    def __init__(self, folder, port, backend_port):
        vcl = folder / "default.vcl"
        vcl.write_text(VCL.read_text().replace('.port = "8000";', f'.port = "{backend_port}";'))
        self.url = f"http://127.0.0.1:{port}"
        self.process = subprocess.Popen(
            [
                "varnishd",
                "-F",
                "-j",
                "none",
                "-n",
                str(folder / "work"),
                "-a",
                f"127.0.0.1:{port}",
                "-T",
                "none",
                "-f",
                str(vcl),
                "-s",
                "malloc,32m",
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                pytest.fail("varnishd did not start:\n" + self.process.stdout.read())
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=1):
                    return
            except OSError:
                time.sleep(0.1)
        pytest.fail("varnishd did not listen")

    def get(self, path, cookie=None):
        request = urllib.request.Request(self.url + path, headers={"Cookie": cookie} if cookie else {})  # noqa: S310
        try:
            with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310
                return response.status, dict(response.headers), response.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, dict(error.headers), error.read().decode()

    def state(self, path, **kwargs):
        return self.get(path, **kwargs)[1].get("X-Proxy-Cache")

    def softpurge(self, tags):
        headers = {"xkey-softpurge": tags}
        request = urllib.request.Request(self.url + "/", method="PURGE", headers=headers)  # noqa: S310
        with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310
            response.read()

    def stop(self):
        self.process.terminate()
        try:
            self.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


@pytest.fixture
def varnish_port(env):  # noqa: F811
    if shutil.which("varnishd") is None:
        pytest.skip("varnishd is not installed (apt-get install varnish varnish-modules)")
    port = free_port()
    env["DJANGO_PROXY_PURGE_URLS"] = f"http://127.0.0.1:{port}/"
    return port


@pytest.fixture
def proxy(tmp_path, varnish_port):
    started = []

    def start_varnish(backend):
        started.append(Varnish(tmp_path / "varnish", varnish_port, backend.url.rsplit(":", 1)[1]))
        return started[0]

    (tmp_path / "varnish").mkdir()
    yield start_varnish
    for varnish in started:
        varnish.stop()


def test_varnish_keeps_public_pages_and_loses_exactly_what_the_site_purges(env, start, proxy):  # noqa: F811
    patrol, traffic = run(env, PUBLISH).splitlines()
    (app,) = start("A")
    varnish = proxy(app)
    pages = [patrol, traffic, "/en/news/", "/ru/news/", "/en/", "/en/incidents/", "/en/contacts/"]
    for path in pages:
        assert varnish.state(path) == "miss", path
        assert varnish.state(path) == "hit", path

    # Staff, or anyone with a session, go to the site every time.
    assert [varnish.state("/en/news/", cookie="sessionid=abc") for _ in range(2)] == ["pass", "pass"]
    # Other cookies do not make another copy; the reading mode does.
    assert varnish.state("/en/news/", cookie="csrftoken=x; django_language=en") == "hit"
    assert varnish.state("/en/news/", cookie="reading=larger:high:on") == "miss"
    assert "/admin" not in patrol and varnish.state("/healthz") == "pass"

    run(env, DRAFT)
    assert {path: varnish.state(path) for path in pages} == dict.fromkeys(pages, "hit")

    run(env, PUBLICATION)
    purged = {patrol, "/en/news/", "/ru/news/", "/en/"}  # the patrol article lists related ones
    assert {path: varnish.state(path) for path in pages} == {
        path: "miss" if path in purged else "hit" for path in pages
    }
    assert "New patrol" in varnish.get("/en/news/")[2]

    run(env, WITHDRAWAL)
    assert varnish.get(patrol)[0] == 410
    assert "Patrol in Khujand" not in varnish.get("/en/news/")[2]
    assert varnish.state(traffic) == "hit"

    # The site goes down: pages are served from the proxy, even those past their time.
    app.stop()
    varnish.softpurge("all")
    status, _headers, body = varnish.get(traffic)
    assert status == 200 and "Traffic in Kulob" in body


class Hanging:
    """A proxy that accepts connections and never answers."""

    def __init__(self):
        self.server = socket.socket()
        self.server.bind(("127.0.0.1", 0))
        self.server.listen()
        self.url = f"http://127.0.0.1:{self.server.getsockname()[1]}/"
        self.connected = threading.Event()
        self.release = threading.Event()
        threading.Thread(target=self.serve, daemon=True).start()

    def serve(self):
        connection, _address = self.server.accept()
        self.connected.set()
        self.release.wait(30)
        connection.close()
        self.server.close()


@pytest.mark.django_db
def test_a_proxy_that_hangs_or_is_down_does_not_hold_up_a_save(settings, committed, caplog):
    from tests.news.factories import make_article

    hanging = Hanging()
    down = f"http://127.0.0.1:{free_port()}/"
    settings.PROXY_PURGE_URLS = [hanging.url, down]
    settings.PROXY_PURGE_TIMEOUT = 30
    with caplog.at_level(logging.ERROR, logger="mia_portal.proxy_purge"), committed():
        make_article("Patrol")
    # The save has returned while the proxy still holds the purge unanswered.
    assert hanging.connected.wait(10)
    assert not hanging.release.is_set()
    hanging.release.set()
    proxy_purge.wait()
    failures = [record.getMessage() for record in caplog.records]
    assert any(hanging.url in message for message in failures)
    assert any(down in message for message in failures)
