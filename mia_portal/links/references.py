"""References to items as rich text stores them: ``<a href="item:news.article:42">``.

An ``href`` rather than a data attribute: CKEditor 5 keeps any link address as it is in the
data it saves (its General HTML Support would have to be opened to keep a ``data-`` attribute,
and a link edited in its balloon would keep a stale one), and the allow-list already checks
every ``href``. Only well-formed references to registered kinds survive a save; an address of
one of the site's own items (``https://mia.tj/tg/news/42-slug/``, ``/ru/news/42-slug/``) is
turned into a reference, so a pasted link follows the item too.
"""

import re
from urllib.parse import urlsplit

from django.conf import settings
from django.urls import Resolver404, resolve
from django.utils import translation

from mia_portal.links.registry import LINKABLES

SCHEME = "item"
REFERENCE = re.compile(r"item:([a-z][a-z0-9_]*\.[a-z][a-z0-9_]*):([1-9][0-9]{0,17})")
# A link of stored rich text: the allow-list writes attributes in double quotes with every
# ">" inside them escaped, and never nests links.
LINK = re.compile(r"<a\b([^>]*)>(.*?)</a>", re.DOTALL)
HREF = re.compile(r'\bhref="([^"]*)"')


def reference(label, pk):
    return f"{SCHEME}:{label}:{pk}"


def reference_to(item):
    return reference(item._meta.label_lower, item.pk)


def parse(href):
    """(label, id) of a well-formed reference to a registered kind, else None."""
    match = REFERENCE.fullmatch(href)
    if match is None or match[1] not in LINKABLES:
        return None
    return match[1], int(match[2])


def references_in(html):
    """{(label, id)} of every well-formed reference in stored rich text."""
    found = set()
    for match in LINK.finditer(html or ""):
        href = HREF.search(match[1])
        parsed = parse(href[1]) if href else None
        if parsed:
            found.add(parsed)
    return found


def _own_path(href):
    """The path of an address on this site (relative, or on ``SITE_URL``'s host), else None."""
    try:
        parts = urlsplit(href)
    except ValueError:
        return None
    if parts.scheme or parts.netloc:
        site = urlsplit(settings.SITE_URL)
        if parts.scheme not in {"http", "https"} or parts.netloc.lower() != site.netloc.lower():
            return None
    elif not parts.path.startswith("/"):
        return None
    return parts.path


def reference_from_address(href):
    """The reference for an address of one of the site's own items, else None."""
    path = _own_path(href)
    if not path:
        return None
    # The language prefix of i18n_patterns resolves only under its own language.
    with translation.override(translation.get_language_from_path(path)):
        try:
            match = resolve(path)
        except Resolver404:
            return None
    for linkable in LINKABLES.values():
        if match.view_name == linkable.url_name:
            pk = linkable.item_id(match.kwargs)
            return reference(linkable.label, pk) if pk else None
    return None


def kept_href(href):
    """What the allow-list keeps of a link's address: a reference for a reference or an
    address of the site's own item, None for a malformed reference, other addresses as they are."""
    if href[: len(SCHEME) + 1].lower() == f"{SCHEME}:":
        return href if parse(href) else None
    return reference_from_address(href) or href
