"""Template tags for the layout: language links and hreflang alternates."""

from django import template
from django.conf import settings
from django.urls import reverse, translate_url
from django.utils import translation
from django.utils.http import urlencode
from django.utils.translation import get_language_info

from mia_portal.routing import cached_reverse

register = template.Library()


def _language_names():
    for code, _name in settings.LANGUAGES:
        info = get_language_info(code)
        yield code, info["name_local"][:1].upper() + info["name_local"][1:]


@register.simple_tag(takes_context=True)
def language_links(context):
    """The switcher: each language named in itself, leading to this page in that language."""
    request = context["request"]
    here = request.get_full_path()
    return [
        {
            "code": code,
            "name": name,
            "url": reverse("switch_language", args=[code]) + "?" + urlencode({"next": here}),
        }
        for code, name in _language_names()
    ]


@register.simple_tag(takes_context=True)
def alternate_links(context):
    """hreflang alternates: only the languages the page's content exists in."""
    request = context["request"]
    available = context.get("available_languages")
    links = []
    for code, _name in settings.LANGUAGES:
        if available is not None and code not in available:
            continue
        links.append({"code": code, "url": settings.SITE_URL + _path_in(request, code)})
    return links


def _path_in(request, language):
    """This page's path in ``language``: the view it resolved to, reversed in that language
    (remembered, where ``translate_url`` would resolve the path again each time)."""
    match = request.resolver_match
    if match is None or match.args or not match.url_name:
        return translate_url(request.path, language)
    with translation.override(language):
        return cached_reverse(match.view_name, **match.kwargs)


@register.simple_tag(takes_context=True)
def absolute_url(context, path=None):
    """An absolute URL built from the configured site address, never from the Host header."""
    return settings.SITE_URL + (path if path is not None else context["request"].path)


@register.simple_tag(takes_context=True)
def reading_mode_url(context, **changes):
    """A link that changes the reading mode (size, contrast, images, mode) and comes back here."""
    params = {**changes, "next": context["request"].get_full_path()}
    return reverse("reading_mode") + "?" + urlencode(params)
