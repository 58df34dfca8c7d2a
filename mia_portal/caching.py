"""Whole public pages cached for anonymous visitors, never stale.

Every cached page and remembered value depends on *tags* (``mia_portal/cache_tags.py``): the
item it shows (``news.article:42``), its section's lists (``news:list``), the home page… A view
declares them (``cache_tags`` on the view, or ``cache_tags.depends_on()``); a page that
declares nothing depends on ``content``, which every public change purges. A save purges the
tags of what it changes for the public once it is committed (``cache_changes``), in every app
process, since the tags' versions live in the shared cache (Redis in production, files by
default). Saves that change nothing public (drafts, scheduled items) purge nothing.

A page invalidated by a publication is rebuilt by one process while the others answer with
the previous copy for at most ``PAGE_CACHE_STALE_SECONDS``; after a withdrawal, a deletion or
its own expiry a page is never served again. A cached page never outlives the next scheduled
publication, so scheduled items appear on time without any job.

A page is cached under the query parameters its view reads (``PAGE_CACHE_QUERY_PARAMETERS``)
and no others: ``?utm_source=…`` or ``?z=<random>`` is answered from the clean address's entry.
"""

import hashlib
import logging
import re

from django.apps import apps
from django.conf import settings
from django.core.cache import cache
from django.http import QueryDict
from django.urls import Resolver404, resolve
from django.utils import timezone, translation
from django.utils.cache import patch_cache_control, patch_vary_headers, set_response_etag
from django.utils.http import urlencode

from mia_portal import cache_tags, proxy_purge
from mia_portal.cache_tags import CONTENT, SCHEDULE
from mia_portal.publishing import Publishable
from mia_portal.reading import COOKIE_NAME as READING_COOKIE
from mia_portal.reading import ReadingMode

logger = logging.getLogger(__name__)

NO_SCHEDULE = "none"
# Derived data is kept at most this long: values under old versions leave the cache by themselves.
DATA_CACHE_SECONDS = 3600
# How many remembered values each process also keeps in memory (see ``remember``).
REMEMBERED_IN_PROCESS = 512
_remembered = {}
# As django.middleware.gzip reads Accept-Encoding.
ACCEPTS_GZIP = re.compile(r"\bgzip\b")
# The apps whose saves and deletes change what public pages show, with the tags a public change
# of their items purges besides the item's own and its lists' (``watch_app``). Each adds itself
# in its AppConfig.ready(): this module names no app.
WATCHED_APPS = {}


def watch_app(app_label, shown_on=()):
    """Saves and deletes of the app's models purge what shows them.

    ``shown_on``: the tags of the pages besides the app's own that show its items (``"home"``).
    """
    WATCHED_APPS[app_label] = tuple(shown_on)


def content_changed():
    """Invalidate every cached page and value at once, here and in the proxies in front (the
    database changed behind the signals: a restore)."""
    cache_tags.purge([cache_tags.ALL], hard=True)
    proxy_purge.purge([cache_tags.ALL])


def outage_ended(**kwargs):
    """Signal receiver: what was saved while Redis was out of reach could not purge its tags
    there. The proxies were purged all the same (their purges do not go through Redis)."""
    cache_tags.purge([cache_tags.ALL], hard=True)


def schedule_version():
    return cache_tags.request_records([SCHEDULE])[SCHEDULE][0]


def next_publication(version=None):
    """When what the public sees next changes by itself (a scheduled item goes live, a deadline
    passes); None when nothing is scheduled. Worked out once per version of the schedule, which
    saves that change it purge."""
    key = f"pages:next-publication:{schedule_version() if version is None else version}"
    stored = cache.get(key)
    if stored is None or (stored != NO_SCHEDULE and stored <= timezone.now()):
        upcoming = [
            model.objects.next_change_at() for model in apps.get_models() if issubclass(model, Publishable)
        ]
        upcoming = [moment for moment in upcoming if moment is not None]
        stored = min(upcoming) if upcoming else NO_SCHEDULE
        cache.set(key, stored, DATA_CACHE_SECONDS)
    return None if stored == NO_SCHEDULE else stored


def seconds_until_next_publication(version=None, ceiling=None):
    """How long something built now stays true, at most ``ceiling`` (the page cache's time)."""
    ceiling = settings.PAGE_CACHE_SECONDS if ceiling is None else ceiling
    moment = next_publication(version)
    if moment is None:
        return ceiling
    return max(0, min(ceiling, int((moment - timezone.now()).total_seconds())))


def remember(key, compute, tags=(CONTENT,)):
    """``compute()``, kept until one of ``tags`` is purged or the next scheduled publication.

    For what many requests ask the database to work out again and again although it only
    changes with the content: a list's count, the incident statistics, the helplines. Used
    whether or not whole pages are cached. ``tags`` name what the value shows (by default
    ``content``, which every public change purges; ``()`` for what only changes with the
    things every change purges, such as regions); the page being built then depends on them
    too. The moment a value stops being true is stored with it and checked against this
    process's clock, not left to the cache's expiry alone.

    Each process also keeps what it remembered in memory under the same key, so a page that
    asks for several values costs one round trip to the cache (the tags' versions), not one per
    value. The values are shared by the requests of the process: callers must not change them.
    """
    tags = sorted({*tags, *cache_tags.IMPLICIT})
    cache_tags.uses(*tags)
    records = cache_tags.request_records(tags)
    noted = ":".join(f"{tag}={records[tag][0]}" for tag in tags)
    key = f"data:{hashlib.sha256(f'{key}|{noted}'.encode()).hexdigest()}"
    now = timezone.now()
    stored = _remembered.get(key)
    if stored is None:
        stored = cache.get(key)
    if stored is not None and (stored[0] is None or now < stored[0]):
        _keep_in_process(key, stored)
        return stored[1]
    value = compute()
    valid_until = next_publication(records[SCHEDULE][0])
    timeout = DATA_CACHE_SECONDS
    if valid_until is not None:
        timeout = min(timeout, int((valid_until - now).total_seconds()))
    if timeout > 0:
        cache.set(key, (valid_until, value), timeout)
        _keep_in_process(key, (valid_until, value))
    return value


