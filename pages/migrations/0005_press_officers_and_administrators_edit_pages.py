"""Press officers and site administrators edit the ministry's pages: they add, change and view
every page type (a page is deleted by a superuser), and add, change, remove and view the rows
a page's form edits with it (photos, files, documents, questions, steps, places to apply)."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

PAGES = (
    "page",
    "standardpage",
    "leadershippage",
    "personpage",
    "documentspage",
    "faqpage",
    "serviceguidepage",
)
ROWS = ("pagephoto", "pageattachment", "legaldocument", "faqitem", "guidestep", "guideplace")
GRANTS = {
    **{model: ("add", "change", "view") for model in PAGES},
    **{model: ("add", "change", "delete", "view") for model in ROWS},
}
ROLES = ("Press officers", "Site administrators")


def _permissions(apps, database):
    # Permissions are normally created after all migrations have run; the roles need them now.
    apps.get_app_config("pages").models_module = True
    create_permissions(apps.get_app_config("pages"), apps=apps, verbosity=0, using=database)
    codenames = [f"{action}_{model}" for model, actions in GRANTS.items() for action in actions]
    permissions = apps.get_model("auth", "Permission").objects.using(database).filter(
        content_type__app_label="pages", codename__in=codenames
    )
    if permissions.count() != len(codenames):
        raise RuntimeError(f"Missing permissions for the pages: {codenames}")
    return permissions


def grant(apps, schema_editor):
    database = schema_editor.connection.alias  # the one being migrated, not always the default
    permissions = _permissions(apps, database)
    for name in ROLES:
        group, _created = apps.get_model("auth", "Group").objects.using(database).get_or_create(name=name)
        group.permissions.add(*permissions)


def revoke(apps, schema_editor):
    database = schema_editor.connection.alias
    codenames = [f"{action}_{model}" for model, actions in GRANTS.items() for action in actions]
    permissions = apps.get_model("auth", "Permission").objects.using(database).filter(
        content_type__app_label="pages", codename__in=codenames
    )
    for group in apps.get_model("auth", "Group").objects.using(database).filter(name__in=ROLES):
        group.permissions.remove(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("pages", "0004_main_photos_galleries_and_portraits_from_the_library"),
        ("mia_portal", "0001_squashed_0002_tajik_search_without_hard_sign"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
