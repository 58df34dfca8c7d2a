"""The publication life cycle shared by every kind of content.

draft → published (a future ``published_at`` means scheduled: the item goes live by itself
when the time comes) → withdrawn (the URL keeps answering with 410 and the editor's note).
Public views select content only through ``PublishableQuerySet.published()``.
"""

import hashlib
from functools import lru_cache

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.signals import setting_changed
from django.db import migrations, models
from django.db.models import Case, Count, Min, Q, Value, When
from django.dispatch import receiver
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import get_script_prefix, get_urlconf, reverse
from django.utils import timezone, translation
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext_lazy as _
from modeltranslation.translator import translator

from mia_portal.richtext import RichTextField, sanitize_html
from mia_portal.slugs import latin_slug

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]
MAX_ID = 2**63 - 1  # larger ids in a URL would overflow the database's bigint
LEGACY_ID_MAX = 2**31 - 1  # the largest old site number a PositiveIntegerField holds everywhere
# Translated fields that say nothing about whether a translation is up to date.
UNTRACKED = {"withdrawal_note"}


class Status(models.TextChoices):
    DRAFT = "draft", _("Draft")
    PUBLISHED = "published", _("Published")
    WITHDRAWN = "withdrawn", _("Withdrawn")


def cached_reverse(viewname, **kwargs):
    """``reverse(viewname, kwargs=kwargs)``, worked out once per language: a list shows dozens
    of links (each card's detail page, each archive year), and ``reverse()`` costs more than a
    card's other work."""
    language = translation.get_language()
    return _reversed(get_urlconf(), get_script_prefix(), language, viewname, tuple(sorted(kwargs.items())))


@lru_cache(maxsize=20_000)
def _reversed(urlconf, script_prefix, language, viewname, kwargs):
    return reverse(viewname, urlconf=urlconf, kwargs=dict(kwargs))


@receiver(setting_changed)
def _forget_reversed_urls(setting, **kwargs):
    if setting == "ROOT_URLCONF":
        _reversed.cache_clear()


class IdConverter:
    """``<id:pk>`` in a URL: a primary key the database can hold. A larger number matches no
    URL, so it answers 404 before any view runs rather than overflow a query's bigint."""

    regex = "[0-9]+"

    def to_python(self, value):
        number = int(value)
        if number > MAX_ID:
            raise ValueError(f"{value} is past the largest id")
        return number

    def to_url(self, value):
        return str(value)


def live():
    return Q(status=Status.PUBLISHED, published_at__lte=timezone.now())


class PublishableQuerySet(models.QuerySet):
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

    def outdated_in(self, language):
        """Complete in ``language``, but another language's text changed after it was saved."""
        return self.filter(outdated_in(language))

    def missing_in(self, language):
        return self.filter(missing_in(language))

    def translation_totals(self):
        """{"missing_tg": n, "outdated_tg": n, …} in one pass over the table."""
        return self.aggregate(
            **{
                f"{state}_{code}": Count("pk", filter=condition(code))
                for code in LANGUAGE_CODES
                for state, condition in (("missing", missing_in), ("outdated", outdated_in))
            }
        )


def missing_in(language):
    return Q(**{availability_field(language): False})


def outdated_in(language):
    return Q(**{f"translation_changes__{language}__outdated": True})


def _named(fields, language):
    return [f"{field}_{language}" for field in fields]


def availability_field(language):
    return f"available_{language}"


def fill_availability(app_label, *model_names):
    """A migration step: set the availability flags of the rows already there, in one UPDATE
    a model."""

    def fill(apps, schema_editor):
        for name in model_names:
            flags = {}
            for code in LANGUAGE_CODES:
                filled = Q()
                for field in Publishable.required_translations:
                    filled &= Q(**{f"{field}_{code}__isnull": False}) & ~Q(**{f"{field}_{code}": ""})
                flags[availability_field(code)] = Case(When(filled, then=Value(True)), default=Value(False))
            apps.get_model(app_label, name).objects.update(**flags)

    return migrations.RunPython(fill, migrations.RunPython.noop)


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


