from incidents.models import Incident
from mia_portal.syndication import PublishedSitemap


class IncidentSitemap(PublishedSitemap):
    model = Incident
    changefreq = "weekly"
