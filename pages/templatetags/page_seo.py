"""JSON-LD of the page types: ``FAQPage`` for questions and answers, ``HowTo`` for a service
guide. Written through ``mia_portal``'s ``json_ld`` (escaped, so no text closes the element)."""

import re

from django import template
from django.utils import translation

from mia_portal.richtext import plain_text
from mia_portal.templatetags.seo import canonical_url, json_ld

register = template.Library()
LIST_ITEM = re.compile(r"<li[^>]*>(.*?)</li>", re.S)
PARAGRAPH = re.compile(r"<p[^>]*>(.*?)</p>", re.S)


@register.simple_tag(takes_context=True)
def faq_json_ld(context, questions):
    return json_ld(
        {
            "@context": "https://schema.org",
            "@type": "FAQPage",
            "inLanguage": translation.get_language(),
            "url": canonical_url(context),
            "mainEntity": [
                {
                    "@type": "Question",
                    "name": item.question,
                    "acceptedAnswer": {"@type": "Answer", "text": item.answer},
                }
                for item in questions
            ],
        }
    )


@register.simple_tag(takes_context=True)
def howto_json_ld(context, page, steps):
    data = {
        "@context": "https://schema.org",
        "@type": "HowTo",
        "name": page.title,
        "description": page.lead or plain_text(page.body)[:300],
        "inLanguage": translation.get_language(),
        "url": canonical_url(context),
        "supply": [{"@type": "HowToSupply", "name": line} for line in _lines(page.documents_needed)],
        "step": [
            {"@type": "HowToStep", "position": number, "name": step.title, "text": step.text or step.title}
            for number, step in enumerate(steps, start=1)
        ],
    }
    return json_ld({key: value for key, value in data.items() if value not in ("", [], None)})


def _lines(html):
    """The items of a rich-text list, or else its paragraphs, as plain text."""
    parts = LIST_ITEM.findall(html or "") or PARAGRAPH.findall(html or "")
    return [text for text in (plain_text(part) for part in parts) if text]