def _keep_in_process(key, entry):
    if key not in _remembered:
        if len(_remembered) >= REMEMBERED_IN_PROCESS:
            _remembered.clear()  # values under old versions; the current ones come back at once
        _remembered[key] = entry


def read_parameters(path):
    """The query parameters the view at ``path`` reads, from ``PAGE_CACHE_QUERY_PARAMETERS``."""
    # i18n_patterns match the active language's prefix, and LocaleMiddleware has not run yet.
    with translation.override(translation.get_language_from_path(path)):
        try:
            view_name = resolve(path).view_name
        except Resolver404:
            return ()
    return settings.PAGE_CACHE_QUERY_PARAMETERS.get(view_name, ())


def keep_read_parameters(request):
    """Drop the query parameters the view does not read, and put the others in one order.

    The view then builds exactly the page of the clean address (its links, the language
    switcher's ``next``), which answers every variant from one cache entry: nothing in an
    unknown parameter reaches a page or adds an entry to the cache.
    """
    if not request.META.get("QUERY_STRING"):
        return
    kept = [
        (name, value) for name in read_parameters(request.path_info) for value in request.GET.getlist(name)
    ]
    request.META["QUERY_STRING"] = urlencode(kept)
    request.GET = QueryDict(request.META["QUERY_STRING"])


class PublicPageCacheMiddleware:
    """Serve anonymous GETs of public pages from the cache; store what is safe to share.

    An entry is ``(versions of its tags, built at, expires at, response)``. A hit costs two
    round trips to the cache: the page with the purge token, then its tags' records.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        # The public pages (under a language prefix) and the sitemaps.
        self.prefixes = (*(f"/{code}/" for code, _name in settings.LANGUAGES), "/sitemap")

    def __call__(self, request):
        if not self.is_cacheable_request(request):
            return self.get_response(request)
        keep_read_parameters(request)
        key = self.cache_key(request)
        stored = cache.get_many([key, cache_tags.TOKEN_KEY])
        token = stored.get(cache_tags.TOKEN_KEY) or cache_tags.current_token()
        started_at = timezone.now().timestamp()
        entry = stored.get(key)
        rebuilding = False
        if entry is not None and started_at < entry[2]:
            noted, built_at, _expires_at, response = entry
            current = cache_tags.request_records(list(noted))
            if all(current[tag][0] == version for tag, version in noted.items()):
                response["X-Cache"] = "hit"
                return response
            if cache_tags.may_serve_stale(noted, current, built_at, settings.PAGE_CACHE_STALE_SECONDS):
                # One process rebuilds the page; the others answer with the previous copy.
                rebuilding = cache.add(f"lock:{key}", 1, max(1, settings.PAGE_CACHE_STALE_SECONDS))
                if not rebuilding:
                    response["X-Cache"] = "stale"
                    return response
        try:
            response = self.get_response(request)
            if self.is_cacheable_response(response):
                self.store(key, response, token, started_at)
        finally:
            if rebuilding:
                cache.delete(f"lock:{key}")
        return response

    def store(self, key, response, token, started_at):
        tags = sorted(cache_tags.page_tags())
        timeout = seconds_until_next_publication()
        patch_cache_control(response, public=True, max_age=min(timeout, settings.PAGE_CACHE_MAX_AGE))
        patch_vary_headers(response, ["Cookie"])
        if settings.PROXY_PURGE_URLS:
            # The proxy keeps the page as long as the site does: the site purges it there too.
            patch_cache_control(response, s_maxage=timeout)
            response["xkey"] = " ".join(tags)
        set_response_etag(response)  # once, rather than on every hit
        response.content = response.content  # one piece: feeds are written in thousands
        response["X-Cache"] = "miss"
        # Stored only if no purge happened while the page was built: it may show what came before.
        noted = cache_tags.versions_if_unpurged(tags, token)
        if timeout > 0 and noted is not None:
            cache.set(key, (noted, started_at, started_at + timeout, response), timeout)

    def is_cacheable_request(self, request):
        return (
            settings.PAGE_CACHE_SECONDS > 0
            and request.method in ("GET", "HEAD")
            and request.path_info.startswith(self.prefixes)
            and settings.SESSION_COOKIE_NAME not in request.COOKIES  # staff, or anyone with a session
        )

    @staticmethod
    def is_cacheable_response(response):
        return (
            response.status_code == 200
            and not response.streaming
            and not response.cookies
            and not response.has_header("Cache-Control")  # views that set it (previews) decide themselves
        )

    @staticmethod
    def cache_key(request):
        reading = ReadingMode.from_cookie(request.COOKIES.get(READING_COOKIE)).to_cookie()
        # Some responses are compressed for clients that accept it (the sitemaps): those
        # clients and the others each get their own copy.
        gzip = bool(ACCEPTS_GZIP.search(request.headers.get("Accept-Encoding", "")))
        digest = hashlib.sha256(f"{request.get_full_path()}|{reading}|{gzip}".encode()).hexdigest()
        return f"pages:{request.method}:{digest}"
