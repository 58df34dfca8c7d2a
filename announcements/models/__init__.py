"""Announcements, tenders and vacancies (one list, one life cycle); a tender's addenda and
clarifications (``tender``), a vacancy's positions (``vacancy``), and the documents."""

from announcements.models.announcement import Announcement, AnnouncementQuerySet, Kind
from announcements.models.document import Document, DocumentLanguage, DocumentQuerySet, DocumentVersion
from announcements.models.tender import Clarification, TenderAddendum, TenderAddendumQuerySet
from announcements.models.vacancy import Position, Recruitment

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
