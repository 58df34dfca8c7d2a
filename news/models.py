"""News: articles in rubrics, their photos and public correction notes, and featured addresses."""

from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from contacts.models import Region
from mia_portal.publishing import Publishable, PublishableQuerySet, Status, live_indexes
from mia_portal.richtext import RichTextField, plain_text
from mia_portal.routing import cached_reverse
from mia_portal.slugs import latin_slug
from mia_portal.translation_status import LANGUAGE_CODES
from photos.models import Photo

SUMMARY_WORDS = 40


def require_a_language(item):
    """What is published must be readable in one language (a draft needs only its title)."""
    if item.status == Status.PUBLISHED and not item.available_languages():
        raise ValidationError(
            _("Fill in the title and the text in at least one language before publishing."),
            code="no_language",
        )


class Rubric(models.Model):
    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(
        _("URL slug"),
        max_length=60,
        unique=True,
        blank=True,
        help_text=_("Latin letters for the filter address; filled from the name when left empty."),
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("rubric")
        verbose_name_plural = _("rubrics")
        ordering = ["order", "pk"]

    def __str__(self):
        return self.name or self.slug

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = latin_slug(self.name_en or self.name_tg or self.name)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("news:list") + f"?rubric={self.slug}"


class ArticleQuerySet(PublishableQuerySet):
    def featured(self):
        return self.filter(is_featured=True)

    def in_rubric(self, rubric):
        return self.filter(rubric=rubric)

    def in_region(self, region):
        return self.filter(region=region)

    def related_to(self, article):
        """Other articles of the same rubric."""
        return self.filter(rubric_id=article.rubric_id).exclude(pk=article.pk)

    def with_details(self):
        """What a whole article shows (detail page, feed entry): its rubric and region in the same query."""
        return self.select_related("rubric", "region")

    def for_cards(self):
        """Only what ``news/includes/cards.html`` shows (the summary falls back to the body)."""
        return self.select_related("rubric", "cover_photo").only_shown(
            "slug",
            "published_at",
            "title",
            "lead",
            "body",
            "rubric__name",
            "cover_photo__crops",
            "cover_photo__renditions",
            "cover_photo__alt",
        )


class Article(Publishable):
    # Blank here because any one language will do: clean() checks that one is filled.
    title = models.CharField(_("title"), max_length=255, blank=True)
    lead = models.TextField(
        _("lead"),
        blank=True,
        help_text=_("One paragraph summing up the news; shown in lists, feeds and search results."),
    )
    body = RichTextField(_("text"), blank=True)
    cover_photo = models.ForeignKey(
        Photo,
        verbose_name=_("cover photo"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="article_covers",
        help_text=_("Shown above the text and, cut around its focal point, on cards and social networks."),
    )
    rubric = models.ForeignKey(
        Rubric, verbose_name=_("rubric"), on_delete=models.PROTECT, related_name="articles"
    )
    region = models.ForeignKey(
        Region,
        verbose_name=_("region"),
        on_delete=models.PROTECT,
        related_name="articles",
        null=True,
        blank=True,
    )
    byline_name = models.CharField(
        _("author"), max_length=120, blank=True, help_text=_("e.g. Sirojiddin Shakuri")
    )
    byline_rank = models.CharField(
        _("author's rank or post"), max_length=120, blank=True, help_text=_("e.g. militia captain")
    )
    is_featured = models.BooleanField(
        _("featured"), default=False, help_text=_("Featured articles lead the home page.")
    )

    objects = ArticleQuerySet.as_manager()

    class Meta(Publishable.Meta):
        verbose_name = _("article")
        verbose_name_plural = _("articles")
        indexes = [*Publishable.Meta.indexes, *live_indexes("news_article")]

    def __str__(self):
        return self.title or self.first_filled("title")

    def rubric_tag(self):
        """The tag of the pages listing the rubric's latest articles (each article's related ones)."""
        return f"news.rubric:{self.rubric_id}"

    def cache_tags(self):
        return {*super().cache_tags(), self.rubric_tag()}

    def get_absolute_url(self):
        return cached_reverse("news:detail", pk=self.pk, slug=self.slug)

    def clean(self):
        super().clean()
        require_a_language(self)

    @property
    def summary(self):
        """The lead, or the text's opening words when there is no lead."""
        return self.lead or Truncator(plain_text(self.body)).words(SUMMARY_WORDS)

    @property
    def byline(self):
        return ", ".join(part for part in (self.byline_name, self.byline_rank) if part)


class ArticlePhoto(models.Model):
    article = models.ForeignKey(
        Article, verbose_name=_("article"), on_delete=models.CASCADE, related_name="photos"
    )
    photo = models.ForeignKey(
        Photo, verbose_name=_("photo"), on_delete=models.PROTECT, related_name="gallery_rows"
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("gallery photo")
        verbose_name_plural = _("gallery photos")
        ordering = ["order", "pk"]

    def __str__(self):
        return str(self.photo)


class ArticleUpdate(models.Model):
    """A public note on a significant correction: "Updated <date>: <note>"."""

    article = models.ForeignKey(
        Article, verbose_name=_("article"), on_delete=models.CASCADE, related_name="updates"
    )
    date = models.DateField(_("date"), default=timezone.localdate)
    note = models.CharField(
        _("what changed"),
        max_length=500,
        blank=True,  # any one language will do: clean() checks that one is filled
        help_text=_("Shown under the publication date, e.g. “The number of participants was corrected.”"),
    )

    class Meta:
        verbose_name = _("update note")
        verbose_name_plural = _("update notes")
        ordering = ["date", "pk"]

    def __str__(self):
        return f"{self.date:%Y-%m-%d}: {self.note}"

    def clean(self):
        super().clean()
        if not any(getattr(self, f"note_{code}", "") for code in LANGUAGE_CODES):
            raise ValidationError(_("Write what changed in at least one language."), code="no_note")


class AddressQuerySet(PublishableQuerySet):
    def featured_now(self):
        """The address the site features now (at most one)."""
        return self.published().filter(is_current=True)

    def for_teaser(self):
        """Only what ``news/includes/address_teaser.html`` shows (the opening comes from the body)."""
        return self.only_shown("slug", "title", "speaker", "delivered_on", "body")


class Address(Publishable):
    """A featured statement, such as the President's annual address to Parliament."""

    # Blank here because any one language will do: clean() checks that one is filled.
    title = models.CharField(_("title"), max_length=255, blank=True)
    speaker = models.CharField(
        _("speaker"),
        max_length=255,
        blank=True,
        help_text=_("e.g. Emomali Rahmon, President of the Republic of Tajikistan"),
    )
    delivered_on = models.DateField(_("date delivered"))
    featured_photo = models.ForeignKey(
        Photo,
        verbose_name=_("photo"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="addresses",
    )
    body = RichTextField(_("full text"), blank=True)
    is_current = models.BooleanField(
        _("current"),
        default=False,
        help_text=_("The current address is featured on the home page; marking one unmarks the others."),
    )

    objects = AddressQuerySet.as_manager()

    class Meta(Publishable.Meta):
        verbose_name = pgettext_lazy("speech", "address")
        verbose_name_plural = pgettext_lazy("speech", "addresses")
        ordering = ["-delivered_on", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["is_current"], condition=models.Q(is_current=True), name="news_address_one_current"
            ),
        ]

    def __str__(self):
        return self.title or self.first_filled("title")

    def save(self, *args, **kwargs):
        with transaction.atomic():
            if self.is_current:
                Address.objects.filter(is_current=True).exclude(pk=self.pk).update(is_current=False)
            super().save(*args, **kwargs)

    def get_absolute_url(self):
        return cached_reverse("news:address_detail", pk=self.pk, slug=self.slug)

    def clean(self):
        super().clean()
        require_a_language(self)

    def opening(self, words=SUMMARY_WORDS * 2):
        """The first lines of the text, as plain text, for the home page's teaser."""
        return Truncator(plain_text(self.body)).words(words)
