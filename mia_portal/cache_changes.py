"""Which cached pages a save or a delete invalidates, decided from what the public saw before
it and sees after it.

- An item (a ``Publishable``) changes something public when it was live before the save or is
  live after it; a draft, a scheduled item (until it goes live by itself) or a withdrawn one
  being edited changes nothing public, nor does a save of a live item that changes only its
  ``private_fields``. A public change purges the item's tags (``Publishable.cache_tags()``:
  its own pages, its section's lists…), those its app names in ``caching.watch_app`` (the home
  page) and ``content``; hard when the item leaves the public (withdrawn, back to draft, moved
  into the future, deleted): nothing built before is served again, even for a moment.
- A row that belongs to an item (an article's photo, a tender's addendum) changes what the public
  sees when its item is live: it purges the item's tags.
- A row that items show by pointing to it (a library photo: its model sets
  ``shown_through_items = True``) changes what the public sees on the live items that point to
  it, directly or through a row of theirs (a gallery): it purges their tags, and nothing while no
  live item uses it.
- Anything else in a watched app (a helpline, a region, a rubric, a redirect) purges every page.
- A save that moves the item's scheduled moments (its publication time, a deadline) purges the
  ``schedule``: every cached lifetime is worked out again.

The purge happens once the change is committed: earlier, a page built meanwhile in another
process from what the database still shows could be stored and served after the commit. Outside
a transaction, at once. The proxies in front are purged with the same tags.
"""

from functools import partial

from django.core.exceptions import ObjectDoesNotExist
from django.db import models, transaction
from django.utils import timezone

from mia_portal import cache_tags, caching, proxy_purge
from mia_portal.publishing import Publishable


def purge_everywhere(tags, hard):
    """Here and in the proxies in front."""
    cache_tags.purge(tags, hard=hard)
    proxy_purge.purge(tags)


def _purge_on_commit(tags, hard, using):
    if tags:
        transaction.on_commit(partial(purge_everywhere, frozenset(tags), hard), using=using)


def _watched(sender):
    return sender._meta.app_label in caching.WATCHED_APPS


def item_purge(item):
    """The tags a public change of ``item`` purges."""
    return {*item.cache_tags(), *caching.WATCHED_APPS.get(item._meta.app_label, ()), cache_tags.CONTENT}


def public_fields_changed(before, after):
    private = set(type(after).private_fields)
    return any(
        getattr(before, field.attname) != getattr(after, field.attname)
        for field in type(after)._meta.concrete_fields
        if field.name not in private
    )


def item_change(before, after):
    """(tags, hard) for an item that was ``before`` and is ``after`` (None: not there)."""
    was_live = before is not None and before.is_published()
    is_live = after is not None and after.is_published()
    tags = set()
    if (was_live or is_live) and not (was_live and is_live and not public_fields_changed(before, after)):
        for state in (before, after):
            if state is not None:
                tags |= item_purge(state)
    moments = [state.schedule_moments() if state is not None else set() for state in (before, after)]
    if moments[0] != moments[1]:
        tags.add(cache_tags.SCHEDULE)
    return tags, was_live and not is_live


def owning_item(row):
    """The item a row belongs to (a photo's article), if any."""
    for field in row._meta.concrete_fields:
        if field.many_to_one and issubclass(field.related_model, Publishable):
            return getattr(row, field.name, None)
    return None


def referring_items(row):
    """The items pointing to ``row``, directly or through a row of theirs."""
    items = []
    for relation in row._meta.related_objects:
        if not relation.one_to_many:
            continue
        rows = relation.related_model._base_manager.using(row._state.db).filter(**{relation.field.name: row})
        if issubclass(relation.related_model, Publishable):
            items.extend(rows)
        else:
            items.extend(item for part in rows if (item := owning_item(part)) is not None)
    return items


def users_purge(row):
    """The tags of the live items that show ``row``."""
    return {tag for item in referring_items(row) if item.is_published() for tag in item_purge(item)}


def part_change(row, deleted):
    try:
        item = owning_item(row)
    except ObjectDoesNotExist:
        return set(), deleted  # deleted with its item, whose own delete purges
    if item is None:
        if getattr(type(row), "shown_through_items", False):
            return users_purge(row), deleted
        return {cache_tags.ALL}, deleted
    tags = item_purge(item) if item.is_published() else set()
    now = timezone.now()
    if any(
        isinstance(field, models.DateTimeField) and (getattr(row, field.attname) or now) > now
        for field in row._meta.concrete_fields
    ):
        tags.add(cache_tags.SCHEDULE)  # something of the item comes out later (an addendum)
    return tags, deleted


def before_save(sender, instance, raw=False, **kwargs):
    """pre_save: the item as the public saw it before this save."""
    if not _watched(sender) or not isinstance(instance, Publishable) or raw:
        return
    stored = None
    if not instance._state.adding and instance.pk is not None:
        stored = sender._base_manager.using(instance._state.db).filter(pk=instance.pk).first()
    instance._public_before = stored


def after_save(sender, instance, using, raw=False, **kwargs):
    if not _watched(sender):
        return
    if isinstance(instance, Publishable):
        tags, hard = item_change(getattr(instance, "_public_before", None), instance)
        instance._public_before = None
    else:
        tags, hard = part_change(instance, deleted=False)
    _purge_on_commit(tags, hard, using)


def after_delete(sender, instance, using, **kwargs):
    if not _watched(sender):
        return
    if isinstance(instance, Publishable):
        tags, hard = item_change(instance, None)
    else:
        tags, hard = part_change(instance, deleted=True)
    _purge_on_commit(tags, hard, using)


def after_m2m_change(sender, instance, action, using, **kwargs):
    if not action.startswith("post_") or not _watched(type(instance)):
        return
    if isinstance(instance, Publishable):
        tags = item_purge(instance) if instance.is_published() else set()
        _purge_on_commit(tags, False, using)
    elif getattr(type(instance), "shown_through_items", False):
        _purge_on_commit(users_purge(instance), False, using)
    else:
        _purge_on_commit({cache_tags.ALL}, False, using)
