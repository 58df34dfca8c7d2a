"""Names written as headings, in the case each language writes them.

Administrators type region and department names as they would inside a sentence («шаҳри
Душанбе», "Sughd region"); as a heading, Tajik and Russian take a capital first letter and
English capitalises each word of a proper name but the short joining words ("Department of
the MIA for Sughd Region"). Letters already capital (MIA, I. Somoni) stay so.
"""

from django import template
from django.utils import translation
from django.utils.text import capfirst

register = template.Library()

# Joining words English leaves in lower case inside a name, unless they start it.
MINOR_WORDS = frozenset(
    ("a", "an", "and", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to", "with")
)


def heading_case(text, language):
    if language != "en":
        return capfirst(text)
    words = text.split(" ")
    return " ".join(
        word if index and word in MINOR_WORDS else capfirst(word) for index, word in enumerate(words)
    )


@register.filter
def heading(text):
    """``text`` in the current language's heading case."""
    return heading_case(str(text), translation.get_language())