class Publishable(models.Model):
    """Abstract base: status, publication time, authorship and the slug of the public URL."""

    # Fields that must be filled in a language for the item to be listed in it.
    required_translations = ("title", "body")
    # Translated fields too long to read for a list in another language.
    long_texts = ("body",)

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
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("created by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
    )
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("last changed by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
    )

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

    def track_translation_changes(self):
        """Stamp the languages whose texts this save changes; a language is out of date when
        another one changed after it.

        Texts are compared as the database keeps them (rich text after the allow-list). Where a
        language's recorded fingerprint disagrees, the stored row decides whether this save
        changed it: an item saved without stamps (created in bulk, imported) or stamped from
        text the allow-list later rewrote gets its unchanged languages stamped as they were,
        and only the edited ones count as changed.
        """
        options = translator.get_options_for_model(type(self))
        # Sorted: modeltranslation's order of inherited fields follows the process's hash seed.
        fields = sorted(name for name in options.fields if name not in UNTRACKED)
        now = timezone.now().isoformat()
        changes = {code: dict(self.translation_changes.get(code, {})) for code in LANGUAGE_CODES}
        fingerprints = {
            code: self._fingerprint({name: getattr(self, name, "") for name in _named(fields, code)})
            for code in LANGUAGE_CODES
        }
        unsure = [code for code in LANGUAGE_CODES if changes[code].get("fingerprint") != fingerprints[code]]
        stored = self._stored_translations(fields) if unsure and not self._state.adding else None
        for code in unsure:
            if stored and stored[code] == fingerprints[code]:
                changes[code]["fingerprint"] = fingerprints[code]
                changes[code].setdefault("changed_at", stored["updated_at"])
            else:
                changes[code].update(fingerprint=fingerprints[code], changed_at=now)
        available = self.available_languages()
        for code in LANGUAGE_CODES:
            changes[code]["outdated"] = code in available and any(
                changes[other].get("changed_at", "") > changes[code].get("changed_at", "")
                for other in available
                if other != code
            )
        self.translation_changes = changes

    def _fingerprint(self, texts):
        """A short digest of one language's texts as stored; empty when there are none."""
        values = []
        for name, value in texts.items():
            value = str(value or "")
            if isinstance(self._meta.get_field(name), RichTextField):
                value = sanitize_html(value)
            values.append(value)
        joined = "\x1f".join(values)
        return hashlib.sha256(joined.encode()).hexdigest()[:16] if joined.strip("\x1f") else ""

    def _stored_translations(self, fields):
        """{code: fingerprint, "updated_at": …} of the row in the database; None if there is none."""
        names = [name for code in LANGUAGE_CODES for name in _named(fields, code)]
        row = type(self)._base_manager.filter(pk=self.pk).values(*names, "updated_at").first()
        if row is None:
            return None
        stored = {
            code: self._fingerprint({name: row[name] for name in _named(fields, code)})
            for code in LANGUAGE_CODES
        }
        stored["updated_at"] = row["updated_at"].isoformat()
        return stored

    def translation_state(self, language):
        """ "missing", "outdated" or "complete", for the translation dashboard."""
        if not self.is_available_in(language):
            return "missing"
        if self.translation_changes.get(language, {}).get("outdated"):
            return "outdated"
        return "complete"

    def is_published(self):
        return self.status == Status.PUBLISHED and self.published_at <= timezone.now()

    def is_scheduled(self):
        return self.status == Status.PUBLISHED and self.published_at > timezone.now()

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


class PublishedListMixin:
    """For list views: live items available in the visitor's language, nothing else."""

    def get_queryset(self):
        return self.model.objects.listed_in(translation.get_language())


class PublishedDetailMixin:
    """For detail views at ``<id:pk>-<slug:slug>/``.

    A wrong slug answers 301 to the right URL; staff with view permission may preview
    unpublished items (never cached, never indexed); a withdrawn item answers 410 with its note.
    """

    withdrawn_template_name = "withdrawn.html"
    preview_robots = "noindex, nofollow"

    def get_queryset(self):
        queryset = self.model.objects.all()
        if can_preview(self.request.user, self.model):
            return queryset
        return queryset.published_or_withdrawn()

    def get(self, request, *args, **kwargs):
        self.object = self.get_object()
        if self.object.status == Status.WITHDRAWN:
            context = {"object": self.object, "robots": "noindex"}
            return TemplateResponse(request, self.withdrawn_template_name, context, status=410)
        if kwargs.get("slug") != self.object.slug:
            url = self.object.get_absolute_url()
            if request.GET:
                url += "?" + request.GET.urlencode()
            return redirect(url, permanent=self.object.is_published())
        response = self.render_to_response(self.get_context_data(object=self.object))
        if not self.object.is_published():
            add_never_cache_headers(response)
            response["X-Robots-Tag"] = self.preview_robots
        return response

    def get_context_data(self, **kwargs):
        """What every detail page shows around the item: its languages (for the hreflang links and
        the notice in ``includes/item_notices.html``), whether this is a preview, and the robots
        meta of base.html."""
        context = super().get_context_data(**kwargs)
        is_preview = not self.object.is_published()
        context.update(
            available_languages=self.object.available_languages(),
            content_language=self.object.content_language(translation.get_language()),
            is_preview=is_preview,
            robots=self.preview_robots if is_preview else "",
        )
        return context
