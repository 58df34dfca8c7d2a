"""The load run: set everything up, load every page uncached and cached, check the targets.

    make bench        # = .venv/bin/python -m bench.run
    .venv/bin/python -m bench.run --duration 3 --concurrency-duration 10   # a quick look
    .venv/bin/python -m bench.run --compare-workers                        # sync vs gthread

Set-up, each step skipped when already done: PostgreSQL (127.0.0.1:5432, user postgres) and
Redis (127.0.0.1:6379) started if they are not answering, the database ``mia_bench`` created,
migrated and filled by ``bench.generate``, catalogs compiled, static files collected, ``wrk``
installed. Then, with the production settings (DEBUG off, Redis database 9 as the cache):

* the SQL queries of every page are counted once with Django's test client, uncached and
  cached (``CaptureQueriesContext`` against the same database), and one uncached request is
  timed alone, split into waiting for the database, rendering templates and the rest
  (``TimeSplit``);
* a gunicorn server with the page cache off (``DJANGO_PAGE_CACHE_SECONDS=0``) and then one
  with it on serve ``bench.wsgi`` on loopback (2 sync workers, as ``make run`` serves:
  ``--compare-workers`` measures why); against each, ``wrk`` loads the
  bare view ``/bench-baseline`` and every page of the mix for ``--duration`` seconds at
  ``--connections`` connections (cached pages are warmed first); the uncached server also
  serves the two reference pages of ``bench.urls`` (the layout alone, and the layout around
  the news list's twelve cards), reported as ``floor`` beside the mix and held to no target;
* the concurrent-readers run: 64 connections for 60 s over a rotating mix, on the cached server;
* each worker's resident memory is read from /proc after its server's runs.

It prints a table, PASS/FAIL lines for the targets of issue 8 (INFO for the floor) and writes everything to
``bench/results.json``. It never fails because a target is missed; it fails only when it
cannot set up or measure. An optional page of the mix that answers 404 is reported as skipped.
"""

import argparse
import json
import os
import platform
import re
import secrets
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from bench import wrk

ROOT = Path(__file__).resolve().parent.parent
PYTHON = Path(sys.executable)
RESULTS = ROOT / "bench" / "results.json"
DEFAULT_DATABASE_URL = "postgres://postgres@127.0.0.1:5432/mia_bench"
# The test suite uses Redis databases 15, 14, … (one per xdist worker); the benchmark keeps clear.
DEFAULT_REDIS_URL = "redis://127.0.0.1:6379/9"
BASELINE_PATH = "/bench-baseline"
ADJACENT_BASELINE_SECONDS = 3
WORKERS = 2

# The targets of issue 8.
UNCACHED_RATIO = 0.10
UNCACHED_RATIO_STRETCH = 0.15
UNCACHED_P99_MS = 100
MAX_QUERIES = 8
DEEP_PAGE_TOLERANCE = 0.8  # "as fast as the first": at least 80 % of page 1's requests per second
CACHED_RATIO = 0.7
SEARCH_P95_MS = 50
HOME_HTML_BYTES = 60 * 1024
STATIC_GZIP_BYTES = 50 * 1024
WORKER_RSS_MB = 150
KEY_PAGES = ("home", "news-list", "article")
ALONE_SAMPLES = 50

SEARCHES = {
    "ru": ["наркотиков", "милиция Худжанд", "мошенничество", "круглый стол", "ГАИ проверка", "задержан"],
    # Tajik as typed on keyboards without ғ ӣ қ ӯ ҳ ҷ, too.
    "tg": ["милитсия", "маводи мухаддир", "дуздӣ", "Хуҷанд", "хучанд", "кормандони милитсия"],
    "en": ["police", "drugs seized", "road safety", "fraud", "Khujand", "OSCE seminar"],
}


@dataclass
class Page:
    name: str
    paths: list
    optional: bool = False  # reported as skipped while it answers 404
    note: str = ""
    results: dict = field(default_factory=dict)


def say(text=""):
    print(text, flush=True)


# --- Set-up --------------------------------------------------------------------------------------


def machine_facts():
    memory_kb = next(
        int(line.split()[1])
        for line in Path("/proc/meminfo").read_text().splitlines()
        if line.startswith("MemTotal")
    )
    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if "model name" in line
        ),
        platform.processor(),
    )
    return {
        "nproc": os.cpu_count(),
        "memory_gb": round(memory_kb / 1024 / 1024, 1),
        "cpu": cpu,
        "kernel": platform.release(),
        "python": platform.python_version(),
    }


def ensure_services(database_url, redis_url):
    """PostgreSQL and Redis answering (started as CI starts them if not), the database created."""
    import psycopg2
    import redis

    parts = urlsplit(database_url)
    server = {"host": parts.hostname, "port": parts.port or 5432, "user": parts.username or "postgres"}
    try:
        connection = psycopg2.connect(dbname="postgres", connect_timeout=3, **server)
    except psycopg2.OperationalError:
        say("PostgreSQL is not answering; starting it…")
        version = sorted(os.listdir("/etc/postgresql"))[-1]
        subprocess.run(["pg_ctlcluster", "--skip-systemctl-redirect", version, "main", "start"], check=True)
        connection = psycopg2.connect(dbname="postgres", connect_timeout=10, **server)
    connection.autocommit = True
    name = parts.path.lstrip("/")
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name])
        if cursor.fetchone() is None:
            say(f"Creating the database {name}…")
            cursor.execute(f'CREATE DATABASE "{name}"')
        cursor.execute("SELECT version()")
        postgres_version = cursor.fetchone()[0].split(" on ")[0]
    connection.close()
    client = redis.Redis.from_url(redis_url, socket_connect_timeout=2)
    try:
        client.ping()
    except redis.exceptions.ConnectionError:
        say("Redis is not answering; starting it…")
        subprocess.run(
            [
                "redis-server",
                "--daemonize",
                "yes",
                "--bind",
                "127.0.0.1",
                "--port",
                str(urlsplit(redis_url).port),
                "--save",
                "",
                "--appendonly",
                "no",
            ],  # as .ci/run starts it
            check=True,
        )
        for _attempt in range(50):
            try:
                client.ping()
                break
            except redis.exceptions.ConnectionError:
                time.sleep(0.1)
    return {"postgresql": postgres_version, "redis": client.info("server")["redis_version"]}


