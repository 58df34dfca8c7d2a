"""The ministry's own pages: a tree of pages of several types, each addressed by its path."""

from pages.models.documents import DocumentKind, DocumentsPage, LegalDocument, PageAttachment
from pages.models.guides import FaqItem, FaqPage, GuidePlace, GuideStep, ServiceGuidePage
from pages.models.page import Page, PageQuerySet
from pages.models.people import LeadershipPage, PersonPage
from pages.models.standard import PagePhoto, StandardPage
from pages.models.tree import PageRedirect, reserved_top_level_slugs

__all__ = [
    "DocumentKind",
    "DocumentsPage",
    "FaqItem",
    "FaqPage",
    "GuidePlace",
    "GuideStep",
    "LeadershipPage",
    "LegalDocument",
    "Page",
    "PageAttachment",
    "PagePhoto",
    "PageQuerySet",
    "PageRedirect",
    "PersonPage",
    "ServiceGuidePage",
    "StandardPage",
    "reserved_top_level_slugs",
]
