"""Site administrators see the outgoing mail in the admin — what waits, what failed and why —
and may queue a failed message again (README, "Outgoing mail")."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

SITE_ADMINISTRATORS = "Site administrators"
CODENAMES = ["view_message", "delete_message", "view_messagelog"]


def mail_permissions(apps, database):
    app_config = apps.get_app_config("mailer")
    # Permissions are normally created after all migrations have run; these are needed now.
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0, using=database)
    permission_model = apps.get_model("auth", "Permission")
    return permission_model.objects.using(database).filter(content_type__app_label="mailer", codename__in=CODENAMES)


def grant(apps, schema_editor):
    database = schema_editor.connection.alias  # the one being migrated, not always the default
    for group in apps.get_model("auth", "Group").objects.using(database).filter(name=SITE_ADMINISTRATORS):
        group.permissions.add(*mail_permissions(apps, database))


def revoke(apps, schema_editor):
    database = schema_editor.connection.alias
    for group in apps.get_model("auth", "Group").objects.using(database).filter(name=SITE_ADMINISTRATORS):
        group.permissions.remove(*mail_permissions(apps, database))


class Migration(migrations.Migration):
    dependencies = [
        ("mia_portal", "0002_tajik_search_without_hard_sign"),
        ("mailer", "0007_alter_messagelog_message_data"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
