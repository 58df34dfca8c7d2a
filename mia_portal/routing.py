"""What the public URLs share: the ``<id:pk>`` converter and a cache of reversed URLs."""

from functools import lru_cache

from django.core.signals import setting_changed
from django.dispatch import receiver
from django.urls import get_script_prefix, get_urlconf, reverse
from django.utils import translation

MAX_ID = 2**63 - 1  # larger ids in a URL would overflow the database's bigint


def cached_reverse(viewname, **kwargs):
    """``reverse(viewname, kwargs=kwargs)``, worked out once per language: a list shows dozens
    of links (each card's detail page, each archive year), and ``reverse()`` costs more than a
    card's other work."""
    language = translation.get_language()
    return _reversed(get_urlconf(), get_script_prefix(), language, viewname, tuple(sorted(kwargs.items())))


@lru_cache(maxsize=20_000)
def _reversed(urlconf, script_prefix, language, viewname, kwargs):
    return reverse(viewname, urlconf=urlconf, kwargs=dict(kwargs))


@receiver(setting_changed)
def _forget_reversed_urls(setting, **kwargs):
    if setting == "ROOT_URLCONF":
        _reversed.cache_clear()


class IdConverter:
    """``<id:pk>`` in a URL: a primary key the database can hold. A larger number matches no
    URL, so it answers 404 before any view runs rather than overflow a query's bigint."""

    regex = "[0-9]+"

    def to_python(self, value):
        number = int(value)
        if number > MAX_ID:
            raise ValueError(f"{value} is past the largest id")
        return number

    def to_url(self, value):
        return str(value)
