"""The list filters every content type's admin offers: publication state and missing translation."""

from django.conf import settings
from django.contrib import admin
from django.utils.translation import gettext_lazy as _


class MissingLanguageFilter(admin.SimpleListFilter):
    title = _("translation")
    parameter_name = "missing"

    def lookups(self, request, model_admin):
        names = {"tg": _("missing in Tajik"), "ru": _("missing in Russian"), "en": _("missing in English")}
        return [(code, names[code]) for code, _name in settings.LANGUAGES]

    def queryset(self, request, queryset):
        if self.value() in dict(settings.LANGUAGES):
            return queryset.missing_in(self.value())
        return queryset


class PublicationStateFilter(admin.SimpleListFilter):
    title = _("publication")
    parameter_name = "state"

    def lookups(self, request, model_admin):
        return [
            ("live", _("Live")),
            ("scheduled", _("Scheduled")),
            ("draft", _("Draft")),
            ("withdrawn", _("Withdrawn")),
        ]

    def queryset(self, request, queryset):
        selectors = {
            "live": queryset.published,
            "scheduled": queryset.scheduled,
            "draft": queryset.drafts,
            "withdrawn": queryset.withdrawn,
        }
        selector = selectors.get(self.value())
        return selector() if selector else queryset
