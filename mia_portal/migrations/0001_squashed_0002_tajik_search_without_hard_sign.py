"""Create the staff roles (see mia_portal/roles.py) with least-privilege permissions.

The squash of 0001_roles and 0002_tajik_search_without_hard_sign: a database that has both
applied counts this one as applied and runs nothing. 0002 rebuilt the Tajik search documents
without ъ; the content apps' squashed migrations create them that way from the start.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

ALL = ("add", "change", "delete", "view")
VIEW = ("view",)

PRESS_OFFICERS = {
    "news": {"article": ALL, "articlephoto": ALL, "articleupdate": ALL, "address": ALL, "rubric": VIEW},
    "incidents": {"incident": ALL, "incidentstatuschange": ALL, "incidentcategory": VIEW},
    "contacts": {"region": VIEW, "district": VIEW, "regionaldepartment": VIEW},
}
PROCUREMENT_STAFF = {
    "announcements": {
        "announcement": ALL, "position": ALL, "tenderaddendum": ALL, "clarification": ALL,
        "document": ALL, "documentversion": ALL,
    },
}  # fmt: skip
SITE_ADMINISTRATORS_EXTRA = {
    "news": {"rubric": ALL},
    "incidents": {"incidentcategory": ALL},
    "contacts": {"helpline": ALL, "region": ALL, "district": ALL, "regionaldepartment": ALL},
    "redirects": {"redirect": ALL},
    "auth": {"user": ALL, "group": VIEW},
    "otp_totp": {"totpdevice": ("view", "delete")},
    "axes": {"accessattempt": ("view", "delete")},
}

ROLES = {
    "Press officers": [PRESS_OFFICERS],
    "Procurement staff": [PROCUREMENT_STAFF],
    "Site administrators": [PRESS_OFFICERS, PROCUREMENT_STAFF, SITE_ADMINISTRATORS_EXTRA],
}


def create_roles(apps, schema_editor):
    database = schema_editor.connection.alias  # the one being migrated, not always the default
    # Permissions are normally created after all migrations have run; the roles need them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0, using=database)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, grants in ROLES.items():
        group, _created = Group.objects.using(database).get_or_create(name=name)
        for grant in grants:
            for app_label, models in grant.items():
                for model, actions in models.items():
                    codenames = [f"{action}_{model}" for action in actions]
                    permissions = Permission.objects.using(database).filter(
                        content_type__app_label=app_label, codename__in=codenames
                    )
                    if permissions.count() != len(codenames):
                        raise RuntimeError(f"Missing permissions for {app_label}.{model}: {codenames}")
                    group.permissions.add(*permissions)


def remove_roles(apps, schema_editor):
    database = schema_editor.connection.alias
    apps.get_model("auth", "Group").objects.using(database).filter(name__in=ROLES).delete()


class Migration(migrations.Migration):
    # Keeps databases migrated with the old files working, and resolves other migrations'
    # dependencies on the old names. It can go, with those dependencies renamed, once every
    # database in use has applied this migration.
    replaces = [
        ("mia_portal", "0001_roles"),
        ("mia_portal", "0002_tajik_search_without_hard_sign"),
    ]

    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("news", "0001_squashed_0007_legacy_id"),
        ("incidents", "0001_squashed_0007_legacy_id"),
        ("announcements", "0001_squashed_0008_outcome_labels"),
        ("contacts", "0001_squashed_0002_department_phones"),
        ("redirects", "0002_alter_redirect_new_path_help_text"),
        ("otp_totp", "0003_add_timestamps"),
        ("axes", "0010_accessattemptexpiration"),
    ]

    operations = [migrations.RunPython(create_roles, remove_roles)]
