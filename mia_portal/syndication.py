"""What each section hands to other programs: its RSS feed for readers, its sitemap for crawlers.

Every app's ``feeds.py`` subclasses ``SectionFeed`` and its ``sitemaps.py`` subclasses
``PublishedSitemap``; both select only what the life cycle publishes. Every address in them is
absolute and built from ``settings.SITE_URL``: the request's Host header never reaches a feed
or a sitemap (Django's ``add_domain`` leaves absolute links alone).
"""

from types import SimpleNamespace
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.contrib.syndication.views import Feed
from django.core.paginator import EmptyPage
from django.db.models import Max
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.feedgenerator import Rss201rev2Feed
from django.utils.functional import Promise
from django.utils.html import escape

from mia_portal.richtext import strip_control_characters
from mia_portal.translation_status import LANGUAGE_CODES, availability_field


def _xml_safe(value):
    if isinstance(value, str | Promise):
        return strip_control_characters(str(value))
    if isinstance(value, list | tuple):
        return [_xml_safe(item) for item in value]
    return value


class XmlSafeRssFeed(Rss201rev2Feed):
    """RSS 2.0 that drops the characters XML 1.0 forbids from every text it is handed.

    A title typed with a stray control character (pasted from a word processor, or posted raw)
    would otherwise make Django's XML writer refuse the whole feed with a server error.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*_xml_safe(args), **{key: _xml_safe(value) for key, value in kwargs.items()})

    def add_item(self, *args, **kwargs):
        super().add_item(*_xml_safe(args), **{key: _xml_safe(value) for key, value in kwargs.items()})


class SectionFeed(Feed):
    """The RSS feed of one section, in the page's language.

    Subclasses name the section's list and feed (``list_url_name``, ``feed_url_name``), choose
    the ``items()`` and may say what narrows the feed (``query_string()``). Titles and
    descriptions come as plain text from ``plain_title()`` and ``plain_description()`` and are
    escaped once more here, as Django's own defaults do: readers treat them as HTML, so a title
    such as "<img onerror=…>" stays text there too.
    """

    feed_type = XmlSafeRssFeed
    list_url_name = None
    feed_url_name = None

    def query_string(self, obj):
        """``?region=…`` when ``obj`` narrows the feed, kept on its links; empty by default."""
        return ""

    def link(self, obj):
        return settings.SITE_URL + reverse(self.list_url_name) + self.query_string(obj)

    def feed_url(self, obj):
        return settings.SITE_URL + reverse(self.feed_url_name) + self.query_string(obj)

    def plain_title(self, item):
        return item.title

    def plain_description(self, item):
        return item.summary

    def item_title(self, item):
        return escape(self.plain_title(item))

    def item_description(self, item):
        return escape(self.plain_description(item))

    def item_link(self, item):
        return settings.SITE_URL + item.get_absolute_url()

    def item_pubdate(self, item):
        return item.published_at

    def item_updateddate(self, item):
        return item.updated_at


class SiteUrlMixin:
    """Absolute addresses on the configured site, whatever Host the request came with."""

    def get_protocol(self, protocol=None):
        return urlsplit(settings.SITE_URL).scheme

    def get_domain(self, site=None):
        return urlsplit(settings.SITE_URL).netloc

    def pages(self):
        return list(self.paginator.page_range)


class PublishedSitemap(SiteUrlMixin, Sitemap):
    """Every published item of ``model``, in each language it is available in, with hreflang
    alternates and last-modified dates; subclasses set ``model`` and ``changefreq``.

    Built for an archive of hundreds of thousands of items. Django's i18n sitemaps load every
    item (with its text) for each page and count pages by offset; here a page is a fixed range
    of ``limit`` primary keys (page 3 always covers ids 2001–3000: pages stay put as items
    arrive, and each is read from the primary-key index), only the columns an address needs
    are read, and which languages an item is available in comes from its availability flags.
    """

    model = None
    i18n = True
    alternates = True
    limit = 1000

    def items(self):
        return self.model.objects.published()

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
