"""The ministry's own pages: a tree of pages of several types, each addressed by its path."""

from pages.models.page import Page, PageQuerySet
from pages.models.standard import StandardPage
from pages.models.tree import PageRedirect, reserved_top_level_slugs

__all__ = ["Page", "PageQuerySet", "PageRedirect", "StandardPage", "reserved_top_level_slugs"]
