"""Whole public pages cached for anonymous visitors, never stale.

Every cached page belongs to a *content generation*: any committed save or delete of content
(news, incidents, announcements, helplines, regions…) moves the generation, so every page that
may show it is rebuilt on its next request — in every app process, since the generation lives
in the shared cache (Redis in production, files by default), read in the same round trip as
the page. A cached page never outlives the next scheduled publication, so scheduled items
appear on time without any job.

A page is cached under the query parameters its view reads (``PAGE_CACHE_QUERY_PARAMETERS``)
and no others: ``?utm_source=…`` or ``?z=<random>`` is answered from the clean address's entry.
"""

import hashlib
import logging
import re
import secrets
import threading

from django.apps import apps
from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.http import QueryDict
from django.urls import Resolver404, resolve
from django.utils import timezone, translation
from django.utils.cache import patch_cache_control, patch_vary_headers, set_response_etag
from django.utils.http import urlencode

from mia_portal.publishing import Publishable
from mia_portal.reading import COOKIE_NAME as READING_COOKIE
from mia_portal.reading import ReadingMode

logger = logging.getLogger(__name__)

GENERATION_KEY = "pages:generation"
NO_SCHEDULE = "none"
# Derived data is kept at most this long: old generations' keys then leave the cache by themselves.
DATA_CACHE_SECONDS = 3600
# How many remembered values each process also keeps in memory (see ``remember``).
REMEMBERED_IN_PROCESS = 512
_remembered = {}
# The generation a request has read: one round trip per request, and one generation per page.
_this_request = threading.local()
# As django.middleware.gzip reads Accept-Encoding.
ACCEPTS_GZIP = re.compile(r"\bgzip\b")
# The apps whose saves and deletes change what public pages show. Each adds itself in its
# AppConfig.ready() (``watch_app``): this module names no app.
WATCHED_APPS = set()


def new_generation():
    """A random number rather than the next one: generations never repeat after the cache is
    emptied (a Redis restart), so nothing remembered under an earlier one is taken for current;
    and two changes at once never land on the same generation, as two increments could where
    an increment is a read then a write (a cache in files), letting a page built between them
    outlive the second change."""
    return secrets.randbelow(2**52) + 1


def current_generation():
    generation = getattr(_this_request, "generation", None)
    if generation is None:
        generation = cache.get(GENERATION_KEY)
        if generation is None:
            generation = new_generation()
            if not cache.add(GENERATION_KEY, generation, None):
                generation = cache.get(GENERATION_KEY) or generation
        _remember_for_this_request(generation)
    return generation


def _remember_for_this_request(generation):
    if getattr(_this_request, "active", False):
        _this_request.generation = generation


def request_started_receiver(**kwargs):
    _this_request.active = True
    _this_request.generation = None


def request_finished_receiver(**kwargs):
    _this_request.active = False
    _this_request.generation = None


def content_changed(**kwargs):
    """Signal receiver and plain function: invalidate every cached page at once."""
    _this_request.generation = None
    cache.set(GENERATION_KEY, new_generation(), None)


def watch_app(app_label):
    """Saves and deletes of the app's models move the content generation."""
    WATCHED_APPS.add(app_label)


def content_signal_receiver(sender, using, **kwargs):
    """Connected to post_save, post_delete and m2m_changed for every model.

    The generation moves once the change is committed: moved earlier, a page built meanwhile
    in another process from what the database still shows would be stored under the new
    generation and served, stale, until the next change. Outside a transaction, at once."""
    if sender._meta.app_label in WATCHED_APPS:
        transaction.on_commit(content_changed, using=using)


def next_publication(generation):
    """When what the public sees next changes by itself (a scheduled item goes live, a deadline
    passes); None when nothing is scheduled. Worked out once per generation."""
    key = f"pages:next-publication:{generation}"
    stored = cache.get(key)
    if stored is None or (stored != NO_SCHEDULE and stored <= timezone.now()):
        upcoming = [
            model.objects.next_change_at() for model in apps.get_models() if issubclass(model, Publishable)
        ]
        upcoming = [moment for moment in upcoming if moment is not None]
        stored = min(upcoming) if upcoming else NO_SCHEDULE
        cache.set(key, stored, DATA_CACHE_SECONDS)
    return None if stored == NO_SCHEDULE else stored


def seconds_until_next_publication(generation, ceiling=None):
    """How long something built now stays true, at most ``ceiling`` (the page cache's time)."""
    ceiling = settings.PAGE_CACHE_SECONDS if ceiling is None else ceiling
    moment = next_publication(generation)
    if moment is None:
        return ceiling
    return max(0, min(ceiling, int((moment - timezone.now()).total_seconds())))


def remember(key, compute):
    """``compute()``, kept until content changes or the next scheduled publication.

    For what many requests ask the database to work out again and again although it only
    changes with the content: a list's count, the incident statistics, the helplines. Used
    whether or not whole pages are cached. The moment a value stops being true is stored with
    it and checked against this process's clock, not left to the cache's expiry alone.

    Each process also keeps what it remembered in memory under the same key, so a page that
    asks for several values costs one round trip to the cache (the generation), not one per
    value. The values are shared by the requests of the process: callers must not change them.
    """
    generation = current_generation()
    key = f"data:{generation}:{hashlib.sha256(key.encode()).hexdigest()}"
    now = timezone.now()
    stored = _remembered.get(key)
    if stored is None:
        stored = cache.get(key)
    if stored is not None and (stored[0] is None or now < stored[0]):
        _keep_in_process(key, stored)
        return stored[1]
    value = compute()
    valid_until = next_publication(generation)
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
            _remembered.clear()  # old generations' values; the current ones come back at once
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
    """Serve anonymous GETs of public pages from the cache; store what is safe to share."""

    def __init__(self, get_response):
        self.get_response = get_response
        # The public pages (under a language prefix) and the sitemaps.
        self.prefixes = (*(f"/{code}/" for code, _name in settings.LANGUAGES), "/sitemap")

    def __call__(self, request):
        if not self.is_cacheable_request(request):
            return self.get_response(request)
        keep_read_parameters(request)
        # The generation and the page in one round trip: a stored page counts only if it was
        # built in the current generation.
        key = self.cache_key(request)
        stored = cache.get_many([GENERATION_KEY, key])
        generation = stored.get(GENERATION_KEY)
        if generation is None:
            generation = current_generation()
        _remember_for_this_request(generation)
        entry = stored.get(key)
        if entry is not None and entry[0] == generation:
            response = entry[1]
            response["X-Cache"] = "hit"
            return response
        response = self.get_response(request)
        if self.is_cacheable_response(response):
            timeout = seconds_until_next_publication(generation)
            patch_cache_control(response, public=True, max_age=min(timeout, settings.PAGE_CACHE_MAX_AGE))
            patch_vary_headers(response, ["Cookie"])
            set_response_etag(response)  # once, rather than on every hit
            response.content = response.content  # one piece: feeds are written in thousands
            if timeout > 0:
                cache.set(key, (generation, response), timeout)
            response["X-Cache"] = "miss"
        return response

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
