"""The appeals office's admin: inboxes, registration, assignment, forwarding, answers, the
evidence, and a record of every opening.

Deliberately not under django-reversion: its versions would keep the personal data
decrypted in the database.
"""

from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, HttpResponse
from django.shortcuts import get_object_or_404
from django.urls import path, reverse
from django.utils import formats, timezone
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from appeals import export, handling
from appeals.evidence import photo_location, preview_jpeg
from appeals.models import Appeal, Attachment, OfficeMembership, Opening, Tip
from mia_portal.roles import APPEALS_OFFICE

STEPS = [
    ("", _("Keep the state")),
    ("register", _("Register (assigns the number and the due date)")),
    ("assign", _("Put in work with the department and officer below")),
    ("extend", _("Extend the term once")),
    ("answer", _("Send the answer below")),
    ("forward", _("Forward to the body below, with the notice to the applicant")),
    ("dismiss", _("Leave without consideration, for the reason below")),
]
# The states each step may start from.
STEP_FROM = {
    "register": (Appeal.Status.RECEIVED,),
    "assign": (Appeal.Status.REGISTERED, Appeal.Status.IN_WORK),
    "extend": (Appeal.Status.REGISTERED, Appeal.Status.IN_WORK),
    "answer": (Appeal.Status.REGISTERED, Appeal.Status.IN_WORK),
    "forward": Appeal.OPEN_STATUSES,
    "dismiss": Appeal.OPEN_STATUSES,
}
STEP_NEEDS = {
    "assign": ("assigned_department", "officer"),
    "answer": ("answer",),
    "forward": ("forwarded_to", "forwarding_notice"),
    "dismiss": ("dismissal_reason",),
}


class InboxFilter(admin.SimpleListFilter):
    title = _("inbox")
    parameter_name = "inbox"

    def lookups(self, request, model_admin):
        return [
            ("new", _("new")),
            ("registered", _("registered, not in work")),
            ("due_soon", _("due soon")),
            ("overdue", _("overdue")),
            ("open", _("all open")),
        ]

    def queryset(self, request, queryset):
        return {
            "new": queryset.new(),
            "registered": queryset.filter(status=Appeal.Status.REGISTERED),
            "due_soon": queryset.due_within(settings.APPEALS_REMINDER_DAYS),
            "overdue": queryset.overdue(),
            "open": queryset.open(),
        }.get(self.value(), queryset)


def office_members():
    return get_user_model().objects.filter(is_active=True, groups__name=APPEALS_OFFICE)


class AppealHandlingForm(forms.ModelForm):
    step = forms.ChoiceField(label=_("Next step"), choices=STEPS, required=False)

    class Meta:
        model = Appeal
        fields = [
            "needs_study", "assigned_department", "officer", "forwarded_to", "forwarding_notice",
            "dismissal_reason", "answer",
        ]  # fmt: skip

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "officer" in self.fields:
            self.fields["officer"].queryset = office_members().order_by("username")

    def clean(self):
        cleaned = super().clean()
        step = cleaned.get("step")
        if not step:
            return cleaned
        if self.instance.status not in STEP_FROM[step]:
            raise forms.ValidationError(
                gettext("This step cannot be taken on an appeal that is %(status)s.")
                % {"status": self.instance.get_status_display()}
            )
        for name in STEP_NEEDS.get(step, ()):
            if not cleaned.get(name):
                self.add_error(name, gettext("Fill this in for the step you chose."))
        if step == "extend" and self.instance.is_extended:
            raise forms.ValidationError(gettext("The term of this appeal was already extended."))
        return cleaned


def _attachments_html(owner):
    rows = []
    for attachment in owner.attachments.all():
        download = reverse("admin:appeals_attachment_download", args=[attachment.pk])
        preview = ""
        if attachment.kind == Attachment.Kind.PHOTO:
            src = reverse("admin:appeals_attachment_preview", args=[attachment.pk])
            preview = format_html('<br><img src="{}" alt="" width="320">', src)
            location = photo_location(attachment.file)
            if location:
                latitude, longitude = location
                place = gettext("taken at %(latitude)s, %(longitude)s") % {
                    "latitude": latitude,
                    "longitude": longitude,
                }
                preview = format_html("{}<br>{}", preview, place)
        size = formats.number_format(attachment.size, force_grouping=True)
        rows.append((download, attachment.get_kind_display(), size, attachment.sha256, preview))
    if not rows:
        return "—"
    return format_html_join("", '<p><a href="{}">{}</a>, {} B, SHA-256 <code>{}</code>{}</p>', rows)


def _openings_html(owner):
    openings = owner.openings.all()[:50]
    return (
        format_html_join(
            ", ",
            "{} ({})",
            (
                (o.username, formats.date_format(timezone.localtime(o.opened_at), "DATETIME_FORMAT"))
                for o in openings
            ),
        )
        or "—"
    )


class EvidenceAdminMixin:
    """The evidence of an appeal or tip, shown and served only to the office, and the record of
    who opened the item."""

    def _attachment(self, request, pk):
        if not request.user.has_perm("appeals.view_attachment"):
            raise PermissionDenied
        attachment = get_object_or_404(Attachment, pk=pk)
        owner = Appeal.objects if attachment.appeal_id else Tip.objects
        if not owner.visible_to(request.user).filter(pk=attachment.appeal_id or attachment.tip_id).exists():
            raise PermissionDenied
        return attachment

    def download(self, request, pk):
        attachment = self._attachment(request, pk)
        response = FileResponse(
            attachment.file.open("rb"),
            as_attachment=True,
            filename=attachment.download_name,
            content_type=attachment.content_type,
        )
        response["X-Content-Type-Options"] = "nosniff"
        response["Content-Security-Policy"] = "sandbox; default-src 'none'"
        response["Cache-Control"] = "private, no-store"
        return response

    def preview(self, request, pk):
        attachment = self._attachment(request, pk)
        if attachment.kind != Attachment.Kind.PHOTO:
            raise PermissionDenied
        response = HttpResponse(preview_jpeg(attachment.file), content_type="image/jpeg")
        response["Cache-Control"] = "private, no-store"
        return response

    def change_view(self, request, object_id, form_url="", extra_context=None):
        if request.method == "GET":
            owner = self.get_object(request, object_id)
            if owner is not None and self.has_view_permission(request, owner):
                Opening.objects.create(
                    **{self.model._meta.model_name: owner},
                    user=request.user,
                    username=request.user.get_username(),
                )
        return super().change_view(request, object_id, form_url, extra_context)

    @admin.display(description=_("evidence"))
    def evidence(self, obj):
        return _attachments_html(obj)

    @admin.display(description=_("opened by"))
    def openings(self, obj):
        return _openings_html(obj)

    def has_add_permission(self, request):
        return False  # they come from citizens


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
