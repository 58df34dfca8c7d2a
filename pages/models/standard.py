"""The plain page: a title, a lead, rich text, a main photo and a gallery from the library."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from pages.models.page import Page
from photos.models import Photo


class StandardPage(Page):
    photo = models.ForeignKey(
        Photo,
        verbose_name=_("main photo"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="standard_pages",
        help_text=_("Shown above the text and, cut around its focal point, on social networks."),
    )

    required_translations = ("title", "body")
    main_photo_field = "photo"

    class Meta:
        verbose_name = _("plain page")
        verbose_name_plural = _("plain pages")


class PagePhoto(models.Model):
    """A photo of a plain page's gallery, in the editor's order."""

    page = models.ForeignKey(
        StandardPage, verbose_name=_("page"), on_delete=models.CASCADE, related_name="gallery"
    )
    photo = models.ForeignKey(
        Photo, verbose_name=_("photo"), on_delete=models.PROTECT, related_name="page_gallery_rows"
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("gallery photo")
        verbose_name_plural = _("gallery photos")
        ordering = ["order", "pk"]

    def __str__(self):
        return str(self.photo)
