"""The one table the building blocks keep: which items link to which (``mia_portal.links``).

Abstract bases (``publishing.Publishable``) live in their own modules and need no table.
"""

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _


class ItemLink(models.Model):
    """One field of one item links to another item: kept on every save by ``links.index``."""

    source_type = models.ForeignKey(
        ContentType, verbose_name=_("kind of the linking item"), on_delete=models.CASCADE, related_name="+"
    )
    source_id = models.PositiveBigIntegerField(_("linking item"))
    field = models.CharField(_("field"), max_length=100)
    target_type = models.ForeignKey(
        ContentType, verbose_name=_("kind of the linked item"), on_delete=models.CASCADE, related_name="+"
    )
    target_id = models.PositiveBigIntegerField(_("linked item"))

    class Meta:
        verbose_name = _("internal link")
        verbose_name_plural = _("internal links")
        ordering = ["target_type", "target_id", "source_type", "source_id", "field"]
        constraints = [
            models.UniqueConstraint(
                fields=["source_type", "source_id", "field", "target_type", "target_id"],
                name="item_link_once",
            )
        ]
        indexes = [models.Index(fields=["target_type", "target_id"], name="item_link_target")]

    def __str__(self):
        source = f"{self.source_type.model} {self.source_id}.{self.field}"
        return f"{source} → {self.target_type.model} {self.target_id}"
