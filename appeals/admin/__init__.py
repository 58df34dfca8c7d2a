"""The appeals office's admin: inboxes, registration, assignment, forwarding, answers, the
evidence, and a record of every opening.

Deliberately not under django-reversion: its versions would keep the personal data
decrypted in the database.
"""

from django.contrib import admin, messages
from django.http import HttpResponse
from django.urls import path
from django.utils import formats, timezone
from django.utils.html import format_html_join
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from appeals import export, handling
from appeals.admin.evidence import EvidenceAdminMixin
from appeals.admin.handling_form import AppealHandlingForm, InboxFilter, office_members
from appeals.models import Appeal, OfficeMembership, Tip


@admin.register(Appeal)
class AppealAdmin(EvidenceAdminMixin, admin.ModelAdmin):
    form = AppealHandlingForm

    list_display = (
        "number", "registration_number", "kind", "language", "status", "received_at", "due_on",
        "is_overdue_column", "assigned_department", "officer",
    )  # fmt: skip
    list_filter = (InboxFilter, "status", "kind", "assigned_department__region")
    list_select_related = ("assigned_department", "officer")
    search_fields = ("=number", "=registration_number")
    date_hierarchy = "received_at"
    actions = ["export_json", "export_csv"]
    applicant_fields = (
        "number", "kind", "department", "language", "name", "postal_address", "email", "phone", "text",
        "evidence", "received_at", "consent_at",
    )  # fmt: skip
    state_fields = ("status", "registration_number", "registered_at", "due_on", "is_extended", "answered_at")
    handling_fields = (
        "step", "needs_study", "assigned_department", "officer", "forwarded_to", "forwarding_notice",
        "dismissal_reason", "answer",
    )  # fmt: skip

    def get_queryset(self, request):
        return super().get_queryset(request).visible_to(request.user)

    def get_fieldsets(self, request, obj=None):
        return [
            (_("Applicant and appeal"), {"fields": self.applicant_fields}),
            (_("State"), {"fields": (*self.state_fields, "history")}),
            (_("Handling"), {"fields": self.handling_fields if obj is None or obj.is_open else ()}),
            (_("Record"), {"fields": ("forwarded_to_shown", "openings")}),
        ]

    def get_readonly_fields(self, request, obj=None):
        return (*self.applicant_fields, *self.state_fields, "history", "forwarded_to_shown", "openings")

    def get_form(self, request, obj=None, change=False, **kwargs):
        if obj is not None and not obj.is_open:
            kwargs["fields"] = []
        return super().get_form(request, obj, change, **kwargs)

    @admin.display(description=_("overdue"), boolean=True)
    def is_overdue_column(self, obj):
        return obj.is_overdue()

    @admin.display(description=_("history"))
    def history(self, obj):
        events = obj.events.select_related("by")
        return format_html_join(
            ", ", "{}: {} ({})",
            ((formats.date_format(timezone.localtime(e.at), "DATETIME_FORMAT"), e.get_status_display(),
              e.by.get_username() if e.by else "—") for e in events),
        ) or "—"  # fmt: skip

    @admin.display(description=_("outcome"))
    def forwarded_to_shown(self, obj):
        if obj.status == Appeal.Status.FORWARDED:
            return f"{obj.forwarded_to}: {obj.forwarding_notice}"
        if obj.status == Appeal.Status.DISMISSED:
            return obj.dismissal_reason
        return obj.answer or "—"

    def save_model(self, request, obj, form, change):
        step = form.cleaned_data.get("step")
        user = request.user
        if step == "register":
            handling.register(obj, user)
        elif step == "assign":
            handling.assign(obj, obj.assigned_department, obj.officer, user)
        elif step == "extend":
            handling.extend(obj, user)
        elif step == "answer":
            handling.answer(obj, obj.answer, user)
        elif step == "forward":
            handling.forward(obj, obj.forwarded_to, obj.forwarding_notice, user)
        elif step == "dismiss":
            handling.dismiss(obj, obj.dismissal_reason, user)
        else:
            obj.save()
        if step in {"answer", "forward", "dismiss"}:
            if obj.email:
                messages.info(request, gettext("The applicant is told by e-mail."))
            else:
                messages.warning(
                    request, gettext("The applicant gave no e-mail address: send the letter by post.")
                )

    def get_urls(self):
        view = self.admin_site.admin_view
        return [
            path("evidence/<int:pk>/", view(self.download), name="appeals_attachment_download"),
            path("evidence/<int:pk>/preview/", view(self.preview), name="appeals_attachment_preview"),
            *super().get_urls(),
        ]

    def _export(self, queryset, as_csv):
        rows = export.records(appeals=queryset)
        if as_csv:
            response = HttpResponse(export.as_csv(rows), content_type="text/csv; charset=utf-8")
            response["Content-Disposition"] = 'attachment; filename="applicant-data.csv"'
        else:
            response = HttpResponse(export.as_json(rows), content_type="application/json")
            response["Content-Disposition"] = 'attachment; filename="applicant-data.json"'
        response["Cache-Control"] = "private, no-store"
        return response

    @admin.action(description=_("Export the applicants' data (JSON)"), permissions=["view"])
    def export_json(self, request, queryset):
        return self._export(queryset, as_csv=False)

    @admin.action(description=_("Export the applicants' data (CSV)"), permissions=["view"])
    def export_csv(self, request, queryset):
        return self._export(queryset, as_csv=True)


@admin.register(Tip)
class TipAdmin(EvidenceAdminMixin, admin.ModelAdmin):
    list_display = ("number", "kind", "district", "received_at", "status", "is_anonymous")
    list_filter = ("status", "kind", "district__region")
    list_select_related = ("district",)
    search_fields = ("=number",)
    date_hierarchy = "received_at"
    fields = (
        "number", "kind", "district", "place", "latitude", "longitude", "occurred_at", "description",
        "evidence", "name", "phone", "email", "language", "received_at", "status", "checked_at", "note",
        "openings",
    )  # fmt: skip
    readonly_fields = tuple(name for name in fields if name not in {"status", "note"})

    def get_queryset(self, request):
        return super().get_queryset(request).visible_to(request.user)

    @admin.display(description=_("anonymous"), boolean=True)
    def is_anonymous(self, obj):
        return obj.is_anonymous

    def save_model(self, request, obj, form, change):
        if obj.status == Tip.Status.CHECKED and obj.checked_at is None:
            obj.checked_at = timezone.now()
        super().save_model(request, obj, form, change)


@admin.register(OfficeMembership)
class OfficeMembershipAdmin(admin.ModelAdmin):
    list_display = ("user", "department")
    list_select_related = ("user", "department")

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "user":
            kwargs["queryset"] = office_members().order_by("username")
        return super().formfield_for_foreignkey(db_field, request, **kwargs)
