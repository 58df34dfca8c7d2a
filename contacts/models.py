"""Helplines, the country's regions and districts, and the ministry's regional departments."""

from django.core.validators import RegexValidator
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from contacts.phones import dialled, numbers_in, shown, validate_numbers

phone_number = RegexValidator(
    r"^\+?[0-9]{2,15}$",
    _("Digits only, optionally starting with +, as it is dialled (e.g. +992372212121 or 1919)."),
)


class HelplineQuerySet(models.QuerySet):
    def active(self):
        return self.filter(is_active=True)


class Helpline(models.Model):
    label = models.CharField(_("label"), max_length=120)
    description = models.CharField(_("description"), max_length=255, blank=True)
    number = models.CharField(
        _("number to dial"),
        max_length=16,
        validators=[phone_number],
        help_text=_("Used for the tap-to-call link, e.g. +992372212121."),
    )
    display_number = models.CharField(
        _("number as shown"),
        max_length=32,
        help_text=_("How the number is written on the page, e.g. (+992 37) 221-21-21 or 19-19."),
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    is_active = models.BooleanField(_("shown on the site"), default=True)

    objects = HelplineQuerySet.as_manager()

    class Meta:
        verbose_name = _("helpline")
        verbose_name_plural = _("helplines")
        ordering = ["order", "pk"]

    def __str__(self):
        return f"{self.label}: {self.display_number}"

    @property
    def tel_url(self):
        return f"tel:{self.number}"


class Region(models.Model):
    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(_("URL slug"), max_length=60, unique=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("region")
        verbose_name_plural = _("regions")
        ordering = ["order", "pk"]

    def __str__(self):
        return self.name


class District(models.Model):
    class Kind(models.TextChoices):
        CITY = "city", _("city")
        DISTRICT = "district", _("district")

    region = models.ForeignKey(
        Region, verbose_name=_("region"), on_delete=models.PROTECT, related_name="districts"
    )
    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(_("URL slug"), max_length=60, unique=True)
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices, default=Kind.DISTRICT)

    class Meta:
        verbose_name = _("district or city")
        verbose_name_plural = _("districts and cities")
        ordering = ["region__order", "name"]

    def __str__(self):
        return self.name


class RegionalDepartment(models.Model):
    region = models.ForeignKey(
        Region, verbose_name=_("region"), on_delete=models.PROTECT, related_name="departments"
    )
    district = models.ForeignKey(
        District,
        verbose_name=_("district or city"),
        on_delete=models.PROTECT,
        related_name="departments",
        null=True,
        blank=True,
    )
    name = models.CharField(_("name"), max_length=255)
    head = models.CharField(_("head of department"), max_length=255, blank=True)
    address = models.CharField(_("address"), max_length=255, blank=True)
    phones = models.CharField(
        _("phones"),
        max_length=255,
        blank=True,
        validators=[validate_numbers],
        help_text=_(
            "Separate several numbers with commas, e.g. +992372212121, +992935551234; "
            "the site groups the digits for reading."
        ),
    )
    email = models.EmailField(_("e-mail"), blank=True)
    reception_hours = models.CharField(_("reception hours"), max_length=255, blank=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("regional department")
        verbose_name_plural = _("regional departments")
        ordering = ["region__order", "order", "pk"]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("contacts:list") + f"#department-{self.pk}"

    def phone_list(self):
        """Each number as ``(dialled, shown)``: the ``tel:`` link's number and the text read."""
        return [(dialled(number), shown(number)) for number in numbers_in(self.phones)]
