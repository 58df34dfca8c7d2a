"""What the admin shows for models whose code is not ours, in the reader's language.

Django keeps group and permission names as plain text, and its automatic many-to-many rows
have English names only; django-otp writes every label in English without gettext; django-axes
names its records in English. The stored data stays as it is (code and the roles' data
migration look groups up by their English names; ``migrate`` writes the permission names):
only what people read goes through gettext. The packages' own English strings are the msgids,
so their Tajik and Russian live in ``locale/admin/`` beside the other corrections of
third-party catalogs.

Labels are changed on the model's ``_meta`` and fields at start-up, never in the models'
migration state (``makemigrations`` compares the options a model was declared with, and runs
with translation off, where a lazy msgid equals the package's own string).
"""

from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.apps import apps
from django.contrib import admin
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.utils import formats, timezone, translation
from django.utils.translation import gettext, gettext_lazy, pgettext_lazy
from django.utils.translation import gettext_lazy as _
from django_otp.plugins.otp_totp.models import TOTPDevice

from mia_portal import mail_admin

APP_NAMES = {
    "axes": _("Login attempts"),
    "otp_totp": _("Two-factor login"),
}

# Django names every permission "Can <action> <model>" in English when it creates it.
PERMISSION_ACTIONS = {
    "add": pgettext_lazy("permission", "add"),
    "change": pgettext_lazy("permission", "change"),
    "delete": pgettext_lazy("permission", "delete"),
    "view": pgettext_lazy("permission", "view"),
}


def group_name(group):
    """The staff roles are stored under their English names (mia_portal/roles.py)."""
    return gettext(group.name)


def permission_name(permission):
    """«News | article | add»: the content type and the action, both translated."""
    content_type = permission.content_type
    action, _sep, model_name = permission.codename.partition("_")
    if action in PERMISSION_ACTIONS and model_name == content_type.model:
        name = PERMISSION_ACTIONS[action]
    else:
        name = gettext(permission.name)
    return f"{content_type} | {name}"


def access_record_name(record):
    """An axes record by who, from where and when: words in no language at all."""
    parts = [record.username or "—", record.ip_address or "—"]
    if record.attempt_time:
        parts.append(formats.date_format(timezone.localtime(record.attempt_time), "SHORT_DATETIME_FORMAT"))
    return " · ".join(parts)


def through_gettext(text):
    """A package's English label, looked up in the catalogs whenever it is shown."""
    if not text:
        return text
    with translation.override(None):  # the English words (a derived plural is lazy too)
        return gettext_lazy(str(text))


def translate_package_labels(model):
    opts = model._meta
    opts.verbose_name = through_gettext(opts.verbose_name)
    opts.verbose_name_plural = through_gettext(opts.verbose_name_plural)
    for field in opts.concrete_fields:
        field.verbose_name = through_gettext(field.verbose_name)
        field.help_text = through_gettext(field.help_text)


def name_link_rows():
    """The rows linking users, groups and permissions, as the delete confirmation lists them."""
    user_model = get_user_model()
    links = [
        (Group.permissions.through, "permission", _("permission of a group"), _("permissions of groups")),
        (user_model.groups.through, "group", _("membership of a group"), _("memberships of groups")),
        (
            user_model.user_permissions.through,
            "permission",
            _("permission of a user"),
            _("permissions of users"),
        ),
    ]
    for through, target, verbose_name, verbose_name_plural in links:
        through._meta.verbose_name = verbose_name
        through._meta.verbose_name_plural = verbose_name_plural
        through.__str__ = lambda row, target=target: str(getattr(row, target))


def install():
    for label, name in APP_NAMES.items():
        apps.get_app_config(label).verbose_name = name
    Group.__str__ = group_name
    Permission.__str__ = permission_name
    name_link_rows()
    translate_package_labels(TOTPDevice)
    for model in (AccessAttempt, AccessLog, AccessFailureLog):
        model.__str__ = access_record_name
    mail_admin.install(admin.site)
