from django import template

register = template.Library()


@register.filter
def is_current(link, path):
    """Whether the menu's link leads to the page being read (``aria-current="page"``)."""
    return link.is_current(path)
