"""Admin login throttling on top of django-axes, the address it counts by and its lockout page.

Two limits, both counted in the database (axes' ``AccessAttempt`` and ``AccessLog`` tables),
so that every app process on every host applies them alike:

- ``AXES_FAILURE_LIMIT`` wrong passwords for one account from one address lock that pair for
  ``AXES_COOLOFF_TIME``. Failures from an attacker's address never lock the owner out from
  theirs, and colleagues behind one office address never lock each other out.
- An account attacked from many addresses: once it has collected ``LOGIN_ACCOUNT_FAILURE_LIMIT``
  wrong passwords from anywhere within the cool-off time, it closes to every address it has
  never logged in from, for as long as the attack goes on and the cool-off time after it. Its
  owner still logs in from any address they logged in from before.
"""

import ipaddress

from axes.attempts import get_cool_off_threshold
from axes.handlers.database import AxesDatabaseHandler
from axes.helpers import get_client_username
from axes.models import AccessAttempt, AccessLog
from django.conf import settings
from django.contrib import admin
from django.db.models import Sum
from django.shortcuts import render
from django.utils.translation import gettext


def client_address(request):
    """The visitor's address (``AXES_CLIENT_IP_CALLABLE``).

    Behind ``TRUSTED_PROXY_COUNT`` proxies every connection comes from the nearest proxy; each
    proxy appends the address it was connected from to ``X-Forwarded-For``, so the visitor's
    is the one that many entries from the right. Entries further left are whatever the visitor
    chose to send and never count.
    """
    connected_from = request.META.get("REMOTE_ADDR", "")
    proxies = settings.TRUSTED_PROXY_COUNT
    if not proxies:
        return connected_from
    forwarded = request.headers.get("x-forwarded-for", "").split(",")
    if len(forwarded) < proxies:  # did not pass through every proxy (a health check, say)
        return connected_from
    try:
        return str(ipaddress.ip_address(forwarded[-proxies].strip()))
    except ValueError:
        return connected_from


class LoginThrottle(AxesDatabaseHandler):
    """axes' database handler (``AXES_HANDLER``), locking (account, address) pairs, plus the
    account's own limit for addresses its owner never used."""

    def is_locked(self, request, credentials=None):
        return super().is_locked(request, credentials) or self.is_closed_to_address(request, credentials)

    def user_login_failed(self, sender, credentials, request=None, **kwargs):
        super().user_login_failed(sender, credentials, request=request, **kwargs)
        # axes shows its lockout page when the pair reaches its limit; an account closed to
        # this address gets the same page rather than a misleading "wrong password".
        if request is None or request.axes_locked_out:
            return
        if self.is_closed_to_address(request, credentials):
            request.axes_locked_out = True
            request.axes_credentials = credentials

    def is_closed_to_address(self, request, credentials=None):
        username = get_client_username(request, credentials)
        if not username:
            return False
        since = get_cool_off_threshold(request)
        recent = AccessAttempt.objects.filter(username=username, attempt_time__gte=since)
        failures = recent.aggregate(total=Sum("failures_since_start"))["total"] or 0
        if failures < settings.LOGIN_ACCOUNT_FAILURE_LIMIT:
            return False
        return not AccessLog.objects.filter(username=username, ip_address=request.axes_ip_address).exists()


def lockout_response(request, original_response, credentials):
    """The lockout page (``AXES_LOCKOUT_CALLABLE``) in the admin's layout and language, under
    the site's name."""
    context = {**admin.site.each_context(request), "title": gettext("Too many failed logins")}
    return render(request, "admin/locked_out.html", context, status=settings.AXES_HTTP_RESPONSE_CODE)
