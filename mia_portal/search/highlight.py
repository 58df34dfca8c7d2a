"""Query words marked in a result's title and snippet."""

import re

from django.utils.html import escape
from django.utils.safestring import mark_safe

from mia_portal.search.words import fold

SNIPPET_LENGTH = 240


class Highlighter:
    """Escapes text, then wraps the words that start with a query stem in <mark>."""

    def __init__(self, prefixes, ignored=""):
        prefixes = sorted(prefixes, key=len, reverse=True)
        # The letters the search ignores may stand between any two of a prefix's (таъмин ← тамин).
        between = f"[{re.escape(ignored)}]?" if ignored else ""
        alternatives = "|".join(between.join(map(re.escape, prefix)) for prefix in prefixes)
        self.pattern = re.compile(rf"(?<![^\W_])(?:{alternatives})[^\W_]*") if prefixes else None

    def spans(self, text):
        return [match.span() for match in self.pattern.finditer(fold(text))] if self.pattern else []

    def mark(self, text):
        pieces, position = [], 0
        for start, end in self.spans(text):
            pieces += [escape(text[position:start]), "<mark>", escape(text[start:end]), "</mark>"]
            position = end
        pieces.append(escape(text[position:]))
        return mark_safe("".join(pieces))  # noqa: S308 (every piece of the text is escaped above)

    def snippet(self, text, length=SNIPPET_LENGTH):
        """About ``length`` characters around the first match (or from the start), highlighted."""
        first = self.pattern.search(fold(text)) if self.pattern else None
        start = 0
        if first and first.end() > length:  # the first match is further on: begin a little before it
            start = max(0, first.start() - length // 3)
            space = text.find(" ", start, first.start())
            start = space + 1 if space != -1 else start
        end = min(len(text), start + length)
        if end < len(text):  # end between words
            space = text.rfind(" ", start, end)
            end = space if space > start else end
        piece = self.mark(text[start:end])
        return mark_safe(("… " if start else "") + piece + (" …" if end < len(text) else ""))  # noqa: S308
