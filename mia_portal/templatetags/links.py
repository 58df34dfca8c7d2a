"""``{{ article.body|with_item_links }}``: stored rich text with its item references resolved."""

from django import template
from django.utils.safestring import mark_safe

from mia_portal.links.rendering import with_addresses

register = template.Library()


@register.filter
def with_item_links(html):
    """For rich text sanitized on save only: the result is marked safe, as ``|safe`` would."""
    return mark_safe(with_addresses(html))  # noqa: S308 - sanitized on save, addresses escaped
