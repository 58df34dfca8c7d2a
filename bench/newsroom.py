"""The newsroom day: readers at 32 connections while editors save drafts and publish, served by
the app's page cache alone, then through Varnish (``deploy/varnish/default.vcl``) in front.

    make bench                                         # the page mix, then this (5 minutes a mode)
    .venv/bin/python -m bench.newsroom                 # this alone
    .venv/bin/python -m bench.newsroom --duration 60   # a shorter day

Readers (``wrk`` with a Lua script that counts the ``X-Cache`` and ``X-Proxy-Cache`` answers):
about 60 % the home pages, the lists and the latest articles, 30 % the archive with Zipf
popularity, 10 % a crawler walking the sitemaps and the addresses they list, each once. Editors
(threads of this process, saving through the models as the admin does): ten of them each save a
draft every 30 s, and an article is published every 60 s; 30 s after each publication the one
before it is withdrawn. After each publication the home page is read every 50 ms until it shows
the article (seconds from publication to home page); after each withdrawal its address until it
answers 410 and the home page until it no longer lists it (withdrawal-gone time).

Set-up as ``bench.run`` (PostgreSQL, Redis, the archive, wrk), plus Debian's Varnish
(``apt-get install varnish varnish-modules``) when it is missing. The figures go under
``newsroom_day`` in ``bench/results.json``; the rest of the file is left as it is.

One module, longer than most: the readers' script, the editors and the proxy are one scenario.
"""

import argparse
import json
import os
import random
import shutil
import subprocess
import tempfile
import threading
import time
from pathlib import Path

from bench import run as bench
from bench import wrk

CONNECTIONS = 32
DRAFT_EVERY = 3.0  # ten editors, each every 30 s
PUBLISH_EVERY = 60.0
WITHDRAW_AFTER = 30.0
POLL_EVERY = 0.05
BARE_SECONDS = 10
READER_PATHS = 30_000
VCL = bench.ROOT / "deploy" / "varnish" / "default.vcl"

LUA = """
local paths = {%(paths)s}
local counter = 0
local threads = {}
wrk.headers["Accept-Encoding"] = "gzip"

function setup(thread)
  thread:set("offset", math.random(0, #paths))
  table.insert(threads, thread)
end

function init(args)
  counter = offset
  app = {hit = 0, stale = 0, miss = 0, none = 0}
  proxy = {hit = 0, miss = 0, pass = 0, none = 0}
  statuses = {}
end

function request()
  counter = counter + 1
  return wrk.format("GET", paths[(counter %% #paths) + 1])
end

function response(status, headers, body)
  local a = headers["X-Cache"] or "none"
  app[a] = (app[a] or 0) + 1
  local p = headers["X-Proxy-Cache"] or "none"
  proxy[p] = (proxy[p] or 0) + 1
  local s = tostring(status)
  statuses[s] = (statuses[s] or 0) + 1
end

local function merge(name)
  local total = {}
  for _, thread in ipairs(threads) do
    for key, count in pairs(thread:get(name)) do
      total[key] = (total[key] or 0) + count
    end
  end
  local parts = {}
  for key, count in pairs(total) do
    table.insert(parts, string.format('"%%s": %%d', key, count))
  end
  return "{" .. table.concat(parts, ", ") .. "}"
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    '%(marker)s{"requests": %%d, "duration_us": %%d, "socket_errors": %%d, "p50_us": %%d, '
    .. '"p99_us": %%d, "app": %%s, "proxy": %%s, "statuses": %%s}\\n',
    summary.requests, summary.duration, e.connect + e.read + e.write + e.timeout,
    latency:percentile(50), latency:percentile(99), merge("app"), merge("proxy"), merge("statuses")))
end
"""


