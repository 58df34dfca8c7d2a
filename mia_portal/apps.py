from django.apps import AppConfig
from django.contrib.admin import apps as admin_apps
from django.core.signals import request_finished, request_started
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.urls import register_converter
from django.utils.translation import gettext_lazy as _


class MiaPortalConfig(AppConfig):
    name = "mia_portal"
    verbose_name = _("Ministry of Internal Affairs portal")

    def ready(self):
        from mia_portal import admin_labels, cache_backends, caching
        from mia_portal.links import index as link_index
        from mia_portal.routing import IdConverter

        admin_labels.install()
        # Before any URLconf is read: the apps' item URLs take ``<id:pk>``.
        register_converter(IdConverter, "id")

        # The redirects administrators enter change what addresses answer, as content does.
        caching.watch_app("redirects")
        for signal in (post_save, post_delete, m2m_changed):
            signal.connect(caching.content_signal_receiver, dispatch_uid=f"page-cache-{signal!r}")
        # What each item's rich text links to, for the broken-links screen.
        post_save.connect(link_index.saved_receiver, dispatch_uid="item-links-saved")
        post_delete.connect(link_index.deleted_receiver, dispatch_uid="item-links-deleted")
        request_started.connect(caching.request_started_receiver, dispatch_uid="generation-per-request")
        request_finished.connect(caching.request_finished_receiver, dispatch_uid="generation-per-request")
        # Changes saved while Redis was out of reach could not move the generation.
        cache_backends.recovered.connect(caching.content_changed, dispatch_uid="generation-after-outage")


class PortalAdminConfig(admin_apps.AdminConfig):
    """Django's admin on the portal's own site class (two-factor login)."""

    default = False  # named explicitly in INSTALLED_APPS; "mia_portal" means the config above
    default_site = "mia_portal.admin_site.PortalAdminSite"
