"""References in rich text turned into the items' current addresses, for readers.

Each reference becomes its item's address in the reader's language (or the best language the
item has), so a link follows slug changes; a reference to an item readers cannot open — a
draft, a scheduled or withdrawn item, a deleted one — leaves its words as plain text. A body
costs one query per kind of item it links to, and nothing at all once remembered: the content
generation moves with every save of content, so a remembered body never outlives a change to
an item it links to.
"""

from collections import defaultdict

from django.utils import translation
from django.utils.html import escape

from mia_portal.caching import remember
from mia_portal.links.references import HREF, LINK, SCHEME, parse
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


def _resolved(html, language):
    links = [(match, HREF.search(match[1])) for match in LINK.finditer(html)]
    references = {
        match: parse(href[1]) for match, href in links if href and href[1].startswith(f"{SCHEME}:")
    }
    found = addresses({ref for ref in references.values() if ref}, language)
    pieces, position = [], 0
    for match, ref in references.items():
        pieces.append(html[position : match.start()])
        address = found.get(ref)
        if address is None:
            pieces.append(match[2])  # the words, without a link that would lead nowhere
        else:
            attributes = HREF.sub(lambda _href: f'href="{escape(address)}"', match[1], count=1)
            pieces.append(f"<a{attributes}>{match[2]}</a>")
        position = match.end()
    pieces.append(html[position:])
    return "".join(pieces)


def with_addresses(html, language=None):
    """Stored rich text as readers get it: every reference an address or plain words."""
    if not html or f'href="{SCHEME}:' not in html:
        return html or ""
    language = language or translation.get_language()
    return remember(f"links:{language}:{html}", lambda: _resolved(html, language))
