"""The publication life cycle shared by every kind of content.

draft → published (a future ``published_at`` means scheduled: the item goes live by itself
when the time comes) → withdrawn (the URL keeps answering with 410 and the editor's note).
Public views select content only through ``PublishableQuerySet.published()``, by the mixins
of ``mia_portal.published_views``.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Min, Q
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from mia_portal import cache_tags
from mia_portal.slugs import latin_slug
from mia_portal.translation_status import (
    LANGUAGE_CODES,
    TrackedTranslations,
    TranslationStatusQuerySet,
    availability_field,
)

LEGACY_ID_MAX = 2**31 - 1  # the largest old site number a PositiveIntegerField holds everywhere


class Status(models.TextChoices):
    DRAFT = "draft", _("Draft")
    PUBLISHED = "published", _("Published")
    WITHDRAWN = "withdrawn", _("Withdrawn")


def live(through=""):
    """The publication rule as a filter; ``through`` reaches it across a relation
    (``live("announcement__")`` for an announcement's documents)."""
    return Q(**{f"{through}status": Status.PUBLISHED, f"{through}published_at__lte": timezone.now()})


class PublishableQuerySet(TranslationStatusQuerySet, models.QuerySet):
    def published(self):
        return self.filter(live())

    def published_or_withdrawn(self):
        """What the public may reach by URL: live items, and withdrawn ones (answered with 410)."""
        return self.filter(live() | Q(status=Status.WITHDRAWN))

    def scheduled(self):
        return self.filter(status=Status.PUBLISHED, published_at__gt=timezone.now())

    def drafts(self):
        return self.filter(status=Status.DRAFT)

    def withdrawn(self):
        return self.filter(status=Status.WITHDRAWN)

    def available_in(self, language):
        """Items whose required fields (title and body by default) are filled in ``language``."""
        return self.filter(**{availability_field(language): True})

    def listed_in(self, language):
        """What a public list in ``language`` shows: live items available in it, read without
        the long texts of the other languages (a list shows titles and leads)."""
        others = [
            f"{field}_{code}"
            for field in self.model.long_texts
            for code in LANGUAGE_CODES
            if code != language
        ]
        return self.published().available_in(language).defer(*others)

    def only_shown(self, *fields):
        """``only(*fields)`` for a public list in the current language.

        Long texts are read in that language alone (a listed item is available in it), short
        translated fields in every language so that their fallbacks need no query of their
        own. A card then reads a dozen columns instead of sixty: less to send, compile and
        build per row.
        """
        language = translation.get_language()
        return self.only(
            *(f"{field}_{language}" if field in self.model.long_texts else field for field in fields)
        )

    def next_change_at(self):
        """When what the public sees of these items next changes by itself (None: never).

        Cached pages must not outlive this moment; models with other clocks (deadlines)
        extend it.
        """
        return self.scheduled().aggregate(next=Min("published_at"))["next"]


def live_indexes(prefix):
    """Per language, the index public lists read: live items available in it, newest first.

    Partial, so a list page, its count and a deep page walk only what the public can see.
    """
    return [
        models.Index(
            fields=["-published_at", "-id"],
            condition=Q(status=Status.PUBLISHED, **{availability_field(code): True}),
            name=f"{prefix}_live_{code}",
        )
        for code in LANGUAGE_CODES
    ]


def staff_member(verbose_name):
    """Who did something to an item, set by the admin; kept when the account is deleted."""
    return models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=verbose_name,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
    )


