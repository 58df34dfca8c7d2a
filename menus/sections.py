"""The sections of the site a menu item may point to: one registry, read by the admin's choices
and by the public menus. Each is a URL name of the root URLconf and the name readers see when the
item has no label of its own."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Section(models.TextChoices):
    HOME = "home", _("Home")
    NEWS = "news", _("News")
    INCIDENTS = "incidents", _("Incidents")
    INCIDENT_STATISTICS = "incident_statistics", _("Incident statistics")
    ANNOUNCEMENTS = "announcements", _("Announcements and competitions")
    CONTACTS = "contacts", _("Contacts")
    SEARCH = "search", _("Search the site")
    FEEDS = "feeds", _("News feeds (RSS)")
    APPEAL = "appeal", _("Send an appeal")
    MOBILE_REPORTER = "mobile_reporter", _("Mobile reporter")


URL_NAMES = {
    Section.HOME: "home",
    Section.NEWS: "news:list",
    Section.INCIDENTS: "incidents:list",
    Section.INCIDENT_STATISTICS: "incidents:statistics",
    Section.ANNOUNCEMENTS: "announcements:list",
    Section.CONTACTS: "contacts:list",
    Section.SEARCH: "search",
    Section.FEEDS: "feeds",
    Section.APPEAL: "appeals:new",
    Section.MOBILE_REPORTER: "appeals:tip",
}

# The home page is current only at its own address; a section also on the pages below it.
EXACT_MATCH = {Section.HOME}

# The main navigation of a site whose main menu has not been made (or was deleted).
DEFAULT_MAIN = (Section.HOME, Section.NEWS, Section.INCIDENTS, Section.ANNOUNCEMENTS, Section.CONTACTS)
