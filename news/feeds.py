"""RSS of the latest news, one feed per language (``/<lang>/news/feed/``)."""

from django.utils import translation
from django.utils.translation import gettext_lazy as _

from mia_portal.syndication import SectionFeed
from news.models import Article

FEED_ITEMS = 20


class ArticleFeed(SectionFeed):
    title = _("Ministry of Internal Affairs of the Republic of Tajikistan: news")
    description = _("The latest news of the Ministry of Internal Affairs of the Republic of Tajikistan.")
    list_url_name = "news:list"
    feed_url_name = "news:feed"

    def items(self):
        language = translation.get_language()
        return Article.objects.listed_in(language).with_details()[:FEED_ITEMS]

    def item_author_name(self, item):
        return item.byline or None

    def item_categories(self, item):
        return [item.rubric.name]
