"""What a tender gathers after it is published: numbered addenda to its dossier, and bidders'
questions with the ministry's answers."""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Max
from django.utils import timezone
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from announcements.models.announcement import DUSHANBE_TIME, Announcement, require_one_language
from mia_portal.translation_status import LANGUAGE_CODES


class TenderAddendumQuerySet(models.QuerySet):
    def issued(self):
        return self.filter(issued_at__lte=timezone.now())


class TenderAddendum(models.Model):
    """A numbered, dated change to a tender's dossier; the public sees them in order."""

    announcement = models.ForeignKey(
        Announcement, verbose_name=_("tender"), on_delete=models.CASCADE, related_name="addenda"
    )
    number = models.PositiveSmallIntegerField(
        _("number"), blank=True, help_text=_("Leave empty to take the next number.")
    )
    issued_at = models.DateTimeField(
        _("issued"),
        default=timezone.now,
        help_text=format_lazy("{} {}", _("Shown to the public from this moment."), DUSHANBE_TIME),
    )
    text = models.TextField(_("text"), blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)

    objects = TenderAddendumQuerySet.as_manager()

    class Meta:
        verbose_name = _("addendum")
        verbose_name_plural = _("addenda")
        ordering = ["announcement", "number"]
        constraints = [
            models.UniqueConstraint(fields=["announcement", "number"], name="announcements_addendum_number"),
        ]

    def __str__(self):
        return str(_("Addendum No. %(number)s")) % {"number": self.number or "…"}

    def save(self, *args, **kwargs):
        if not self.number:
            last = TenderAddendum.objects.filter(announcement_id=self.announcement_id).aggregate(
                Max("number")
            )
            self.number = (last["number__max"] or 0) + 1
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return f"{self.announcement.get_absolute_url()}#addendum-{self.number}"


class Clarification(models.Model):
    """A bidder's question and the ministry's answer, published without the bidder's name."""

    announcement = models.ForeignKey(
        Announcement, verbose_name=_("tender"), on_delete=models.CASCADE, related_name="clarifications"
    )
    question = models.TextField(
        _("question"), blank=True, help_text=_("Published without the name of who asked.")
    )
    answer = models.TextField(_("answer"), blank=True)
    asked_on = models.DateField(_("asked on"), default=timezone.localdate)
    answered_on = models.DateField(
        _("answered on"),
        null=True,
        blank=True,
        help_text=_("The question appears on the site once answered."),
    )

    class Meta:
        verbose_name = _("clarification")
        verbose_name_plural = _("clarifications")
        ordering = ["asked_on", "pk"]

    def __str__(self):
        question = self.question or ""
        return question[:60] + ("…" if len(question) > 60 else "")

    def clean(self):
        require_one_language(self, "question", _("Write the question in at least one language."))
        if self.answered_on and not any(getattr(self, f"answer_{code}", None) for code in LANGUAGE_CODES):
            raise ValidationError(
                {f"answer_{LANGUAGE_CODES[0]}": _("Write the answer before giving its date.")}
            )

    @property
    def is_answered(self):
        return self.answered_on is not None
