"""The library's admin: the photos with their uses and focal point, the collections, and the
chooser's search and upload views (``chooser/``, ``chooser/upload/``) that every form picking a
photo opens in a dialog."""

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.actions import delete_selected
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db import models
from django.template.response import TemplateResponse
from django.urls import path
from django.utils.html import format_html
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin

from mia_portal.templatetags.pictures import rendition_url
from photos.forms import ChooserSearchForm, PhotoUploadForm
from photos.models import Collection, Photo
from photos.usage import describe, uses_of

CHOOSER_PAGE_SIZE = 24


class WithoutMemberships:
    """Deleting a photo or a collection takes its place in collections with it; Django would list
    each of those rows by its internal name, which means nothing to an editor."""

    def get_deleted_objects(self, objs, request):
        deleted, counts, perms_needed, protected = super().get_deleted_objects(objs, request)
        membership = Photo.collections.through._meta.verbose_name_plural
        counts = {name: count for name, count in counts.items() if name != membership}
        return [item for item in deleted if not isinstance(item, list)], counts, perms_needed, protected


@admin.register(Collection)
class CollectionAdmin(WithoutMemberships, TabbedTranslationAdmin):
    search_fields = ("name_tg", "name_ru", "name_en")


def _uses_message(photos, uses):
    lines = [
        gettext("“%(photo)s” is used by: %(uses)s.")
        % {"photo": photo, "uses": "; ".join(f"{use.kind} “{use.label}”" for use in uses[photo.pk])}
        for photo in photos
        if uses[photo.pk]
    ]
    return " ".join(
        [gettext("A photo in use cannot be deleted: choose another photo where it is used first."), *lines]
    )


@admin.action(description=_("Delete selected photos"), permissions=["delete"])
def delete_unused(modeladmin, request, queryset):
    """Django's delete action, refused as a whole while any of the chosen photos is used."""
    photos = list(queryset)
    found = uses_of(photo.pk for photo in photos)
    if any(found.values()):
        uses = {pk: describe(items, request) for pk, items in found.items()}
        modeladmin.message_user(request, _uses_message(photos, uses), messages.ERROR)
        return None
    return delete_selected(modeladmin, request, queryset)


@admin.register(Photo)
class PhotoAdmin(WithoutMemberships, TabbedTranslationAdmin):
    list_display = ("thumbnail", "title", "uploaded_at", "uploaded_by")
    list_display_links = ("thumbnail", "title")
    list_filter = ("collections", "uploaded_at")
    search_fields = ("title", "alt_tg", "alt_ru", "alt_en", "caption_tg", "caption_ru", "caption_en")
    date_hierarchy = "uploaded_at"
    actions = [delete_unused]
    fields = (
        "image",
        "focal_point_picker",
        ("focal_x", "focal_y"),
        "title",
        "alt",
        "caption",
        "credit",
        "collections",
        "uploaded_at",
        "uploaded_by",
    )
    readonly_fields = ("focal_point_picker", "uploaded_at", "uploaded_by")
    change_form_template = "photos/photo_change_form.html"
    filter_horizontal = ("collections",)
    # As in the chooser's upload form: the model's clean() tells what is wrong with a bad file.
    formfield_overrides = {models.ImageField: {"form_class": forms.FileField}}

    class Media:
        css = {"all": ("css/admin.css", "css/photo_library.css")}
        js = (forms.Script("js/focal_point.js", defer=True),)

    def get_actions(self, request):
        actions = super().get_actions(request)
        actions.pop("delete_selected", None)  # replaced by delete_unused
        return actions

    @admin.display(description=_("photo"))
    def thumbnail(self, obj):
        return _thumbnail(obj)

    @admin.display(description=_("focal point"))
    def focal_point_picker(self, obj):
        if not obj.renditions:
            return gettext("Save the photo first; then click on it to set its focal point.")
        return format_html(
            '<div class="focal-point" data-focal-point tabindex="0" role="group" aria-label="{}">'
            '<img src="{}" alt="" class="focal-point__image"><span class="focal-point__marker" hidden></span>'
            '</div><p class="help">{}</p>',
            gettext("Focal point: click the part of the photo that must stay in every crop"),
            rendition_url(obj.renditions, 1024),
            gettext(
                "Click the part of the photo that must stay visible when it is cut to a card or a "
                "social-network picture, or move the point with the arrow keys."
            ),
        )

    def change_view(self, request, object_id, form_url="", extra_context=None):
        obj = self.get_object(request, unquote(object_id))
        uses = describe(uses_of([obj.pk])[obj.pk], request) if obj is not None else []
        return super().change_view(request, object_id, form_url, {**(extra_context or {}), "uses": uses})

    def save_model(self, request, obj, form, change):
        if not change:
            obj.uploaded_by = request.user
        super().save_model(request, obj, form, change)

    def delete_view(self, request, object_id, extra_context=None):
        """Django's confirmation, or for a photo in use the list of its uses and nothing deleted."""
        obj = self.get_object(request, unquote(object_id))
        if obj is not None and self.has_delete_permission(request, obj):
            uses = describe(uses_of([obj.pk])[obj.pk], request)
            if uses:
                context = {
                    **self.admin_site.each_context(request),
                    "title": gettext("This photo cannot be deleted"),
                    "opts": self.opts,
                    "object": obj,
                    "uses": uses,
                }
                return TemplateResponse(request, "photos/photo_delete_refused.html", context)
        return super().delete_view(request, object_id, extra_context)

    def get_urls(self):
        return [
            path("chooser/", self.admin_site.admin_view(self.chooser_view), name="photos_photo_chooser"),
            path(
                "chooser/upload/",
                self.admin_site.admin_view(self.chooser_upload_view),
                name="photos_photo_chooser_upload",
            ),
            *super().get_urls(),
        ]

    def chooser_view(self, request):
        """The library, searched and paged, as a fragment the chooser's dialog shows."""
        if not self.has_view_or_change_permission(request):
            raise PermissionDenied
        form = ChooserSearchForm(request.GET)
        if not form.is_valid():
            return TemplateResponse(request, "photos/chooser.html", {"form": form, "page": None}, status=400)
        found = form.photos().only("title", "image", "renditions", "uploaded_at")
        paginator = Paginator(found, CHOOSER_PAGE_SIZE)
        page = paginator.get_page(form.cleaned_data["page"])
        query = request.GET.copy()
        query.pop("page", None)
        context = {
            "form": form,
            "page": page,
            "query": query.urlencode(),
            "may_upload": self.has_add_permission(request),
        }
        return TemplateResponse(request, "photos/chooser.html", context)

    def chooser_upload_view(self, request):
        """A new photo into the library from inside the chooser; the answer shows it chosen."""
        if not self.has_add_permission(request):
            raise PermissionDenied
        form = PhotoUploadForm(request.POST or None, request.FILES or None)
        if request.method == "POST" and form.is_valid():
            photo = form.save(commit=False)
            photo.uploaded_by = request.user
            photo.save()
            self.log_addition(request, photo, [{"added": {}}])
            return TemplateResponse(request, "photos/chooser_uploaded.html", {"photo": photo}, status=201)
        status = 400 if request.method == "POST" else 200
        return TemplateResponse(request, "photos/chooser_upload.html", {"form": form}, status=status)


def _thumbnail(photo):
    url = rendition_url(photo.renditions, 320)
    return format_html('<img src="{}" alt="" class="photo-thumbnail" width="80">', url) if url else "—"
