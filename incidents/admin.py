from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin, TranslationTabularInline

from incidents.models import Incident, IncidentCategory, IncidentStatusChange
from mia_portal.admin import PublishableAdmin


@admin.register(IncidentCategory)
class IncidentCategoryAdmin(TabbedTranslationAdmin):
    list_display = ("name", "slug", "order")
    list_editable = ("order",)
    search_fields = ("name_tg", "name_ru", "name_en", "slug")


class IncidentStatusChangeInline(TranslationTabularInline):
    model = IncidentStatusChange
    fields = ("status", "changed_on", "note")
    extra = 1


@admin.register(Incident)
class IncidentAdmin(PublishableAdmin):
    list_display = (
        "title",
        "state",
        "is_live",
        "category",
        "district",
        "occurred_at",
        "published_at",
        "languages",
    )
    list_filter = (*PublishableAdmin.list_filter, "category", "region", "district", "case_status")
    list_select_related = ("category", "district")
    search_fields = (
        "title_tg", "title_ru", "title_en",
        "lead_tg", "lead_ru", "lead_en",
        "reporting_unit_tg", "reporting_unit_ru", "reporting_unit_en",
        "code_article",
    )  # fmt: skip
    readonly_fields = ("case_status", *PublishableAdmin.readonly_fields)
    inlines = [IncidentStatusChangeInline]
    fieldsets = (
        (None, {"fields": ("title", "lead", "body")}),
        (
            _("Where and when"),
            {"fields": ("occurred_at", "region", "district", "reporting_unit", "department")},
        ),
        (
            _("Case"),
            {
                "fields": (
                    "category",
                    ("code_article", "code_article_label"),
                    ("killed", "injured"),
                    "case_status",
                ),
                "description": _("Record each change of the case status in the case history below."),
            },
        ),
        (_("Publication"), {"fields": PublishableAdmin.publication_fields}),
        (_("Record"), {"classes": ["collapse"], "fields": PublishableAdmin.readonly_fields}),
    )

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        # The current status is the latest entry of the history the editor just saved.
        form.instance.sync_case_status()
