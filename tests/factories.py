"""Builders for test data: saved, with safe defaults and keyword overrides."""

from importlib import import_module

from django.apps import apps
from django.contrib.auth.models import Group
from django.db import connection

from contacts.models import District, Helpline, Region, RegionalDepartment
from mia_portal.roles import APPEALS_OFFICE, PRESS_OFFICERS


def translated(field, value):
    """``value`` in all three languages, marked with the language code."""
    return {f"{field}_{code}": f"{value} ({code})" for code in ("tg", "ru", "en")}


def make_region(slug="sughd", **overrides):
    fields = {"slug": slug, **translated("name", f"Region {slug}"), **overrides}
    return Region.objects.create(**fields)


def make_district(region=None, slug="khujand", **overrides):
    region = region or make_region(slug=f"region-of-{slug}")
    fields = {"region": region, "slug": slug, **translated("name", f"District {slug}"), **overrides}
    return District.objects.create(**fields)


def make_helpline(number="+992372212121", display_number="(+992 37) 221-21-21", **overrides):
    fields = {
        "number": number,
        "display_number": display_number,
        **translated("label", "Helpline"),
        **overrides,
    }
    return Helpline.objects.create(**fields)


def make_department(region=None, **overrides):
    region = region or make_region()
    fields = {"region": region, **translated("name", "Department"), **overrides}
    return RegionalDepartment.objects.create(**fields)


# The migrations that give the roles the permissions of apps added after them.
ROLE_GRANTS = (
    "mia_portal.migrations.0003_site_administrators_see_outgoing_mail",
    "photos.migrations.0002_press_officers_use_the_library",
    "pages.migrations.0005_press_officers_and_administrators_edit_pages",
    "menus.migrations.0003_roles",
)


def ensure_roles():
    """Transactional tests flush what data migrations created; put the staff roles back."""
    if not Group.objects.filter(name=PRESS_OFFICERS).exists():
        roles = import_module("mia_portal.migrations.0001_squashed_0002_tajik_search_without_hard_sign")
        roles.create_roles(apps, connection.schema_editor())  # it reads only the editor's database
        for migration in ROLE_GRANTS:
            import_module(migration).grant(apps, connection.schema_editor())
    if not Group.objects.filter(name=APPEALS_OFFICE).exists():
        import_module("appeals.migrations.0002_appeals_office_role").create_role(
            apps, connection.schema_editor()
        )


def settle(client):
    """One request, so that what every page shares until the next change (the helplines,
    the next scheduled publication) is known; query budgets count the requests after it."""
    client.get("/en/search/")
