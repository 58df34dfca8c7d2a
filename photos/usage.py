"""Where a photo is used, found from the models' relations, so an app that adds a foreign key
or a many-to-many field to ``Photo`` is covered without being named here."""

from dataclasses import dataclass

from django.apps import apps
from django.contrib import admin
from django.urls import NoReverseMatch, reverse

from photos.models import Photo


@dataclass(frozen=True)
class Use:
    kind: str  # the verbose name of what uses the photo ("article", "address"...)
    label: str
    admin_url: str  # empty when the user may not open it


def relations_to_photos():
    """(model, field) of every forward relation pointing at ``Photo``."""
    for model in apps.get_models():
        for field in model._meta.get_fields():
            if field.is_relation and field.concrete and field.related_model is Photo:
                yield model, field


def _owner(item):
    """The item an editor knows: a gallery row is shown as its article (the first foreign key
    to a model the admin edits), anything the admin edits as itself."""
    if admin.site.is_registered(type(item)):
        return item
    for field in item._meta.concrete_fields:
        parent_model = field.related_model
        if field.many_to_one and parent_model is not Photo and admin.site.is_registered(parent_model):
            parent = getattr(item, field.name)
            if parent is not None:
                return parent
    return item


def uses_of(photos):
    """{photo pk: [item using it, ...]} for the given photo pks; items are listed once each."""
    photos = list(photos)
    found = {pk: [] for pk in photos}
    for model, field in relations_to_photos():
        if field.many_to_many:
            rows = model.objects.filter(**{f"{field.name}__in": photos}).values_list("pk", field.name)
            owners = model.objects.in_bulk({pk for pk, _photo in rows})
            pairs = [(photo, owners[pk]) for pk, photo in rows]
        else:
            items = model.objects.filter(**{f"{field.name}__in": photos})
            pairs = [(getattr(item, field.attname), item) for item in items]
        for photo, item in pairs:
            owner = _owner(item)
            if owner not in found[photo]:
                found[photo].append(owner)
    return found


def describe(items, request):
    """``Use`` entries for the items, linked to their admin page when the user may open it."""
    described = []
    for item in items:
        opts = item._meta
        url = ""
        model_admin = admin.site.get_model_admin(type(item)) if admin.site.is_registered(type(item)) else None
        if model_admin is not None and model_admin.has_view_or_change_permission(request, item):
            try:
                url = reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[item.pk])
            except NoReverseMatch:
                url = ""
        described.append(Use(str(opts.verbose_name), str(item), url))
    return described
