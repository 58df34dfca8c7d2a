"""Demo incident reports: the ten of today's site, and a year of generated ones for the statistics.

The generated reports come from a seeded random generator, so every run writes the same
reports, dated relative to the day they are added: a new site's statistics show the last twelve
months. ``load()`` adds the reports that are missing (known by slug) and changes nothing that
exists. Names of real people are reduced to initials.
"""

import random
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from django.conf import settings
from django.utils import timezone

from contacts.models import District, RegionalDepartment
from demo import contacts
from demo.loading import LANGUAGES, data, day, moment, named_rows, paragraphs, triple
from demo.report_writers import WRITERS
from demo.reports import (
    ARTICLES,
    CATEGORY_WEIGHTS,
    DEPARTMENTS,
    DISTRICT_WEIGHTS,
    PLACES,
    Report,
    history_for,
)
from incidents.models import Incident, IncidentCategory
from mia_portal.publishing import Status
from mia_portal.slugs import latin_slug

INCIDENTS = data("incidents")
CATEGORIES = INCIDENTS["categories"]
SEED_REPORTS = INCIDENTS["reports"]  # the ten of today's site
GENERATED_COUNT = 150
SEED = 4


def load():
    if District.objects.filter(slug__in=PLACES).count() < len(PLACES):
        contacts.load()  # the reports' districts
    categories, new_categories = named_rows(IncidentCategory, CATEGORIES)
    districts = {district.slug: district for district in District.objects.select_related("region")}
    departments = {}
    for region, name in DEPARTMENTS.items():
        departments[region] = RegionalDepartment.objects.filter(name_en=name).first()
    departments["rasht"] = RegionalDepartment.objects.filter(district__slug="rasht").first()

    reports = [(latin_slug(report["title"]["tg"]), _seed_report(report)) for report in SEED_REPORTS]
    seen = set()
    for report in generated_reports(timezone.now()):
        slug = base = latin_slug(report["title"][0])
        number = 2
        while slug in seen:
            slug, number = f"{base}-{number}", number + 1
        seen.add(slug)
        reports.append((slug, report))
    existing = set(
        Incident.objects.filter(slug__in=[slug for slug, _report in reports]).values_list("slug", flat=True)
    )
    new_reports = [
        _add_report(report, slug, categories, districts, departments)
        for slug, report in reports
        if slug not in existing
    ]
    return f"new categories: {new_categories}, reports: {len(new_reports)}"


def _seed_report(report):
    """A report of today's site in the writers' shape: its first paragraph is the lead, cut
    short in the stream."""
    text = triple(report["text"])  # each language's paragraphs
    return {
        **report,
        "published_at": moment(report["published_at"]),
        "occurred_at": moment(report["occurred_at"]),
        "unit": triple(report["unit"]) if "unit" in report else None,
        "title": triple(report["title"]),
        "lead": tuple(texts[0] for texts in text),
        "body": tuple(paragraphs(*texts[1:]) for texts in text),
        "history": [
            (step["status"], day(step["on"]), triple(step["note"]) if "note" in step else None)
            for step in report["history"]
        ],
    }


def generated_reports(now):
    """``GENERATED_COUNT`` reports over the last year: the same ones on every run."""
    rng = random.Random(SEED)  # noqa: S311 (demo data, not secrets)
    tz = ZoneInfo(settings.TIME_ZONE)
    today = now.astimezone(tz).date()
    districts, district_weights = zip(*DISTRICT_WEIGHTS.items(), strict=True)
    categories, category_weights = zip(*CATEGORY_WEIGHTS.items(), strict=True)
    for _number in range(GENERATED_COUNT):
        district = rng.choices(districts, district_weights)[0]
        category = rng.choices(categories, category_weights)[0]
        days_ago = rng.randint(1, 360)
        occurred_at = datetime.combine(
            today - timedelta(days=days_ago), datetime.min.time(), tzinfo=tz
        ).replace(hour=rng.randint(0, 23))
        published_at = (occurred_at + timedelta(days=1)).replace(
            hour=rng.randint(9, 11), minute=rng.randint(0, 59)
        )
        published_at = min(published_at, now - timedelta(minutes=30))
        written = WRITERS[category](Report(rng, district, occurred_at), rng)
        # Some reports are not translated into English yet.
        written["only_tg_ru"] = rng.random() < 0.15
        written.update(district=district, occurred_at=occurred_at, published_at=published_at)
        written["history"] = history_for(rng, written, occurred_at.date(), today)
        yield written


def _add_report(report, slug, categories, districts, departments):
    district = districts[report["district"]]
    languages = ("tg", "ru") if report.get("only_tg_ru") else LANGUAGES
    unit = report.get("unit") or PLACES[report["district"]][0]
    label = ARTICLES[report["article"]]
    fields = {
        "slug": slug,
        "status": Status.PUBLISHED,
        "published_at": report["published_at"],
        "occurred_at": report["occurred_at"],
        "category": categories[report["category"]],
        "region": district.region,
        "district": district,
        "department": departments.get(district.region.slug) or departments.get(report["district"]),
        "code_article": report["article"],
        "killed": report.get("killed"),
        "injured": report.get("injured"),
    }
    for n, code in enumerate(LANGUAGES):
        present = code in languages
        fields[f"title_{code}"] = report["title"][n] if present else ""
        fields[f"lead_{code}"] = report["lead"][n] if present else ""
        fields[f"body_{code}"] = report["body"][n] if present else ""
        fields[f"reporting_unit_{code}"] = unit[n] if present else ""
        fields[f"code_article_label_{code}"] = label[n] if present else ""
    incident = Incident.objects.create(**fields)
    for status, changed_on, note in report["history"]:
        notes = {}
        if note:
            notes = {f"note_{code}": note[n] for n, code in enumerate(LANGUAGES) if code in languages}
        incident.status_changes.create(status=status, changed_on=changed_on, **notes)
    incident.sync_case_status()
    return incident
