"""The photo library: each photo uploaded once, described once, and chosen wherever it is shown.

A photo keeps its renditions (``mia_portal.images``) and, for the places that show it at a fixed
shape, crops centred on its focal point: 16:9 for cards and the home page's lead, 4:3 for
gallery thumbnails, 1200 × 630 for the picture a social network shows with a link.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from mia_portal.images import clean_photo, make_crop_renditions, store_photo

# name: (aspect ratio, widths)
CROPS = {
    "card": ((16, 9), (320, 640, 1024)),
    "gallery": ((4, 3), (320, 640)),
    "share": ((1200, 630), (1200,)),
}
CENTRE = 0.5


class Collection(models.Model):
    """A shelf of the library (an event, a region, a year) to find photos by."""

    # Shown to nobody but editors: its changes leave cached pages alone (mia_portal.cache_changes).
    shown_through_items = True

    name = models.CharField(_("name"), max_length=120)

    class Meta:
        verbose_name = _("collection")
        verbose_name_plural = _("collections")
        ordering = ["name_tg", "pk"]

    def __str__(self):
        return self.name or f"#{self.pk}"


class PhotoQuerySet(models.QuerySet):
    def matching(self, text):
        """Photos whose title, description, caption, credit or collection contains ``text``."""
        condition = Q(title__icontains=text)
        for code, _name in settings.LANGUAGES:
            for field in ("alt", "caption", "credit"):
                condition |= Q(**{f"{field}_{code}__icontains": text})
            condition |= Q(**{f"collections__name_{code}__icontains": text})
        return self.filter(pk__in=self.filter(condition).values("pk"))

    def in_collection(self, collection):
        return self.filter(collections=collection)

    def uploaded_between(self, start=None, end=None):
        """Uploaded on or after the date ``start`` and on or before the date ``end``."""
        found = self
        if start:
            found = found.filter(uploaded_at__date__gte=start)
        if end:
            found = found.filter(uploaded_at__date__lte=end)
        return found


def _fraction(label):
    return models.FloatField(
        label,
        default=CENTRE,
        validators=[MinValueValidator(0.0), MaxValueValidator(1.0)],
        help_text=_("From 0 to 1; set it by clicking on the photo."),
    )


class Photo(models.Model):
    # The public sees a photo only on the items that show it: a change purges their pages alone,
    # and nothing while no live item uses it (mia_portal.cache_changes).
    shown_through_items = True

    image = models.ImageField(
        _("photo"),
        upload_to="photos/%Y/%m/",
        help_text=_("JPEG, PNG or WebP. Location data is removed; smaller copies are made for phones."),
    )
    renditions = models.JSONField(_("photo sizes"), default=dict, blank=True, editable=False)
    crops = models.JSONField(_("crops"), default=dict, blank=True, editable=False)
    title = models.CharField(
        _("title"),
        max_length=255,
        help_text=_("For finding the photo in the library; not shown on the site."),
    )
    alt = models.CharField(
        _("description"),
        max_length=255,
        blank=True,
        help_text=_("What the photo shows, for readers who cannot see it."),
    )
    caption = models.CharField(_("caption"), max_length=255, blank=True)
    credit = models.CharField(_("photo credit"), max_length=255, blank=True)
    collections = models.ManyToManyField(
        Collection, verbose_name=_("collections"), related_name="photos", blank=True
    )
    focal_x = _fraction(_("focal point, across"))
    focal_y = _fraction(_("focal point, down"))
    uploaded_at = models.DateTimeField(_("uploaded"), default=timezone.now, editable=False, db_index=True)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("uploaded by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
    )

    objects = PhotoQuerySet.as_manager()

    class Meta:
        verbose_name = _("photo")
        verbose_name_plural = _("photos")
        ordering = ["-uploaded_at", "-pk"]

    def __str__(self):
        return self.title or self.image.name

    def save(self, *args, **kwargs):
        renditions = store_photo(self, "image")
        if renditions is not None:
            self.renditions = renditions
        if self.image and (renditions is not None or not self.crops_fit()):
            self.crops = {
                name: make_crop_renditions(
                    self.image.name, name, aspect, widths, self.focal_point, self.image.storage
                )
                for name, (aspect, widths) in CROPS.items()
            }
        elif not self.image:
            self.crops = {}
        super().save(*args, **kwargs)

    @property
    def focal_point(self):
        return (round(self.focal_x, 3), round(self.focal_y, 3))

    def clean(self):
        super().clean()
        try:
            clean_photo(self, "image")
        except ValidationError as error:
            raise ValidationError({"image": error}) from error

    def crops_fit(self):
        """Whether every crop was cut around the current focal point."""
        return all(list(self.focal_point) == (self.crops.get(name) or {}).get("focal") for name in CROPS)

    def _crop(self, name):
        # A photo brought in by the data migration has no crops until ``make_photo_crops`` runs.
        return self.crops.get(name) or self.renditions

    @property
    def card_renditions(self):
        return self._crop("card")

    @property
    def gallery_renditions(self):
        return self._crop("gallery")

    @property
    def share_renditions(self):
        return self._crop("share")
