from django.apps import AppConfig
from django.contrib.admin import apps as admin_apps
from django.utils.translation import gettext_lazy as _


class MiaPortalConfig(AppConfig):
    name = "mia_portal"
    verbose_name = _("Ministry of Internal Affairs portal")


class PortalAdminConfig(admin_apps.AdminConfig):
    """Django's admin on the portal's own site class (two-factor login)."""

    default = False  # named explicitly in INSTALLED_APPS; "mia_portal" means the config above
    default_site = "mia_portal.admin_site.PortalAdminSite"