def manage(env, *arguments):
    subprocess.run([str(PYTHON), "manage.py", *arguments], cwd=ROOT, env=env, check=True)


def prepare(env, options):
    """Each set-up step, timed (seconds)."""
    timings = {}
    started = time.monotonic()
    say("Migrating…")
    manage(env, "migrate", "--no-input", "-v0")
    say("Compiling the message catalogs…")
    manage(env, "compilemessages", "--ignore=.venv", "-v0")
    say("Collecting the static files…")
    manage(env, "collectstatic", "--no-input", "-v0")
    timings["migrate_compilemessages_collectstatic"] = round(time.monotonic() - started)
    started = time.monotonic()
    say("Generating the archive (skipped when it is there)…")
    # Building the archive runs statements (index builds, VACUUM ANALYZE) far longer than a
    # page's statement timeout allows.
    subprocess.run(
        [
            str(PYTHON),
            "-m",
            "bench.generate",
            f"--articles={options.articles}",
            f"--incidents={options.incidents}",
            f"--announcements={options.announcements}",
        ],
        cwd=ROOT,
        env={**env, "DJANGO_DB_STATEMENT_TIMEOUT": "0"},
        check=True,
    )
    timings["generate"] = round(time.monotonic() - started)
    return timings


def production_env(database_url, redis_url):
    env = {key: value for key, value in os.environ.items() if not key.startswith("DJANGO_")}
    env.update(
        DJANGO_SETTINGS_MODULE="mia_portal.settings",
        DJANGO_SECRET_KEY=secrets.token_urlsafe(50),
        DJANGO_ALLOWED_HOSTS="127.0.0.1,localhost",
        DJANGO_SITE_URL="http://127.0.0.1:8000",
        DATABASE_URL=database_url,
        REDIS_URL=redis_url,
        DJANGO_PAGE_CACHE_SECONDS="0",
        PYTHONDONTWRITEBYTECODE="1",
    )
    return env


# --- Pages and queries ---------------------------------------------------------------------------


def choose_pages():
    """The page mix of issue 8, with real items of the generated archive for the detail pages."""
    from announcements.models import Announcement, Kind
    from news.models import Article

    generated = {"created_by__username": "bench-generator"}
    article = (
        Article.objects.published()
        .available_in("ru")
        .filter(photos__isnull=False, **generated)
        .filter(cover_photo__isnull=False)
        .order_by("-published_at")
        .distinct()[20]
    )
    tender = (
        Announcement.objects.published()
        .available_in("ru")
        .of_kind(Kind.TENDER)
        .filter(addenda__isnull=False, clarifications__isnull=False, **generated)
        .order_by("-published_at")
        .distinct()
        .first()
    )

    def russian(url):
        return "/ru/" + url.split("/", 2)[2]

    pages = [
        Page("home", ["/tg/"]),
        Page("news-list", ["/ru/news/"]),
        Page("news-page-5000", ["/ru/news/?page=5000"]),
        Page("article", [russian(article.get_absolute_url())], note="with cover, gallery and related items"),
        Page("incidents-filtered", ["/ru/incidents/?region=sughd&category=theft"]),
        Page("incident-statistics", ["/ru/incidents/statistics/"]),
        Page("announcements", ["/ru/announcements/"]),
        Page(
            "tender", [russian(tender.get_absolute_url())], note="with documents, an addendum, clarifications"
        ),
    ]
    for language, queries in SEARCHES.items():
        paths = [f"/{language}/search/?q={query}" for query in queries]
        pages.append(
            Page(f"search-{language}", paths, optional=True, note=f"{len(paths)} queries in rotation")
        )
    pages += [
        Page("feed", ["/ru/news/feed/"]),
        Page("sitemap", ["/sitemap.xml"], optional=True, note="the index"),
        Page("sitemap-news", ["/sitemap-news.xml?p=20"], optional=True, note="one section page"),
    ]
    return pages


def floor_pages():
    """The reference pages of ``bench.urls``: what the layout and the news list's query cost
    with nothing else on the page. Measured uncached beside the mix, never held to a target."""
    return [
        Page("floor: layout", ["/bench-floor/layout"], note="base.html with no content"),
        Page(
            "floor: layout+cards",
            ["/bench-floor/cards"],
            note="the layout around the news list's 12 cards: title, date, rubric, summary",
        ),
    ]


