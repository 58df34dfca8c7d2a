"""One list for three kinds: announcements (with event dates), tenders and vacancies.

The kinds share the publication life cycle, the list, the feed and the documents; the fields
of one kind are simply empty on the others. Open/closed follows from ``deadline`` by the clock
(see ``announcements.closing``); staff only set the outcome.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Min, Q
from django.utils import timezone
from django.utils.text import Truncator, format_lazy
from django.utils.translation import gettext_lazy as _

from announcements.closing import CompetitionStatus, Outcome, status_filter, status_of, time_left
from mia_portal.publishing import Publishable, PublishableQuerySet, Status, live_indexes
from mia_portal.richtext import RichTextField, plain_text
from mia_portal.routing import cached_reverse
from mia_portal.translation_status import LANGUAGE_CODES

DUSHANBE_TIME = _("Dushanbe time (Asia/Dushanbe, UTC+5).")


def require_one_language(instance, field, message):
    """Translated fields are optional one by one; at least one language must be filled."""
    if not any(getattr(instance, f"{field}_{code}", None) for code in LANGUAGE_CODES):
        raise ValidationError({f"{field}_{LANGUAGE_CODES[0]}": message})


class Kind(models.TextChoices):
    ANNOUNCEMENT = "announcement", _("Announcement")
    TENDER = "tender", _("Tender")
    VACANCY = "vacancy", _("Vacancy")


class AnnouncementQuerySet(PublishableQuerySet):
    def of_kind(self, kind):
        return self.filter(kind=kind)

    def for_cards(self):
        """Only what a card of ``announcements/announcement_list.html`` shows (the summary comes
        from the body)."""
        return self.only_shown(
            "slug",
            "published_at",
            "kind",
            "title",
            "body",
            "outcome",
            "deadline",
            "reference_number",
            "event_starts_on",
            "event_ends_on",
        )

    def with_status(self, status):
        return self.filter(status_filter(status, timezone.now()))

    def open(self):
        return self.with_status(CompetitionStatus.OPEN)

    def closed(self):
        return self.with_status(CompetitionStatus.CLOSED)

    def awarded(self):
        return self.with_status(CompetitionStatus.AWARDED)

    def cancelled(self):
        return self.with_status(CompetitionStatus.CANCELLED)

    def still_relevant(self):
        """Still relevant: no outcome yet, and a deadline in the future or none at all."""
        return self.filter(
            Q(outcome=Outcome.PENDING) & (Q(deadline__isnull=True) | Q(deadline__gt=timezone.now()))
        )

    def next_change_at(self):
        """Besides scheduled publications, a deadline passing or an addendum coming out
        changes what the public sees."""
        now = timezone.now()
        addenda = self.model._meta.get_field("addenda").related_model
        moments = [
            super().next_change_at(),
            self.published().filter(deadline__gt=now).aggregate(next=Min("deadline"))["next"],
            addenda.objects.filter(issued_at__gt=now, announcement__in=self.published()).aggregate(
                next=Min("issued_at")
            )["next"],
        ]
        return min((moment for moment in moments if moment), default=None)

    def for_home_page(self, language):
        """The home page's "Announcements and competitions": live, in ``language``, still relevant."""
        return self.listed_in(language).still_relevant().order_by("-published_at", "-pk")

    def with_details(self):
        """Everything a detail page or an open-data release shows, in a fixed number of queries."""
        return self.prefetch_related(
            "documents__versions",
            "addenda__documents__versions",
            "clarifications",
            "positions",
        )


