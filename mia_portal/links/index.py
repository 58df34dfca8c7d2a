"""Which items link to which: kept on every save, read by the admin.

Every model with rich text (``RichTextField``) is a source; its links to registered kinds are
written to ``ItemLink``, one row per field and linked item, whenever it is saved, and forgotten
when it is deleted. A link whose item is deleted stays in the table: that is what the
broken-links screen shows.
"""

from collections import defaultdict
from functools import cache

from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import Q

from mia_portal.links.references import references_in
from mia_portal.links.registry import LINKABLES
from mia_portal.models import ItemLink
from mia_portal.richtext import RichTextField


@cache
def rich_text_fields(model):
    """The model's rich-text columns, each language's once (not the untranslated original)."""
    names = {field.name for field in model._meta.concrete_fields}
    first_language = settings.LANGUAGES[0][0]
    return tuple(
        field.name
        for field in model._meta.concrete_fields
        if isinstance(field, RichTextField) and f"{field.name}_{first_language}" not in names
    )


def source_models():
    return [model for model in apps.get_models() if rich_text_fields(model)]


def links_of(item):
    """[(field, label, id)] of the references in the item's rich text."""
    return sorted(
        (field, label, pk)
        for field in rich_text_fields(type(item))
        for label, pk in references_in(getattr(item, field))
    )


def _rows(item, source_type):
    return [
        ItemLink(
            source_type=source_type,
            source_id=item.pk,
            field=field,
            target_type=ContentType.objects.get_for_model(LINKABLES[label].model),
            target_id=pk,
        )
        for field, label, pk in links_of(item)
    ]


def record(item):
    """Write down what the item links to now, in place of what it linked to before."""
    source_type = ContentType.objects.get_for_model(item)
    with transaction.atomic():
        ItemLink.objects.filter(source_type=source_type, source_id=item.pk).delete()
        ItemLink.objects.bulk_create(_rows(item, source_type))


def forget(item):
    source_type = ContentType.objects.get_for_model(item)
    ItemLink.objects.filter(source_type=source_type, source_id=item.pk).delete()


def _is_indexed(model):
    # Models of migrations (their module is "__fake__") save before this table may exist.
    return model.__module__ != "__fake__" and rich_text_fields(model)


def saved_receiver(sender, instance, raw=False, update_fields=None, **kwargs):
    # A restore loads the recorded links with the items (raw); a save of other fields changes none.
    if raw or not _is_indexed(sender):
        return
    fields = rich_text_fields(sender)
    if update_fields is None or any(
        name in update_fields or name.rsplit("_", 1)[0] in update_fields for name in fields
    ):
        record(instance)


def deleted_receiver(sender, instance, **kwargs):
    if _is_indexed(sender):
        forget(instance)


def rebuild():
    """Record the links of every item with rich text, kind by kind in place of what was
    recorded; returns (items read, links recorded)."""
    items = found = 0
    for model in source_models():
        source_type = ContentType.objects.get_for_model(model)
        rows = []
        for item in model._base_manager.only("pk", *rich_text_fields(model)).iterator(chunk_size=500):
            rows += _rows(item, source_type)
            items += 1
        with transaction.atomic():
            ItemLink.objects.filter(source_type=source_type).delete()
            ItemLink.objects.bulk_create(rows, batch_size=500)
        found += len(rows)
    return items, found


def _items(content_type, ids):
    """{id: item} of the given kind, whatever their state; missing ids are deleted items."""
    model = content_type.model_class()
    return model._base_manager.in_bulk(ids) if model is not None and ids else {}


def broken_links():
    """The recorded links readers do not get: to drafts, scheduled, withdrawn or deleted items.

    Selected by the database, one condition per registered kind (its live items), so the
    screen costs the same however many links there are that work."""
    condition, registered = Q(), []
    for linkable in LINKABLES.values():
        content_type = ContentType.objects.get_for_model(linkable.model)
        registered.append(content_type.pk)
        live = linkable.public_items().values("pk")
        condition |= Q(target_type=content_type) & ~Q(target_id__in=live)
    condition |= ~Q(target_type__in=registered)
    return ItemLink.objects.filter(condition).select_related("source_type", "target_type")


def broken():
    """[{"target": item or None (deleted), "target_type", "target_id", "sources": [item…]}],
    one entry per linked item readers cannot open, with the items that link to it."""
    by_target = defaultdict(set)
    for link in broken_links():
        by_target[link.target_type, link.target_id].add((link.source_type, link.source_id))
    wanted = defaultdict(set)
    for (target_type, target_id), sources in by_target.items():
        wanted[target_type].add(target_id)
        for source_type, source_id in sources:
            wanted[source_type].add(source_id)
    loaded = {content_type: _items(content_type, ids) for content_type, ids in wanted.items()}
    return [
        {
            "target": loaded[target_type].get(target_id),
            "target_type": target_type,
            "target_id": target_id,
            "sources": [
                loaded[source_type][source_id]
                for source_type, source_id in sorted(sources, key=lambda source: (source[0].pk, source[1]))
                if source_id in loaded[source_type]
            ],
        }
        for (target_type, target_id), sources in sorted(
            by_target.items(), key=lambda e: (e[0][0].pk, e[0][1])
        )
    ]


def linking_to(item):
    """The items whose rich text links to ``item``."""
    target_type = ContentType.objects.get_for_model(item)
    sources = defaultdict(set)
    for link in ItemLink.objects.filter(target_type=target_type, target_id=item.pk).select_related(
        "source_type"
    ):
        sources[link.source_type].add(link.source_id)
    return [found for source_type, ids in sources.items() for found in _items(source_type, ids).values()]
