"""The positions a vacancy offers: "1 international expert (Dushanbe)", "3 local experts"."""

from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from announcements.models.announcement import Announcement, require_one_language


class Recruitment(models.TextChoices):
    INTERNATIONAL = "international", _("international")
    LOCAL = "local", _("local")


class Position(models.Model):
    """One position of a vacancy: "1 international expert (Dushanbe)", "3 local experts"."""

    announcement = models.ForeignKey(
        Announcement, verbose_name=_("vacancy"), on_delete=models.CASCADE, related_name="positions"
    )
    title = models.CharField(_("position"), max_length=255, blank=True)
    posts = models.PositiveSmallIntegerField(
        _("number of posts"), default=1, validators=[MinValueValidator(1)]
    )
    recruitment = models.CharField(
        _("international or local"), max_length=16, choices=Recruitment, default=Recruitment.LOCAL
    )
    duty_station = models.CharField(_("duty station"), max_length=255, blank=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("position")
        verbose_name_plural = _("positions")
        ordering = ["order", "pk"]

    def __str__(self):
        return f"{self.title} × {self.posts}"

    def clean(self):
        require_one_language(self, "title", _("Name the position in at least one language."))
