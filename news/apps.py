from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NewsConfig(AppConfig):
    name = "news"
    verbose_name = _("News")

    def ready(self):
        from mia_portal import caching
        from mia_portal.links.registry import register as register_linkable
        from mia_portal.search.sections import Section, register

        caching.watch_app(self.label, shown_on=["home"])
        fields = (("title", "A"), ("lead", "B"), ("body", "C"))
        register(Section("news", _("News"), self.get_model("Article"), fields))
        register_linkable(self.get_model("Article"), url_name="news:detail")
