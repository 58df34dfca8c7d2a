from django.apps import AppConfig
from django.contrib.admin.apps import AdminConfig
from django.utils.translation import gettext_lazy as _


class MiaPortalConfig(AppConfig):
    default = True  # this module also declares the admin's config below
    name = "mia_portal"
    verbose_name = _("Ministry of Internal Affairs portal")


class PortalAdminConfig(AdminConfig):
    default_site = "mia_portal.admin_site.PortalAdminSite"