def reader_mix(count, seed=8):
    """The readers' requests in order, as (kind, path): ``hot`` pages, the ``archive`` by Zipf
    popularity, the ``crawler`` walking the sitemaps."""
    from news.models import Article
    from sitewide.sitemaps import SITEMAPS

    rng = random.Random(seed)
    latest = list(Article.objects.published().available_in("ru").order_by("-published_at")[:5030])
    hot = [f"/{code}/{page}" for code in ("tg", "ru", "en") for page in ("", "news/")]
    hot += ["/ru/incidents/", "/tg/incidents/", "/ru/announcements/", "/ru/news/feed/"]
    hot += [page for article in latest[:30] for page in addresses(article)]
    archive = [addresses(article)[1] for article in latest[30:]]
    weights = [1 / (rank**1.1) for rank in range(1, len(archive) + 1)]
    crawl = crawler_walk(SITEMAPS)
    mix = []
    for _position in range(count):
        draw = rng.random()
        if draw < 0.6 or not archive:
            mix.append(("hot", rng.choice(hot)))
        elif draw < 0.9:
            mix.append(("archive", rng.choices(archive, weights)[0]))
        else:
            mix.append(("crawler", next(crawl)))
    return mix


def addresses(article):
    url = article.get_absolute_url()  # /<language>/news/<id>-<slug>/
    return [f"/{code}/" + url.split("/", 2)[2] for code in ("tg", "ru", "en")]


def crawler_walk(sitemaps):
    """The sitemap index, each section's pages, the addresses they list: endlessly, in order."""
    from news.models import Article

    while True:
        yield "/sitemap.xml"
        for name in sitemaps:
            yield f"/sitemap-{name}.xml"
        for article in Article.objects.published().order_by("pk").only("pk", "slug").iterator():
            yield f"/ru/news/{article.pk}-{article.slug}/"


def readers(base_url, paths, directory, duration):
    script = Path(directory) / "newsroom.lua"
    quoted = ", ".join(json.dumps(wrk.ascii_path(path)) for path in paths)
    script.write_text(LUA % {"paths": quoted, "marker": wrk.MARKER})
    command = [
        "wrk",
        "--threads=2",
        f"--connections={CONNECTIONS}",
        f"--duration={duration}s",
        "--timeout=10s",
        f"--script={script}",
        base_url + "/",
    ]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    line = next((line for line in result.stdout.splitlines() if line.startswith(wrk.MARKER)), None)
    if line is None:
        raise RuntimeError(f"wrk gave no result:\n{result.stdout}\n{result.stderr}")
    raw = json.loads(line.removeprefix(wrk.MARKER))
    seconds = raw["duration_us"] / 1_000_000
    errors = raw["socket_errors"] + sum(
        count for status, count in raw["statuses"].items() if int(status) >= 500
    )
    served = {key: raw["app"].get(key, 0) for key in ("hit", "stale", "miss")}
    proxied = {key: raw["proxy"].get(key, 0) for key in ("hit", "miss", "pass")}
    return {
        "requests": raw["requests"],
        "req_per_s": round(raw["requests"] / seconds, 1),
        "p50_ms": round(raw["p50_us"] / 1000, 2),
        "p99_ms": round(raw["p99_us"] / 1000, 2),
        "errors": errors,
        "statuses": raw["statuses"],
        "app_cache": served,
        # Through the proxy, the app's header is the one stored with the proxy's copy: not counted.
        "app_hit_ratio": ratio(served["hit"] + served["stale"], sum(served.values()))
        if not proxied["hit"]
        else None,
        "proxy_cache": proxied,
        "proxy_hit_ratio": ratio(proxied["hit"], sum(proxied.values())),
    }


def ratio(part, whole):
    return round(part / whole, 3) if whole else None


