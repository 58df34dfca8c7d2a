from django import forms
from django.contrib import admin
from django.db import models
from django.template.defaultfilters import filesizeformat
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationAdmin, TranslationStackedInline, TranslationTabularInline

from announcements.closing import CompetitionStatus
from announcements.models import (
    Announcement,
    Clarification,
    Document,
    DocumentVersion,
    Position,
    TenderAddendum,
)
from mia_portal.admin import PublishableAdmin


class CompetitionStatusFilter(admin.SimpleListFilter):
    title = _("competition status")
    parameter_name = "competition"

    def lookups(self, request, model_admin):
        return CompetitionStatus.choices

    def queryset(self, request, queryset):
        if self.value() in CompetitionStatus.values:
            return queryset.with_status(self.value())
        return queryset


class DocumentFileColumns:
    """Read-only columns describing a stored file, shared by documents and their versions."""

    @admin.display(description=_("size"))
    def size_display(self, obj):
        return filesizeformat(obj.size) if obj.pk else "—"

    @admin.display(description=_("SHA-256"))
    def sha256_display(self, obj):
        return format_html("<code>{}</code>", obj.sha256) if obj.sha256 else "—"

    @admin.display(description=_("SHA-256"))
    def sha256_short(self, obj):
        if not obj.sha256:
            return "—"
        return format_html('<code title="{}">{}…</code>', obj.sha256, obj.sha256[:16])

    @admin.display(description=_("type"))
    def type_display(self, obj):
        return obj.type_label if obj.pk else "—"


class StoredDocument:
    """What the file widget shows for a stored file: its readable name and its public address."""

    def __init__(self, field_file):
        self.url = field_file.instance.get_absolute_url()
        self.name = field_file.instance.original_name

    def __str__(self):
        return self.name


class DocumentFileInput(forms.ClearableFileInput):
    """Links the current file through the checked download view, never the raw storage URL."""

    def format_value(self, value):
        if self.is_initial(value) and getattr(value, "instance", None) is not None and value.instance.pk:
            return StoredDocument(value)
        return super().format_value(value)


class PositionInline(TranslationTabularInline):
    model = Position
    extra = 0
    fields = ("title", "posts", "recruitment", "duty_station", "order")
    verbose_name_plural = _("positions (vacancies only)")


class TenderAddendumInline(TranslationStackedInline):
    model = TenderAddendum
    extra = 0
    fields = ("number", "issued_at", "text")
    verbose_name_plural = _("addenda (tenders only)")


class ClarificationInline(TranslationStackedInline):
    model = Clarification
    extra = 0
    fields = ("question", "answer", "asked_on", "answered_on")
    verbose_name_plural = _("clarifications: bidders' questions and the answers (tenders only)")


class DocumentInline(DocumentFileColumns, TranslationTabularInline):
    model = Document
    extra = 0
    fields = (
        "title",
        "language",
        "file",
        "addendum",
        "order",
        "type_display",
        "size_display",
        "sha256_short",
        "download_count",
    )
    readonly_fields = ("type_display", "size_display", "sha256_short", "download_count")
    formfield_overrides = {models.FileField: {"widget": DocumentFileInput}}
    verbose_name_plural = _("documents (dossier, addenda, terms of reference)")

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "addendum":
            # Only this tender's own addenda can carry its documents.
            object_id = str(request.resolver_match.kwargs.get("object_id", ""))
            addenda = (
                TenderAddendum.objects.filter(announcement_id=object_id) if object_id.isdigit() else None
            )
            kwargs["queryset"] = addenda if addenda is not None else TenderAddendum.objects.none()
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


@admin.register(Announcement)
class AnnouncementAdmin(PublishableAdmin):
    list_display = (
        "__str__",
        "kind",
        "state",
        "is_live",
        "deadline_display",
        "competition",
        "languages",
        "published_at",
        "created_by",
    )
    list_filter = ("kind", CompetitionStatusFilter, *PublishableAdmin.list_filter)
    list_select_related = ("created_by",)
    search_fields = ("title_tg", "title_ru", "title_en", "reference_number")
    exact_search_fields = ("reference_number",)
    inlines = [PositionInline, TenderAddendumInline, ClarificationInline, DocumentInline]
    fieldsets = (
        (None, {"fields": ("kind", "title", "body")}),
        (_("Publication"), {"fields": PublishableAdmin.publication_fields}),
        (
            _("Deadline (tenders and vacancies)"),
            {"fields": ("deadline",), "description": _("All dates and times are in Dushanbe time.")},
        ),
        (_("Tender"), {"fields": ("reference_number", "procuring_entity", "bid_opening_at")}),
        (_("Vacancy"), {"fields": ("requirements", "how_to_apply")}),
        (_("Event (announcements)"), {"fields": ("event_starts_on", "event_ends_on", "event_place")}),
        (
            _("Outcome"),
            {
                "fields": (
                    "outcome",
                    "awarded_to",
                    "award_amount",
                    "award_currency",
                    "awarded_on",
                    "outcome_note",
                )
            },
        ),
        (_("Record"), {"fields": PublishableAdmin.readonly_fields, "classes": ("collapse",)}),
    )

    @admin.display(description=_("deadline (Dushanbe time)"), ordering="deadline")
    def deadline_display(self, obj):
        if not obj.deadline:
            return "—"
        return timezone.localtime(obj.deadline).strftime("%d.%m.%Y %H:%M")

    @admin.display(description=_("competition status"))
    def competition(self, obj):
        return obj.get_competition_status_display() or "—"


class DocumentVersionInline(DocumentFileColumns, admin.TabularInline):
    model = DocumentVersion
    extra = 0
    can_delete = False
    fields = ("original_name", "type_display", "size_display", "sha256_display", "uploaded_at", "replaced_at")
    readonly_fields = fields

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False


# What the upload tells about the file: shown on the form, never typed.
FILE_FACTS = (
    "original_name",
    "type_display",
    "size_display",
    "sha256_display",
    "uploaded_at",
    "created_at",
    "download_count",
)


@admin.register(Document)
class DocumentAdmin(DocumentFileColumns, TranslationAdmin):
    """Replacing a document's file: the address stays, the earlier file is listed below."""

    list_display = (
        "__str__",
        "announcement",
        "type_display",
        "size_display",
        "language",
        "download_count",
        "uploaded_at",
    )
    list_filter = ("language", "content_type")
    list_select_related = ("announcement",)
    search_fields = ("title_tg", "title_ru", "title_en", "original_name", "sha256")
    autocomplete_fields = ("announcement",)
    fields = (
        "announcement",
        "addendum",
        "title",
        "language",
        "file",
        "order",
        *FILE_FACTS,
    )
    readonly_fields = FILE_FACTS
    inlines = [DocumentVersionInline]
    formfield_overrides = {models.FileField: {"widget": DocumentFileInput}}

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "addendum":
            # The addenda of the document's own tender; a new document is attached from its tender.
            object_id = str(request.resolver_match.kwargs.get("object_id", ""))
            document = Document.objects.filter(pk=object_id).first() if object_id.isdigit() else None
            kwargs["queryset"] = (
                TenderAddendum.objects.filter(announcement_id=document.announcement_id)
                if document
                else TenderAddendum.objects.none()
            )
        return super().formfield_for_foreignkey(db_field, request, **kwargs)