class Publishable(TrackedTranslations, models.Model):
    """Abstract base: status, publication time, authorship and the slug of the public URL."""

    # Fields that must be filled in a language for the item to be listed in it.
    required_translations = ("title", "body")
    # Translated fields too long to read for a list in another language.
    long_texts = ("body",)
    # Fields no public page shows: a save of a live item that changes only these purges nothing
    # (``updated_at`` moves with every save; the pages show it, but it alone is no news).
    private_fields = ("translation_changes", "updated_at", "updated_by", "created_by", "created_at")
    private_fields += ("legacy_id",)

    slug = models.SlugField(
        _("URL slug"),
        max_length=100,
        blank=True,
        allow_unicode=False,
        help_text=_("Latin letters for the web address; filled from the title when left empty."),
    )
    status = models.CharField(
        _("status"),
        max_length=16,
        choices=Status.choices,
        default=Status.DRAFT,
        help_text=_("Drafts are visible to staff only. A published item goes live at its publication time."),
    )
    published_at = models.DateTimeField(
        _("publication time"),
        default=timezone.now,
        help_text=_("Dushanbe time. A time in the future schedules the item: it appears by itself then."),
    )
    # The item's number on the old site, whose addresses /index.php/<lang>/<rubric>/<number>-…
    # answer 301 to this item (legacy/addresses.py).
    legacy_id = models.PositiveIntegerField(
        _("old site number"),
        null=True,
        blank=True,
        unique=True,
        help_text=_(
            "The number in the item's address on the old site (…/index.php/en/news-archive/25704-…): "
            "those addresses lead here."
        ),
    )
    withdrawal_note = models.TextField(
        _("withdrawal note"),
        blank=True,
        help_text=_("Shown to visitors when the item is withdrawn, explaining why."),
    )
    # Per language: a fingerprint of its texts, when they last changed, and whether another
    # language changed after that (the translation is then out of date).
    translation_changes = models.JSONField(_("translation changes"), default=dict, blank=True, editable=False)
    # Whether the item is listed in each language (its required fields are filled), kept by
    # save(): public lists select by these flags instead of testing long texts row by row.
    available_tg = models.BooleanField(_("available in Tajik"), default=False, editable=False)
    available_ru = models.BooleanField(_("available in Russian"), default=False, editable=False)
    available_en = models.BooleanField(_("available in English"), default=False, editable=False)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)
    created_by = staff_member(_("created by"))
    updated_by = staff_member(_("last changed by"))

    class Meta:
        abstract = True
        ordering = ["-published_at", "-pk"]
        get_latest_by = "published_at"
        indexes = [
            models.Index(fields=["status", "-published_at"], name="%(app_label)s_%(class)s_live"),
            # The admin's lists (every status, newest first) and its translations page.
            models.Index(fields=["-published_at", "-id"], name="%(app_label)s_%(class)s_recent"),
            models.Index(fields=["-updated_at", "-id"], name="%(app_label)s_%(class)s_changed"),
        ]

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = latin_slug(self.first_filled("title"))
        self.track_translation_changes()
        self.set_availability()
        super().save(*args, **kwargs)

    def set_availability(self):
        for code in LANGUAGE_CODES:
            setattr(self, availability_field(code), self.is_available_in(code))

    def clean(self):
        super().clean()
        # Every translated field may be left empty one by one, but an item needs a name.
        if not self.first_filled("title"):
            message = _("Write the title in at least one language.")
            raise ValidationError({f"title_{LANGUAGE_CODES[0]}": ValidationError(message, code="no_title")})

    def clean_fields(self, exclude=None):
        # Filled before validation too, so a form shown again after an error links correctly.
        if not self.slug:
            self.slug = latin_slug(self.first_filled("title"))
        super().clean_fields(exclude)

    def is_published(self):
        return self.status == Status.PUBLISHED and self.published_at <= timezone.now()

    def is_scheduled(self):
        return self.status == Status.PUBLISHED and self.published_at > timezone.now()

    def cache_tags(self):
        """The tags of the cached pages a public change of this item purges (besides those its
        app names in ``caching.watch_app``): its own pages and its section's lists."""
        return {cache_tags.item_tag(self), cache_tags.list_tag(type(self))}

    def schedule_moments(self):
        """When what the public sees of this item changes by itself (see ``next_change_at``)."""
        return {self.published_at} if self.is_scheduled() else set()

    def first_filled(self, field):
        for code in LANGUAGE_CODES:
            value = getattr(self, f"{field}_{code}", None)
            if value:
                return value
        return getattr(self, field, "") or ""

    def is_available_in(self, language):
        return all(getattr(self, f"{field}_{language}", None) for field in self.required_translations)

    def available_languages(self):
        return [code for code in LANGUAGE_CODES if self.is_available_in(code)]

    def content_language(self, language):
        """The language to show the item in for a visitor reading ``language``."""
        if self.is_available_in(language):
            return language
        fallbacks = settings.MODELTRANSLATION_FALLBACK_LANGUAGES
        for code in fallbacks.get(language, fallbacks["default"]):
            if self.is_available_in(code):
                return code
        return language


def can_preview(user, model):
    opts = model._meta
    return user.is_active and user.is_staff and user.has_perm(f"{opts.app_label}.view_{opts.model_name}")
