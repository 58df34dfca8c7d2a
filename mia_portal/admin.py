"""The admin every content type shares: translation tabs, life-cycle columns and actions,
versions with readable diffs and restore, and protection against concurrent edits.

Its parts live beside it: ``admin_filters``, ``admin_actions``, ``concurrent_edits``; the
account admins (users, login attempts, authenticators) are in ``account_admin``, registered
from here because Django's autodiscovery reads only ``admin.py``.
"""

import re
from contextlib import contextmanager

from django.conf import settings
from django.contrib import admin
from django.contrib.admin.utils import quote, unquote
from django.contrib.admin.views.main import ERROR_FLAG
from django.core.exceptions import ValidationError
from django.db import router, transaction
from django.http import HttpResponseRedirect
from django.urls import reverse
from django.utils import translation
from django.utils.html import format_html_join
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin
from reversion.admin import VersionAdmin
from reversion.models import Version

from mia_portal import account_admin  # noqa: F401  (registers the account admins)
from mia_portal.admin_actions import publish, unpublish
from mia_portal.admin_filters import MissingLanguageFilter, PublicationStateFilter
from mia_portal.concurrent_edits import ConcurrentEditForm
from mia_portal.links import index as link_index
from mia_portal.links.admin_views import change_url
from mia_portal.links.admin_views import state as item_state
from mia_portal.publishing import LEGACY_ID_MAX
from mia_portal.search.backends import matching_in_any_language
from mia_portal.versions import version_changes
from mia_portal.yes_no import YesNoColumns, yes_no_icon


