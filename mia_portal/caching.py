"""Whole public pages cached for anonymous visitors, never stale.

Every cached page belongs to a *content generation*: any save or delete of content (news,
incidents, announcements, helplines, regions…) bumps the generation, so every page that may
show it is rebuilt on its next request — in every app process, since the generation lives
in the shared cache (Redis in production), read in the same round trip as the page. A cached
page never outlives the next scheduled publication, so scheduled items appear on time without
any job.
"""

import hashlib
import logging

from django.apps import apps
from django.conf import settings
from django.core.cache import cache
from django.utils import timezone
from django.utils.cache import patch_cache_control, patch_vary_headers, set_response_etag

from mia_portal.publishing import Publishable
from mia_portal.reading import COOKIE_NAME as READING_COOKIE
from mia_portal.reading import ReadingMode

logger = logging.getLogger(__name__)

GENERATION_KEY = "pages:generation"
NO_SCHEDULE = "none"
# Derived data is kept at most this long: old generations' keys then leave the cache by themselves.
DATA_CACHE_SECONDS = 3600


def current_generation():
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        generation = 1
        cache.add(GENERATION_KEY, generation, None)
    return generation


def content_changed(**kwargs):
    """Signal receiver and plain function: invalidate every cached page at once."""
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:  # no generation stored yet (or the cache was emptied)
        cache.set(GENERATION_KEY, 2, None)


def content_signal_receiver(sender, **kwargs):
    """Connected to post_save, post_delete and m2m_changed for every model."""
    if sender._meta.app_label in settings.PAGE_CACHE_APPS:
        content_changed()


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
    """
    generation = current_generation()
    key = f"data:{generation}:{hashlib.sha256(key.encode()).hexdigest()}"
    stored = cache.get(key)
    now = timezone.now()
    if stored is not None and (stored[0] is None or now < stored[0]):
        return stored[1]
    value = compute()
    valid_until = next_publication(generation)
    timeout = DATA_CACHE_SECONDS
    if valid_until is not None:
        timeout = min(timeout, int((valid_until - now).total_seconds()))
    if timeout > 0:
        cache.set(key, (valid_until, value), timeout)
    return value


class PublicPageCacheMiddleware:
    """Serve anonymous GETs of public pages from the cache; store what is safe to share."""

    def __init__(self, get_response):
        self.get_response = get_response
        # The public pages (under a language prefix) and the sitemaps.
        self.prefixes = (*(f"/{code}/" for code, _name in settings.LANGUAGES), "/sitemap")

    def __call__(self, request):
        if not self.is_cacheable_request(request):
            return self.get_response(request)
        # The generation and the page in one round trip: a stored page counts only if it was
        # built in the current generation.
        key = self.cache_key(request)
        stored = cache.get_many([GENERATION_KEY, key])
        generation = stored.get(GENERATION_KEY) or current_generation()
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
        digest = hashlib.sha256(f"{request.get_full_path()}|{reading}".encode()).hexdigest()
        return f"pages:{request.method}:{digest}"
