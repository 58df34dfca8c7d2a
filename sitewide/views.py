"""Site-wide views: the home page, search, the feeds page, language switching, health, robots
and error pages."""

import logging
import posixpath
import sys
from datetime import timedelta
from pathlib import Path

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import SuspiciousFileOperation
from django.core.paginator import Paginator
from django.db import InterfaceError, OperationalError, connection
from django.http import Http404, HttpResponse, HttpResponseRedirect, JsonResponse
from django.template import loader
from django.urls import translate_url
from django.utils import timezone, translation
from django.utils._os import safe_join
from django.utils.cache import add_never_cache_headers
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.cache import never_cache
from django.views.generic import TemplateView
from django.views.static import serve

from announcements.models import Announcement
from contacts.models import Region
from incidents.models import Incident, IncidentCategory
from mia_portal.cache_tags import DependsOnMixin
from mia_portal.reading import COOKIE_NAME as READING_COOKIE
from mia_portal.reading import ReadingMode
from mia_portal.search.query import Query
from mia_portal.search.results import Search
from mia_portal.search.sections import SECTIONS
from news.models import Address, Article

logger = logging.getLogger(__name__)

LANGUAGE_CODES = {code for code, _name in settings.LANGUAGES}


class HomeView(DependsOnMixin, TemplateView):
    """The lead story and more news, incident reports, open announcements, the current address
    and the helplines: only what exists in the page's language, in a fixed number of queries."""

    template_name = "home.html"
    cache_tags = ["home"]  # the apps that show items here say so (caching.watch_app)
    more_news = 6
    incidents = 8
    announcements = 4

    def get_context_data(self, **kwargs):
        language = translation.get_language()
        articles = Article.objects.listed_in(language).for_cards()
        lead = articles.featured().first()
        more = list((articles.exclude(pk=lead.pk) if lead else articles)[: self.more_news + (not lead)])
        if lead is None and more:
            lead = more.pop(0)
        return super().get_context_data(
            lead_article=lead,
            articles=more,
            incidents=Incident.objects.listed_in(language).for_cards()[: self.incidents],
            announcements=Announcement.objects.for_home_page(language).for_cards()[: self.announcements],
            address=Address.objects.featured_now().available_in(language).for_teaser().first(),
            **kwargs,
        )


class SearchView(TemplateView):
    """``?q=`` across news, incidents and announcements in the page's language; ``&type=`` narrows
    it to one section. Any input gives a normal page."""

    template_name = "search/results.html"
    paginate_by = 20

    def get_context_data(self, **kwargs):
        query = Query(self.request.GET.get("q", ""), translation.get_language())
        section = self.request.GET.get("type", "")
        section = section if section in SECTIONS else ""
        search = Search(query, section)
        paginator = Paginator(search, self.paginate_by, allow_empty_first_page=True)
        page = paginator.get_page(self.request.GET.get("page")) if query else None
        return super().get_context_data(
            query=query,
            search_query=query.text,
            section=section,
            sections=[(key, value.label, search.counts()[key]) for key, value in SECTIONS.items()],
            total=sum(search.counts().values()),
            is_capped=search.is_capped(),
            page_obj=page,
            hits=page.object_list if page else [],
            robots="noindex, follow",  # results lead to the items; only the items are indexed
            **kwargs,
        )


class FeedListView(TemplateView):
    """Every RSS feed of the site in the page's language, incidents also per region and category."""

    template_name = "feeds.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            regions=Region.objects.all(), categories=IncidentCategory.objects.all(), **kwargs
        )


def _safe_next(request, fallback):
    next_url = request.GET.get("next", "")
    if next_url.startswith("/") and url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return next_url
    return fallback


def switch_language(request, code):
    """Remember the visitor's language in a cookie and send them to the same page in it."""
    if code not in LANGUAGE_CODES:
        code = settings.LANGUAGE_CODE
    next_url = _safe_next(request, f"/{code}/")
    # translate_url resolves the path in the active language, so activate the path's own.
    with translation.override(translation.get_language_from_path(next_url)):
        response = HttpResponseRedirect(translate_url(next_url, code))
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        code,
        max_age=365 * 24 * 60 * 60,
        samesite=settings.LANGUAGE_COOKIE_SAMESITE,
        secure=settings.LANGUAGE_COOKIE_SECURE,
        httponly=settings.LANGUAGE_COOKIE_HTTPONLY,
    )
    return response


def set_reading_mode(request):
    """Switch the reading mode for visually impaired visitors on, off or to other settings."""
    mode = ReadingMode.from_cookie(request.COOKIES.get(READING_COOKIE)).changed(request.GET)
    response = HttpResponseRedirect(_safe_next(request, f"/{translation.get_language()}/"))
    if mode.is_on:
        response.set_cookie(
            READING_COOKIE,
            mode.to_cookie(),
            max_age=365 * 24 * 60 * 60,
            samesite="Lax",
            secure=settings.SESSION_COOKIE_SECURE,
            httponly=True,
        )
    else:
        response.delete_cookie(READING_COOKIE, samesite="Lax")
    return response


