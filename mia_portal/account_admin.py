"""The admins of accounts, from Django and the login packages, fitted to the site: staff users
(no superuser rights given or touched by others), failed logins and authenticator devices,
in the admin's language."""

from axes.admin import AccessAttemptAdmin, AccessFailureLogAdmin
from axes.models import AccessAttempt, AccessFailureLog
from django.contrib import admin
from django.contrib.auth.admin import UserAdmin
from django.contrib.auth.models import User
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django_otp.plugins.otp_totp.admin import TOTPDeviceAdmin
from django_otp.plugins.otp_totp.models import TOTPDevice

from mia_portal.yes_no import YesNoColumns, yes_no_icon

SUPERUSER_STATUS = {"is_superuser": "superuser_status"}

admin.site.unregister(User)


@admin.register(User)
class StaffUserAdmin(YesNoColumns, UserAdmin):
    """Site administrators manage staff accounts, but never grant or touch superuser rights."""

    def get_readonly_fields(self, request, obj=None):
        fields = super().get_readonly_fields(request, obj)
        if not request.user.is_superuser:
            fields = (*fields, "superuser_status", "user_permissions")
        return fields

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        if request.user.is_superuser:
            return fieldsets
        # Shown to the others, never offered: a yes/no icon in place of the box.
        return [
            (name, {**options, "fields": [SUPERUSER_STATUS.get(field, field) for field in options["fields"]]})
            for name, options in fieldsets
        ]

    @admin.display(description=User._meta.get_field("is_superuser").verbose_name)
    def superuser_status(self, obj):
        return yes_no_icon(obj.is_superuser)

    def has_change_permission(self, request, obj=None):
        if obj is not None and obj.is_superuser and not request.user.is_superuser:
            return False
        return super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        if obj is not None and obj.is_superuser and not request.user.is_superuser:
            return False
        return super().has_delete_permission(request, obj)


admin.site.unregister(AccessAttempt)


@admin.register(AccessAttempt)
class LoginAttemptAdmin(AccessAttemptAdmin):
    """django-axes' list of failed logins, whose status column has no heading of its own."""

    @admin.display(description=_("Status"))
    def status(self, obj):
        return super().status(obj)


admin.site.unregister(AccessFailureLog)


@admin.register(AccessFailureLog)
class LoginFailureAdmin(YesNoColumns, AccessFailureLogAdmin):
    """django-axes' log of failed logins, with its "locked out" column in the admin's language."""


admin.site.unregister(TOTPDevice)


@admin.register(TOTPDevice)
class AuthenticatorAdmin(YesNoColumns, TOTPDeviceAdmin):
    """django-otp's device admin, whose headings and search hint are written in English only."""

    search_help_text = _("Search by the user's name or email address")

    def get_fieldsets(self, request, obj=None):
        # The package's own English headings are the msgids (translated in locale/admin/).
        fieldsets = super().get_fieldsets(request, obj)
        return [(gettext(name) if name else None, options) for name, options in fieldsets]
