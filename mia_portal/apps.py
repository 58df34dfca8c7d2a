from django.apps import AppConfig
from django.contrib.admin import apps as admin_apps
from django.core.signals import request_finished, request_started
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_save
from django.urls import register_converter
from django.utils.translation import gettext_lazy as _


class MiaPortalConfig(AppConfig):
    name = "mia_portal"
    verbose_name = _("Ministry of Internal Affairs portal")

    def ready(self):
        from mia_portal import admin_labels, cache_backends, cache_changes, cache_tags, caching
        from mia_portal.links import index as link_index
        from mia_portal.routing import IdConverter

        admin_labels.install()
        # Before any URLconf is read: the apps' item URLs take ``<id:pk>``.
        register_converter(IdConverter, "id")

        # The redirects administrators enter change what addresses answer, as content does.
        caching.watch_app("redirects")
        pre_save.connect(cache_changes.before_save, dispatch_uid="page-cache-before-save")
        post_save.connect(cache_changes.after_save, dispatch_uid="page-cache-after-save")
        post_delete.connect(cache_changes.after_delete, dispatch_uid="page-cache-after-delete")
        m2m_changed.connect(cache_changes.after_m2m_change, dispatch_uid="page-cache-after-m2m")
        request_started.connect(cache_tags.request_started, dispatch_uid="cache-tags-per-request")
        request_finished.connect(cache_tags.request_finished, dispatch_uid="cache-tags-per-request")
        # Changes saved while Redis was out of reach could not purge what they changed.
        cache_backends.recovered.connect(caching.outage_ended, dispatch_uid="purge-all-after-outage")
        # What each item's rich text links to, for the broken-links screen.
        post_save.connect(link_index.saved_receiver, dispatch_uid="item-links-saved")
        post_delete.connect(link_index.deleted_receiver, dispatch_uid="item-links-deleted")


class PortalAdminConfig(admin_apps.AdminConfig):
    """Django's admin on the portal's own site class (two-factor login)."""

    default = False  # named explicitly in INSTALLED_APPS; "mia_portal" means the config above
    default_site = "mia_portal.admin_site.PortalAdminSite"
