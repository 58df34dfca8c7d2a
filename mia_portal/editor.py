"""The rich-text editor's image upload, validated like every other photo.

CKEditor 5 posts the file as ``upload`` and expects ``{"url": ...}`` or
``{"error": {"message": ...}}``. Only active staff who may write rich text somewhere (an add or
change permission on a model with a ``RichTextField``) may upload: a staff account without such
a permission has no editor to upload from, and must not be able to store files.
"""

from django.apps import apps
from django.core.exceptions import ValidationError
from django.core.files.storage import default_storage
from django.http import JsonResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from mia_portal.images import clean_image, make_renditions
from mia_portal.richtext import RichTextField


def may_write_rich_text(user):
    if not (user.is_authenticated and user.is_active and user.is_staff):
        return False
    for model in apps.get_models():
        if any(isinstance(field, RichTextField) for field in model._meta.concrete_fields):
            opts = model._meta
            if user.has_perm(f"{opts.app_label}.add_{opts.model_name}") or user.has_perm(
                f"{opts.app_label}.change_{opts.model_name}"
            ):
                return True
    return False


@require_POST
def upload_image(request):
    if not may_write_rich_text(request.user):
        return JsonResponse({"error": {"message": _("Only staff can upload images.")}}, status=403)
    upload = request.FILES.get("upload")
    if upload is None:
        return JsonResponse({"error": {"message": _("Choose an image to upload.")}}, status=400)
    try:
        cleaned = clean_image(upload)
    except ValidationError as error:
        return JsonResponse({"error": {"message": " ".join(error.messages)}}, status=400)
    name = default_storage.save(f"editor/{cleaned.name}", cleaned)
    renditions = make_renditions(name)
    # The editor shows the 1024-pixel rendition; the original stays available in storage.
    shown = next(
        (entry for entry in reversed(renditions["renditions"]) if entry["width"] <= 1024),
        renditions["renditions"][0],
    )
    return JsonResponse({"url": default_storage.url(shown["jpeg"])})
