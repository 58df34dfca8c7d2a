"""The admin every content type shares: translation tabs, life-cycle columns and actions,
versions with readable diffs and restore, and protection against concurrent edits."""

import re
from contextlib import contextmanager

import reversion
from axes.admin import AccessAttemptAdmin
from axes.models import AccessAttempt
from django.conf import settings
from django.contrib import admin, messages
from django.contrib.admin.utils import quote, unquote
from django.contrib.admin.views.main import ERROR_FLAG
from django.contrib.auth.admin import UserAdmin
from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.db import router, transaction
from django.http import HttpResponseRedirect
from django.urls import reverse
from django.utils import formats, timezone, translation
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _
from django_otp.plugins.otp_totp.admin import TOTPDeviceAdmin
from django_otp.plugins.otp_totp.models import TOTPDevice
from modeltranslation.admin import TabbedTranslationAdmin
from reversion.admin import VersionAdmin
from reversion.models import Version

from mia_portal.links import index as link_index
from mia_portal.links.admin_views import change_url
from mia_portal.links.admin_views import state as item_state
from mia_portal.publishing import LEGACY_ID_MAX, Status, live
from mia_portal.search.backends import matching_in_any_language
from mia_portal.versions import version_changes

VERSION_FIELD = "_last_known_change"


class MissingLanguageFilter(admin.SimpleListFilter):
    title = _("translation")
    parameter_name = "missing"

    def lookups(self, request, model_admin):
        names = {"tg": _("missing in Tajik"), "ru": _("missing in Russian"), "en": _("missing in English")}
        return [(code, names[code]) for code, _name in settings.LANGUAGES]

    def queryset(self, request, queryset):
        if self.value() in dict(settings.LANGUAGES):
            return queryset.missing_in(self.value())
        return queryset


class PublicationStateFilter(admin.SimpleListFilter):
    title = _("publication")
    parameter_name = "state"

    def lookups(self, request, model_admin):
        return [
            ("live", _("Live")),
            ("scheduled", _("Scheduled")),
            ("draft", _("Draft")),
            ("withdrawn", _("Withdrawn")),
        ]

    def queryset(self, request, queryset):
        selectors = {
            "live": queryset.published,
            "scheduled": queryset.scheduled,
            "draft": queryset.drafts,
            "withdrawn": queryset.withdrawn,
        }
        selector = selectors.get(self.value())
        return selector() if selector else queryset


def save_each(request, queryset, comment, **changes):
    """Save each item (not a bulk update) so that versions, authorship and cache follow."""
    count = 0
    for item in queryset:
        with reversion.create_revision():
            for field, value in changes.items():
                setattr(item, field, value)
            item.updated_by = request.user
            item.save()
            reversion.set_user(request.user)
            reversion.set_comment(comment)
        count += 1
    return count


@admin.action(description=_("Publish the selected items now"), permissions=["change"])
def publish(modeladmin, request, queryset):
    count = save_each(
        request,
        queryset.exclude(live()),
        gettext("Published from the list."),
        status=Status.PUBLISHED,
        published_at=timezone.now(),
    )
    modeladmin.message_user(
        request, ngettext("%(count)d item published.", "%(count)d items published.", count) % {"count": count}
    )


@admin.action(description=_("Unpublish the selected items (back to draft)"), permissions=["change"])
def unpublish(modeladmin, request, queryset):
    count = save_each(
        request,
        queryset.filter(status=Status.PUBLISHED),
        gettext("Unpublished from the list."),
        status=Status.DRAFT,
    )
    modeladmin.message_user(
        request,
        ngettext("%(count)d item unpublished.", "%(count)d items unpublished.", count) % {"count": count},
        messages.WARNING,
    )


class ConcurrentEditForm:
    """Refuses a save unless the editor worked on the item as it is stored now.

    The change form carries the version (``updated_at``) the item had when it was opened.
    ``stored`` is the item as the database holds it at the save, read by the admin with its
    row locked until the save's transaction ends, so that checking and writing are one step:
    of two editors saving at once, the second waits for the first and is then refused. A
    refused form comes back with everything the editor typed and the newer version, so a
    second save overwrites on purpose.
    """

    stored = None  # the item's row when the admin read it, or None when there is none

    @property
    def stored_version(self):
        return self.stored.updated_at.isoformat() if self.stored else ""

    def version_input(self):
        if self.instance._state.adding:
            return ""
        return format_html('<input type="hidden" name="{}" value="{}">', VERSION_FIELD, self.stored_version)

    def clean(self):
        cleaned_data = super().clean()
        if self.instance._state.adding:
            return cleaned_data
        opened_with = self.data.get(VERSION_FIELD)
        if opened_with is None:
            raise ValidationError(
                gettext(
                    "The form came without the version of the item it was opened with, so it "
                    "could not be checked against a colleague's saves. Nothing has been saved and "
                    "your text is kept below: check it, then save again."
                ),
                code="no_version",
            )
        stored = self.stored
        # With no row stored, the save recreates a deleted item: there is nothing to overwrite.
        if stored and opened_with != self.stored_version:
            raise ValidationError(
                gettext(
                    "%(user)s saved this item at %(time)s, after you opened it. Your text is kept "
                    "below and nothing has been saved. Open the item in another tab to compare, "
                    "then save again to replace their version with yours."
                )
                % {
                    "user": stored.updated_by.get_username() if stored.updated_by else gettext("someone"),
                    "time": formats.date_format(timezone.localtime(stored.updated_at), "H:i:s"),
                },
                code="conflict",
            )
        return cleaned_data


class PublishableAdmin(VersionAdmin, TabbedTranslationAdmin):
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

    @admin.display(description=_("live"), boolean=True)
    def is_live(self, obj):
        return obj.is_published()

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


admin.site.unregister(User)


@admin.register(User)
class StaffUserAdmin(UserAdmin):
    """Site administrators manage staff accounts, but never grant or touch superuser rights."""

    def get_readonly_fields(self, request, obj=None):
        fields = super().get_readonly_fields(request, obj)
        if not request.user.is_superuser:
            fields = (*fields, "is_superuser", "user_permissions")
        return fields

    def has_change_permission(self, request, obj=None):
        if obj is not None and obj.is_superuser and not request.user.is_superuser:
            return False
        return super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        if obj is not None and obj.is_superuser and not request.user.is_superuser:
            return False
        return super().has_delete_permission(request, obj)


admin.site.unregister(AccessAttempt)


@admin.register(AccessAttempt)
class LoginAttemptAdmin(AccessAttemptAdmin):
    """django-axes' list of failed logins, whose status column has no heading of its own."""

    @admin.display(description=_("Status"))
    def status(self, obj):
        return super().status(obj)


admin.site.unregister(TOTPDevice)


@admin.register(TOTPDevice)
class AuthenticatorAdmin(TOTPDeviceAdmin):
    """django-otp's device admin, whose headings and search hint are written in English only."""

    search_help_text = _("Search by the user's name or email address")

    def get_fieldsets(self, request, obj=None):
        # The package's own English headings are the msgids (translated in locale/admin/).
        fieldsets = super().get_fieldsets(request, obj)
        return [(gettext(name) if name else None, options) for name, options in fieldsets]
