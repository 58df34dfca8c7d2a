"""What the appeals' and tips' admin pages share: the evidence, shown and served only to the
office, and the record of who opened each item."""

from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, HttpResponse
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import formats, timezone
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from appeals.evidence import photo_location, preview_jpeg
from appeals.models import Appeal, Attachment, Opening, Tip


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
