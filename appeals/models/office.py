"""Where an officer of the appeals office works: an officer of a regional department sees only
the appeals addressed or assigned to it; without a department, every appeal."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from contacts.models import RegionalDepartment


class OfficeMembership(models.Model):
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("officer"),
        on_delete=models.CASCADE,
        related_name="appeals_membership",
    )
    department = models.ForeignKey(
        RegionalDepartment,
        verbose_name=_("regional department"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("The officer sees only the appeals addressed or assigned to this department."),
    )

    class Meta:
        verbose_name = _("officer of a regional department")
        verbose_name_plural = _("officers of regional departments")

    def __str__(self):
        return f"{self.user} — {self.department}"
