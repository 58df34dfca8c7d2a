"""The photo chooser: how a form picks a photo from the library instead of taking a file.

``PhotoChooser`` renders a number input holding the photo's id (what works without script),
the chosen photo's thumbnail and "Choose" / "Upload" buttons; ``static/js/photo_chooser.js``
hides the number and opens a ``<dialog>`` that loads the library's search or upload view.
An admin gets it for every foreign key to ``Photo`` through ``ChoosesPhotos``.
"""

from django import forms
from django.urls import reverse

from photos.models import Photo


class PhotoChooser(forms.NumberInput):
    # In the app's templates: Django's form renderer reads the apps' folders, not the project's.
    template_name = "photos/widgets/photo_chooser.html"

    class Media:
        css = {"all": ("css/photo_library.css",)}
        js = (forms.Script("js/photo_chooser.js", defer=True),)

    def __init__(self, attrs=None):
        super().__init__({"min": 1, "class": "photo-chooser__id", **(attrs or {})})

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        chosen = None
        if value not in (None, "") and str(value).isdigit():
            chosen = Photo.objects.filter(pk=int(value)).only("title", "image", "renditions").first()
        context["chosen"] = chosen
        context["chooser_url"] = reverse("admin:photos_photo_chooser")
        context["upload_url"] = reverse("admin:photos_photo_chooser_upload")
        context["library_url"] = reverse("admin:photos_photo_changelist")
        return context


class ChoosesPhotos:
    """For a ModelAdmin or an inline: every foreign key to ``Photo`` is picked with the chooser."""

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        # Before the admin would wrap it with its add/change/view icons, which expect a <select>.
        if db_field.many_to_one and db_field.related_model is Photo:
            return db_field.formfield(widget=PhotoChooser(), **kwargs)
        return super().formfield_for_dbfield(db_field, request, **kwargs)
