from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MiaPortalConfig(AppConfig):
    name = "mia_portal"
    verbose_name = _("Ministry of Internal Affairs portal")
