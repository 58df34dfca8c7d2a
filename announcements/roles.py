"""The "Procurement staff" role: announcements, tenders, vacancies and their documents, nothing else.

Created by a data migration (``0002_procurement_staff_role``); give a user the group and
``is_staff`` and they can work in this app of the admin only.
"""

PROCUREMENT_STAFF = "Procurement staff"
MODELS = ("announcement", "position", "tenderaddendum", "clarification", "document", "documentversion")
ACTIONS = ("add", "change", "delete", "view")


def grant(apps, group_name=PROCUREMENT_STAFF):
    """Create the group (if needed) with every permission on this app's models; ``apps`` may be historical."""
    from django.contrib.auth.management import create_permissions

    app_config = apps.get_app_config("announcements")
    # Permissions are normally created after all migrations; this migration needs them now.
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _created = Group.objects.get_or_create(name=group_name)
    codenames = [f"{action}_{model}" for model in MODELS for action in ACTIONS]
    permissions = Permission.objects.filter(content_type__app_label="announcements", codename__in=codenames)
    group.permissions.add(*permissions)
    return group
