"""The office's form on an appeal: the next step, and what each step needs."""

from django import forms
from django.conf import settings
from django.contrib import admin
from django.contrib.auth import get_user_model
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from appeals.models import Appeal
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
