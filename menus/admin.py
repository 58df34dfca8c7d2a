from django.contrib import admin
from django.db.models import Count
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin, TranslationTabularInline
from reversion.admin import VersionAdmin

from menus.models import Menu, MenuItem
from pages.models import Page


class MenuItemInline(TranslationTabularInline):
    model = MenuItem
    fields = ("label", "page", "section", "url", "parent", "order", "target_state")
    readonly_fields = ("target_state",)
    extra = 1
    verbose_name_plural = _("items (shown from the lowest order number; one target each)")

    def get_formset(self, request, obj=None, **kwargs):
        request.menu_being_edited = obj
        return super().get_formset(request, obj, **kwargs)

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "parent":
            menu = getattr(request, "menu_being_edited", None)
            # Only top-level items of this menu can have items under them.
            kwargs["queryset"] = (
                MenuItem.objects.filter(menu=menu, parent=None) if menu else MenuItem.objects.none()
            )
        field = super().formfield_for_foreignkey(db_field, request, **kwargs)
        if db_field.name == "page":
            field.label_from_instance = lambda page: f"{page} — /{page.url_path}"
        return field

    @admin.display(description=_("shown to the public"))
    def target_state(self, item):
        if item.pk is None:
            return ""
        return gettext("yes") if item.is_target_public() else gettext("no: target not public")


@admin.register(Menu)
class MenuAdmin(VersionAdmin, TabbedTranslationAdmin):
    list_display = ("__str__", "key", "order", "item_count", "hidden_items")
    list_editable = ("order",)
    search_fields = ("key", "title_tg", "title_ru", "title_en")
    inlines = [MenuItemInline]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(item_count=Count("items"))

    @admin.display(description=_("items"), ordering="item_count")
    def item_count(self, menu):
        return menu.item_count

    @admin.display(description=_("target not public"))
    def hidden_items(self, menu):
        """The items the public does not see because their page is not public."""
        hidden = menu.items.filter(page__isnull=False).exclude(page__in=Page.objects.public())
        return ", ".join(str(item) for item in hidden) or "—"
