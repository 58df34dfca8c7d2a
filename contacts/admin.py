from django.contrib import admin
from modeltranslation.admin import TabbedTranslationAdmin
from reversion.admin import VersionAdmin

from contacts.models import District, Helpline, Region, RegionalDepartment


@admin.register(Helpline)
class HelplineAdmin(VersionAdmin, TabbedTranslationAdmin):
    list_display = ("label", "display_number", "number", "order", "is_active")
    list_editable = ("order", "is_active")
    search_fields = ("label", "number", "display_number")


@admin.register(Region)
class RegionAdmin(VersionAdmin, TabbedTranslationAdmin):
    list_display = ("name", "slug", "order")
    list_editable = ("order",)
    search_fields = ("name",)


@admin.register(District)
class DistrictAdmin(VersionAdmin, TabbedTranslationAdmin):
    list_display = ("name", "region", "kind", "slug")
    list_filter = ("region", "kind")
    search_fields = ("name",)
    list_select_related = ("region",)


@admin.register(RegionalDepartment)
class RegionalDepartmentAdmin(VersionAdmin, TabbedTranslationAdmin):
    list_display = ("name", "region", "district", "phones", "email")
    list_filter = ("region",)
    search_fields = ("name", "address", "phones")
    list_select_related = ("region", "district")
    autocomplete_fields = ("district",)
