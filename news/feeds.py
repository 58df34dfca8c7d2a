"""RSS of the latest news, one feed per language (``/<lang>/news/feed/``).

Every link is absolute and built from ``settings.SITE_URL``, so Django's ``add_domain``
leaves it alone and the request's Host header never reaches the feed.
"""

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils import translation
from django.utils.html import escape
from django.utils.translation import gettext_lazy as _

from mia_portal.richtext import XmlSafeRssFeed
from news.models import Article

FEED_ITEMS = 20


class ArticleFeed(Feed):
    feed_type = XmlSafeRssFeed
    title = _("Ministry of Internal Affairs of the Republic of Tajikistan: news")
    description = _("The latest news of the Ministry of Internal Affairs of the Republic of Tajikistan.")

    def link(self):
        return settings.SITE_URL + reverse("news:list")

    def feed_url(self):
        return settings.SITE_URL + reverse("news:feed")

    def items(self):
        language = translation.get_language()
        return Article.objects.listed_in(language).for_lists()[:FEED_ITEMS]

    def item_title(self, item):
        # Readers treat the title as HTML, so escape it once more (as Django's default does).
        return escape(item.title)

    def item_description(self, item):
        return escape(item.summary)

    def item_link(self, item):
        return settings.SITE_URL + item.get_absolute_url()

    def item_pubdate(self, item):
        return item.published_at

    def item_updateddate(self, item):
        return item.updated_at

    def item_author_name(self, item):
        return item.byline or None

    def item_categories(self, item):
        return [item.rubric.name]
