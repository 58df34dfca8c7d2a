"""The outgoing mail queue in the admin, in the reader's language.

django-mailer's own admin speaks English only and its "send" action would talk to the mail
server inside the request; these classes replace it. Administrators see what waits, what is
retried and what failed (with the server's answer), and can queue a failed message again for
the worker. Its list of addresses not to write to is left out: the queue (``EMAIL_BACKEND``)
does not consult it.
"""

from django.apps import apps
from django.conf import settings
from django.contrib import admin, messages
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from mailer.models import PRIORITY_DEFERRED, PRIORITY_MEDIUM, RESULT_FAILURE, RESULT_SUCCESS, DontSendEntry
from mailer.models import Message as QueuedMessage
from mailer.models import MessageLog as DeliveryAttempt

from mia_portal.mail_queue import failed_messages, retrying_messages

RESULTS = {RESULT_SUCCESS: _("Sent"), RESULT_FAILURE: _("Not sent")}


def server_answer(text):
    """Mail servers answer in English: marked so, for screen readers."""
    return format_html('<span lang="en">{}</span>', text) if text else "—"


def addresses(email):
    return ", ".join(email.to + email.cc + email.bcc) if email else "—"


STATES = {"waiting": _("Waiting"), "retrying": _("Waiting for another try"), "failed": _("Failed")}


class QueuedMessageState(admin.SimpleListFilter):
    title = _("state")
    parameter_name = "state"

    def lookups(self, request, model_admin):
        return list(STATES.items())

    def queryset(self, request, queryset):
        chosen = {
            "waiting": QueuedMessage.objects.non_deferred,
            "retrying": retrying_messages,
            "failed": failed_messages,
        }.get(self.value())
        return queryset & chosen() if chosen else queryset


class MessageAdmin(admin.ModelAdmin):
    list_display = ["subject", "recipients", "queued_at", "state"]
    list_filter = [QueuedMessageState]
    date_hierarchy = "when_added"
    fields = readonly_fields = [
        "subject",
        "sender",
        "recipients",
        "queued_at",
        "state",
        "tries",
        "last_error",
        "body",
    ]
    actions = ["queue_again"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    @admin.display(description=_("subject"))
    def subject(self, message):
        return message.subject or "—"

    @admin.display(description=_("sender"))
    def sender(self, message):
        email = message.email
        return email.from_email if email else "—"

    @admin.display(description=_("recipients"))
    def recipients(self, message):
        return addresses(message.email)

    @admin.display(description=_("queued at"), ordering="when_added")
    def queued_at(self, message):
        return message.when_added

    @admin.display(description=_("state"))
    def state(self, message):
        if message.priority != PRIORITY_DEFERRED:
            return STATES["waiting"]
        if message.retry_count >= settings.MAILER_EMAIL_MAX_RETRIES:
            return STATES["failed"]
        return STATES["retrying"]

    @admin.display(description=_("tries that failed"))
    def tries(self, message):
        return self.attempts(message).filter(result=RESULT_FAILURE).count()

    @admin.display(description=_("the mail server's last answer"))
    def last_error(self, message):
        attempt = self.attempts(message).filter(result=RESULT_FAILURE).order_by("-when_attempted").first()
        return server_answer(attempt.log_message if attempt else "")

    @admin.display(description=_("text"))
    def body(self, message):
        return getattr(message.email, "body", "—")

    @staticmethod
    def attempts(message):
        return DeliveryAttempt.objects.filter(message_data=message.message_data)

    @admin.action(description=_("Send the selected messages again"), permissions=["delete"])
    def queue_again(self, request, queryset):
        """Back to the queue as if just written; the worker sends them (never this request)."""
        count = queryset.update(priority=PRIORITY_MEDIUM, retry_count=0, when_added=timezone.now())
        self.message_user(
            request,
            ngettext("%(count)d message will be sent again.", "%(count)d messages will be sent again.", count)
            % {"count": count},
            messages.SUCCESS,
        )


class DeliveryAttemptResult(admin.SimpleListFilter):
    title = _("result")
    parameter_name = "result"

    def lookups(self, request, model_admin):
        return list(RESULTS.items())

    def queryset(self, request, queryset):
        return queryset.filter(result=self.value()) if self.value() in RESULTS else queryset


class MessageLogAdmin(admin.ModelAdmin):
    list_display = ["subject", "recipients", "attempted_at", "outcome", "answer"]
    list_filter = [DeliveryAttemptResult]
    date_hierarchy = "when_attempted"
    fields = readonly_fields = ["subject", "recipients", "attempted_at", "outcome", "answer", "identifier"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    @admin.display(description=_("subject"))
    def subject(self, attempt):
        return attempt.subject or "—"

    @admin.display(description=_("recipients"))
    def recipients(self, attempt):
        return addresses(attempt.email)

    @admin.display(description=_("tried at"), ordering="when_attempted")
    def attempted_at(self, attempt):
        return attempt.when_attempted

    @admin.display(description=_("result"))
    def outcome(self, attempt):
        return RESULTS.get(attempt.result, attempt.result)

    @admin.display(description=_("the mail server's answer"))
    def answer(self, attempt):
        return server_answer(attempt.log_message)

    @admin.display(description=_("message identifier (Message-ID)"))
    def identifier(self, attempt):
        return attempt.message_id or "—"


def install(site):
    apps.get_app_config("mailer").verbose_name = _("Outgoing mail")
    QueuedMessage._meta.verbose_name = _("outgoing message")
    QueuedMessage._meta.verbose_name_plural = _("outgoing messages")
    DeliveryAttempt._meta.verbose_name = _("sending attempt")
    DeliveryAttempt._meta.verbose_name_plural = _("sending attempts")
    # Named in the permissions a role can be given, though it has no admin page.
    DontSendEntry._meta.verbose_name = _("address not to write to")
    DontSendEntry._meta.verbose_name_plural = _("addresses not to write to")
    for model in (QueuedMessage, DeliveryAttempt, DontSendEntry):
        if site.is_registered(model):
            site.unregister(model)
    site.register(QueuedMessage, MessageAdmin)
    site.register(DeliveryAttempt, MessageLogAdmin)
