"""What keeps the tree's addresses whole: old paths answering with a redirect, the slugs the
site's sections own at the top level, and a page's place kept when an old version is restored."""

import re
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache

from django.core.signals import setting_changed
from django.db import models
from django.dispatch import receiver
from django.urls import LocalePrefixPattern, URLResolver, get_resolver
from django.utils.translation import gettext_lazy as _

# The tree's own columns, which only the tree's methods may write.
PLACE_FIELDS = ("path", "depth", "numchild", "slug", "url_path")
_restoring = ContextVar("restoring_page_versions", default=False)


class PageRedirect(models.Model):
    """An address a page had before it, or a page above it, moved or changed its slug.

    It names the page, not the new address: however often the page moves again, the old
    address answers with its current one in one step.
    """

    old_path = models.CharField(_("old address"), max_length=600, unique=True)
    page = models.ForeignKey(
        "pages.Page", verbose_name=_("page"), on_delete=models.CASCADE, related_name="redirects"
    )
    created_at = models.DateTimeField(_("recorded"), auto_now_add=True)

    class Meta:
        verbose_name = _("old page address")
        verbose_name_plural = _("old page addresses")
        ordering = ["old_path"]

    def __str__(self):
        return f"/{self.old_path} → {self.page_id}"


@lru_cache(maxsize=1)
def _reserved(urlconf_id):
    slugs = set()
    patterns = list(get_resolver().url_patterns)
    for pattern in patterns:
        if isinstance(pattern, URLResolver) and isinstance(pattern.pattern, LocalePrefixPattern):
            patterns += pattern.url_patterns  # the sections under the language prefix
            continue
        first = str(pattern.pattern).lstrip("^").split("/", 1)[0]
        if re.fullmatch(r"[a-z0-9_-]+", first):
            slugs.add(first)
    return frozenset(slugs)


def reserved_top_level_slugs():
    """The first path segments the site's sections and fixed pages take, under the language
    prefix (``news``, ``search``, ``contacts``…) or before it (``admin``, ``media``…), read
    from the URLconf: a page there would be hidden by them or mistaken for them."""
    return _reserved(id(get_resolver()))


@receiver(setting_changed)
def _forget_reserved(setting, **kwargs):
    if setting == "ROOT_URLCONF":
        _reserved.cache_clear()


@contextmanager
def restoring_versions():
    """While an editor restores an old version, pages keep their current place and address."""
    token = _restoring.set(True)
    try:
        yield
    finally:
        _restoring.reset(token)


def keep_place_on_restore(sender, instance, raw, **kwargs):
    """django-reversion writes a version back as it was stored (a raw save): a page moved or
    renamed since would take back its old place in the tree over another page's."""
    if not (raw and _restoring.get()):
        return
    stored = sender._base_manager.filter(pk=instance.pk).values(*PLACE_FIELDS).first()
    if stored:
        for field, value in stored.items():
            setattr(instance, field, value)
