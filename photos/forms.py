"""The library's forms: the chooser's search and the upload made from inside the chooser."""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from photos.models import Collection, Photo

SEARCH_MAX_LENGTH = 100
PAGE_MAX = 10_000
DATE = forms.DateInput({"type": "date"})


class ChooserSearchForm(forms.Form):
    q = forms.CharField(label=_("Search"), required=False, max_length=SEARCH_MAX_LENGTH, strip=True)
    collection = forms.ModelChoiceField(
        label=_("collection"), queryset=Collection.objects.all(), required=False, empty_label=_("All")
    )
    uploaded_from = forms.DateField(label=_("uploaded from"), required=False, widget=DATE)
    uploaded_to = forms.DateField(label=_("uploaded to"), required=False, widget=DATE)
    page = forms.IntegerField(required=False, min_value=1, max_value=PAGE_MAX, widget=forms.HiddenInput)

    def photos(self):
        found = Photo.objects.all()
        data = self.cleaned_data
        if data["q"]:
            found = found.matching(data["q"])
        if data["collection"]:
            found = found.in_collection(data["collection"])
        return found.uploaded_between(data["uploaded_from"], data["uploaded_to"])


class PhotoUploadForm(forms.ModelForm):
    """A new photo added from the chooser: the file, a title and what it shows."""

    class Meta:
        model = Photo
        # A plain file field: the model's clean() recognises the photo and says what is wrong
        # with it (Django's image field would answer every bad file with one vague message).
        field_classes = {"image": forms.FileField}
        fields = [
            "image",
            "title",
            *(f"alt_{code}" for code, _name in settings.LANGUAGES),
            *(f"credit_{code}" for code, _name in settings.LANGUAGES),
        ]
