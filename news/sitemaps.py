from django.contrib.sitemaps import Sitemap

from news.models import Address, Article


class ArticleSitemap(Sitemap):
    """Every live article, in each language it has been published in (with hreflang alternates)."""

    i18n = True
    alternates = True
    changefreq = "weekly"

    def items(self):
        return Article.objects.published().order_by("-published_at", "-pk")

    def get_languages_for_item(self, item):
        return item.available_languages()

    def lastmod(self, item):
        return item.updated_at


class AddressSitemap(ArticleSitemap):
    changefreq = "yearly"

    def items(self):
        return Address.objects.published().order_by("-delivered_on", "-pk")
