from types import SimpleNamespace

from mia_portal.syndication import PublishedSitemap
from mia_portal.translation_status import LANGUAGE_CODES, availability_field
from pages.models import Page


class MinistryPageSitemap(PublishedSitemap):
    """Every public page in each language it is available in, at its path of slugs."""

    model = Page
    changefreq = "monthly"

    def items(self):
        return Page.objects.public()

    def page_items(self, page):
        first, last = (page - 1) * self.limit, page * self.limit
        flags = [availability_field(code) for code in LANGUAGE_CODES]
        rows = self.items().filter(pk__gt=first, pk__lte=last).order_by("pk")
        return [SimpleNamespace(**row) for row in rows.values("pk", "url_path", "updated_at", *flags)]

    def paths(self, items):
        for item in items:
            yield item, item.url_path
