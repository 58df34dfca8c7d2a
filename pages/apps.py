from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PagesConfig(AppConfig):
    name = "pages"
    verbose_name = _("Ministry pages")

    def ready(self):
        from django.db.models.signals import pre_save

        from mia_portal import caching
        from pages.models import Page
        from pages.models.tree import keep_place_on_restore

        caching.watch_app(self.label)
        pre_save.connect(keep_place_on_restore, sender=Page, dispatch_uid="pages_keep_place_on_restore")
