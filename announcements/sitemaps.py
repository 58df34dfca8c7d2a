from announcements.models import Announcement
from mia_portal.syndication import PublishedSitemap


class AnnouncementSitemap(PublishedSitemap):
    """Every live announcement, tender and vacancy."""

    model = Announcement
    changefreq = "daily"
