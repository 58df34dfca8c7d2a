"""Security headers that Django's own SecurityMiddleware does not send."""

from csp.middleware import CSPMiddleware
from django.conf import settings
from django.core.exceptions import SuspiciousOperation


class SecurityHeadersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        # No page or parameter of ours has a use for NUL; PostgreSQL refuses it in text, so
        # it would otherwise surface as a 500 deep in a query.
        if "\x00" in request.path or any(
            "\x00" in key or "\x00" in value for key, values in request.GET.lists() for value in values
        ):
            raise SuspiciousOperation("NUL character in the request")
        response = self.get_response(request)
        response.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        response.setdefault("Cross-Origin-Resource-Policy", "same-origin")
        return response


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """The site-wide policy, widened only as far as the admin's editors need.

    CKEditor 5 and the Django admin set inline styles and preview images from blob: URLs;
    scripts stay restricted to the site's own files everywhere.
    """

    admin_update = {"style-src": ["'unsafe-inline'"], "img-src": ["blob:"]}

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if not report_only and request.path_info.startswith("/" + settings.ADMIN_PATH):
            parts.update = {**(parts.update or {}), **self.admin_update}
        return parts
