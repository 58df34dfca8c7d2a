"""The admin every content type shares: translation tabs, life-cycle columns and actions."""

from django.conf import settings
from django.contrib import admin, messages
from django.utils import timezone
from django.utils.html import format_html_join
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from modeltranslation.admin import TabbedTranslationAdmin

from mia_portal.publishing import Status


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


@admin.action(description=_("Publish the selected items now"), permissions=["change"])
def publish(modeladmin, request, queryset):
    count = queryset.exclude(status=Status.PUBLISHED).update(
        status=Status.PUBLISHED, published_at=timezone.now(), updated_by=request.user
    )
    modeladmin.message_user(
        request, ngettext("%(count)d item published.", "%(count)d items published.", count) % {"count": count}
    )


@admin.action(description=_("Unpublish the selected items (back to draft)"), permissions=["change"])
def unpublish(modeladmin, request, queryset):
    count = queryset.filter(status=Status.PUBLISHED).update(status=Status.DRAFT, updated_by=request.user)
    modeladmin.message_user(
        request,
        ngettext("%(count)d item unpublished.", "%(count)d items unpublished.", count) % {"count": count},
        messages.WARNING,
    )


class PublishableAdmin(TabbedTranslationAdmin):
    """Base for the admin of every ``Publishable`` model."""

    list_filter = (PublicationStateFilter, MissingLanguageFilter)
    date_hierarchy = "published_at"
    actions = [publish, unpublish]
    readonly_fields = ("created_at", "created_by", "updated_at", "updated_by")
    publication_fields = ("status", "published_at", "slug", "withdrawal_note")

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

    def save_model(self, request, obj, form, change):
        if not change:
            obj.created_by = request.user
        obj.updated_by = request.user
        super().save_model(request, obj, form, change)
