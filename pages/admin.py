"""The pages' admin: the tree (order and place of every page) and a form per page type.

Editors see the whole tree under *Pages (the tree)*: indented, in the order of the site, with
actions to move a page up or down among its siblings. Each page type has its own form, with
the translation tabs, the life cycle and the history other content has, and a *Place under*
field that moves the page (its old addresses keep answering with a redirect).
"""

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.core.exceptions import ValidationError
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationStackedInline, TranslationTabularInline

from mia_portal.admin import (
    MissingLanguageFilter,
    PublicationStateFilter,
    PublishableAdmin,
    publish,
    unpublish,
)
from mia_portal.slugs import latin_slug
from mia_portal.translation_status import LANGUAGE_CODES
from pages.models import (
    DocumentsPage,
    FaqItem,
    FaqPage,
    GuidePlace,
    GuideStep,
    LeadershipPage,
    LegalDocument,
    Page,
    PageAttachment,
    PagePhoto,
    PersonPage,
    ServiceGuidePage,
    StandardPage,
)
from pages.models.tree import restoring_versions
from photos.widgets import ChoosesPhotos

PAGE_TYPES = [StandardPage, LeadershipPage, PersonPage, DocumentsPage, FaqPage, ServiceGuidePage]


class ParentChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return "— " * (obj.depth - 1) + str(obj)


class PageForm(forms.ModelForm):
    parent = ParentChoiceField(
        Page.objects.all(),
        required=False,
        label=_("place under"),
        empty_label=_("(the top of the site)"),
        help_text=_(
            "The page above this one in the tree; its address follows. Moving a page keeps its old "
            "address and its subpages' working: they lead here."
        ),
    )

    # Set while an old version is restored: (the page's parent,) before the version was written
    # back, since the version's own place in the tree is not restored.
    parent_before_restore = ()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.current_parent = None
        if not self.instance._state.adding:
            if self.parent_before_restore:
                (self.current_parent,) = self.parent_before_restore
            else:
                self.current_parent = Page.objects.get_parent(self.instance, update=True)
            self.fields["parent"].initial = self.current_parent

    def clean(self):
        cleaned_data = super().clean()
        parent = cleaned_data.get("parent")
        titles = [cleaned_data.get(f"title_{code}") for code in LANGUAGE_CODES]
        slug = cleaned_data.get("slug") or latin_slug(next((title for title in titles if title), ""))
        if self.instance._state.adding or parent != self.current_parent or slug != self.instance.slug:
            try:
                self.instance.check_place(parent, slug)
            except ValidationError as error:
                self.add_error(None, error)
        return cleaned_data


def page_fieldsets(type_label=None, type_fields=()):
    """The form of a page type: the page's texts, the type's own fields, search engines, place."""
    fieldsets = [(None, {"fields": ("title", "lead", "body")})]
    if type_fields:
        fieldsets.append((type_label, {"fields": type_fields}))
    return (
        *fieldsets,
        (_("Search engines"), {"fields": ("seo_title", "seo_description"), "classes": ("collapse",)}),
        (_("Place and publication"), {"fields": PageAdmin.publication_fields}),
        (_("History"), {"fields": PublishableAdmin.readonly_fields, "classes": ("collapse",)}),
    )


class PageAdmin(ChoosesPhotos, PublishableAdmin):
    """Base of each page type's admin; photo fields are chosen from the library."""

    form = PageForm
    change_list_template = "admin/change_list.html"  # without the link to recover deleted pages
    list_display = ("headline", "address", "state", "is_live", "languages")
    list_filter = (PublicationStateFilter, MissingLanguageFilter)
    search_fields = ("title_tg", "title_ru", "title_en")
    date_hierarchy = None
    ordering = ("path",)
    publication_fields = ("status", "published_at", "parent", "slug", "withdrawal_note")

    def get_changeform_initial_data(self, request):
        initial = super().get_changeform_initial_data(request)
        if request.GET.get("parent", "").isdigit():
            initial["parent"] = request.GET["parent"]
        return initial

    @admin.display(description=_("title"), ordering="path")
    def headline(self, obj):
        return "— " * (obj.depth - 1) + str(obj)

    @admin.display(description=_("address"))
    def address(self, obj):
        return "/" + obj.url_path

    def save_model(self, request, obj, form, change):
        obj.updated_by = request.user
        parent = form.cleaned_data.get("parent")
        if not change:
            obj.created_by = request.user
            if parent is None:
                Page.objects.add_root(instance=obj)
            else:
                Page.objects.add_child(parent, instance=obj)
            return
        obj.save()
        if parent != form.current_parent:
            obj.move_to(parent)

    def has_delete_permission(self, request, obj=None):
        # Deleting a page would take its subpages with it: they are moved or deleted first.
        if obj is not None and Page.objects.get_children_count(obj):
            return False
        return super().has_delete_permission(request, obj)

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change=change, **kwargs)
        before = getattr(request, "parent_before_restore", ())
        return type(form.__name__, (form,), {"parent_before_restore": before}) if before else form

    def revision_view(self, request, object_id, version_id, extra_context=None):
        page = Page.objects.filter(pk=unquote(object_id)).first() if unquote(object_id).isdigit() else None
        if page is not None:
            request.parent_before_restore = (Page.objects.get_parent(page),)
        with restoring_versions():
            return super().revision_view(request, object_id, version_id, extra_context)

    def recoverlist_view(self, request, extra_context=None):
        # A deleted page's place in the tree may be another page's by now: pages are not recovered.
        messages.info(request, gettext("Deleted pages cannot be recovered; create the page again."))
        return redirect(reverse(f"admin:{self.opts.app_label}_{self.opts.model_name}_changelist"))


