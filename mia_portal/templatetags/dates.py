"""``{% time value %}``: a ``<time>`` element, machine-readable and in the page's language.

    {% load dates %}
    {% time article.published_at %}
        → <time datetime="2020-01-28T09:21:00+05:00">Вторник, 28 января 2020, 09:21</time>
    {% time document.uploaded_at "DATE_FORMAT" %}
        → <time datetime="2020-01-28T09:21:00+05:00">28 января 2020</time>

Datetimes are shown in the current time zone, as Django's ``date`` filter shows them; the
``datetime`` attribute is ISO 8601 with the offset. Every card of a list shows a date or two,
and formatting one in words costs more than the rest of the card: the element is worked out
once per moment, format, language and time zone.
"""

import datetime
from functools import lru_cache

from django import template
from django.utils import formats, timezone, translation
from django.utils.html import format_html
from django.utils.timezone import template_localtime

register = template.Library()


@register.simple_tag(name="time")
def time_element(value, format="DATETIME_FORMAT"):
    if not value:
        return ""
    return _element(value, _zone(value), format, translation.get_language(), timezone.get_current_timezone())


def _zone(value):
    # Equal moments in different zones compare (and hash) equal: the zone keeps them apart.
    return getattr(value, "tzinfo", None)


@lru_cache(maxsize=10_000)
def _element(value, zone, format, language, current_zone):
    if isinstance(value, datetime.datetime):
        value = template_localtime(value)
        machine = value.isoformat(timespec="seconds")
    else:
        machine = value.isoformat()
    return format_html('<time datetime="{}">{}</time>', machine, formats.date_format(value, format))