class Announcement(Publishable):
    """An announcement, a tender or a vacancy, told apart by ``kind``.

    The kinds are not proxy models (``Tender``, ``Vacancy``): the list, the feed, the sitemap and
    the one detail URL load them together through ``Announcement``, so each item would still be
    asked its kind, and proxies would bring admin permissions for the staff roles to follow for no
    gain. Templates ask ``is_tender`` and ``is_vacancy`` rather than compare ``kind`` with a string.
    """

    kind = models.CharField(_("kind"), max_length=16, choices=Kind, default=Kind.ANNOUNCEMENT)
    title = models.CharField(_("title"), max_length=255, blank=True)
    body = RichTextField(_("text"), blank=True)
    deadline = models.DateTimeField(
        _("deadline"),
        null=True,
        blank=True,
        help_text=format_lazy(
            "{} {}",
            _(
                "Tenders: bid submission deadline; vacancies: application deadline. The item closes by "
                "itself at this moment."
            ),
            DUSHANBE_TIME,
        ),
    )
    # Tenders
    reference_number = models.CharField(_("reference number"), max_length=64, blank=True)
    procuring_entity = models.CharField(_("procuring entity"), max_length=255, blank=True)
    bid_opening_at = models.DateTimeField(
        _("bid opening"),
        null=True,
        blank=True,
        help_text=format_lazy("{} {}", _("Date and time of the public bid opening."), DUSHANBE_TIME),
    )
    # Vacancies (the positions themselves are ``Position`` rows)
    requirements = RichTextField(_("requirements"), blank=True)
    how_to_apply = RichTextField(_("how to apply"), blank=True)
    # Announcements of events
    event_starts_on = models.DateField(_("event starts"), null=True, blank=True)
    event_ends_on = models.DateField(_("event ends"), null=True, blank=True)
    event_place = models.CharField(_("event place"), max_length=255, blank=True)
    # Outcome, set by staff
    outcome = models.CharField(
        _("outcome"),
        max_length=16,
        choices=Outcome.choices,
        default=Outcome.PENDING,
        blank=True,
        help_text=_("Open and closed follow from the deadline; set only an award or a cancellation here."),
    )
    awarded_to = models.CharField(_("awarded to"), max_length=255, blank=True)
    award_amount = models.DecimalField(
        _("contract amount"), max_digits=16, decimal_places=2, null=True, blank=True
    )
    award_currency = models.CharField(_("currency"), max_length=3, default="TJS", blank=True)
    awarded_on = models.DateField(_("award date"), null=True, blank=True)
    outcome_note = models.TextField(
        _("outcome notice"), blank=True, help_text=_("The award or cancellation notice shown to the public.")
    )

    objects = AnnouncementQuerySet.as_manager()

    class Meta(Publishable.Meta):
        verbose_name = _("announcement, tender or vacancy")
        verbose_name_plural = _("announcements, tenders and vacancies")
        # Publishable's index name would be "announcements_announcement_live", one character
        # over Django's 30-character limit; the same index under a shorter name.
        indexes = [
            models.Index(fields=["status", "-published_at"], name="announcements_live"),
            models.Index(fields=["-published_at", "-id"], name="announcements_recent"),
            models.Index(fields=["-updated_at", "-id"], name="announcements_changed"),
            models.Index(fields=["outcome", "deadline"], name="announcements_deadline"),
            *live_indexes("announcements"),
        ]

    def __str__(self):
        return self.title or self.first_filled("title") or str(_("(untitled)"))

    def get_absolute_url(self):
        return cached_reverse("announcements:detail", pk=self.pk, slug=self.slug)

    def clean(self):
        super().clean()
        errors = {}
        if self.is_tender:
            if not self.reference_number:
                errors["reference_number"] = _("A tender needs its reference number.")
            if not self.deadline:
                errors["deadline"] = _("A tender needs a submission deadline.")
        if self.is_vacancy and not self.deadline:
            errors["deadline"] = _("A vacancy needs an application deadline.")
        if self.outcome == Outcome.AWARDED:
            if not self.is_tender:
                errors["outcome"] = _("Only a tender can be awarded.")
            elif not self.first_filled("awarded_to"):
                errors[f"awarded_to_{LANGUAGE_CODES[0]}"] = _("Name the winning bidder.")
        elif self.award_amount is not None:
            errors["award_amount"] = _("A contract amount is given only for an awarded tender.")
        if self.event_starts_on and self.event_ends_on and self.event_ends_on < self.event_starts_on:
            errors["event_ends_on"] = _("The event cannot end before it starts.")
        if self.deadline and self.bid_opening_at and self.bid_opening_at < self.deadline:
            errors["bid_opening_at"] = _("Bids cannot be opened before the submission deadline.")
        if errors:
            raise ValidationError(errors)

    def summary(self, words=30):
        return Truncator(plain_text(self.body)).words(words, truncate=" …")

    @property
    def is_tender(self):
        return self.kind == Kind.TENDER

    @property
    def is_vacancy(self):
        return self.kind == Kind.VACANCY

    @property
    def competition_status(self):
        return status_of(self.outcome, self.deadline, timezone.now())

    def get_competition_status_display(self):
        status = self.competition_status
        return CompetitionStatus(status).label if status else ""

    def is_open(self):
        return self.competition_status == CompetitionStatus.OPEN

    def schedule_moments(self):
        """Its deadline passing closes it on every page that shows it (``next_change_at``)."""
        moments = super().schedule_moments()
        if self.status == Status.PUBLISHED and self.deadline and self.deadline > timezone.now():
            moments.add(self.deadline)
        return moments

    def time_left(self):
        return time_left(self.deadline, timezone.now()) if self.is_open() else ""

    def posts_total(self):
        return sum(position.posts for position in self.positions.all())

    # The three below read the rows ``with_details()`` prefetched; no query of their own then.
    def dossier_documents(self):
        return [document for document in self.documents.all() if document.addendum_id is None]

    def issued_addenda(self):
        now = timezone.now()
        return [addendum for addendum in self.addenda.all() if addendum.issued_at <= now]

    def public_clarifications(self):
        return [clarification for clarification in self.clarifications.all() if clarification.is_answered]
