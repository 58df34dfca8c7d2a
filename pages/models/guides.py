"""Questions and answers, and guides to a service: who may apply, the steps, what to bring."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from contacts.models import RegionalDepartment
from mia_portal.richtext import RichTextField
from pages.models.page import Page
from photos.models import Photo


class FaqPage(Page):
    class Meta:
        verbose_name = _("questions and answers page")
        verbose_name_plural = _("questions and answers pages")


class FaqItem(models.Model):
    page = models.ForeignKey(FaqPage, verbose_name=_("page"), on_delete=models.CASCADE, related_name="items")
    question = models.CharField(_("question"), max_length=500)
    answer = models.TextField(_("answer"))
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("question and answer")
        verbose_name_plural = _("questions and answers")
        ordering = ["order", "pk"]

    def __str__(self):
        return self.question


class ServiceGuidePage(Page):
    main_photo_field = "photo"

    who_may_apply = RichTextField(_("who may apply"), blank=True)
    documents_needed = RichTextField(_("documents to bring"), blank=True)
    fees = models.TextField(_("fees"), blank=True)
    time_limits = models.TextField(_("time limits"), blank=True)
    departments = models.ManyToManyField(
        RegionalDepartment,
        through="GuidePlace",
        verbose_name=_("where to apply"),
        blank=True,
        related_name="+",
        help_text=_("The departments that take applications; their addresses and phones are shown."),
    )
    photo = models.ForeignKey(
        Photo,
        verbose_name=_("main photo"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="guide_pages",
        help_text=_("Shown above the text and, cut around its focal point, on social networks."),
    )

    class Meta:
        verbose_name = _("service guide")
        verbose_name_plural = _("service guides")


class GuideStep(models.Model):
    page = models.ForeignKey(
        ServiceGuidePage, verbose_name=_("guide"), on_delete=models.CASCADE, related_name="steps"
    )
    title = models.CharField(_("step"), max_length=255)
    text = models.TextField(_("details"), blank=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("step")
        verbose_name_plural = _("steps (in order)")
        ordering = ["order", "pk"]

    def __str__(self):
        return self.title


class GuidePlace(models.Model):
    """A department that takes applications for a guide's service."""

    page = models.ForeignKey(ServiceGuidePage, verbose_name=_("guide"), on_delete=models.CASCADE)
    department = models.ForeignKey(
        RegionalDepartment, verbose_name=_("department"), on_delete=models.CASCADE, related_name="+"
    )

    class Meta:
        verbose_name = _("where to apply")
        verbose_name_plural = _("where to apply")
        constraints = [models.UniqueConstraint(fields=["page", "department"], name="pages_guide_place_once")]

    def __str__(self):
        return str(self.department)
