from django.apps import AppConfig
from django.contrib.admin import apps as admin_apps
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.utils.translation import gettext_lazy as _


class MiaPortalConfig(AppConfig):
    name = "mia_portal"
    verbose_name = _("Ministry of Internal Affairs portal")

    def ready(self):
        from mia_portal.caching import content_signal_receiver

        for signal in (post_save, post_delete, m2m_changed):
            signal.connect(content_signal_receiver, dispatch_uid=f"page-cache-{signal!r}")


class PortalAdminConfig(admin_apps.AdminConfig):
    """Django's admin on the portal's own site class (two-factor login)."""

    default = False  # named explicitly in INSTALLED_APPS; "mia_portal" means the config above
    default_site = "mia_portal.admin_site.PortalAdminSite"
