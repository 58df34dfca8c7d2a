"""Template tags for the layout: language links and hreflang alternates."""

from django import template
from django.conf import settings
from django.urls import reverse, translate_url
from django.utils.http import urlencode
from django.utils.translation import get_language_info

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
        links.append({"code": code, "url": settings.SITE_URL + translate_url(request.path, code)})
    return links


@register.simple_tag(takes_context=True)
def absolute_url(context, path=None):
    """An absolute URL built from the configured site address, never from the Host header."""
    return settings.SITE_URL + (path if path is not None else context["request"].path)


@register.simple_tag(takes_context=True)
def reading_mode_url(context, **changes):
    """A link that changes the reading mode (size, contrast, images, mode) and comes back here."""
    params = {**changes, "next": context["request"].get_full_path()}
    return reverse("reading_mode") + "?" + urlencode(params)
