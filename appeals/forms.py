"""The public forms: an appeal, a Mobile reporter tip, and the status lookup.

Every field keeps what was typed when the form comes back with an error (files excepted: a
browser cannot be given them back, and the message says so). The protections of
``appeals/protection.py`` are checked in ``clean()``.
"""

from django import forms
from django.conf import settings
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _

from appeals import evidence, protection
from appeals.models import Appeal, Tip
from contacts.models import District, RegionalDepartment

MAX_TEXT = 20_000


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class EvidenceField(forms.FileField):
    """Several files at once, each recognised by its content (``appeals/evidence.py``)."""

    widget = MultipleFileInput

    def __init__(self, **kwargs):
        kwargs.setdefault("required", False)
        super().__init__(**kwargs)
        self.widget.attrs["accept"] = (
            "image/jpeg,image/png,image/webp,video/mp4,video/webm,video/quicktime,.pdf"
        )

    def clean(self, data, initial=None):
        files = [file for file in (data if isinstance(data, list | tuple) else [data]) if file]
        if len(files) > settings.APPEALS_MAX_FILES:
            raise forms.ValidationError(
                ngettext(
                    "At most %(count)s file can be sent.", "At most %(count)s files can be sent.",
                    settings.APPEALS_MAX_FILES,
                ) % {"count": settings.APPEALS_MAX_FILES},
                code="too_many",
            )  # fmt: skip
        errors = []
        for file in files:
            try:
                file.evidence = evidence.identify(file)
            except forms.ValidationError as error:
                errors.append(
                    forms.ValidationError(
                        gettext("%(name)s: %(reason)s")
                        % {"name": file.name, "reason": " ".join(error.messages)},
                        code=error.code,
                    )
                )
        if errors:
            raise forms.ValidationError(errors)
        return files


class ProtectedForm(forms.Form):
    """A one-time form token, a honeypot and the challenge, shared by the public forms."""

    form_token = forms.CharField(widget=forms.HiddenInput, max_length=64)
    # A field people never see (hidden by the style sheet) that form-filling robots fill in.
    website = forms.CharField(label=_("Leave this field empty"), required=False)
    answer = forms.CharField(label=_("Your answer"), required=False, max_length=8)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Browsers must not fill the honeypot for a person, nor keep its value.
        self.fields["website"].widget.attrs.update(autocomplete="off", tabindex="-1")

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("website"):
            raise forms.ValidationError(gettext("The form could not be accepted."), code="honeypot")
        if not protection.challenge_passed(
            self.data.get("challenge", ""), cleaned.get("answer", ""), self.data.get("proof", "")
        ):
            self.add_error(
                "answer", gettext("Please answer the question below (the sum of the two numbers).")
            )
        return cleaned


class AppealForm(ProtectedForm):
    kind = forms.ChoiceField(label=_("Kind of appeal"), choices=Appeal.Kind.choices, widget=forms.RadioSelect)
    department = forms.ModelChoiceField(
        label=_("To whom"),
        queryset=RegionalDepartment.objects.select_related("region"),
        required=False,
        empty_label=_("I don't know: the ministry will decide"),
    )
    name = forms.CharField(label=_("Surname, name and patronymic"), max_length=200)
    postal_address = forms.CharField(
        label=_("Postal address"), max_length=500, required=False, widget=forms.Textarea(attrs={"rows": 2})
    )
    email = forms.EmailField(label=_("E-mail"), required=False)
    phone = forms.CharField(label=_("Phone"), max_length=40, required=False)
    text = forms.CharField(label=_("Text of the appeal"), max_length=MAX_TEXT, widget=forms.Textarea)
    files = EvidenceField(
        label=_("Attachments"),
        help_text=_("Optional: photos, short videos (MP4, WebM, MOV) or PDF documents."),
    )
    consent = forms.BooleanField(
        label=_("I agree that my personal data are processed to handle this appeal.")
    )

    field_order = [
        "kind",
        "department",
        "name",
        "postal_address",
        "email",
        "phone",
        "text",
        "files",
        "consent",
    ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["email"].help_text = _("The receipt and the answer are sent here.")
        self.fields["phone"].widget.input_type = "tel"
        self.fields["name"].widget.attrs["autocomplete"] = "name"
        self.fields["email"].widget.attrs["autocomplete"] = "email"
        self.fields["phone"].widget.attrs["autocomplete"] = "tel"
        self.fields["postal_address"].widget.attrs["autocomplete"] = "street-address"

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("email") and not cleaned.get("postal_address") and "email" not in self.errors:
            self.add_error(
                "postal_address",
                gettext("Give a postal address or an e-mail address, so that we can answer you."),
            )
        return cleaned


class TipForm(ProtectedForm):
    kind = forms.ChoiceField(label=_("What happened"), choices=Tip.Kind.choices, widget=forms.RadioSelect)
    district = forms.ModelChoiceField(
        label=_("District or city"),
        queryset=District.objects.select_related("region"),
        required=False,
        empty_label=_("I don't know"),
    )
    place = forms.CharField(
        label=_("Address or description of the place"),
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    latitude = forms.FloatField(label=_("Latitude"), required=False, min_value=-90, max_value=90)
    longitude = forms.FloatField(label=_("Longitude"), required=False, min_value=-180, max_value=180)
    occurred_at = forms.DateTimeField(
        label=_("When it happened"),
        required=False,
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
        input_formats=["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M", "%d.%m.%Y %H:%M"],
    )
    description = forms.CharField(label=_("What you saw"), max_length=MAX_TEXT, widget=forms.Textarea)
    files = EvidenceField(label=_("Photos or videos"), help_text=_("Optional: photos, short videos or PDF."))
    name = forms.CharField(label=_("Your name"), max_length=200, required=False)
    phone = forms.CharField(label=_("Phone"), max_length=40, required=False)
    email = forms.EmailField(label=_("E-mail"), required=False)
    consent = forms.BooleanField(
        label=_("I agree that what I send, with my contacts if given, is processed.")
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["phone"].widget.input_type = "tel"
        for name in ("latitude", "longitude"):
            self.fields[name].widget.attrs["step"] = "any"

    def clean(self):
        cleaned = super().clean()
        if (cleaned.get("latitude") is None) != (cleaned.get("longitude") is None):
            self.add_error("longitude", gettext("Give both the latitude and the longitude, or neither."))
        return cleaned


class StatusForm(forms.Form):
    number = forms.CharField(label=_("Receipt number"), max_length=20)
    code = forms.CharField(label=_("Tracking code"), max_length=20)
