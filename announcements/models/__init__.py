"""Announcements, tenders and vacancies (one list, one life cycle) and their documents."""

from announcements.models.announcement import (
    Announcement,
    AnnouncementQuerySet,
    Clarification,
    Kind,
    Position,
    Recruitment,
    TenderAddendum,
    TenderAddendumQuerySet,
)
from announcements.models.document import Document, DocumentLanguage, DocumentQuerySet, DocumentVersion

__all__ = [
    "Announcement",
    "AnnouncementQuerySet",
    "Clarification",
    "Document",
    "DocumentLanguage",
    "DocumentQuerySet",
    "DocumentVersion",
    "Kind",
    "Position",
    "Recruitment",
    "TenderAddendum",
    "TenderAddendumQuerySet",
]
