"""The leadership: a page listing its persons (its subpages, in the editor's order)."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from pages.models.page import Page
from photos.models import Photo


class LeadershipPage(Page):
    class Meta:
        verbose_name = _("leadership page")
        verbose_name_plural = _("leadership pages")


class PersonPage(Page):
    """A member of the leadership; the page's title is the name, its text the biography."""

    main_photo_field = "portrait"

    rank = models.CharField(
        _("rank"), max_length=255, blank=True, help_text=_("e.g. Lieutenant General of Militia")
    )
    post = models.CharField(_("post"), max_length=255, blank=True, help_text=_("e.g. Deputy Minister"))
    reception_hours = models.TextField(
        _("reception of citizens"),
        blank=True,
        help_text=_("Days, hours and place where the person receives citizens."),
    )
    portrait = models.ForeignKey(
        Photo,
        verbose_name=_("portrait"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="person_portraits",
        help_text=_("Shown on the person's page and, cut around its focal point, on the leadership card."),
    )

    class Meta:
        verbose_name = _("person")
        verbose_name_plural = _("persons")
