"""Builders for incident tests: saved, published and filled in tg/ru/en unless told otherwise."""

from datetime import timedelta
from itertools import count

from django.utils import timezone

from contacts.models import District, Region
from incidents.models import Incident, IncidentCategory
from mia_portal.publishing import Status

LANGUAGES = ("tg", "ru", "en")
_numbers = count(1)


def in_languages(field, value, languages=LANGUAGES):
    return {f"{field}_{code}": f"{value} ({code})" if code in languages else "" for code in LANGUAGES}


def make_category(slug="theft", **overrides):
    fields = {**in_languages("name", f"Category {slug}"), **overrides}
    category, _created = IncidentCategory.objects.get_or_create(slug=slug, defaults=fields)
    return category


def make_place(district="khujand", region="sughd"):
    """A district (created with its region when missing), found again by slug on later calls."""
    region_object, _created = Region.objects.get_or_create(slug=region, defaults=in_languages("name", region))
    district_object, _created = District.objects.get_or_create(
        slug=district, defaults={"region": region_object, **in_languages("name", district)}
    )
    return district_object


def make_incident(title=None, languages=LANGUAGES, category=None, district=None, **overrides):
    title = title or f"Incident {next(_numbers)}"
    district = district or make_place()
    now = timezone.now()
    fields = {
        "status": Status.PUBLISHED,
        "published_at": now - timedelta(hours=1),
        "occurred_at": now - timedelta(days=1),
        "category": category or make_category(),
        "region": district.region,
        "district": district,
        **in_languages("title", title, languages),
        **in_languages("lead", f"Lead of {title}", languages),
        **in_languages("body", f"<p>Text of {title}</p>", languages),
        **overrides,
    }
    return Incident.objects.create(**fields)
