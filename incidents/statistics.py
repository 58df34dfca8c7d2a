"""Counts of incidents by category, region, district and month, and the bar charts that show them.

Every count is one aggregate query (``values().annotate(Count())``); months are cut in Dushanbe
time, so an incident at 00:30 on 1 March local time counts for March on SQLite and PostgreSQL
alike. The charts are plain geometry for a server-rendered SVG: no JavaScript involved.
"""

from dataclasses import dataclass, field
from datetime import date
from zoneinfo import ZoneInfo

from django.conf import settings
from django.db.models import Count, DateField
from django.db.models.functions import TruncMonth, TruncYear
from django.utils import formats

from mia_portal import charts
from mia_portal.caching import remember
from mia_portal.charts import Bar, Chart

# Beyond three years, a bar per month is too thin to read: the chart counts years instead.
MAX_MONTH_BARS = 36


def month_start(day):
    return day.replace(day=1)


def add_months(day, months):
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def default_period(today, first_day=None, last_day=None):
    """The period to count: the filters' dates, completed to the last twelve months by default."""
    last_day = last_day or today
    first_day = first_day or add_months(month_start(last_day), -11)
    return first_day, last_day


def period_starts(first_day, last_day, by_year):
    if by_year:
        return [date(year, 1, 1) for year in range(first_day.year, last_day.year + 1)]
    starts, current = [], month_start(first_day)
    while current <= last_day:
        starts.append(current)
        current = add_months(current, 1)
    return starts


def counts_by(queryset, field_name):
    rows = queryset.order_by().values(field_name).annotate(count=Count("pk"))
    return {row[field_name]: row["count"] for row in rows}


def counts_by_period(queryset, by_year):
    truncate = TruncYear if by_year else TruncMonth
    bucket = truncate("occurred_at", output_field=DateField(), tzinfo=ZoneInfo(settings.TIME_ZONE))
    rows = queryset.order_by().annotate(bucket=bucket).values("bucket").annotate(count=Count("pk"))
    return {row["bucket"]: row["count"] for row in rows}


@dataclass
class Row:
    label: str
    count: int
    url: str = ""
    key: object = None
    short_label: str = ""  # under a column, where a whole month name would not fit
    sublabel: str = ""


@dataclass
class IncidentStatistics:
    """Three (or, with a region chosen, four) breakdowns of the same filtered incidents."""

    first_day: date
    last_day: date
    by_year: bool
    by_category: list = field(default_factory=list)
    by_region: list = field(default_factory=list)
    by_district: list = field(default_factory=list)
    by_period: list = field(default_factory=list)

    @property
    def total(self):
        return sum(row.count for row in self.by_category)

    @classmethod
    def collect(cls, queryset, first_day, last_day, categories, regions, districts=(), cache_key=None):
        """Count ``queryset`` (already filtered) between the two days, both included.

        ``categories``, ``regions`` and ``districts`` are the objects to label the rows with,
        in display order; each gets a row, with zero when nothing happened there. With a
        ``cache_key`` (the filters that made ``queryset``), the counts are kept until content
        changes: over the whole archive they are seconds of database work.
        """
        queryset = queryset.occurred_between(first_day, last_day)
        by_year = len(period_starts(first_day, last_day, by_year=False)) > MAX_MONTH_BARS

        def count():
            return {
                "category": counts_by(queryset, "category"),
                "region": counts_by(queryset, "region"),
                "district": counts_by(queryset, "district") if districts else {},
                "period": counts_by_period(queryset, by_year),
            }

        if cache_key is None:
            counts = count()
        else:
            counts = remember(
                f"incident-statistics:{cache_key}:{first_day}:{last_day}", count, tags=["incidents:list"]
            )
        stats = cls(first_day=first_day, last_day=last_day, by_year=by_year)
        stats.by_category = [Row(c.name, counts["category"].get(c.pk, 0), key=c) for c in categories]
        stats.by_region = [Row(r.name, counts["region"].get(r.pk, 0), key=r) for r in regions]
        if districts:
            stats.by_district = [Row(d.name, counts["district"].get(d.pk, 0), key=d) for d in districts]
        per_period = counts["period"]
        for index, start in enumerate(period_starts(first_day, last_day, by_year)):
            row = Row(str(start.year), per_period.get(start, 0), key=start, short_label=str(start.year))
            if not by_year:
                row.label = formats.date_format(start, "YEAR_MONTH_FORMAT")
                row.short_label = formats.date_format(start, "M")
                # The year under January, and under the first month unless January follows closely.
                row.sublabel = (
                    str(start.year) if start.month == 1 or (index == 0 and start.month < 11) else ""
                )
            stats.by_period.append(row)
        return stats


# --- Charts ---------------------------------------------------------------------------------


def horizontal_bar_chart(rows, width=400):
    """One bar per row, its label above it and its number after it; for named things."""
    row_height, bar_height, value_room = 40, 14, 44
    largest = max((row.count for row in rows), default=0) or 1
    usable = width - value_room
    bars = []
    for index, row in enumerate(rows):
        top = index * row_height
        bar_width = round(usable * row.count / largest, 1)
        bars.append(
            Bar(
                label=row.label,
                count=row.count,
                x=0,
                y=top + 20,
                width=max(bar_width, 1 if row.count else 0),
                height=bar_height,
                label_x=0,
                label_y=top + 14,
                value_x=bar_width + 6,
                value_y=top + 32,
            )
        )
    return Chart(width=width, height=max(len(rows) * row_height, row_height), bars=bars)


def column_chart(rows, width=480, height=220):
    """Columns in time order, labelled underneath; for months or years."""
    columns = [(row.short_label or row.label, row.count, row.sublabel) for row in rows]
    return charts.column_chart(columns, width=width, height=height)
