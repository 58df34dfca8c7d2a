"""``/sitemap.xml``: an index of per-section sitemaps, paged, listing every published item in
every language it is available in, with hreflang alternates and last-modified dates.

Every address comes from ``settings.SITE_URL``: Django's own sitemap views take the domain from
the Site object or the request, so the index and section views are written here. Each section's
sitemap is its app's (``mia_portal.syndication.PublishedSitemap`` pages through it by primary
key); its XML is written directly.
"""

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.contrib.sitemaps.views import SitemapIndexItem, x_robots_tag
from django.core.paginator import EmptyPage
from django.http import Http404, HttpResponse
from django.template import loader
from django.urls import reverse
from django.utils.http import http_date
from django.views.decorators.gzip import gzip_page

from announcements.sitemaps import AnnouncementSitemap
from incidents.sitemaps import IncidentSitemap
from mia_portal.cache_tags import depends_on, list_tag
from mia_portal.syndication import SiteUrlMixin
from news.sitemaps import AddressSitemap, ArticleSitemap
from pages.sitemaps import MinistryPageSitemap


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
            "appeals:new",
            "appeals:tip",
            "appeals:statistics",
            "feeds",
        ]

    def location(self, name):
        return reverse(name)


SITEMAPS = {
    "pages": PageSitemap,
    "ministry": MinistryPageSitemap,
    "news": ArticleSitemap,
    "addresses": AddressSitemap,
    "incidents": IncidentSitemap,
    "announcements": AnnouncementSitemap,
}


def sitemap_tags(sitemap_classes):
    """The lists the sitemaps follow (the page of fixed addresses depends on nothing)."""
    return {list_tag(cls.model) for cls in sitemap_classes if getattr(cls, "model", None)}


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
    depends_on(*sitemap_tags(SITEMAPS.values()))
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

    depends_on(*sitemap_tags([sitemap_class]))
    sitemap = sitemap_class()
    try:
        urls = sitemap.get_urls(page=int(page))
    except EmptyPage:
        raise Http404 from None
    return _xml_response(urlset_xml(urls), getattr(sitemap, "latest_lastmod", None))
