"""The rich-text editor's image upload, validated like every other photo.

CKEditor 5 posts the file as ``upload`` and expects ``{"url": ...}`` or
``{"error": {"message": ...}}``. Only active staff may upload.
"""

from django.core.exceptions import ValidationError
from django.core.files.storage import default_storage
from django.http import JsonResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from mia_portal.images import clean_image, make_renditions


@require_POST
def upload_image(request):
    user = request.user
    if not (user.is_authenticated and user.is_active and user.is_staff):
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
