"""When a competition is open: the one rule, written once for SQL and once for Python.

A tender or vacancy is *open* until its deadline and *closed* after it — by the clock alone,
with no job flipping a flag, so a page rendered one second after the deadline already says
"closed". Staff set only the outcomes: *awarded* (tenders) or *cancelled*. Announcements
without a deadline have no competition status at all.
"""

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext


class Outcome(models.TextChoices):
    PENDING = "", _("None yet")
    AWARDED = "awarded", _("Awarded")
    CANCELLED = "cancelled", _("Cancelled")


class CompetitionStatus(models.TextChoices):
    OPEN = "open", _("Open")
    CLOSED = "closed", _("Closed")
    AWARDED = "awarded", _("Awarded")
    CANCELLED = "cancelled", _("Cancelled")


def status_filter(status, now):
    """The SQL condition for ``status`` at the instant ``now``."""
    pending = Q(outcome=Outcome.PENDING)
    return {
        CompetitionStatus.OPEN: pending & Q(deadline__gt=now),
        CompetitionStatus.CLOSED: pending & Q(deadline__lte=now),
        CompetitionStatus.AWARDED: Q(outcome=Outcome.AWARDED),
        CompetitionStatus.CANCELLED: Q(outcome=Outcome.CANCELLED),
    }[status]


def status_of(outcome, deadline, now):
    """The same rule as ``status_filter``, for one item in memory; ``None`` without a deadline."""
    if outcome == Outcome.AWARDED:
        return CompetitionStatus.AWARDED
    if outcome == Outcome.CANCELLED:
        return CompetitionStatus.CANCELLED
    if deadline is None:
        return None
    return CompetitionStatus.OPEN if deadline > now else CompetitionStatus.CLOSED


def time_left(deadline, now):
    """How long until ``deadline``, in words: "closes in 5 days", "closes in 3 hours"."""
    seconds = (deadline - now).total_seconds()
    if seconds <= 0:
        return ""
    days = int(seconds // 86400)
    if days >= 2:
        return ngettext("closes in %(count)d day", "closes in %(count)d days", days) % {"count": days}
    hours = int(seconds // 3600)
    if hours >= 2:
        return ngettext("closes in %(count)d hour", "closes in %(count)d hours", hours) % {"count": hours}
    minutes = max(int(seconds // 60), 1)
    return ngettext("closes in %(count)d minute", "closes in %(count)d minutes", minutes) % {"count": minutes}
