from django.contrib import admin
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin, TranslationTabularInline

from mia_portal.admin import PublishableAdmin
from mia_portal.admin_actions import publish, save_each, unpublish
from mia_portal.admin_filters import MissingLanguageFilter, PublicationStateFilter
from news.models import Address, Article, ArticlePhoto, ArticleUpdate, Rubric
from photos.widgets import ChoosesPhotos


class ArticlePhotoInline(ChoosesPhotos, admin.TabularInline):
    model = ArticlePhoto
    fields = ("photo", "order")
    extra = 1
    verbose_name_plural = _("gallery (shown in the order given)")


class ArticleUpdateInline(TranslationTabularInline):
    model = ArticleUpdate
    fields = ("date", "note")
    extra = 0
    verbose_name_plural = _("update notes (add one when a correction is significant)")


@admin.action(description=_("Feature the selected articles"), permissions=["change"])
def feature(modeladmin, request, queryset):
    chosen = queryset.filter(is_featured=False)
    count = save_each(request, chosen, gettext("Featured from the list."), is_featured=True)
    message = ngettext("%(count)d article featured.", "%(count)d articles featured.", count)
    modeladmin.message_user(request, message % {"count": count})


@admin.action(description=_("Stop featuring the selected articles"), permissions=["change"])
def unfeature(modeladmin, request, queryset):
    chosen = queryset.filter(is_featured=True)
    count = save_each(request, chosen, gettext("No longer featured."), is_featured=False)
    modeladmin.message_user(
        request,
        ngettext("%(count)d article no longer featured.", "%(count)d articles no longer featured.", count)
        % {"count": count},
    )


@admin.register(Article)
class ArticleAdmin(ChoosesPhotos, PublishableAdmin):
    actions = [publish, unpublish, feature, unfeature]
    list_display = (
        "headline",
        "state",
        "is_live",
        "published_at",
        "rubric",
        "languages",
        "created_by",
    )
    list_filter = (
        PublicationStateFilter,
        MissingLanguageFilter,
        "rubric",
        "region",
        "is_featured",
    )
    list_select_related = ("rubric", "created_by")
    search_fields = ("title_tg", "title_ru", "title_en", "lead_tg", "lead_ru", "lead_en", "byline_name")
    inlines = [ArticlePhotoInline, ArticleUpdateInline]
    fieldsets = (
        (None, {"fields": ("title", "lead", "body")}),
        (_("Cover photo"), {"fields": ("cover_photo",)}),
        (_("Author"), {"fields": ("byline_name", "byline_rank")}),
        (_("Classification"), {"fields": ("rubric", "region", "is_featured")}),
        (_("Publication"), {"fields": PublishableAdmin.publication_fields}),
        (_("History"), {"fields": PublishableAdmin.readonly_fields, "classes": ("collapse",)}),
    )

    @admin.display(description=_("title"), ordering="title")
    def headline(self, obj):
        return str(obj)


@admin.register(Rubric)
class RubricAdmin(TabbedTranslationAdmin):
    list_display = ("name", "slug", "order")
    list_editable = ("order",)
    search_fields = ("name_tg", "name_ru", "name_en")


@admin.register(Address)
class AddressAdmin(ChoosesPhotos, PublishableAdmin):
    list_display = ("headline", "speaker", "delivered_on", "is_current", "state", "is_live", "languages")
    list_filter = (PublicationStateFilter, MissingLanguageFilter, "is_current")
    search_fields = ("title_tg", "title_ru", "title_en", "speaker_tg", "speaker_ru", "speaker_en")
    date_hierarchy = "delivered_on"
    fieldsets = (
        (None, {"fields": ("title", "speaker", "delivered_on", "body", "is_current")}),
        (_("Photo"), {"fields": ("featured_photo",)}),
        (_("Publication"), {"fields": PublishableAdmin.publication_fields}),
        (_("History"), {"fields": PublishableAdmin.readonly_fields, "classes": ("collapse",)}),
    )

    @admin.display(description=_("title"), ordering="title")
    def headline(self, obj):
        return str(obj)
