"""The admin's yes/no icons, read out in the admin's language.

Django draws a boolean column or read-only field as an icon whose text (what a screen reader
says, what shows with images off) is an English "True" or "False". The admins here show
booleans through ``yes_no_icon()`` instead: ``YesNoColumns`` turns the model's boolean
fields in ``list_display`` into columns drawing it, and computed columns return it themselves.
"""

from django.contrib import admin
from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.templatetags.static import static
from django.utils.html import format_html
from django.utils.translation import gettext


def yes_no_icon(value):
    """Django's yes/no/unknown icon, with its text in the admin's language."""
    icon, text = {
        True: ("yes", gettext("Yes")),
        False: ("no", gettext("No")),
        None: ("unknown", gettext("Unknown")),
    }[value]
    return format_html('<img src="{}" alt="{}">', static(f"admin/img/icon-{icon}.svg"), text)


def yes_no_column(name, description):
    """A ``list_display`` column showing the boolean field ``name``, sortable by it."""

    @admin.display(description=description, ordering=name)
    def column(obj):
        return yes_no_icon(getattr(obj, name))

    column.__name__ = name  # the cells keep Django's "field-<name>" class
    return column


class YesNoColumns:
    """A ModelAdmin mixin: the model's boolean fields in ``list_display`` (those not edited in
    the list) drawn by ``yes_no_icon()``."""

    def get_list_display(self, request):
        columns = []
        for name in super().get_list_display(request):
            try:
                field = self.model._meta.get_field(name) if isinstance(name, str) else None
            except FieldDoesNotExist:
                field = None
            if isinstance(field, models.BooleanField) and name not in self.list_editable:
                name = yes_no_column(name, field.verbose_name)
            columns.append(name)
        return columns
