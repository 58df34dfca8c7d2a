"""A Mobile reporter tip: what happened, where and when, with evidence; contacts optional.

Anonymous tips are accepted and get no answer. What the reporter wrote, where they were and
how to reach them are encrypted at rest.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from appeals.encryption import EncryptedTextField, digest
from contacts.models import District


class TipQuerySet(models.QuerySet):
    def new(self):
        return self.filter(status=Tip.Status.NEW)

    def closed_before(self, moment):
        return self.filter(status=Tip.Status.CHECKED, checked_at__lt=moment)

    def of_reporter(self, email):
        return self.filter(email_digest=digest(email))

    def visible_to(self, user):
        """Every tip, or only those from its region for an officer of a regional department."""
        membership = getattr(user, "appeals_membership", None) if not user.is_superuser else None
        if membership is None:
            return self
        return self.filter(district__region=membership.department.region_id)


class Tip(models.Model):
    class Kind(models.TextChoices):
        OFFENCE = "offence", _("offence")
        ROAD_ACCIDENT = "road_accident", _("road accident")
        FIRE = "fire", _("fire")
        OTHER = "other", _("other")

    class Status(models.TextChoices):
        NEW = "new", _("new")
        CHECKED = "checked", _("checked")

    # Made from the id once the row has one: empty (NULL, which unique allows many times) until then.
    number = models.CharField(  # noqa: DJ001
        _("receipt number"), max_length=20, unique=True, null=True, editable=False
    )
    kind = models.CharField(_("what happened"), max_length=16, choices=Kind.choices)
    district = models.ForeignKey(
        District, verbose_name=_("district or city"), on_delete=models.PROTECT, null=True, blank=True
    )
    place = EncryptedTextField(_("address or description of the place"))
    latitude = EncryptedTextField(_("latitude"), blank=True)
    longitude = EncryptedTextField(_("longitude"), blank=True)
    occurred_at = models.DateTimeField(_("when it happened"), null=True, blank=True)
    description = EncryptedTextField(_("description"))
    name = EncryptedTextField(_("name"), blank=True)
    phone = EncryptedTextField(_("phone"), blank=True)
    email = EncryptedTextField(_("e-mail"), blank=True)
    email_digest = models.CharField(max_length=64, blank=True, db_index=True, editable=False)
    text_digest = models.CharField(max_length=64, db_index=True, editable=False)
    form_token = models.CharField(max_length=64, unique=True, editable=False)
    language = models.CharField(_("language"), max_length=5, choices=settings.LANGUAGES)
    consent_at = models.DateTimeField(_("consent given at"), null=True, blank=True)
    received_at = models.DateTimeField(_("received at"), default=timezone.now, db_index=True)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.NEW)
    checked_at = models.DateTimeField(_("checked at"), null=True, blank=True)
    note = EncryptedTextField(_("office note"), blank=True)

    objects = TipQuerySet.as_manager()

    class Meta:
        verbose_name = _("Mobile reporter tip")
        verbose_name_plural = _("Mobile reporter tips")
        ordering = ["-received_at", "-pk"]
        get_latest_by = "received_at"

    def __str__(self):
        return self.number or str(self.pk)

    def save(self, *args, **kwargs):
        self.email_digest = digest(self.email) if self.email else ""
        self.text_digest = digest(self.description)
        super().save(*args, **kwargs)
        if not self.number:
            self.number = f"T-{timezone.localtime(self.received_at):%Y}-{self.pk:05d}"
            type(self).objects.filter(pk=self.pk).update(number=self.number)

    @property
    def is_anonymous(self):
        return not (self.name or self.phone or self.email)