def concurrency_mix(count=100):
    """Paths for the concurrent-readers run: what a crowd reads, most of it the latest news."""
    from announcements.models import Announcement, Kind
    from incidents.models import Incident
    from news.models import Article

    paths = []
    for language in ("tg", "ru", "en"):
        paths += [f"/{language}/"] * 6 + [f"/{language}/news/"] * 4 + [f"/{language}/incidents/"] * 2
        paths += [f"/{language}/news/?page=2", f"/{language}/announcements/", f"/{language}/news/feed/"]
        paths += [f"/{language}/incidents/statistics/", f"/{language}/contacts/"]
        articles = Article.objects.published().available_in(language).order_by("-published_at")[:count]
        paths += [article.get_absolute_url().replace("/tg/", f"/{language}/", 1) for article in articles]
        incidents = (
            Incident.objects.published().available_in(language).order_by("-published_at")[: count // 4]
        )
        paths += [incident.get_absolute_url().replace("/tg/", f"/{language}/", 1) for incident in incidents]
        tenders = Announcement.objects.published().available_in(language).of_kind(Kind.TENDER)[:10]
        paths += [tender.get_absolute_url().replace("/tg/", f"/{language}/", 1) for tender in tenders]
        paths += [f"/{language}/search/?q={query}" for query in SEARCHES[language][:2]]
    # Spread the kinds of page over the whole list rather than in blocks.
    return paths[::2] + paths[1::2]


class TimeSplit:
    """Where one request's time goes: waiting for the database (the driver's ``execute``, the
    SQL a template's lazy lists run included) and rendering templates (without that SQL).
    What is left of the request is Python: middleware, the view, building queries and turning
    rows into objects."""

    def __init__(self):
        self.sql = self.template = 0.0
        self._rendering = False

    def on_sql(self, execute, sql, params, many, context):
        started = time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            self.sql += time.perf_counter() - started

    @contextmanager
    def measuring(self):
        from django.db import connection
        from django.template.backends.django import Template

        # The backend's Template.render renders a page; includes go through the engine's own
        # Template, but forms' widgets come back through the backend: only the outer call counts.
        render = Template.render

        def timed_render(template, *args, **kwargs):
            if self._rendering:
                return render(template, *args, **kwargs)
            started, sql_before = time.perf_counter(), self.sql
            self._rendering = True
            try:
                return render(template, *args, **kwargs)
            finally:
                self._rendering = False
                self.template += time.perf_counter() - started - (self.sql - sql_before)

        Template.render = timed_render
        try:
            with connection.execute_wrapper(self.on_sql):
                yield self
        finally:
            Template.render = render


def count_queries(pages):
    """SQL queries of each page, uncached and cached, counted once with Django's test client,
    and the time one uncached request takes alone (the median of ``ALONE_SAMPLES``): the
    page's own cost, less shaken than the load runs by whatever else the machine is doing,
    split into database, templates and the rest (``TimeSplit``)."""
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext, override_settings

    # A page that fails is counted as what it answers: a 500.
    client = Client(HTTP_HOST="127.0.0.1", raise_request_exception=False)
    for page in pages:
        path = page.paths[0]
        client.get(path)  # one-off look-ups (the Site, content types) are not the page's
        with CaptureQueriesContext(connection) as uncached:
            response = client.get(path)
        page.results["status"] = response.status_code
        if response.status_code == 404 and page.optional:
            continue  # not built yet: measure_server reports it as skipped
        page.results["queries_uncached"] = len(uncached)
        samples = []
        for _sample in range(ALONE_SAMPLES):
            with TimeSplit().measuring() as split:
                started = time.perf_counter()
                client.get(path)
                total = time.perf_counter() - started
            samples.append((total, split.sql, split.template))
        total, sql, template = (statistics.median(part) * 1000 for part in zip(*samples, strict=True))
        page.results["alone_ms"] = round(total, 1)
        page.results["alone_split_ms"] = {
            "database": round(sql, 1),
            "templates": round(template, 1),
            "python": round(statistics.median(t - s - r for t, s, r in samples) * 1000, 1),
        }
        with override_settings(PAGE_CACHE_SECONDS=300):
            client.get(path)
            with CaptureQueriesContext(connection) as cached:
                client.get(path)
        page.results["queries_cached"] = len(cached)


# --- Servers -------------------------------------------------------------------------------------


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def fetch(url, headers=None, timeout=60):
    request = urllib.request.Request(url, headers=headers or {})  # noqa: S310 (our own loopback server)
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


def search_latency(server, rounds=10):
    """Each language's searches one at a time (no other request in flight), ``rounds`` times
    over its queries: how long a person waits for results. Milliseconds, p50 and p95."""
    latencies = {}
    for language, queries in SEARCHES.items():
        paths = [wrk.ascii_path(f"/{language}/search/?q={query}") for query in queries]
        for path in paths:  # the server's first request of a query warms nothing but its caches
            fetch(server.base_url + path)
        times = []
        for _round in range(rounds):
            for path in paths:
                started = time.perf_counter()
                status = fetch(server.base_url + path)[0]
                times.append((time.perf_counter() - started) * 1000)
                if status != 200:
                    raise SystemExit(f"{path} answered {status}")
        times.sort()
        latencies[language] = {
            "requests": len(times),
            "p50_ms": round(statistics.median(times), 1),
            "p95_ms": round(times[int(0.95 * (len(times) - 1))], 1),
        }
    return latencies


class Server:
    """A gunicorn master serving ``bench.wsgi`` on loopback, started and stopped by the run."""

    def __init__(self, env, worker_class, threads, page_cache_seconds):
        self.port = free_port()
        self.base_url = f"http://127.0.0.1:{self.port}"
        self.env = {**env, "DJANGO_PAGE_CACHE_SECONDS": str(page_cache_seconds)}
        self.env["DJANGO_SITE_URL"] = self.base_url
        command = [
            str(PYTHON.with_name("gunicorn")),
            "bench.wsgi:application",
            f"--bind=127.0.0.1:{self.port}",
            f"--workers={WORKERS}",
            f"--worker-class={worker_class}",
            "--log-level=warning",
            "--timeout=60",
        ]
        if worker_class == "gthread":
            command.append(f"--threads={threads}")
        self.description = f"gunicorn, {WORKERS} workers, {worker_class}" + (
            f" ({threads} threads each)" if worker_class == "gthread" else ""
        )
        # Its log (errors of pages that fail included) goes to a file, not over the table.
        self.log = Path(tempfile.gettempdir()) / f"mia-bench-gunicorn-{self.port}.log"
        with self.log.open("w") as log:
            self.process = subprocess.Popen(command, cwd=ROOT, env=self.env, stdout=log, stderr=log)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                if fetch(self.base_url + "/healthz", timeout=5)[0] == 200:
                    return
            except OSError:
                pass
            if self.process.poll() is not None:
                raise RuntimeError(f"gunicorn exited while starting:\n{self.log.read_text()[-3000:]}")
            time.sleep(0.2)
        self.stop()
        raise RuntimeError("gunicorn did not answer within 60 s")

    def worker_pids(self):
        children = Path(f"/proc/{self.process.pid}/task/{self.process.pid}/children").read_text().split()
        return [int(pid) for pid in children]

    def cpu_seconds(self):
        """User and system CPU time of the workers so far (from /proc/<pid>/stat)."""
        total = 0
        for pid in self.worker_pids():
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            total += int(fields[11]) + int(fields[12])  # utime, stime (fields 14 and 15)
        return total / os.sysconf("SC_CLK_TCK")

    def wait_until_idle(self, timeout=120):
        """Let the workers finish what the last run left queued before the next one starts.

        wrk stops after its duration, but requests it gave up on (a page slower than the run)
        are still being answered; measured next, they would slow down whatever comes after.
        Idle: the workers used under 5 % of a CPU for half a second and the database runs
        none of their queries.
        """
        from django.db import connection

        deadline = time.monotonic() + timeout
        before = self.cpu_seconds()
        while time.monotonic() < deadline:
            time.sleep(0.5)
            now = self.cpu_seconds()
            with connection.cursor() as cursor:
                cursor.execute(
                    "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                    "AND state = 'active' AND pid <> pg_backend_pid()"
                )
                busy = cursor.fetchone()[0]
            if now - before < 0.025 and not busy:
                return
            before = now

    def memory(self):
        """Each worker's resident set (and its peak) in MB, from /proc/<pid>/status."""
        workers = []
        for pid in self.worker_pids():
            status = dict(
                line.split(":", 1)
                for line in Path(f"/proc/{pid}/status").read_text().splitlines()
                if ":" in line
            )
            workers.append(
                {
                    "pid": pid,
                    "rss_mb": round(int(status["VmRSS"].split()[0]) / 1024, 1),
                    "peak_rss_mb": round(int(status["VmHWM"].split()[0]) / 1024, 1),
                }
            )
        return workers

    def stop(self):
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        errors = self.log.read_text().count("ERROR") if self.log.exists() else 0
        if errors:
            say(f"  ({errors} errors logged by the server: {self.log})")
        else:
            self.log.unlink(missing_ok=True)


def load(server, paths, options, scripts, connections=None, duration=None):
    result = wrk.run(
        server.base_url,
        paths,
        scripts,
        duration=duration or options.duration,
        connections=connections or options.connections,
        threads=options.wrk_threads,
    )
    server.wait_until_idle()
    return result


def progress(name, entry, cached):
    line = f"  {name:<20}{entry['req_per_s']:>8.1f} req/s"
    if "ratio" in entry:
        line += f" ({entry['ratio']:.2f})"
    line += f"  p50 {entry['p50_ms']:.1f} ms  p99 {entry['p99_ms']:.1f} ms"
    if cached and "x_cache" in entry:
        line += f"  X-Cache: {entry['x_cache']}"
    if entry["non_2xx_3xx"] or entry["socket_errors"]:
        line += f"  errors: {entry['non_2xx_3xx']} non-2xx/3xx, {entry['socket_errors']} socket"
    say(line)


def measure_server(server, pages, options, scripts, cached):
    """Every page of the mix against ``server``; each compared with a bare-view run just before it,
    since a machine's speed drifts over minutes (other jobs on shared hosts, CPU boost)."""
    mode = "cached" if cached else "uncached"
    say(f"\n== {mode}: {server.description}, {options.connections} connections, {options.duration} s a page")
    load(server, [BASELINE_PATH], options, scripts, duration=2)  # warm-up, not measured
    baseline = load(server, [BASELINE_PATH], options, scripts)
    progress("bare view", baseline, cached)
    samples = [baseline["req_per_s"]]
    for page in pages:
        status, headers, body = fetch(server.base_url + wrk.ascii_path(page.paths[0]), wrk.HEADERS)
        if status == 404 and page.optional:
            page.results[mode] = {"skipped": "answers 404: not built yet"}
            say(f"  {page.name:<20}skipped: answers 404")
            continue
        entry = {"status": status, "bytes": len(body)}
        if cached:
            for path in page.paths:  # warm every path of the rotation, as wrk will ask for it
                fetch(server.base_url + wrk.ascii_path(path), wrk.HEADERS)
            _status, headers, _body = fetch(server.base_url + wrk.ascii_path(page.paths[0]), wrk.HEADERS)
            entry["x_cache"] = headers.get("X-Cache")
        adjacent = load(server, [BASELINE_PATH], options, scripts, duration=ADJACENT_BASELINE_SECONDS)
        samples.append(adjacent["req_per_s"])
        entry.update(load(server, page.paths, options, scripts))
        entry["baseline_req_per_s"] = adjacent["req_per_s"]
        entry["ratio"] = round(entry["req_per_s"] / adjacent["req_per_s"], 3)
        page.results[mode] = entry
        progress(page.name, entry, cached)
    baseline["samples_req_per_s"] = samples
    baseline["median_req_per_s"] = statistics.median(samples)
    return baseline


def conditional_get(server, path):
    status, headers, _body = fetch(server.base_url + path)
    etag = headers.get("ETag")
    if not etag:
        return {"etag": None, "status": None}
    status, _headers, _body = fetch(server.base_url + path, {"If-None-Match": etag})
    return {"etag": etag, "status": status}


# --- Static files and photos ---------------------------------------------------------------------


def static_assets(server, home_html):
    """The home page's CSS and JS: their gzip sizes on disk, content hashes and cache headers."""
    from django.conf import settings

    urls = re.findall(r'<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"', home_html)
    urls += re.findall(r'<script[^>]+src="([^"]+)"', home_html)
    urls = [url for url in urls if url.startswith(settings.STATIC_URL)]
    files, total = [], 0
    for url in urls:
        name = url.removeprefix(settings.STATIC_URL)
        compressed = Path(settings.STATIC_ROOT) / (name + ".gz")
        size = (
            compressed.stat().st_size
            if compressed.exists()
            else (Path(settings.STATIC_ROOT) / name).stat().st_size
        )
        _status, headers, _body = fetch(server.base_url + url, {"Accept-Encoding": "gzip"})
        files.append(
            {
                "url": url,
                "gzip_bytes": size,
                "hashed": bool(re.search(r"\.[0-9a-f]{12}\.\w+$", name)),
                "content_encoding": headers.get("Content-Encoding"),
                "cache_control": headers.get("Cache-Control"),
            }
        )
        total += size
    far_future = all(
        "immutable" in (entry["cache_control"] or "")
        and int(re.search(r"max-age=(\d+)", entry["cache_control"] or "max-age=0").group(1))
        >= 365 * 24 * 3600
        for entry in files
    )
    return {
        "files": files,
        "gzip_total_bytes": total,
        "all_hashed": all(entry["hashed"] for entry in files),
        "far_future": far_future,
    }


def photos_as_renditions(html):
    """Every photo on the page comes from a sized rendition, with its dimensions and a srcset."""
    from django.conf import settings

    images = re.findall(r"<img\b[^>]*>", html)
    photos = [tag for tag in images if settings.MEDIA_URL in tag]
    good = [
        tag
        for tag in photos
        if "/renditions/" in tag
        and "srcset=" in tag
        and re.search(r'\bwidth="\d+"', tag)
        and re.search(r'\bheight="\d+"', tag)
    ]
    return {"photos": len(photos), "as_renditions": len(good)}


# --- Report --------------------------------------------------------------------------------------


def measured(results, name, mode):
    found = next((page.get(mode) for page in results["pages"] if page["name"] == name), None) or {}
    return None if "skipped" in found else found or None


def targets(results):
    """(verdict, text) per target of issue 8; verdict None when it could not be measured."""
    lines = []
    connections = results["connections"]
    for name in KEY_PAGES:
        found = measured(results, name, "uncached")
        if found:
            stretch = "met" if found["ratio"] >= UNCACHED_RATIO_STRETCH else "not met"
            text = f"uncached {name}: {found['ratio']:.3f} of the bare view"
            text += f" (target {UNCACHED_RATIO}; stretch {UNCACHED_RATIO_STRETCH} {stretch})"
            lines.append((found["ratio"] >= UNCACHED_RATIO, text))
    for name in (*KEY_PAGES, "news-page-5000"):
        found = measured(results, name, "uncached")
        if found and not found["requests"]:
            lines.append((False, f"uncached {name}: no request answered within wrk's 10 s timeout"))
        elif found:
            text = f"uncached {name}: p99 {found['p99_ms']:.1f} ms at {connections} connections"
            lines.append((found["p99_ms"] < UNCACHED_P99_MS, text + f" (target < {UNCACHED_P99_MS} ms)"))

    counts = [(page["name"], page["queries_uncached"]) for page in results["pages"]]
    counts = [(name, count) for name, count in counts if count is not None]
    over = [f"{name} {count}" for name, count in counts if count > MAX_QUERIES]
    most = max(counts, key=lambda item: item[1], default=("-", 0))
    text = f"every page in ≤ {MAX_QUERIES} SQL queries: " + (
        "over: " + ", ".join(over) if over else f"most is {most[1]} ({most[0]})"
    )
    lines.append((not over, text))

    first, deep = measured(results, "news-list", "uncached"), measured(results, "news-page-5000", "uncached")
    if first and deep:
        text = f"news page 5,000 as fast as page 1: {deep['req_per_s']:.1f} vs {first['req_per_s']:.1f} req/s"
        text += f", p50 {deep['p50_ms']:.0f} vs {first['p50_ms']:.0f} ms (at least {DEEP_PAGE_TOLERANCE:.0%})"
        fast_enough = deep["requests"] and deep["req_per_s"] >= DEEP_PAGE_TOLERANCE * first["req_per_s"]
        lines.append((bool(fast_enough), text))

    cached = [(page["name"], measured(results, page["name"], "cached")) for page in results["pages"]]
    cached = [(name, found) for name, found in cached if found]
    slow = [f"{name} {found['ratio']:.2f}" for name, found in cached if found["ratio"] < CACHED_RATIO]
    if cached:
        lowest = min(cached, key=lambda item: item[1]["ratio"])
        text = f"cached pages ≥ {CACHED_RATIO} of the bare view: "
        text += (
            "below: " + ", ".join(slow)
            if slow
            else f"all {len(cached)} (lowest {lowest[0]} {lowest[1]['ratio']:.2f})"
        )
        lines.append((not slow, text))
    with_queries = [
        f"{page['name']} {page['queries_cached']}" for page in results["pages"] if page.get("queries_cached")
    ]
    not_hits = [name for name, found in cached if found.get("x_cache") != "hit"]
    text = "a cached page costs zero SQL queries: " + (
        "; ".join(with_queries) if with_queries else "every page"
    )
    if not_hits:
        text += " (not served from the page cache: " + ", ".join(not_hits) + ")"
    lines.append((not with_queries and not not_hits, text))
    conditional = results["conditional_get"]
    lines.append(
        (conditional["status"] == 304, f"conditional GET with the ETag answers {conditional['status']}")
    )

    for language, found in results["search_latency"].items():
        text = f"search ({language}): p95 {found['p95_ms']:.1f} ms, one search at a time over the archive"
        lines.append((found["p95_ms"] < SEARCH_P95_MS, text + f" (target < {SEARCH_P95_MS} ms)"))

    home = results["home_html_bytes"]
    text = "home page HTML: " + ", ".join(f"{code} {size / 1024:.1f} KB" for code, size in home.items())
    lines.append((max(home.values()) < HOME_HTML_BYTES, text + " (target < 60 KB)"))
    static = results["static"]
    text = f"CSS and JS of the home page: {static['gzip_total_bytes'] / 1024:.1f} KB gzipped"
    text += f" in {len(static['files'])} files (target < 50 KB)"
    lines.append((static["gzip_total_bytes"] < STATIC_GZIP_BYTES, text))
    ok = static["all_hashed"] and static["far_future"]
    detail = "yes" if ok else json.dumps(static["files"], ensure_ascii=False)
    lines.append((ok, "static files with content hashes and far-future caching: " + detail))
    photos = results["photos"]
    text = f"photos as sized renditions (home and news list): {photos['as_renditions']} of {photos['photos']}"
    lines.append((photos["photos"] > 0 and photos["as_renditions"] == photos["photos"], text))

    workers = [worker["rss_mb"] for server in results["memory"].values() for worker in server]
    text = f"gunicorn workers' memory after the runs: at most {max(workers, default=0):.0f} MB RSS"
    lines.append((max(workers, default=0) < WORKER_RSS_MB, text + f" (target < {WORKER_RSS_MB} MB)"))
    crowd = results["concurrency"]
    errors = crowd["non_2xx_3xx"] + crowd["socket_errors"]
    text = f"concurrent readers ({crowd['connections']} connections, {crowd['duration_s']} s): "
    text += f"{crowd['requests']:,} requests, {errors} errors"
    if crowd["pages_answering_errors"]:
        failing = crowd["pages_answering_errors"]
        text += f" ({len(failing)} of its {crowd['distinct_pages']} pages answer errors even alone: "
        text += ", ".join(f"{path} {status}" for path, status in list(failing.items())[:3]) + ")"
    lines.append((errors == 0, text))
    return lines


def table(results):
    columns = ("req/s", 8), ("ratio", 7), ("p50 ms", 8), ("p99 ms", 8), ("queries", 8), ("bytes", 8)
    header = f"{'page':<22}{'mode':<10}" + "".join(f"{title:>{width}}" for title, width in columns)
    rows = [header, "-" * len(header)]
    for mode in ("uncached", "cached"):
        baseline = results["baseline"][mode]
        rate, p50, p99 = baseline["median_req_per_s"], baseline["p50_ms"], baseline["p99_ms"]
        rows.append(
            f"{'bare view (median)':<22}{mode:<10}{rate:>8.0f}{1:>7.2f}{p50:>8.1f}{p99:>8.1f}{0:>8}{3:>8}"
        )
        for page in results["pages"]:
            found = page.get(mode) or {}
            if "skipped" in found or not found:
                rows.append(f"{page['name']:<22}{mode:<10}skipped: {found.get('skipped', 'not measured')}")
                continue
            queries = page["queries_uncached"] if mode == "uncached" else page["queries_cached"]
            rate = f"{found['req_per_s']:>8.1f}" if found["req_per_s"] < 10 else f"{found['req_per_s']:>8.0f}"
            if found["requests"]:
                latency = f"{found['p50_ms']:>8.1f}{found['p99_ms']:>8.1f}"
            else:
                latency = f"{'>10 s':>8}{'>10 s':>8}"
            rows.append(
                f"{page['name']:<22}{mode:<10}{rate}{found['ratio']:>7.2f}{latency}{queries:>8}{found['bytes']:>8}"
            )
        if mode == "uncached":
            for found in results["floor"]:
                rows.append(
                    f"{found['page']:<22}{mode:<10}{found['req_per_s']:>8.0f}{found['ratio']:>7.2f}"
                    f"{found['p50_ms']:>8.1f}{found['p99_ms']:>8.1f}{'-':>8}{found['bytes']:>8}"
                )
        rows.append("")
    return "\n".join(rows)


def flat_pages(pages):
    """``results.json``'s pages: one entry per page and mode with the issue's keys first."""
    entries = []
    for page in pages:
        for mode in ("uncached", "cached"):
            found = page.results.get(mode) or {}
            base = {"page": page.name, "url": page.paths[0], "cached": mode == "cached"}
            if "skipped" in found:
                entries.append({**base, "skipped": found["skipped"]})
                continue
            entries.append(
                {
                    **base,
                    "req_per_s": found["req_per_s"],
                    "p50_ms": found["p50_ms"],
                    "p99_ms": found["p99_ms"],
                    "queries": page.results["queries_cached" if mode == "cached" else "queries_uncached"],
                    "bytes": found["bytes"],
                    **({} if mode == "cached" else alone_figures(page)),
                    **{
                        key: value
                        for key, value in found.items()
                        if key not in {"req_per_s", "p50_ms", "p99_ms", "bytes"}
                    },
                }
            )
    return entries


def alone_figures(page):
    return {key: page.results[key] for key in ("alone_ms", "alone_split_ms") if key in page.results}


def write_results(results):
    temporary = RESULTS.with_suffix(".json.tmp")
    temporary.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n")
    temporary.replace(RESULTS)


# --- Main ----------------------------------------------------------------------------------------


def compare_workers(env, pages, options, scripts):
    """sync against gthread: the bare view, the news list and the article, uncached and cached."""
    compared = [page for page in pages if page.name in ("news-list", "article")]
    rows = []
    for worker_class in ("sync", "gthread"):
        for cache_seconds in (0, 300):
            server = Server(env, worker_class, options.threads, cache_seconds)
            mode = "cached" if cache_seconds else "uncached"
            try:
                for page in compared:
                    fetch(server.base_url + page.paths[0], wrk.HEADERS)
                load(server, [BASELINE_PATH], options, scripts, duration=2)  # warm-up
                for label, paths in [("bare view", [BASELINE_PATH])] + [(p.name, p.paths) for p in compared]:
                    found = load(server, paths, options, scripts)
                    progress(f"{worker_class} {mode} {label}", found, cached=False)
                    rows.append(
                        {"server": server.description, "mode": mode, "page": label}
                        | {key: found[key] for key in ("req_per_s", "p50_ms", "p99_ms")}
                    )
            finally:
                server.stop()
    return rows


def describe(options):
    server = f"gunicorn, {WORKERS} workers, {options.worker_class}"
    if options.worker_class == "gthread":
        server += f" ({options.threads} threads each)"
    server += "; DEBUG off; PostgreSQL; Redis as the cache; bench.wsgi on 127.0.0.1"
    load = f"wrk, {options.wrk_threads} threads, {options.connections} connections"
    return server, load + f", {options.duration} s a page and mode"


def main(argv=None):
    parser = argparse.ArgumentParser(description="The benchmark of issue 8 (see the module docstring).")
    parser.add_argument("--database-url", default=os.environ.get("BENCH_DATABASE_URL", DEFAULT_DATABASE_URL))
    parser.add_argument("--redis-url", default=os.environ.get("BENCH_REDIS_URL", DEFAULT_REDIS_URL))
    parser.add_argument("--duration", type=int, default=10, help="seconds per page and mode (default 10)")
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--wrk-threads", type=int, default=2)
    # sync, as `make run` serves: against gthread (4 threads) on two cores, uncached pages
    # answered as many or more requests with a p99 lower by a third to a half (no two threads
    # of a process wait for Python's interpreter lock), cached pages the same (--compare-workers).
    parser.add_argument("--worker-class", choices=["sync", "gthread"], default="sync")
    parser.add_argument("--threads", type=int, default=4, help="threads per worker with gthread")
    parser.add_argument("--concurrency-connections", type=int, default=64)
    parser.add_argument("--concurrency-duration", type=int, default=60)
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--incidents", type=int, default=200_000)
    parser.add_argument("--announcements", type=int, default=5_000)
    parser.add_argument(
        "--compare-workers", action="store_true", help="only compare sync and gthread workers"
    )
    options = parser.parse_args(argv)

    started = time.monotonic()
    facts = machine_facts()
    say(f"Machine: {facts['nproc']} CPUs ({facts['cpu']}), {facts['memory_gb']} GB memory")
    versions = ensure_services(options.database_url, options.redis_url)
    env = production_env(options.database_url, options.redis_url)
    setup_seconds = prepare(env, options)
    wrk.ensure_installed(say)
    versions["wrk"] = wrk.version()

    os.environ.update(env)
    import django

    django.setup()
    from django.conf import settings
    from django.db import connection

    pages, floor = choose_pages(), floor_pages()
    scripts = tempfile.mkdtemp(prefix="mia-bench-")
    load_before = os.getloadavg()
    if load_before[0] > 0.5 * (os.cpu_count() or 1):
        say(f"Note: the machine is busy (load average {load_before[0]:.1f}); figures will be low and noisy.")
    try:
        if options.compare_workers:
            say(json.dumps(compare_workers(env, pages, options, scripts), indent=2))
            return
        say("Counting each page's SQL queries, timing each alone…")
        count_queries(pages)
        say("  one request alone (ms, Django's test client; medians): total = database + templates + Python")
        for page in pages:
            if "alone_ms" in page.results:
                split = page.results["alone_split_ms"]
                say(
                    f"    {page.name:<20}{page.results['alone_ms']:>6} ={split['database']:>6} +"
                    f"{split['templates']:>6} +{split['python']:>6}"
                )
        mix = concurrency_mix()
        memory = {}

        server = Server(env, options.worker_class, options.threads, 0)
        try:
            baseline_uncached = measure_server(server, pages + floor, options, scripts, cached=False)
            say("\n== searches one at a time, each language's queries in rotation (uncached server)")
            searches = search_latency(server)
            for language, found in searches.items():
                say(f"  {language}: p50 {found['p50_ms']} ms, p95 {found['p95_ms']} ms")
            memory["uncached"] = server.memory()
        finally:
            server.stop()

        server = Server(env, options.worker_class, options.threads, settings.PAGE_CACHE_SECONDS or 300)
        try:
            baseline_cached = measure_server(server, pages, options, scripts, cached=True)
            conditional = conditional_get(server, wrk.ascii_path(pages[3].paths[0]))
            home_html = {code: fetch(f"{server.base_url}/{code}/")[2] for code in ("tg", "ru", "en")}
            static = static_assets(server, home_html["tg"].decode())
            news_html = fetch(server.base_url + "/ru/news/")[2].decode()
            photos = photos_as_renditions(home_html["tg"].decode() + news_html)
            say(
                f"\n== concurrent readers: {options.concurrency_connections} connections for "
                f"{options.concurrency_duration} s over {len(set(mix))} pages (cached server)"
            )
            failing = {}
            for path in sorted(set(mix)):  # a crowd arrives at a site whose pages have been read before
                status = fetch(server.base_url + wrk.ascii_path(path), wrk.HEADERS)[0]
                if status >= 400:
                    failing[path] = status
            if failing:
                say(f"  {len(failing)} of the mix's pages answer errors already, e.g. {next(iter(failing))}")
            crowd = load(
                server,
                mix,
                options,
                scripts,
                connections=options.concurrency_connections,
                duration=options.concurrency_duration,
            )
            progress("crowd", crowd, cached=False)
            memory["cached"] = server.memory()
        finally:
            server.stop()
    finally:
        shutil.rmtree(scripts, ignore_errors=True)

    server_description, load_description = describe(options)
    results = {
        "command": "make bench",
        "finished_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "run_seconds": round(time.monotonic() - started),
        "setup_seconds": setup_seconds,
        "machine": {
            **facts,
            **versions,
            "load_average_before": round(load_before[0], 2),
            "load_average_after": round(os.getloadavg()[0], 2),
        },
        "server": server_description,
        "load": load_description,
        "connections": options.connections,
        "database": connection.settings_dict["NAME"],
        "archive": archive_counts(),
        # The median of every bare-view run (each page's ratio uses the one just before it).
        "baseline_req_per_s": statistics.median(
            baseline_uncached["samples_req_per_s"] + baseline_cached["samples_req_per_s"]
        ),
        "baseline": {"uncached": baseline_uncached, "cached": baseline_cached},
        "pages": [
            {
                "name": page.name,
                "paths": page.paths,
                "note": page.note,
                "queries_uncached": page.results.get("queries_uncached"),
                "queries_cached": page.results.get("queries_cached"),
                "uncached": page.results.get("uncached"),
                "cached": page.results.get("cached"),
            }
            for page in pages
        ],
        "floor": [
            {"page": page.name, "url": page.paths[0], "note": page.note, **page.results["uncached"]}
            for page in floor
        ],
        "search_latency": searches,
        "concurrency": {
            "connections": options.concurrency_connections,
            "duration_s": options.concurrency_duration,
            "distinct_pages": len(set(mix)),
            "pages_answering_errors": failing,
            **crowd,
        },
        "memory": memory,
        "conditional_get": conditional,
        "home_html_bytes": {code: len(body) for code, body in home_html.items()},
        "static": static,
        "photos": photos,
    }
    verdicts = targets(results)
    say("\n" + table(results))
    results["pages"] = flat_pages(pages)
    results["targets"] = [{"ok": ok, "target": text} for ok, text in verdicts]
    write_results(results)

    rss = "; ".join(
        f"{mode} server " + ", ".join(f"{worker['rss_mb']:.0f}" for worker in workers)
        for mode, workers in memory.items()
    )
    say(f"Workers' memory after the runs (MB RSS): {rss}")
    say(
        f"Machine: {facts['nproc']} CPUs, {facts['memory_gb']} GB, load average {load_before[0]:.1f} before"
        f" the run. {server_description}. {load_description}.\n"
    )
    for ok, text in verdicts:
        say(f"{'SKIP' if ok is None else 'PASS' if ok else 'FAIL'}  {text}")
    for entry in results["floor"]:
        say(f"INFO  {entry['page']}: {entry['ratio']:.3f} of the bare view ({entry['note']})")
    say(f"\nResults in {RESULTS.relative_to(ROOT)} ({results['run_seconds']} s in all).")


def archive_counts():
    from announcements.models import Announcement
    from incidents.models import Incident
    from news.models import Article

    return {
        "articles": Article.objects.count(),
        "incidents": Incident.objects.count(),
        "announcements": Announcement.objects.count(),
    }


if __name__ == "__main__":
    main()
