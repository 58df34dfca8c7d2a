from django.contrib.sitemaps import Sitemap

from incidents.models import Incident


class IncidentSitemap(Sitemap):
    """Every live report, in each language it has been published in (with hreflang alternates)."""

    i18n = True
    alternates = True
    changefreq = "weekly"

    def items(self):
        return Incident.objects.published().order_by("-published_at", "-pk")

    def get_languages_for_item(self, item):
        return item.available_languages()

    def lastmod(self, item):
        return item.updated_at
