from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class IncidentsConfig(AppConfig):
    name = "incidents"
    verbose_name = _("Incidents")

    def ready(self):
        from mia_portal import caching, search

        caching.watch_app(self.label)
        fields = (("title", "A"), ("lead", "B"), ("body", "C"))
        search.register(search.Section("incidents", _("Incidents"), self.get_model("Incident"), fields))