class Newsroom(threading.Thread):
    """Ten editors saving drafts, a publication a minute, each withdrawn 30 s after the next."""

    def __init__(self, reader_url, duration):
        super().__init__(daemon=True)
        self.reader_url = reader_url
        self.duration = duration
        self.drafts_saved = 0
        self.published = []  # seconds from publication to the home page
        self.withdrawn = []  # seconds from withdrawal to its address answering 410 and home without it
        self.failures = []

    def run(self):
        from django.db import connection

        try:
            self.day()
        except Exception as error:  # reported with the results
            self.failures.append(repr(error))
        finally:
            connection.close()

    def day(self):
        from mia_portal.publishing import Status
        from news.models import Rubric

        rubric = Rubric.objects.order_by("pk").first()
        drafts = [self.article(rubric, f"Draft {n}", Status.DRAFT) for n in range(10)]
        started = time.monotonic()
        next_draft, next_publication = started, started + 10
        withdrawals = []  # (when, article)
        live = []
        while time.monotonic() < started + self.duration:
            now = time.monotonic()
            if now >= next_draft:
                draft = drafts[self.drafts_saved % len(drafts)]
                draft.body_ru = f"<p>Version {self.drafts_saved}</p>"
                draft.save()
                self.drafts_saved += 1
                next_draft += DRAFT_EVERY
            if now >= next_publication:
                article = self.article(rubric, f"Newsroom {int(time.time())}", Status.PUBLISHED)
                self.published.append(self.until(lambda a=article: a.title_tg in self.home()))
                if live:
                    withdrawals.append((time.monotonic() + WITHDRAW_AFTER, live.pop()))
                live.append(article)
                next_publication += PUBLISH_EVERY
            if withdrawals and now >= withdrawals[0][0]:
                _when, article = withdrawals.pop(0)
                article.status = Status.WITHDRAWN
                article.save()
                url = self.reader_url + addresses(article)[0]
                self.withdrawn.append(
                    self.until(lambda a=article, u=url: status(u) == 410 and a.title_tg not in self.home())
                )
            time.sleep(POLL_EVERY)

    @staticmethod
    def article(rubric, title, state):
        from django.utils import timezone

        from news.models import Article

        fields = {"rubric": rubric, "status": state, "published_at": timezone.now()}
        for code in ("tg", "ru", "en"):
            fields.update(
                {
                    f"title_{code}": f"{title} ({code})",
                    f"lead_{code}": f"Lead of {title}",
                    f"body_{code}": f"<p>{title}</p>",
                }
            )
        return Article.objects.create(**fields)

    def home(self):
        return bench.fetch(self.reader_url + "/tg/")[2].decode()

    @staticmethod
    def until(condition, limit=30.0):
        """Seconds until ``condition()`` holds, read every 50 ms (None past ``limit``)."""
        started = time.monotonic()
        while time.monotonic() - started < limit:
            if condition():
                return round(time.monotonic() - started, 3)
            time.sleep(POLL_EVERY)
        return None


def status(url):
    return bench.fetch(url)[0]