def _public_upload(path):
    """The file under MEDIA_ROOT that ``path`` names, or None when the public may not read it.

    The decision is made on where the file really is, not on how the URL spells it: ``//``,
    ``./``, ``x/../`` and their percent-encodings all lead into documents/ once normalised (as
    ``serve()`` normalises), and a case-insensitive disk, Windows' dropped trailing dots or a
    link reach the same folder under another name. Private documents and anything outside the
    media folder are refused.
    """
    root = Path(settings.MEDIA_ROOT).resolve()
    try:
        target = Path(safe_join(root, posixpath.normpath(path).lstrip("/"))).resolve()
    except (SuspiciousFileOperation, ValueError):  # above the root, or a NUL byte
        return None
    if not target.is_relative_to(root):  # a link out of the media folder
        return None
    documents = root / "documents"
    if any(_is_same_file(folder, documents) for folder in (target, *target.parents)):
        return None
    return target.relative_to(root)


def _is_same_file(path, other):
    try:
        return path.samefile(other)
    except OSError:  # either does not exist: nothing there to protect
        return False


def media(request, path):
    """Uploaded photos, served so that nothing uploaded can ever run in the site's origin.

    Dossier documents are stored under documents/ but reach the public only through their
    download view, which checks that the item they belong to is published.
    """
    name = _public_upload(path)
    if name is None:
        raise Http404
    response = serve(request, name.as_posix(), document_root=settings.MEDIA_ROOT)
    response["Content-Security-Policy"] = "default-src 'none'; img-src 'self'; sandbox"
    response["X-Content-Type-Options"] = "nosniff"
    # Stored names are generated and never reused, so a file at a URL never changes.
    response["Cache-Control"] = "public, max-age=31536000, immutable"
    return response


@never_cache
def health(request):
    checks = {}
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
        checks["database"] = "ok"
    except Exception:
        logger.exception("Health check: database unreachable")
        checks["database"] = "unavailable"
    try:
        cache.set("healthz", "ok", 5)
        checks["cache"] = "ok" if cache.get("healthz") == "ok" else "unavailable"
    except Exception:
        logger.exception("Health check: cache unreachable")
        checks["cache"] = "unavailable"
    # The site serves from the database when the cache is down, so only the database decides.
    status = 200 if checks["database"] == "ok" else 503
    return JsonResponse({"status": "ok" if status == 200 else "unavailable", **checks}, status=status)


def robots_txt(request):
    lines = [
        "User-agent: *",
        f"Disallow: /{settings.ADMIN_PATH}",
        "Disallow: /editor/",
        # Receipts and status pages hold someone's tracking code: never crawled.
        *(
            f"Disallow: /{code}/appeals/{page}/"
            for code, _name in settings.LANGUAGES
            for page in ("receipt", "status")
        ),
        f"Sitemap: {settings.SITE_URL}/sitemap.xml",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


def security_txt(request):
    expires = (timezone.now() + timedelta(days=365)).replace(microsecond=0)
    lines = [
        f"Contact: {settings.SECURITY_CONTACT}",
        f"Expires: {expires.isoformat()}",
        "Preferred-Languages: tg, ru, en",
        f"Canonical: {settings.SITE_URL}/.well-known/security.txt",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


def _error_page(request, template_name, status):
    language = translation.get_language_from_path(request.path_info) or translation.get_language()
    with translation.override(language):
        body = loader.render_to_string(template_name, {"status": status}, request)
    return HttpResponse(body, status=status)


def bad_request(request, exception=None):
    return _error_page(request, "400.html", 400)


def permission_denied(request, exception=None):
    return _error_page(request, "403.html", 403)


def csrf_failure(request, reason=""):
    """CSRF_FAILURE_VIEW: a form refused by its security check, explained in the visitor's
    language instead of Django's technical page."""
    return _error_page(request, "403_csrf.html", 403)


def page_not_found(request, exception=None):
    return _error_page(request, "404.html", 404)


def _page_without_database(request, template_name, status):
    """No helplines, menus or messages are looked up; the page's own text carries the numbers."""
    language = translation.get_language_from_path(request.path_info) or settings.LANGUAGE_CODE
    context = {"status": status, "helplines": [], "menus": None, "messages": []}
    with translation.override(language):
        body = loader.render_to_string(template_name, context, request)
    return HttpResponse(body, status=status)


def server_error(request):
    """The 500 handler; an unreachable database is an outage (503), not a bug."""
    if isinstance(sys.exc_info()[1], OperationalError | InterfaceError):
        logger.error("Database unavailable while serving %s", request.path, exc_info=True)
        return service_unavailable(request)
    return _page_without_database(request, "500.html", 500)


def service_unavailable(request):
    response = _page_without_database(request, "503.html", 503)
    response["Retry-After"] = "60"
    add_never_cache_headers(response)
    return response
