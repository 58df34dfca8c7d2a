"""The Appeals office group (mia_portal/roles.py): appeals, tips, their evidence and openings."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

NAME = "Appeals office"
GRANTS = {
    "appeal": ("view", "change"),
    "appealevent": ("view",),
    "tip": ("view", "change"),
    "attachment": ("view",),
    "opening": ("view",),
}


def create_role(apps, schema_editor):
    database = schema_editor.connection.alias  # the one being migrated, not always the default
    # Permissions are normally created after all migrations have run; the role needs them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0, using=database)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _created = Group.objects.using(database).get_or_create(name=NAME)
    for model, actions in GRANTS.items():
        codenames = [f"{action}_{model}" for action in actions]
        permissions = Permission.objects.using(database).filter(content_type__app_label="appeals", codename__in=codenames)
        if permissions.count() != len(codenames):
            raise RuntimeError(f"Missing permissions for appeals.{model}: {codenames}")
        group.permissions.add(*permissions)


def remove_role(apps, schema_editor):
    database = schema_editor.connection.alias
    apps.get_model("auth", "Group").objects.using(database).filter(name=NAME).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("appeals", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("mia_portal", "0001_roles"),
    ]

    operations = [migrations.RunPython(create_role, remove_role)]