class Varnish:
    """varnishd on loopback in front of ``backend_port``, its own working folder."""

    def __init__(self, folder, port, backend_port):
        self.port = port
        self.base_url = f"http://127.0.0.1:{self.port}"
        vcl = Path(folder) / "default.vcl"
        vcl.write_text(VCL.read_text().replace('.port = "8000";', f'.port = "{backend_port}";'))
        self.process = subprocess.Popen(
            [
                *("varnishd", "-F", "-j", "none", "-n", str(Path(folder) / "work"), "-T", "none"),
                *("-a", f"127.0.0.1:{self.port}", "-f", str(vcl), "-s", "malloc,256m"),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                if bench.fetch(self.base_url + "/healthz", timeout=5)[0] == 200:
                    return
            except OSError:
                time.sleep(0.2)
        raise RuntimeError("varnishd did not answer within 30 s")

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=20)


def bare(server_url, directory, seconds=BARE_SECONDS, path=bench.BASELINE_PATH):
    result = wrk.run(server_url, [path], directory, seconds, CONNECTIONS, 2)
    return {key: result[key] for key in ("req_per_s", "p50_ms", "p99_ms", "non_2xx_3xx", "socket_errors")}


def day(mode, env, paths, options, directory):
    """One newsroom day served by the app alone (``app``) or through Varnish (``varnish``)."""
    from django.conf import settings
    from django.core.cache import cache

    cache.clear()
    server_env = dict(env)
    varnish = None
    server = None
    try:
        if mode == "varnish":
            purge_port = bench.free_port()  # chosen before the app starts: it purges there
            server_env["DJANGO_PROXY_PURGE_URLS"] = f"http://127.0.0.1:{purge_port}/"
        server = bench.Server(server_env, "sync", 4, 300)
        if mode == "varnish":
            varnish = Varnish(tempfile.mkdtemp(prefix="mia-varnish-"), purge_port, server.port)
            # The bench's editors purge the proxy as the app's workers do.
            settings.PROXY_PURGE_URLS = [varnish.base_url + "/"]
        readers_url = varnish.base_url if varnish else server.base_url
        bench.say(f"\n== newsroom day, {mode}: {options.duration} s at {CONNECTIONS} connections")
        bare_view = bare(server.base_url, directory)
        for path in sorted(set(paths))[:200]:  # the hot pages have been read before the day
            bench.fetch(readers_url + wrk.ascii_path(path), wrk.HEADERS)
        newsroom = Newsroom(readers_url, options.duration)
        newsroom.start()
        load = readers(readers_url, paths, directory, options.duration)
        newsroom.join()
        result = {
            "readers": load,
            "bare_view": bare_view,
            "ratio_to_bare_view": ratio(load["req_per_s"], bare_view["req_per_s"]),
            "drafts_saved": newsroom.drafts_saved,
            "publication_to_home_s": newsroom.published,
            "withdrawal_gone_s": newsroom.withdrawn,
            "failures": newsroom.failures,
        }
        if varnish:
            home = bare(varnish.base_url, directory, path="/tg/")
            result["cached_home_through_proxy"] = home
            versus = ratio(home["req_per_s"], bare_view["req_per_s"])
            result["cached_home_through_proxy_vs_bare_view"] = versus
        say_day(result)
        return result
    finally:
        settings.PROXY_PURGE_URLS = []
        if varnish:
            varnish.stop()
        if server:
            server.stop()


def say_day(result):
    load = result["readers"]
    bench.say(
        f"  {load['req_per_s']} req/s ({result['ratio_to_bare_view']} of the bare view's "
        f"{result['bare_view']['req_per_s']}), p50 {load['p50_ms']} ms, p99 {load['p99_ms']} ms, "
        f"{load['errors']} errors"
    )
    bench.say(f"  app cache hit ratio {load['app_hit_ratio']}, proxy hit ratio {load['proxy_hit_ratio']}")
    bench.say(
        f"  {result['drafts_saved']} drafts saved; publication → home page (s): "
        f"{result['publication_to_home_s']}; withdrawal gone (s): {result['withdrawal_gone_s']}"
    )
    if "cached_home_through_proxy" in result:
        home = result["cached_home_through_proxy"]
        versus = result["cached_home_through_proxy_vs_bare_view"]
        bench.say(f"  cached home through the proxy: {home['req_per_s']} req/s, {versus} of the bare view")


def ensure_varnish():
    if shutil.which("varnishd") is None:
        bench.say("Installing Varnish (apt-get install -y varnish varnish-modules)…")
        subprocess.run(["apt-get", "install", "-y", "-qq", "varnish", "varnish-modules"], check=True)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--database-url", default=os.environ.get("BENCH_DATABASE_URL", bench.DEFAULT_DATABASE_URL)
    )
    parser.add_argument("--redis-url", default=os.environ.get("BENCH_REDIS_URL", bench.DEFAULT_REDIS_URL))
    parser.add_argument("--duration", type=int, default=300, help="seconds of each day (default 300)")
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--incidents", type=int, default=200_000)
    parser.add_argument("--announcements", type=int, default=5_000)
    parser.add_argument("--modes", default="app,varnish", help="app, varnish or both (default)")
    options = parser.parse_args(argv)

    started = time.monotonic()
    versions = bench.ensure_services(options.database_url, options.redis_url)
    env = bench.production_env(options.database_url, options.redis_url)
    setup_seconds = bench.prepare(env, options)
    wrk.ensure_installed(bench.say)
    ensure_varnish()
    os.environ.update(env)
    import django

    django.setup()
    directory = tempfile.mkdtemp(prefix="mia-newsroom-")
    load_before = os.getloadavg()
    paths = [path for _kind, path in reader_mix(READER_PATHS)]
    days = {mode: day(mode, env, paths, options, directory) for mode in options.modes.split(",")}
    results = json.loads(bench.RESULTS.read_text()) if bench.RESULTS.exists() else {}
    results["newsroom_day"] = {
        "when": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        "duration_s": options.duration,
        "connections": CONNECTIONS,
        "archive": {"articles": options.articles, "incidents": options.incidents},
        "load_average_before": [round(value, 2) for value in load_before],
        "versions": {**versions, "wrk": wrk.version(), "varnish": varnish_version()},
        "setup_seconds": setup_seconds,
        "seconds": round(time.monotonic() - started),
        **days,
    }
    bench.write_results(results)
    bench.say(f"\nWritten to {bench.RESULTS} (newsroom_day)")


def varnish_version():
    found = subprocess.run(["varnishd", "-V"], capture_output=True, text=True, check=False)
    return (found.stderr or found.stdout).splitlines()[0] if (found.stderr or found.stdout) else "?"


if __name__ == "__main__":
    main()