def change_url(page):
    opts = page.content_type.model_class()._meta
    return reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[page.pk])


@admin.action(description=_("Move the selected pages up among their siblings"), permissions=["change"])
def move_up(modeladmin, request, queryset):
    moved = sum(page.shift(-1) for page in queryset.order_by("path"))
    modeladmin.message_user(
        request, ngettext("%(count)d page moved up.", "%(count)d pages moved up.", moved) % {"count": moved}
    )


@admin.action(description=_("Move the selected pages down among their siblings"), permissions=["change"])
def move_down(modeladmin, request, queryset):
    moved = sum(page.shift(1) for page in queryset.order_by("-path"))
    modeladmin.message_user(
        request,
        ngettext("%(count)d page moved down.", "%(count)d pages moved down.", moved) % {"count": moved},
    )


@admin.register(Page)
class PageTreeAdmin(admin.ModelAdmin):
    """Every page in the order of the site; a row opens the page's own form."""

    list_display = ("tree_title", "kind", "address", "state", "is_live", "languages")
    list_display_links = None
    list_filter = (PublicationStateFilter, MissingLanguageFilter)
    list_select_related = ("content_type",)
    search_fields = ("title_tg", "title_ru", "title_en", "url_path")
    ordering = ("path",)
    actions = [move_up, move_down, publish, unpublish]
    list_per_page = 500
    state = PublishableAdmin.state
    is_live = PublishableAdmin.is_live
    languages = PublishableAdmin.languages
    address = PageAdmin.address

    class Media:
        css = {"all": ("css/admin.css",)}

    @admin.display(description=_("title"))
    def tree_title(self, obj):
        return format_html('{}<a href="{}">{}</a>', "— " * (obj.depth - 1), change_url(obj), str(obj))

    @admin.display(description=_("page type"))
    def kind(self, obj):
        return obj.content_type.model_class()._meta.verbose_name

    def add_view(self, request, form_url="", extra_context=None):
        """Which type of page to add, under which page (``?parent=``)."""
        if not self.has_add_permission(request):
            return redirect(reverse("admin:pages_page_changelist"))
        query = f"?parent={request.GET['parent']}" if request.GET.get("parent", "").isdigit() else ""
        choices = [
            (model._meta.verbose_name, reverse(f"admin:pages_{model._meta.model_name}_add") + query)
            for model in PAGE_TYPES
            if request.user.has_perm(f"pages.add_{model._meta.model_name}")
        ]
        context = {**self.admin_site.each_context(request), "opts": self.opts, "choices": choices,
                   "title": gettext("Which type of page?")}  # fmt: skip
        return TemplateResponse(request, "admin/pages/choose_type.html", context)

    def change_view(self, request, object_id, form_url="", extra_context=None):
        """The page's own form, for links that name the tree's row (Django's delete summary)."""
        page = self.get_object(request, object_id)
        if page is None:
            return super().change_view(request, object_id, form_url, extra_context)
        model_admin = self.admin_site._registry[page.content_type.model_class()]
        return model_admin.change_view(request, object_id, form_url, extra_context)

    def has_add_permission(self, request):
        return any(request.user.has_perm(f"pages.add_{model._meta.model_name}") for model in PAGE_TYPES)

    def has_delete_permission(self, request, obj=None):
        # A page is deleted from its own form (which its base row follows), one at a time.
        if obj is not None and Page.objects.get_children_count(obj):
            return False
        return super().has_delete_permission(request, obj)

    def get_actions(self, request):
        actions = super().get_actions(request)
        actions.pop("delete_selected", None)  # would take subpages along unseen
        return actions


class PageAttachmentInline(TranslationTabularInline):
    model = PageAttachment
    fields = ("title", "file", "order")
    extra = 0


class PagePhotoInline(ChoosesPhotos, admin.TabularInline):
    model = PagePhoto
    fields = ("photo", "order")
    extra = 0


@admin.register(StandardPage)
class StandardPageAdmin(PageAdmin):
    fieldsets = page_fieldsets(_("Photos"), ("photo",))
    inlines = [PagePhotoInline, PageAttachmentInline]


@admin.register(LeadershipPage)
class LeadershipPageAdmin(PageAdmin):
    """The persons are the page's subpages: added under it and ordered in the tree."""

    fieldsets = page_fieldsets()


@admin.register(PersonPage)
class PersonPageAdmin(PageAdmin):
    fieldsets = page_fieldsets(_("Person"), ("rank", "post", "reception_hours", "portrait"))


class LegalDocumentInline(TranslationStackedInline):
    model = LegalDocument
    fields = ("kind", "number", "date", "issued_by", "title", "file")
    extra = 0


@admin.register(DocumentsPage)
class DocumentsPageAdmin(PageAdmin):
    fieldsets = page_fieldsets()
    inlines = [LegalDocumentInline]


class FaqItemInline(TranslationStackedInline):
    model = FaqItem
    fields = ("question", "answer", "order")
    extra = 1


@admin.register(FaqPage)
class FaqPageAdmin(PageAdmin):
    fieldsets = page_fieldsets()
    inlines = [FaqItemInline]


class GuidePlaceInline(admin.TabularInline):
    model = GuidePlace
    fields = ("department",)
    extra = 1


class GuideStepInline(TranslationStackedInline):
    model = GuideStep
    fields = ("title", "text", "order")
    extra = 1


@admin.register(ServiceGuidePage)
class ServiceGuidePageAdmin(PageAdmin):
    fieldsets = page_fieldsets(
        _("The service"), ("who_may_apply", "documents_needed", "fees", "time_limits", "photo")
    )
    inlines = [GuideStepInline, GuidePlaceInline]
