"""The admin's side of item links: the chooser's search and the broken-links screen.

Both run inside the admin site (``PortalAdminSite.get_urls``), so only active staff reach them;
each shows only the kinds of items the user may view.
"""

from django.contrib.admin.utils import quote
from django.core.exceptions import PermissionDenied
from django.http import JsonResponse
from django.template.response import TemplateResponse
from django.urls import NoReverseMatch, reverse
from django.utils import formats, timezone
from django.utils.translation import gettext
from django.views.decorators.http import require_GET

from mia_portal.links import index, titles
from mia_portal.links.references import reference_to
from mia_portal.links.registry import LINKABLES

MAX_QUERY = 100  # characters of a title's part; longer input is refused


def may_view(user, model):
    opts = model._meta
    return user.has_perm(f"{opts.app_label}.view_{opts.model_name}")


def state(item):
    """The item's state in words, as the admin's lists say it; None for a deleted item."""
    if item is None:
        return gettext("Deleted")
    if item.is_scheduled():
        return gettext("Scheduled")
    return item.get_status_display()


def change_url(item, site_name="admin"):
    opts = item._meta
    try:
        return reverse(f"{site_name}:{opts.app_label}_{opts.model_name}_change", args=[quote(item.pk)])
    except NoReverseMatch:  # a kind the admin does not edit
        return None


def _bad_request(message):
    return JsonResponse({"error": message}, status=400)


@require_GET
def item_search(request):
    """``?q=<part of a title>[&kind=news.article]``: up to 20 items of the kinds the user may
    view, newest first, as JSON for the chooser (which writes it into the page as text)."""
    kinds = [linkable for linkable in LINKABLES.values() if may_view(request.user, linkable.model)]
    if not kinds:
        raise PermissionDenied
    text = request.GET.get("q", "")
    if not text.strip():
        return _bad_request(gettext("Type a part of the title."))
    if len(text) > MAX_QUERY:
        return _bad_request(gettext("Type at most %(count)d characters.") % {"count": MAX_QUERY})
    kind = request.GET.get("kind")
    if kind is not None:
        kinds = [linkable for linkable in kinds if linkable.label == kind]
        if not kinds:
            return _bad_request(gettext("Unknown kind of item."))
    found = sorted(
        ((item, linkable) for linkable in kinds for item in titles.matching(linkable, text)),
        key=lambda pair: pair[0].published_at,
        reverse=True,
    )
    results = [
        {
            "reference": reference_to(item),
            "kind": str(linkable.kind),
            "title": getattr(item, linkable.title_field) or str(item),
            "date": formats.date_format(timezone.localtime(item.published_at), "SHORT_DATETIME_FORMAT"),
            "state": state(item),
        }
        for item, linkable in found[: titles.FOUND]
    ]
    return JsonResponse({"results": results})


def broken_links(request, site):
    """Every link readers do not get, the item it points to and the items containing it."""
    models = [model for model in index.source_models() if may_view(request.user, model)]
    if not models:
        raise PermissionDenied
    rows = []
    for entry in index.broken():
        sources = [
            {"item": source, "state": state(source), "url": change_url(source, site.name)}
            for source in entry["sources"]
            if type(source) in models
        ]
        if not sources:
            continue
        target = entry["target"]
        target_type = entry["target_type"]
        rows.append(
            {
                "kind": target_type.model_class()._meta.verbose_name
                if target_type.model_class()
                else target_type,
                "target": target,
                "target_id": entry["target_id"],
                "state": state(target),
                "url": change_url(target, site.name) if target is not None else None,
                "sources": sources,
            }
        )
    context = {**site.each_context(request), "title": gettext("Broken internal links"), "rows": rows}
    return TemplateResponse(request, "admin/broken_links.html", context)
