from mia_portal.syndication import PublishedSitemap
from news.models import Address, Article


class ArticleSitemap(PublishedSitemap):
    model = Article
    changefreq = "weekly"


class AddressSitemap(PublishedSitemap):
    model = Address
    changefreq = "yearly"
