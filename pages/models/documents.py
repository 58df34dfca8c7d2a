"""Documents pages: laws, codes, decrees, orders and regulations, each with its file, and the
plain page's attached files. Files go through the document intake (``mia_portal.documents``)."""

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from mia_portal.documents.files import StoredFileFields, document_storage, stored_name, validate_upload
from mia_portal.publishing import can_preview
from pages.models.page import Page
from pages.models.standard import StandardPage

FILE_HELP = _("PDF, DOC, DOCX, XLS, XLSX, ODT, ODS or ZIP, checked by its content.")


class DocumentsPage(Page):
    class Meta:
        verbose_name = _("documents page")
        verbose_name_plural = _("documents pages")


class DocumentKind(models.TextChoices):
    LAW = "law", _("Law")
    CODE = "code", _("Code")
    DECREE = "decree", _("Decree")
    RESOLUTION = "resolution", _("Resolution")
    ORDER = "order", _("Order")
    REGULATION = "regulation", _("Regulation")
    INSTRUCTION = "instruction", _("Instruction")


class PageFileQuerySet(models.QuerySet):
    def public(self):
        """Files of pages the public can reach."""
        return self.filter(page__in=Page.objects.public())

    def visible_to(self, user):
        return self if can_preview(user, Page) else self.public()


class PageFile(StoredFileFields):
    """A file published on a page: stored and served as tender documents are."""

    file = models.FileField(
        _("file"),
        upload_to=stored_name,
        storage=document_storage,
        max_length=255,
        validators=[validate_upload],
        help_text=FILE_HELP,
    )

    objects = PageFileQuerySet.as_manager()

    class Meta:
        abstract = True

    def __str__(self):
        return self.title or self.original_name

    def save(self, *args, **kwargs):
        if self.file and not self.file._committed:
            self.record_upload(self.file)
        super().save(*args, **kwargs)


class LegalDocument(PageFile):
    page = models.ForeignKey(
        DocumentsPage, verbose_name=_("page"), on_delete=models.CASCADE, related_name="documents"
    )
    kind = models.CharField(_("kind"), max_length=16, choices=DocumentKind)
    number = models.CharField(_("number"), max_length=50, blank=True)
    date = models.DateField(_("date"))
    issued_by = models.CharField(
        _("issued by"),
        max_length=255,
        blank=True,
        help_text=_("e.g. Majlisi Oli of the Republic of Tajikistan"),
    )
    title = models.CharField(_("title"), max_length=500, blank=True)
    created_at = models.DateTimeField(_("added"), auto_now_add=True)
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)

    class Meta:
        verbose_name = _("legal document")
        verbose_name_plural = _("legal documents")
        ordering = ["-date", "-pk"]

    def get_absolute_url(self):
        return reverse("pages:document", kwargs={"pk": self.pk})


class PageAttachment(PageFile):
    page = models.ForeignKey(
        StandardPage, verbose_name=_("page"), on_delete=models.CASCADE, related_name="attachments"
    )
    title = models.CharField(_("title"), max_length=255, blank=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("attached file")
        verbose_name_plural = _("attached files")
        ordering = ["order", "pk"]

    def get_absolute_url(self):
        return reverse("pages:attachment", kwargs={"pk": self.pk})
