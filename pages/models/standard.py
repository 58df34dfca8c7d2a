"""The plain page: a title, a lead and rich text."""

from django.utils.translation import gettext_lazy as _

from pages.models.page import Page


class StandardPage(Page):
    required_translations = ("title", "body")

    class Meta:
        verbose_name = _("plain page")
        verbose_name_plural = _("plain pages")
