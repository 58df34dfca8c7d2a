"""``/sitemap.xml``: an index of per-section sitemaps, paged, listing every published item in
every language it is available in, with hreflang alternates and last-modified dates.

Every address comes from ``settings.SITE_URL``: Django's own sitemap views take the domain from
the Site object or the request, so the index and section views are written here. Django's i18n
sitemaps also load every item of a section (with its text) for each page; here a page is cut
in the database, only the columns a URL needs are read, and which languages an item is
available in is worked out in SQL.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.contrib.sitemaps.views import SitemapIndexItem, x_robots_tag
from django.core.cache import cache
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db.models import BooleanField, Case, Max, Q, When
from django.http import Http404, HttpResponse
from django.template import loader
from django.urls import reverse
from django.utils.http import http_date

from announcements.models import Announcement
from incidents import sitemaps as incident_sitemaps
from mia_portal.caching import current_generation, seconds_until_next_publication
from mia_portal.publishing import LANGUAGE_CODES
from news import sitemaps as news_sitemaps


class SiteUrlMixin:
    """Absolute addresses on the configured site, whatever Host the request came with."""

    def get_protocol(self, protocol=None):
        return urlsplit(settings.SITE_URL).scheme

    def get_domain(self, site=None):
        return urlsplit(settings.SITE_URL).netloc


class PublishedSitemap(SiteUrlMixin, Sitemap):
    """Paged by item (each with up to three language versions), in primary-key order so that
    pages stay put as new items arrive at the end."""

    i18n = True
    alternates = True
    limit = 2000

    def items(self):
        items = super().items()
        model = items.model
        languages = {
            f"in_{code}": Case(
                When(Q(**{f"{field}_{code}__gt": "" for field in model.required_translations}), then=True),
                default=False,
                output_field=BooleanField(),
            )
            for code in LANGUAGE_CODES
        }
        return items.order_by("pk").only("pk", "slug", "updated_at").annotate(**languages)

    def get_languages_for_item(self, item):
        return [code for code in LANGUAGE_CODES if getattr(item, f"in_{code}")]

    def lastmod(self, item):
        return item.updated_at

    def get_latest_lastmod(self):
        return super().items().aggregate(latest=Max("updated_at"))["latest"]

    @property
    def paginator(self):
        return Paginator(self.items(), self.limit)

    def _urls(self, page, protocol, domain):
        urls = []
        self.latest_lastmod = None
        for item in self.paginator.page(page).object_list:
            locations = {
                code: f"{protocol}://{domain}{self._location((item, code))}"
                for code in self.get_languages_for_item(item)
            }
            alternates = [{"location": location, "lang_code": code} for code, location in locations.items()]
            lastmod = self.lastmod(item)
            if self.latest_lastmod is None or lastmod > self.latest_lastmod:
                self.latest_lastmod = lastmod
            urls += [
                {
                    "location": location,
                    "lastmod": lastmod,
                    "changefreq": self.changefreq,
                    "alternates": alternates,
                }
                for location in locations.values()
            ]
        return urls


class ArticleSitemap(PublishedSitemap, news_sitemaps.ArticleSitemap):
    pass


class AddressSitemap(PublishedSitemap, news_sitemaps.AddressSitemap):
    pass


class IncidentSitemap(PublishedSitemap, incident_sitemaps.IncidentSitemap):
    pass


class AnnouncementItems(Sitemap):
    """The announcements app has no sitemap of its own: every live announcement, tender and vacancy."""

    changefreq = "daily"

    def items(self):
        return Announcement.objects.published()


class AnnouncementSitemap(PublishedSitemap, AnnouncementItems):
    pass


class PageSitemap(SiteUrlMixin, Sitemap):
    """The section pages, in every language."""

    i18n = True
    alternates = True
    changefreq = "daily"

    def items(self):
        return [
            "home",
            "news:list",
            "news:address_list",
            "incidents:list",
            "incidents:statistics",
            "announcements:list",
            "contacts:list",
            "feeds",
        ]

    def location(self, name):
        return reverse(name)


SITEMAPS = {
    "pages": PageSitemap,
    "news": ArticleSitemap,
    "addresses": AddressSitemap,
    "incidents": IncidentSitemap,
    "announcements": AnnouncementSitemap,
}


def _cached_xml(key, render):
    """Sitemaps are read by crawlers page after page: keep each until content changes."""
    if settings.PAGE_CACHE_SECONDS <= 0:
        content, lastmod = render()
        return _xml_response(content, lastmod)
    generation = current_generation()
    key = f"sitemap:{generation}:{key}"
    stored = cache.get(key)
    if stored is None:
        stored = render()
        timeout = seconds_until_next_publication(generation)
        if timeout > 0:
            cache.set(key, stored, timeout)
    return _xml_response(*stored)


def _xml_response(content, lastmod):
    response = HttpResponse(content, content_type="application/xml")
    if lastmod:
        response["Last-Modified"] = http_date(lastmod.timestamp())
    return response


@x_robots_tag
def index(request):
    def render():
        entries, lastmods = [], []
        for name, sitemap_class in SITEMAPS.items():
            sitemap = sitemap_class()
            location = settings.SITE_URL + reverse("sitemap_section", kwargs={"section": name})
            lastmod = sitemap.get_latest_lastmod()
            lastmods.append(lastmod)
            entries.append(SitemapIndexItem(location, lastmod))
            entries += [
                SitemapIndexItem(f"{location}?p={page}", lastmod)
                for page in range(2, sitemap.paginator.num_pages + 1)
            ]
        latest = max(lastmods) if all(lastmods) else None
        return loader.render_to_string("sitemap_index.xml", {"sitemaps": entries}), latest

    return _cached_xml("index", render)


@x_robots_tag
def section(request, section):
    sitemap_class = SITEMAPS.get(section)
    page = request.GET.get("p", "1")
    if sitemap_class is None or not page.isdigit() or len(page) > 6:
        raise Http404

    def render():
        sitemap = sitemap_class()
        try:
            urls = sitemap.get_urls(page=int(page))
        except (EmptyPage, PageNotAnInteger):
            raise Http404 from None
        content = loader.render_to_string("sitemap.xml", {"urlset": urls})
        return content, getattr(sitemap, "latest_lastmod", None)

    return _cached_xml(f"{section}:{page}", render)
