from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AnnouncementsConfig(AppConfig):
    name = "announcements"
    verbose_name = _("Announcements and competitions")

    def ready(self):
        from mia_portal import caching
        from mia_portal.links.registry import register as register_linkable
        from mia_portal.search.sections import Section, register

        caching.watch_app(self.label, shown_on=["home"])
        fields = (("title", "A"), ("body", "C"))  # announcements have no lead
        label = _("Announcements and competitions")
        register(Section("announcements", label, self.get_model("Announcement"), fields))
        register_linkable(self.get_model("Announcement"), url_name="announcements:detail")
