"""The admin site: two-factor login (TOTP through django-otp) and the staff's own settings.

Staff who have set up an authenticator app must give its code at every login. When
``ADMIN_REQUIRE_2FA`` is on, site administrators (superusers and the "Site administrators"
group) cannot open any admin page until they have set one up.
"""

import base64
import io
from functools import wraps

from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.contrib.admin.forms import AdminAuthenticationForm
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import get_language_info, gettext
from django.utils.translation import gettext_lazy as _
from django_otp import login as otp_login
from django_otp import user_has_device
from django_otp.forms import OTPAuthenticationFormMixin
from django_otp.plugins.otp_totp.models import TOTPDevice
from django_otp.qr import write_qrcode_image

from mia_portal.links import admin_views as link_views
from mia_portal.publishing import Publishable
from mia_portal.roles import SITE_ADMINISTRATORS


def must_use_two_factor(user):
    if not settings.ADMIN_REQUIRE_2FA:
        return False
    return user.is_superuser or user.groups.filter(name=SITE_ADMINISTRATORS).exists()


class TwoFactorAuthenticationForm(OTPAuthenticationFormMixin, AdminAuthenticationForm):
    """Password, then the authenticator code for staff who have one."""

    otp_token = forms.CharField(
        label=_("Code from the authenticator app"),
        required=False,
        max_length=8,
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric"}),
    )
    otp_error_messages = {
        "token_required": _("Enter the six-digit code from your authenticator app."),
        "challenge_exception": _("The code could not be checked. Try again."),
        "not_interactive": _("This device cannot be used here."),
        "challenge_message": _("Enter the code from your authenticator app."),
        "invalid_token": _("The code is wrong or has expired. Enter the current code."),
        "n_failed_attempts": _("Too many wrong codes. Wait a little and try again."),
        "verification_not_allowed": _("The code cannot be checked now. Try again later."),
    }

    def clean(self):
        cleaned_data = super().clean()
        user = self.get_user()
        if user is not None and user_has_device(user):
            self.clean_otp(user)
        return cleaned_data

    def _chosen_device(self, user):
        return TOTPDevice.objects.filter(user=user, confirmed=True).first()

    def _update_form(self, user):
        pass  # one kind of device only: nothing to choose


class TwoFactorSetupForm(forms.Form):
    token = forms.CharField(
        label=_("Code from the authenticator app"),
        max_length=8,
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric"}),
    )


class PortalAdminSite(admin.AdminSite):
    login_form = TwoFactorAuthenticationForm
    login_template = "admin/login.html"

    def has_permission(self, request):
        user = request.user
        if not super().has_permission(request):
            return False
        # Someone who set up a second factor is only trusted once it has been checked.
        return not user_has_device(user) or user.is_verified()

    def admin_view(self, view, cacheable=False):
        protected = super().admin_view(view, cacheable)

        @wraps(view)
        def enforce_setup(request, *args, **kwargs):
            user = request.user
            allowed = {
                reverse(f"{self.name}:{name}", current_app=self.name)
                for name in ("two_factor_setup", "logout", "jsi18n")
            }
            if (
                user.is_authenticated
                and request.path not in allowed
                and must_use_two_factor(user)
                and not user_has_device(user)
            ):
                return redirect(f"{self.name}:two_factor_setup")
            return protected(request, *args, **kwargs)

        return enforce_setup

    def get_urls(self):
        return [
            path("two-factor/", self.admin_view(self.two_factor_setup), name="two_factor_setup"),
            path("translations/", self.admin_view(self.translation_dashboard), name="translations"),
            path("links/search/", self.admin_view(link_views.item_search), name="item_link_search"),
            path("links/broken/", self.admin_view(self.broken_links), name="broken_links"),
            *super().get_urls(),
        ]

    def translation_dashboard(self, request):
        """Every item × Тоҷикӣ / Русский / English: missing, complete or out of date."""
        content_types = [
            model
            for model in self._registry
            if issubclass(model, Publishable)
            and request.user.has_perm(f"{model._meta.app_label}.change_{model._meta.model_name}")
        ]
        if not content_types:
            raise PermissionDenied
        keys = {model._meta.label_lower: model for model in content_types}
        model = keys.get(request.GET.get("type"), content_types[0])
        languages = [code for code, _name in settings.LANGUAGES]
        queryset = model.objects.order_by("-updated_at", "-pk")
        language, state = request.GET.get("language"), request.GET.get("state")
        if language in languages and state == "missing":
            queryset = queryset.missing_in(language)
        elif language in languages and state == "outdated":
            queryset = queryset.outdated_in(language)
        page = Paginator(queryset, 50).get_page(request.GET.get("page"))
        totals = model.objects.translation_totals()
        opts = model._meta
        rows = [
            {
                "item": item,
                "url": reverse(f"{self.name}:{opts.app_label}_{opts.model_name}_change", args=[item.pk]),
                "cells": [(code, item.translation_state(code)) for code in languages],
            }
            for item in page.object_list
        ]
        context = {
            **self.each_context(request),
            "title": gettext("Translations"),
            "content_types": [(key, model_._meta.verbose_name_plural) for key, model_ in keys.items()],
            "current_type": opts.label_lower,
            "languages": [(code, get_language_info(code)["name_local"]) for code in languages],
            "current_language": language,
            "current_state": state,
            "rows": rows,
            "page": page,
            "totals": [(code, totals[f"missing_{code}"], totals[f"outdated_{code}"]) for code in languages],
        }
        return TemplateResponse(request, "admin/translation_dashboard.html", context)

    def broken_links(self, request):
        return link_views.broken_links(request, self)

    def two_factor_setup(self, request):
        """Show a QR code for an authenticator app and confirm it with the first code."""
        user = request.user
        if user_has_device(user):
            messages.info(request, gettext("Two-factor login is already set up for your account."))
            return redirect("admin:index")
        device, _created = TOTPDevice.objects.get_or_create(
            user=user, confirmed=False, defaults={"name": gettext("Authenticator app")}
        )
        form = TwoFactorSetupForm(request.POST or None)
        if form.is_valid():
            if device.verify_token(form.cleaned_data["token"].strip()):
                device.confirmed = True
                device.save(update_fields=["confirmed"])
                otp_login(request, device)
                messages.success(request, gettext("Two-factor login is set up. Keep the phone safe."))
                return redirect("admin:index")
            form.add_error("token", gettext("The code is wrong or has expired. Enter the current code."))
        qr_svg = io.BytesIO()
        write_qrcode_image(device.config_url, qr_svg)
        context = {
            **self.each_context(request),
            "title": gettext("Set up two-factor login"),
            "form": form,
            "qr_code": "data:image/svg+xml;base64," + base64.b64encode(qr_svg.getvalue()).decode(),
            "secret": base64.b32encode(device.bin_key).decode(),
            "required": must_use_two_factor(user),
        }
        return TemplateResponse(request, "admin/two_factor_setup.html", context)
