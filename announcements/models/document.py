"""Published documents (tender dossiers, addenda, terms of reference) and their earlier versions.

A document keeps one public URL by its id. Replacing its file moves the previous file, with its
checksum, into ``DocumentVersion`` rows that stay listed on the page; a document with earlier
versions cannot be deleted, so nobody can quietly swap what bidders downloaded.
"""

from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from announcements.models.announcement import Announcement, require_one_language
from announcements.models.tender import TenderAddendum
from mia_portal.documents.files import (
    StoredFileFields,
    checksum,
    document_storage,
    stored_name,
    validate_upload,
)
from mia_portal.publishing import can_preview, live


class DocumentLanguage(models.TextChoices):
    TAJIK = "tg", _("Tajik")
    RUSSIAN = "ru", _("Russian")
    ENGLISH = "en", _("English")
    SEVERAL = "mul", _("several languages")


class DocumentQuerySet(models.QuerySet):
    def public(self):
        """What the public may download: documents of live items, and of addenda already issued."""
        return self.filter(
            Q(addendum__isnull=True) | Q(addendum__issued_at__lte=timezone.now()),
            live("announcement__"),
        )

    def visible_to(self, user):
        return self if can_preview(user, Announcement) else self.public()

    def count_download(self, pk):
        """One more download, counted in the database so concurrent requests never lose one."""
        return self.filter(pk=pk).update(download_count=F("download_count") + 1)


class Document(StoredFileFields):
    announcement = models.ForeignKey(
        Announcement, verbose_name=_("announcement"), on_delete=models.CASCADE, related_name="documents"
    )
    addendum = models.ForeignKey(
        TenderAddendum,
        verbose_name=_("addendum"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="documents",
        help_text=_(
            "Leave empty for the dossier itself. Save a new addendum first, then attach its documents."
        ),
    )
    title = models.CharField(_("title"), max_length=255, blank=True)
    language = models.CharField(
        _("language of the document"),
        max_length=3,
        choices=DocumentLanguage,
        default=DocumentLanguage.TAJIK,
    )
    file = models.FileField(
        _("file"),
        upload_to=stored_name,
        storage=document_storage,
        max_length=255,
        validators=[validate_upload],
        help_text=_(
            "PDF, DOC, DOCX, XLS, XLSX, ODT, ODS or ZIP. Choosing a new file replaces this one at the same "
            "address; the earlier file stays listed with its checksum."
        ),
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    created_at = models.DateTimeField(_("first published"), auto_now_add=True)
    download_count = models.PositiveIntegerField(_("downloads"), default=0, editable=False)

    objects = DocumentQuerySet.as_manager()

    class Meta:
        verbose_name = _("document")
        verbose_name_plural = _("documents")
        ordering = ["order", "pk"]

    def __str__(self):
        return self.title or self.original_name

    def save(self, *args, **kwargs):
        replaced = None
        if self.file and not self.file._committed:
            previous = getattr(self, "_stored_name", None)
            if previous and checksum(self.file)[0] == self.sha256:
                self.file = previous  # the same bytes again: nothing to replace
            else:
                if previous:
                    replaced = DocumentVersion(
                        document=self,
                        file=previous,
                        original_name=self.original_name,
                        size=self.size,
                        content_type=self.content_type,
                        sha256=self.sha256,
                        uploaded_at=self.uploaded_at,
                    )
                self.record_upload(self.file)
        with transaction.atomic():
            super().save(*args, **kwargs)
            if replaced:
                replaced.save()
        self._stored_name = self.file.name

    def get_absolute_url(self):
        return reverse("announcements:document", kwargs={"pk": self.pk})

    def clean(self):
        require_one_language(self, "title", _("Give the document a title in at least one language."))
        if (
            self.addendum_id
            and self.announcement_id
            and self.addendum.announcement_id != self.announcement_id
        ):
            raise ValidationError({"addendum": _("Choose an addendum of this same tender.")})

    @classmethod
    def from_db(cls, db, field_names, values):
        instance = super().from_db(db, field_names, values)
        instance._stored_name = instance.__dict__.get("file")
        return instance

    def is_updated(self):
        """Replaced at least once (reads prefetched versions)."""
        return bool(self.versions.all())


class DocumentVersion(StoredFileFields):
    """An earlier file of a document, kept with its checksum when the document was replaced."""

    document = models.ForeignKey(
        Document, verbose_name=_("document"), on_delete=models.PROTECT, related_name="versions"
    )
    file = models.FileField(_("file"), upload_to=stored_name, storage=document_storage, max_length=255)
    replaced_at = models.DateTimeField(_("replaced"), auto_now_add=True)

    class Meta:
        verbose_name = _("earlier version")
        verbose_name_plural = _("earlier versions")
        ordering = ["-replaced_at", "-pk"]

    def __str__(self):
        return f"{self.original_name} ({self.sha256[:12]}…)"

    def get_absolute_url(self):
        return reverse("announcements:document_version", kwargs={"pk": self.document_id, "version": self.pk})
