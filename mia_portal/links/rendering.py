"""References in rich text turned into the items' current addresses, for readers.

Each reference becomes its item's address in the reader's language (or the best language the
item has), so a link follows slug changes; a reference to an item readers cannot open — a
draft, a scheduled or withdrawn item, a deleted one — leaves its words as plain text. A body
costs one query per kind of item it links to, and nothing at all once remembered: a remembered
body carries the cache tags of the items it links to (the tags a public change of an item
purges), so it never outlives a change to one of them, and the page showing it depends on
exactly those items rather than on every change of content.
"""

from collections import defaultdict

from django.utils import translation
from django.utils.html import escape

from mia_portal.caching import remember
from mia_portal.links.references import HREF, LINK, SCHEME, parse, reference_from_address, references_in
from mia_portal.links.registry import LINKABLES, shown_language


def addresses(references, language):
    """{(label, id): address} of the references whose items readers may open now."""
    wanted = defaultdict(set)
    for label, pk in references:
        wanted[label].add(pk)
    found = {}
    for label, ids in wanted.items():
        for item in LINKABLES[label].live(ids):
            with translation.override(shown_language(item, language)):
                found[label, item.pk] = item.get_absolute_url()
    return found


def live_address(address, language=None):
    """The current address of the site's own item at ``address`` (its address or an old one)
    while readers may open it, else None: for a link kept outside rich text, such as the
    privacy notice an app points to by a setting."""
    reference = reference_from_address(address)
    parsed = parse(reference) if reference else None
    if parsed is None:
        return None
    return addresses({parsed}, language or translation.get_language()).get(parsed)


def _references(html):
    """(link, its href, (label, id) or None) of every link to an item in stored rich text."""
    for link in LINK.finditer(html):
        href = HREF.search(link[1])
        if href and href[1].startswith(f"{SCHEME}:"):
            yield link, href, parse(href[1])


def _resolved(html, language):
    references = list(_references(html))
    found = addresses({ref for _link, _href, ref in references if ref}, language)
    pieces, position = [], 0
    for link, href, ref in references:
        pieces.append(html[position : link.start()])
        address = found.get(ref)
        if address is None:
            pieces.append(link[2])  # the words, without a link that would lead nowhere
        else:
            attributes = link[1][: href.start(1)] + escape(address) + link[1][href.end(1) :]
            pieces.append(f"<a{attributes}>{link[2]}</a>")
        position = link.end()
    pieces.append(html[position:])
    return "".join(pieces)


def with_addresses(html, language=None):
    """Stored rich text as readers get it: every reference an address or plain words."""
    if not html or f'href="{SCHEME}:' not in html:
        return html or ""
    language = language or translation.get_language()
    # The same form as ``cache_tags.item_tag()``: "news.article:42".
    tags = [f"{label}:{pk}" for label, pk in references_in(html)]
    return remember(f"links:{language}:{html}", lambda: _resolved(html, language), tags=tags)
