from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class IncidentsConfig(AppConfig):
    name = "incidents"
    verbose_name = _("Incidents")

    def ready(self):
        from mia_portal import caching
        from mia_portal.links.registry import register as register_linkable
        from mia_portal.search.sections import Section, register

        caching.watch_app(self.label, shown_on=["home"])
        fields = (("title", "A"), ("lead", "B"), ("body", "C"))
        register(Section("incidents", _("Incidents"), self.get_model("Incident"), fields))
        register_linkable(self.get_model("Incident"), url_name="incidents:detail")
