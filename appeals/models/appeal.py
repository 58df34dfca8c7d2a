"""An appeal to the ministry (statement, complaint, proposal, request for information) and the
history of its states.

Received → registered (a registration number and a due date) → in work (a department and an
officer) → answered, forwarded to another body, or left without consideration. Everything the
applicant wrote and everything written to them is encrypted at rest (``appeals/encryption.py``).
"""

import hmac
from datetime import timedelta

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from appeals.encryption import EncryptedTextField, digest
from contacts.models import RegionalDepartment


class AppealQuerySet(models.QuerySet):
    def open(self):
        return self.filter(status__in=Appeal.OPEN_STATUSES)

    def closed(self):
        return self.exclude(status__in=Appeal.OPEN_STATUSES)

    def new(self):
        return self.filter(status=Appeal.Status.RECEIVED)

    def overdue(self, today=None):
        return self.open().filter(due_on__lt=today or timezone.localdate())

    def due_within(self, days, today=None):
        today = today or timezone.localdate()
        return self.open().filter(due_on__gte=today, due_on__lte=today + timedelta(days=days))

    def closed_before(self, moment):
        return self.closed().filter(closed_at__lt=moment)

    def of_applicant(self, email):
        return self.filter(email_digest=digest(email))

    def visible_to(self, user):
        """Every appeal, or only its department's for an officer of a regional department."""
        membership = getattr(user, "appeals_membership", None) if not user.is_superuser else None
        if membership is None:
            return self
        department = membership.department_id
        return self.filter(models.Q(department=department) | models.Q(assigned_department=department))


class Appeal(models.Model):
    class Kind(models.TextChoices):
        STATEMENT = "statement", _("statement")
        COMPLAINT = "complaint", _("complaint")
        PROPOSAL = "proposal", _("proposal")
        INFORMATION = "information", _("request for information")

    class Status(models.TextChoices):
        RECEIVED = "received", _("received")
        REGISTERED = "registered", _("registered")
        IN_WORK = "in_work", _("in work")
        ANSWERED = "answered", _("answered")
        FORWARDED = "forwarded", _("forwarded to another body")
        DISMISSED = "dismissed", _("left without consideration")

    OPEN_STATUSES = (Status.RECEIVED, Status.REGISTERED, Status.IN_WORK)
    KIND_CODES = {Kind.STATEMENT: "S", Kind.COMPLAINT: "C", Kind.PROPOSAL: "P", Kind.INFORMATION: "I"}

    # Made from the id once the row has one: empty (NULL, which unique allows many times) until then.
    number = models.CharField(  # noqa: DJ001
        _("receipt number"), max_length=20, unique=True, null=True, editable=False
    )
    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices)
    department = models.ForeignKey(
        RegionalDepartment,
        verbose_name=_("addressed to"),
        on_delete=models.PROTECT,
        related_name="+",
        null=True,
        blank=True,
        help_text=_("Empty: the applicant did not know which department."),
    )
    language = models.CharField(_("language"), max_length=5, choices=settings.LANGUAGES)
    name = EncryptedTextField(_("name"))
    postal_address = EncryptedTextField(_("postal address"), blank=True)
    email = EncryptedTextField(_("e-mail"), blank=True)
    phone = EncryptedTextField(_("phone"), blank=True)
    text = EncryptedTextField(_("text of the appeal"))
    # Keyed digests: equal values found without decrypting (limits, duplicates, data export).
    email_digest = models.CharField(max_length=64, blank=True, db_index=True, editable=False)
    text_digest = models.CharField(max_length=64, db_index=True, editable=False)
    tracking_code_digest = models.CharField(max_length=64, editable=False)
    form_token = models.CharField(max_length=64, unique=True, editable=False)
    consent_at = models.DateTimeField(_("consent given at"))
    received_at = models.DateTimeField(_("received at"), default=timezone.now, db_index=True)

    status = models.CharField(_("status"), max_length=12, choices=Status.choices, default=Status.RECEIVED)
    registration_number = models.CharField(_("registration number"), max_length=24, blank=True)
    registered_at = models.DateTimeField(_("registered at"), null=True, blank=True)
    needs_study = models.BooleanField(
        _("needs further study"),
        default=False,
        help_text=_("The longer answer term applies; set before registering."),
    )
    due_on = models.DateField(_("answer due by"), null=True, blank=True, db_index=True)
    is_extended = models.BooleanField(_("term extended"), default=False)
    assigned_department = models.ForeignKey(
        RegionalDepartment,
        verbose_name=_("department in charge"),
        on_delete=models.PROTECT,
        related_name="+",
        null=True,
        blank=True,
    )
    officer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("officer in charge"),
        on_delete=models.PROTECT,
        related_name="+",
        null=True,
        blank=True,
    )
    forwarded_to = models.CharField(_("forwarded to"), max_length=255, blank=True)
    forwarding_notice = EncryptedTextField(_("notice to the applicant"), blank=True)
    dismissal_reason = EncryptedTextField(_("reason left without consideration"), blank=True)
    answer = EncryptedTextField(_("answer"), blank=True)
    answered_at = models.DateTimeField(_("answered at"), null=True, blank=True)
    closed_at = models.DateTimeField(_("closed at"), null=True, blank=True)
    # The days the officer was reminded of it, and the office sent it in the overdue list:
    # the reminders' command runs any number of times a day and mails once.
    reminded_on = models.DateField(null=True, blank=True, editable=False)
    overdue_listed_on = models.DateField(null=True, blank=True, editable=False)

    objects = AppealQuerySet.as_manager()

    class Meta:
        verbose_name = _("appeal")
        verbose_name_plural = _("appeals")
        ordering = ["-received_at", "-pk"]
        get_latest_by = "received_at"
        constraints = [
            models.UniqueConstraint(
                fields=["registration_number"],
                condition=~models.Q(registration_number=""),
                name="appeal_registration_number_unique",
            )
        ]

    def __str__(self):
        return self.registration_number or self.number or str(self.pk)

    def save(self, *args, **kwargs):
        self.email_digest = digest(self.email) if self.email else ""
        self.text_digest = digest(self.text)
        super().save(*args, **kwargs)
        if not self.number:
            self.number = f"{timezone.localtime(self.received_at):%Y}-{self.pk:05d}"
            type(self).objects.filter(pk=self.pk).update(number=self.number)

    def set_tracking_code(self, code):
        self.tracking_code_digest = digest(code.replace("-", ""))

    def has_tracking_code(self, code):
        return hmac.compare_digest(self.tracking_code_digest, digest(code.replace("-", "")))

    @property
    def is_open(self):
        return self.status in self.OPEN_STATUSES

    def is_overdue(self, today=None):
        return self.is_open and self.due_on is not None and self.due_on < (today or timezone.localdate())

    @property
    def is_answered_on_time(self):
        return bool(self.answered_at and self.due_on and timezone.localdate(self.answered_at) <= self.due_on)


class AppealEvent(models.Model):
    """A state the appeal entered: the history its applicant reads on the status page."""

    appeal = models.ForeignKey(Appeal, on_delete=models.CASCADE, related_name="events")
    status = models.CharField(_("status"), max_length=12, choices=Appeal.Status.choices)
    at = models.DateTimeField(_("when"), default=timezone.now)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("by"), on_delete=models.SET_NULL, null=True, related_name="+"
    )

    class Meta:
        verbose_name = _("state of an appeal")
        verbose_name_plural = _("states of appeals")
        ordering = ["at", "pk"]

    def __str__(self):
        return f"{self.appeal}: {self.get_status_display()}"
