from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ContactsConfig(AppConfig):
    name = "contacts"
    verbose_name = _("Contacts and regions")

    def ready(self):
        from mia_portal import caching

        caching.watch_app(self.label)
