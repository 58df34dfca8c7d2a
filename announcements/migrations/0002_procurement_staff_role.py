from django.db import migrations

from announcements import roles


def create_role(apps, schema_editor):
    roles.grant(apps)


def remove_role(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=roles.PROCUREMENT_STAFF).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("announcements", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_role, remove_role)]
