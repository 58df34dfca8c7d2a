from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MenusConfig(AppConfig):
    name = "menus"
    verbose_name = _("Menus")

    def ready(self):
        from mia_portal import caching

        # The public menus are remembered (``menus.public``): a change to a menu, or to a page
        # a menu points to (``pages`` watches itself), moves the content generation.
        caching.watch_app(self.label)
