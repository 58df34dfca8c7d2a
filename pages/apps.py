from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PagesConfig(AppConfig):
    name = "pages"
    verbose_name = _("Ministry pages")

    def ready(self):
        from django.db.models.signals import pre_save

        from mia_portal import caching
        from mia_portal.links.registry import register as register_linkable
        from mia_portal.search.sections import register
        from pages.models import Page
        from pages.models.tree import keep_place_on_restore
        from pages.paths import page_id_from_route
        from pages.search import PageSection

        caching.watch_app(self.label)
        fields = (("title", "A"), ("lead", "B"), ("body", "C"))
        register(PageSection("pages", _("Ministry pages"), Page, fields))
        register_linkable(
            Page, url_name="page", url_fields=("url_path",), id_from_route=page_id_from_route, public="public"
        )
        pre_save.connect(keep_place_on_restore, sender=Page, dispatch_uid="pages_keep_place_on_restore")
