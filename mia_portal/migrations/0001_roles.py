"""Create the staff roles (see mia_portal/roles.py) with least-privilege permissions."""

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
    # Permissions are normally created after all migrations have run; the roles need them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, grants in ROLES.items():
        group, _created = Group.objects.get_or_create(name=name)
        for grant in grants:
            for app_label, models in grant.items():
                for model, actions in models.items():
                    codenames = [f"{action}_{model}" for action in actions]
                    permissions = Permission.objects.filter(
                        content_type__app_label=app_label, codename__in=codenames
                    )
                    if permissions.count() != len(codenames):
                        raise RuntimeError(f"Missing permissions for {app_label}.{model}: {codenames}")
                    group.permissions.add(*permissions)


def remove_roles(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=ROLES).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("news", "0001_initial"),
        ("incidents", "0001_initial"),
        ("announcements", "0001_initial"),
        ("contacts", "0001_initial"),
        ("redirects", "0002_alter_redirect_new_path_help_text"),
        ("otp_totp", "0003_add_timestamps"),
        ("axes", "0010_accessattemptexpiration"),
    ]

    operations = [migrations.RunPython(create_roles, remove_roles)]
