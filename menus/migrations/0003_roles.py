"""Press officers and site administrators edit the menus (see mia_portal/roles.py)."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

ROLES = ("Press officers", "Site administrators")
CODENAMES = [f"{action}_{model}" for model in ("menu", "menuitem") for action in ("add", "change", "delete", "view")]


def grant(apps, schema_editor):
    database = schema_editor.connection.alias  # the one being migrated, not always the default
    # Permissions are normally created after all migrations have run; the roles need them now.
    app_config = apps.get_app_config("menus")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0, using=database)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permissions = Permission.objects.using(database).filter(content_type__app_label="menus", codename__in=CODENAMES)
    for group in Group.objects.using(database).filter(name__in=ROLES):
        group.permissions.add(*permissions)


def revoke(apps, schema_editor):
    database = schema_editor.connection.alias  # the one being migrated, not always the default
    Permission = apps.get_model("auth", "Permission")
    permissions = Permission.objects.using(database).filter(content_type__app_label="menus", codename__in=CODENAMES)
    for group in apps.get_model("auth", "Group").objects.using(database).filter(name__in=ROLES):
        group.permissions.remove(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("menus", "0002_default_menus"),
        ("mia_portal", "0001_squashed_0002_tajik_search_without_hard_sign"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
