"""Incident reports: what happened, where, under which article, and how the case went on."""

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from contacts.models import District, Region, RegionalDepartment
from mia_portal.publishing import Publishable, PublishableQuerySet, live_indexes
from mia_portal.richtext import RichTextField
from mia_portal.routing import cached_reverse

article_number = RegexValidator(
    r"^[0-9]{1,3}(\.[0-9]{1,2})?$",
    _("The article number as the Code writes it, e.g. 247 or 237.1."),
)


def local_day_start(day):
    """The first instant of ``day`` in Dushanbe, as an aware datetime."""
    return datetime.combine(day, time.min, tzinfo=ZoneInfo(settings.TIME_ZONE))


class CaseStatus(models.TextChoices):
    CASE_OPENED = "case_opened", _("criminal case opened")
    SUSPECT_DETAINED = "suspect_detained", _("suspect detained")
    UNDER_INVESTIGATION = "under_investigation", _("under investigation")
    SENT_TO_COURT = "sent_to_court", _("sent to court")
    CLOSED = "closed", _("closed")


class IncidentCategory(models.Model):
    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(
        _("URL slug"),
        max_length=60,
        unique=True,
        help_text=_("Latin letters, used in filter links and feeds, e.g. theft or road-accident."),
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("incident category")
        verbose_name_plural = _("incident categories")
        ordering = ["order", "pk"]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("incidents:list") + f"?category={self.slug}"


class IncidentQuerySet(PublishableQuerySet):
    def with_details(self):
        """What a whole report shows (detail page, feed entry): its category and place in the same query."""
        return self.select_related("category", "region", "district")

    def for_cards(self):
        """Only what ``incidents/includes/incident_items.html`` shows."""
        return self.select_related("category", "district").only_shown(
            "slug", "published_at", "title", "lead", "category__name", "district__name"
        )

    def in_region(self, region):
        return self.filter(region=region)

    def in_district(self, district):
        return self.filter(district=district)

    def in_category(self, category):
        return self.filter(category=category)

    def occurred_between(self, first_day=None, last_day=None):
        """Incidents that happened on these days (Dushanbe time), both days included."""
        queryset = self
        if first_day:
            queryset = queryset.filter(occurred_at__gte=local_day_start(first_day))
        if last_day:
            queryset = queryset.filter(occurred_at__lt=local_day_start(last_day + timedelta(days=1)))
        return queryset


class Incident(Publishable):
    title = models.CharField(_("title"), max_length=255)
    lead = models.TextField(
        _("lead"),
        blank=True,
        help_text=_("One or two sentences shown in the stream of reports."),
    )
    body = RichTextField(_("text"), blank=True)
    occurred_at = models.DateTimeField(
        _("time of the incident"),
        help_text=_("When it happened (Dushanbe time); may differ from the publication time."),
    )
    category = models.ForeignKey(
        IncidentCategory,
        verbose_name=_("category"),
        on_delete=models.PROTECT,
        related_name="incidents",
    )
    region = models.ForeignKey(
        Region, verbose_name=_("region"), on_delete=models.PROTECT, related_name="incidents"
    )
    district = models.ForeignKey(
        District,
        verbose_name=_("district or city"),
        on_delete=models.PROTECT,
        related_name="incidents",
        help_text=_("Must lie in the region chosen above."),
    )
    department = models.ForeignKey(
        RegionalDepartment,
        verbose_name=_("regional department"),
        on_delete=models.PROTECT,
        related_name="incidents",
        null=True,
        blank=True,
        help_text=_("The department whose contacts readers should use about this case."),
    )
    reporting_unit = models.CharField(
        _("reporting unit"),
        max_length=255,
        blank=True,
        help_text=_("The local unit as the report names it, e.g. DMIA-2 in the Sino district of Dushanbe."),
    )
    killed = models.PositiveSmallIntegerField(_("people killed"), null=True, blank=True)
    injured = models.PositiveSmallIntegerField(_("people injured"), null=True, blank=True)
    code_article = models.CharField(
        _("article of the Criminal Code"),
        max_length=8,
        blank=True,
        validators=[article_number],
        help_text=_("Only the number, e.g. 247."),
    )
    code_article_label = models.CharField(
        _("what the article covers"),
        max_length=120,
        blank=True,
        help_text=_("A few words, e.g. fraud."),
    )
    case_status = models.CharField(
        _("case status"),
        max_length=24,
        choices=CaseStatus,
        blank=True,
        editable=False,
        help_text=_("Follows the latest entry of the case history."),
    )

    objects = IncidentQuerySet.as_manager()

    class Meta(Publishable.Meta):
        verbose_name = _("incident report")
        verbose_name_plural = _("incident reports")
        indexes = [
            *Publishable.Meta.indexes,
            models.Index(fields=["occurred_at"], name="incidents_incident_occurred"),
            *live_indexes("incidents"),
        ]

    def __str__(self):
        return self.first_filled("title")

    def get_absolute_url(self):
        return cached_reverse("incidents:detail", pk=self.pk, slug=self.slug)

    def clean(self):
        super().clean()
        if self.region_id and self.district_id and self.district.region_id != self.region_id:
            message = _("%(district)s is not in %(region)s.")
            raise ValidationError({"district": message % {"district": self.district, "region": self.region}})

    def record_status(self, status, day=None, **notes):
        """Add an entry to the public case history and make it the current status.

        ``notes`` are the translated note fields, e.g. ``note_ru="..."``.
        """
        change = self.status_changes.create(status=status, changed_on=day or timezone.localdate(), **notes)
        self.sync_case_status()
        return change

    def sync_case_status(self):
        latest = self.status_changes.order_by("-changed_on", "-pk").first()
        status = latest.status if latest else ""
        if status != self.case_status:
            self.case_status = status
            # A save (not a queryset update) so that post_save tells the page cache.
            self.save(update_fields=["case_status"])


class IncidentStatusChange(models.Model):
    """One step of a case, shown on the report's page: it may only grow as the case goes on."""

    incident = models.ForeignKey(
        Incident, verbose_name=_("incident report"), on_delete=models.CASCADE, related_name="status_changes"
    )
    status = models.CharField(_("case status"), max_length=24, choices=CaseStatus)
    changed_on = models.DateField(_("date"), default=timezone.localdate)
    note = models.CharField(
        _("note"),
        max_length=255,
        blank=True,
        help_text=_("Optional, shown to readers, e.g. the court the case was sent to."),
    )

    class Meta:
        verbose_name = _("case status change")
        verbose_name_plural = _("case history")
        ordering = ["changed_on", "pk"]

    def __str__(self):
        return f"{self.changed_on:%d.%m.%Y}: {self.get_status_display()}"
