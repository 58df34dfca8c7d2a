"""The main navigation and the footer's menus: ordered items, each pointing to a page of the
tree, a section of the site or an external address."""

from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator, URLValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from menus.sections import Section
from mia_portal.translation_status import LANGUAGE_CODES
from pages.models import Page

MAIN = "main-menu"

menu_key = RegexValidator(
    r"^(main-menu|footer-[a-z0-9-]+)$",
    _("Use “main-menu” for the main navigation, or “footer-” and Latin letters for a footer column."),
)
secure_address = URLValidator(
    schemes=["https"],
    message=_("Enter a full address starting with https:// (e.g. https://www.president.tj/)."),
)

# Exactly one target, in two constraints so that each case gets its own message.
NO_PAGE, NO_SECTION, NO_ADDRESS = Q(page__isnull=True), Q(section=""), Q(url="")
HAS_A_TARGET = ~(NO_PAGE & NO_SECTION & NO_ADDRESS)
HAS_ONE_TARGET_AT_MOST = (NO_PAGE & NO_SECTION) | (NO_PAGE & NO_ADDRESS) | (NO_SECTION & NO_ADDRESS)


class Menu(models.Model):
    key = models.SlugField(
        _("place"),
        max_length=40,
        unique=True,
        validators=[menu_key],
        help_text=_(
            "Where the menu is shown: “main-menu” is the navigation under the site's name; "
            "“footer-…” (e.g. footer-ministry) is a column of links at the bottom of every page."
        ),
    )
    title = models.CharField(
        _("heading"), max_length=80, blank=True, help_text=_("Shown above a footer column.")
    )
    order = models.PositiveSmallIntegerField(
        _("order"), default=0, help_text=_("Footer columns are shown from the lowest number.")
    )

    class Meta:
        verbose_name = _("menu")
        verbose_name_plural = _("menus")
        ordering = ["order", "key"]

    def __str__(self):
        return self.title or (gettext("Main navigation") if self.key == MAIN else self.key)


class MenuItem(models.Model):
    menu = models.ForeignKey(Menu, verbose_name=_("menu"), on_delete=models.CASCADE, related_name="items")
    parent = models.ForeignKey(
        "self",
        verbose_name=_("under"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="children",
        help_text=_("Another item of this menu to list this one under (one level only)."),
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    label = models.CharField(
        _("label"),
        max_length=80,
        blank=True,
        help_text=_(
            "Left empty, a page's item shows the page's title and a section's item the section's name."
        ),
    )
    # The page goes with its items: a deleted page leaves no item without a target.
    page = models.ForeignKey(
        Page, verbose_name=_("page"), on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    section = models.CharField(_("section of the site"), max_length=40, choices=Section.choices, blank=True)
    url = models.CharField(_("external address"), max_length=500, blank=True, validators=[secure_address])

    class Meta:
        verbose_name = _("menu item")
        verbose_name_plural = _("menu items")
        ordering = ["order", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=HAS_A_TARGET,
                name="menu_item_has_a_target",
                violation_error_message=_(
                    "Choose where the item leads: a page, a section of the site or an external address."
                ),
            ),
            models.CheckConstraint(
                condition=HAS_ONE_TARGET_AT_MOST,
                name="menu_item_has_one_target",
                violation_error_message=_(
                    "An item leads to one place only: keep either the page, the section or the "
                    "external address, and clear the others."
                ),
            ),
        ]

    def __str__(self):
        return self.first_label() or str(self.page or self.get_section_display() or self.url)

    def first_label(self):
        return next(
            (getattr(self, f"label_{code}") for code in LANGUAGE_CODES if getattr(self, f"label_{code}")), ""
        )

    def clean(self):
        super().clean()
        if self.url and not self.first_label():
            message = _("Write the label of an external address in at least one language.")
            raise ValidationError({f"label_{LANGUAGE_CODES[0]}": ValidationError(message, code="no_label")})
        if self.parent_id is not None:
            self.check_depth()

    def check_depth(self):
        if self.parent_id == self.pk:
            message = _("An item cannot be listed under itself.")
            raise ValidationError({"parent": ValidationError(message, code="under_itself")})
        if self.parent.menu_id != self.menu_id:
            message = _("Choose an item of the same menu.")
            raise ValidationError({"parent": ValidationError(message, code="other_menu")})
        if self.parent.parent_id is not None or (self.pk and self.children.exists()):
            message = _("Menus go one level deep: an item under another cannot have items of its own.")
            raise ValidationError({"parent": ValidationError(message, code="too_deep")})

    def is_target_public(self):
        """False when the item points to a page the public cannot see (a draft, a withdrawn or
        scheduled page, or one under such a page): the public menus leave it out."""
        return self.page_id is None or Page.objects.public().filter(pk=self.page_id).exists()
