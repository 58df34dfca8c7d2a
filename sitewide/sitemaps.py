"""``/sitemap.xml``: an index of per-section sitemaps, paged, listing every published item in
every language it is available in, with hreflang alternates and last-modified dates.

Every address comes from ``settings.SITE_URL``: Django's own sitemap views take the domain from
the Site object or the request, so the index and section views are written here.

Built for an archive of hundreds of thousands of items. Django's i18n sitemaps load every item
of a section (with its text) for each page and count pages by offset; here a page is a fixed
range of primary keys (page 3 always covers ids 2001–3000: pages stay put as items arrive, and
each is read from the primary-key index), only the columns an address needs are read, which
languages an item is available in is worked out in SQL, and the XML is written directly.
"""

from types import SimpleNamespace
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.contrib.sitemaps.views import SitemapIndexItem, x_robots_tag
from django.core.paginator import EmptyPage
from django.db.models import Max
from django.http import Http404, HttpResponse
from django.template import loader
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.http import http_date
from django.views.decorators.gzip import gzip_page

from announcements.models import Announcement
from incidents import sitemaps as incident_sitemaps
from mia_portal.publishing import LANGUAGE_CODES, availability_field
from news import sitemaps as news_sitemaps


class SiteUrlMixin:
    """Absolute addresses on the configured site, whatever Host the request came with."""

    def get_protocol(self, protocol=None):
        return urlsplit(settings.SITE_URL).scheme

    def get_domain(self, site=None):
        return urlsplit(settings.SITE_URL).netloc

    def pages(self):
        return list(self.paginator.page_range)


class PublishedSitemap(SiteUrlMixin, Sitemap):
    """Published items, ``limit`` primary keys a page, each in the languages it exists in."""

    i18n = True
    alternates = True
    limit = 1000

    def page_items(self, page):
        """The page's items as light rows (pk, slug, updated_at, available_<language>)."""
        first, last = (page - 1) * self.limit, page * self.limit
        flags = [availability_field(code) for code in LANGUAGE_CODES]
        rows = (
            self.items()
            .filter(pk__gt=first, pk__lte=last)
            .order_by("pk")
            .values("pk", "slug", "updated_at", *flags)
        )
        return [SimpleNamespace(**row) for row in rows]

    def pages(self):
        """1 to the page of the highest id: one cheap query, whatever the archive's size (a range
        emptied by deletions is an empty page, which crawlers accept)."""
        highest = self.items().aggregate(highest=Max("pk"))["highest"] or 0
        return list(range(1, (highest - 1) // self.limit + 2 if highest else 2))

    def get_languages_for_item(self, item):
        return [code for code in LANGUAGE_CODES if getattr(item, availability_field(code))]

    def lastmod(self, item):
        return item.updated_at

    def paths(self, items):
        """Each item's path without its language prefix (public paths differ only by it).

        ``get_absolute_url()`` is asked once; items whose path follows the same pattern
        (``…/<pk>-<slug>/``) get theirs by substitution, which is what makes a page of thousands
        of addresses take milliseconds rather than a second of reverse() calls.
        """
        pattern = None
        for item in items:
            tail = f"{item.pk}-{item.slug}/"
            if pattern is None:
                with translation.override(LANGUAGE_CODES[0]):
                    url = self.items().model(pk=item.pk, slug=item.slug).get_absolute_url()
                path = url.removeprefix(f"/{LANGUAGE_CODES[0]}/")
                pattern = path.removesuffix(tail) if path.endswith("/" + tail) else None
                yield item, path
            else:
                yield item, pattern + tail

    def get_urls(self, page=1, site=None, protocol=None):
        if page not in self.pages():
            raise EmptyPage
        items = self.page_items(page)
        base = f"{self.get_protocol()}://{self.get_domain()}"
        urls = []
        self.latest_lastmod = None
        for item, path in self.paths(items):
            locations = {code: f"{base}/{code}/{path}" for code in self.get_languages_for_item(item)}
            alternates = [{"location": location, "lang_code": code} for code, location in locations.items()]
            lastmod = self.lastmod(item)
            if self.latest_lastmod is None or lastmod > self.latest_lastmod:
                self.latest_lastmod = lastmod
            lastmod = timezone.localdate(lastmod)
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


def _xml_escape(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def urlset_xml(urls):
    """What django.contrib.sitemaps' sitemap.xml template writes, written directly: a page holds
    thousands of addresses, and the template takes a second over them."""
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ]
    links = {}  # the language versions of one item share their list of alternates
    for url in urls:
        alternates = url.get("alternates") or []
        if id(alternates) not in links:
            links[id(alternates)] = "".join(
                f'<xhtml:link rel="alternate" hreflang="{alternate["lang_code"]}" '
                f'href="{_xml_escape(alternate["location"])}"/>'
                for alternate in alternates
            )
        lastmod = f"<lastmod>{url['lastmod']:%Y-%m-%d}</lastmod>" if url.get("lastmod") else ""
        changefreq = f"<changefreq>{url['changefreq']}</changefreq>" if url.get("changefreq") else ""
        lines.append(
            f"<url><loc>{_xml_escape(url['location'])}</loc>{lastmod}{changefreq}{links[id(alternates)]}</url>"
        )
    lines.append("</urlset>")
    return "\n".join(lines) + "\n"


def _xml_response(content, lastmod):
    response = HttpResponse(content, content_type="application/xml")
    if lastmod:
        response["Last-Modified"] = http_date(lastmod.timestamp())
    return response


# Crawlers read sitemaps page after page: the page cache keeps them, like the public pages.
# They are compressed here for the crawlers that accept it (all the big ones do): a page of
# 1,000 items is 1.5 MB of XML and about 43 KB gzipped, and the cache keeps the small copy.


@gzip_page
@x_robots_tag
def index(request):
    # No last-modified dates here: finding them means reading every item's row; each page
    # carries its items' dates and a Last-Modified header.
    entries = []
    for name, sitemap_class in SITEMAPS.items():
        location = settings.SITE_URL + reverse("sitemap_section", kwargs={"section": name})
        entries += [
            SitemapIndexItem(location if page == 1 else f"{location}?p={page}")
            for page in sitemap_class().pages()
        ]
    return _xml_response(loader.render_to_string("sitemap_index.xml", {"sitemaps": entries}), None)


@gzip_page
@x_robots_tag
def section(request, section):
    sitemap_class = SITEMAPS.get(section)
    page = request.GET.get("p", "1")
    if sitemap_class is None or not page.isdigit() or len(page) > 7:
        raise Http404

    sitemap = sitemap_class()
    try:
        urls = sitemap.get_urls(page=int(page))
    except EmptyPage:
        raise Http404 from None
    return _xml_response(urlset_xml(urls), getattr(sitemap, "latest_lastmod", None))
