from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PhotosConfig(AppConfig):
    name = "photos"
    verbose_name = _("Photo library")

    def ready(self):
        from mia_portal import caching

        # A new caption, credit or focal point changes every page showing the photo.
        caching.watch_app(self.label)
