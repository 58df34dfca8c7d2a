"""List actions of the content admins: publish, unpublish, and the per-item save they share."""

import reversion
from django.contrib import admin, messages
from django.utils import timezone
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _

from mia_portal.publishing import Status, live


def save_each(request, queryset, comment, **changes):
    """Save each item (not a bulk update) so that versions, authorship and cache follow."""
    count = 0
    for item in queryset:
        with reversion.create_revision():
            for field, value in changes.items():
                setattr(item, field, value)
            item.updated_by = request.user
            item.save()
            reversion.set_user(request.user)
            reversion.set_comment(comment)
        count += 1
    return count


@admin.action(description=_("Publish the selected items now"), permissions=["change"])
def publish(modeladmin, request, queryset):
    count = save_each(
        request,
        queryset.exclude(live()),
        gettext("Published from the list."),
        status=Status.PUBLISHED,
        published_at=timezone.now(),
    )
    modeladmin.message_user(
        request, ngettext("%(count)d item published.", "%(count)d items published.", count) % {"count": count}
    )


@admin.action(description=_("Unpublish the selected items (back to draft)"), permissions=["change"])
def unpublish(modeladmin, request, queryset):
    count = save_each(
        request,
        queryset.filter(status=Status.PUBLISHED),
        gettext("Unpublished from the list."),
        status=Status.DRAFT,
    )
    modeladmin.message_user(
        request,
        ngettext("%(count)d item unpublished.", "%(count)d items unpublished.", count) % {"count": count},
        messages.WARNING,
    )