class PublishableAdmin(YesNoColumns, VersionAdmin, TabbedTranslationAdmin):
    """Base for the admin of every ``Publishable`` model."""

    change_form_template = "admin/publishable_change_form.html"
    revision_form_template = "admin/publishable_revision_form.html"
    recover_form_template = "admin/publishable_recover_form.html"
    object_history_template = "admin/publishable_history.html"

    class Media:
        css = {"all": ("css/admin.css",)}
        js = ("js/admin_translation_tab.js", "js/item_link_chooser.js")

    list_filter = (PublicationStateFilter, MissingLanguageFilter)
    date_hierarchy = "published_at"
    # Fields matched whole, besides the words of the search documents, on PostgreSQL.
    exact_search_fields = ()
    actions = [publish, unpublish]
    readonly_fields = ("created_at", "created_by", "updated_at", "updated_by")
    publication_fields = ("status", "published_at", "slug", "legacy_id", "withdrawal_note")

    def view_on_site(self, obj):
        """The item's own page (a preview for staff while it is not live), on this host."""
        return obj.get_absolute_url()

    @admin.display(description=_("live"))
    def is_live(self, obj):
        return yes_no_icon(obj.is_published())

    @admin.display(description=_("state"), ordering="status")
    def state(self, obj):
        if obj.is_scheduled():
            return _("Scheduled")
        return obj.get_status_display()

    @admin.display(description=_("languages"))
    def languages(self, obj):
        """TG RU EN marks: bold for a complete language, struck through for a missing one."""
        available = obj.available_languages()
        return format_html_join(
            " ",
            '<span class="language-mark language-mark--{}" title="{}">{}</span>',
            (
                (
                    "complete" if code in available else "missing",
                    _("complete") if code in available else _("missing"),
                    code.upper(),
                )
                for code, _name in settings.LANGUAGES
            ),
        )

    def get_search_results(self, request, queryset, search_term):
        found = None
        if search_term.strip():
            found = matching_in_any_language(queryset, search_term, self.exact_search_fields)
        if found is None:
            found, may_have_duplicates = super().get_search_results(request, queryset, search_term)
        else:
            may_have_duplicates = False
        # A number also finds the item that had it on the old site.
        number = search_term.strip()
        if re.fullmatch(r"[0-9]{1,10}", number) and int(number) <= LEGACY_ID_MAX:
            found |= queryset.filter(legacy_id=int(number))
        return found, may_have_duplicates

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change=change, **kwargs)
        stored = getattr(request, "stored_item", None)  # set by editing(); none when adding
        return type(form.__name__, (ConcurrentEditForm, form), {"stored": stored})

    @contextmanager
    def editing(self, request, object_id):
        """Runs a change, restore or recover view in one transaction, with the item as stored
        at its start in ``request.stored_item`` for the form's check.

        On a save the item's row stays locked until the transaction ends: a second save of
        the same item waits here and then reads what the first one wrote. (SQLite, whose
        transactions take the write lock as they begin, serialises the saves by itself.)
        """
        with transaction.atomic(using=router.db_for_write(self.model)):
            stored = self.model._base_manager.only("updated_at", "updated_by")
            if request.method == "POST":
                stored = stored.select_for_update()
            try:
                request.stored_item = stored.filter(pk=object_id).first()
            except (ValueError, ValidationError):
                request.stored_item = None  # not an id: the view answers as for a missing item
            yield

    def change_view(self, request, object_id, form_url="", extra_context=None):
        with self.editing(request, unquote(object_id)):
            obj = self.get_object(request, unquote(object_id))
            preview_links, linked_from = [], []
            if obj is not None:
                linked_from = [
                    {
                        "item": source,
                        "state": item_state(source),
                        "url": change_url(source, self.admin_site.name),
                    }
                    for source in link_index.linking_to(obj)
                ]
                # Built from the saved item: a refused form may carry an unsaved, empty slug.
                for code, _name in settings.LANGUAGES:
                    with translation.override(code):
                        preview_links.append((code, obj.get_absolute_url()))
            extra_context = {
                **(extra_context or {}),
                "preview_links": preview_links,
                "linked_from": linked_from,
            }
            return super().change_view(request, object_id, form_url, extra_context)

    def revision_view(self, request, object_id, version_id, extra_context=None):
        # Restoring first writes the old version into the row, stamp included: the form is
        # checked against the item as it stood before that.
        with self.editing(request, unquote(object_id)):
            return super().revision_view(request, object_id, version_id, extra_context)

    def recover_view(self, request, version_id, extra_context=None):
        deleted = Version.objects.filter(pk=version_id).values_list("object_id", flat=True).first()
        with self.editing(request, deleted):
            return super().recover_view(request, version_id, extra_context)

    def changelist_view(self, request, extra_context=None):
        # Django's date drill-down turns an out-of-range year into a 500; treat it as bad input.
        year = request.GET.get(f"{self.date_hierarchy}__year")
        if year is not None and not (year.isdigit() and 1900 <= int(year) <= 9998):
            return HttpResponseRedirect(f"{request.path}?{ERROR_FLAG}=1")
        return super().changelist_view(request, extra_context)

    def history_view(self, request, object_id, extra_context=None):
        """Every saved version with who, when, what changed (a word diff) and a restore link."""
        if self.get_object(request, unquote(object_id)) is None:
            return super().history_view(request, object_id, extra_context)  # Django's "not found"
        opts = self.model._meta
        versions = list(
            Version.objects.get_for_object_reference(self.model, unquote(object_id))
            .select_related("revision", "revision__user")
            .order_by("-revision__date_created", "-pk")
        )
        action_list = [
            {
                "revision": version.revision,
                "url": reverse(
                    f"{self.admin_site.name}:{opts.app_label}_{opts.model_name}_revision",
                    args=(quote(version.object_id), version.pk),
                ),
                "changes": changes,
                "is_first": version is versions[-1],
            }
            for version, changes in zip(versions, version_changes(self.model, versions), strict=True)
        ]
        return super().history_view(request, object_id, {**(extra_context or {}), "action_list": action_list})

    # The history says what each save changed, field by field and language by language; the
    # summary Django would add to a version ("Changed title [ru] and rubric.") only repeats it
    # in the form's labels. Comments stay for what a diff cannot tell: a list action, a restore.
    def log_addition(self, request, obj, message):
        return super(VersionAdmin, self).log_addition(request, obj, message)

    def log_change(self, request, obj, message):
        return super(VersionAdmin, self).log_change(request, obj, message)

    def save_model(self, request, obj, form, change):
        if not change:
            obj.created_by = request.user
        obj.updated_by = request.user
        super().save_model(request, obj, form, change)
