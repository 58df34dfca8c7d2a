"""Monthly counts of appeals for the public: received per kind and region, answered on time,
forwarded, overdue. Counts only; no row ever names an applicant or an appeal.

An appeal counts in the month it was received (Dushanbe time). *Overdue* counts those not
answered by their due date: answered late, or still open after it.
"""

from dataclasses import dataclass, field
from datetime import date, datetime
from zoneinfo import ZoneInfo

from django.conf import settings
from django.db.models import Count
from django.utils import formats, timezone

from appeals.models import Appeal
from contacts.models import Region
from mia_portal import charts

MONTHS = 12


def add_months(day, months):
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


@dataclass
class Month:
    start: date
    received: int = 0
    answered_on_time: int = 0
    forwarded: int = 0
    dismissed: int = 0
    overdue: int = 0

    @property
    def label(self):
        return formats.date_format(self.start, "YEAR_MONTH_FORMAT")

    @property
    def short_label(self):
        return formats.date_format(self.start, "M")


@dataclass
class AppealStatistics:
    first_day: date
    months: list = field(default_factory=list)
    by_kind: list = field(default_factory=list)  # (label, count)
    by_region: list = field(default_factory=list)
    unaddressed: int = 0  # sent to no department: «I don't know»

    @property
    def total(self):
        return sum(month.received for month in self.months)

    @classmethod
    def collect(cls, appeals, today):
        first_day = add_months(today.replace(day=1), -(MONTHS - 1))
        zone = ZoneInfo(settings.TIME_ZONE)
        since = datetime(first_day.year, first_day.month, 1, tzinfo=zone)
        selected = appeals.filter(received_at__gte=since).order_by()
        stats = cls(first_day=first_day)
        months = {
            add_months(first_day, index): Month(add_months(first_day, index)) for index in range(MONTHS)
        }
        rows = selected.values_list("received_at", "status", "due_on", "answered_at")
        for received_at, status, due_on, answered_at in rows.iterator():
            month = months.get(timezone.localtime(received_at, zone).date().replace(day=1))
            if month is None:
                continue
            month.received += 1
            answered_on = timezone.localtime(answered_at, zone).date() if answered_at else None
            if status == Appeal.Status.ANSWERED and due_on and answered_on <= due_on:
                month.answered_on_time += 1
            elif status == Appeal.Status.FORWARDED:
                month.forwarded += 1
            elif status == Appeal.Status.DISMISSED:
                month.dismissed += 1
            if due_on:
                late = answered_on is not None and answered_on > due_on
                if late or (status in Appeal.OPEN_STATUSES and due_on < today):
                    month.overdue += 1
        stats.months = list(months.values())
        kinds = dict(selected.values_list("kind").annotate(count=Count("pk")))
        stats.by_kind = [(label, kinds.get(value, 0)) for value, label in Appeal.Kind.choices]
        regions = dict(selected.values_list("department__region").annotate(count=Count("pk")))
        stats.by_region = [(region.name, regions.get(region.pk, 0)) for region in Region.objects.all()]
        stats.unaddressed = regions.get(None, 0)
        return stats


def column_chart(months, width=480, height=220):
    """Columns of appeals received, month after month, for a server-rendered SVG."""
    columns = [(month.short_label, month.received, "") for month in months]
    return charts.column_chart(columns, width=width, height=height, bottom_room=30, label_gap=18)
