"""Evidence received with an appeal or a tip, kept as it came; and the record of every opening
of an appeal or a tip by the office."""

from django.conf import settings
from django.db import models, transaction
from django.db.models.signals import post_delete
from django.dispatch import receiver
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from appeals.encryption import EncryptedTextField
from appeals.evidence import evidence_storage, stored_name
from appeals.models.appeal import Appeal
from appeals.models.tip import Tip


class Attachment(models.Model):
    """A photo, video or PDF exactly as received (never re-encoded: it is evidence), with the
    SHA-256 of its bytes taken at receipt, so that anyone can later show it is unchanged."""

    class Kind(models.TextChoices):
        PHOTO = "photo", _("photo")
        VIDEO = "video", _("video")
        PDF = "pdf", _("PDF document")

    appeal = models.ForeignKey(
        Appeal, verbose_name=_("appeal"), on_delete=models.CASCADE, related_name="attachments", null=True
    )
    tip = models.ForeignKey(
        Tip, verbose_name=_("tip"), on_delete=models.CASCADE, related_name="attachments", null=True
    )
    file = models.FileField(_("file"), upload_to=stored_name, storage=evidence_storage, max_length=255)
    kind = models.CharField(_("kind"), max_length=8, choices=Kind.choices)
    content_type = models.CharField(_("content type"), max_length=40)
    size = models.PositiveBigIntegerField(_("size in bytes"))
    sha256 = models.CharField(_("SHA-256"), max_length=64)
    original_name = EncryptedTextField(_("file name as sent"), blank=True)
    received_at = models.DateTimeField(_("received at"), default=timezone.now)

    class Meta:
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")
        ordering = ["pk"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(appeal__isnull=False, tip__isnull=True)
                | models.Q(appeal__isnull=True, tip__isnull=False),
                name="attachment_of_one_appeal_or_tip",
            )
        ]

    def __str__(self):
        return f"{self.get_kind_display()} {self.sha256[:12]}"

    @property
    def download_name(self):
        owner = self.appeal or self.tip
        return f"{owner}-{self.pk}{self.file.name[self.file.name.rfind('.') :]}"


@receiver(post_delete, sender=Attachment)
def _delete_file(sender, instance, **kwargs):
    # Once the row is surely gone: a rolled-back deletion keeps its evidence.
    name, storage = instance.file.name, instance.file.storage
    if name:
        transaction.on_commit(lambda: storage.delete(name))


class Opening(models.Model):
    """Someone of the office opened an appeal or a tip in the admin."""

    appeal = models.ForeignKey(Appeal, on_delete=models.CASCADE, related_name="openings", null=True)
    tip = models.ForeignKey(Tip, on_delete=models.CASCADE, related_name="openings", null=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
    )
    username = models.CharField(_("user name"), max_length=150)
    opened_at = models.DateTimeField(_("opened at"), default=timezone.now)

    class Meta:
        verbose_name = _("opening")
        verbose_name_plural = _("openings")
        ordering = ["-opened_at", "-pk"]

    def __str__(self):
        return f"{self.username} {self.opened_at:%Y-%m-%d %H:%M}"
