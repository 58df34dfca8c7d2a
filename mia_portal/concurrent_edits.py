"""Protection against concurrent edits in the admin: a save is refused unless the editor
worked on the item as it is stored now."""

from django.core.exceptions import ValidationError
from django.utils import formats, timezone
from django.utils.html import format_html
from django.utils.translation import gettext

VERSION_FIELD = "_last_known_change"


class ConcurrentEditForm:
    """Refuses a save unless the editor worked on the item as it is stored now.

    The change form carries the version (``updated_at``) the item had when it was opened.
    ``stored`` is the item as the database holds it at the save, read by the admin with its
    row locked until the save's transaction ends, so that checking and writing are one step:
    of two editors saving at once, the second waits for the first and is then refused. A
    refused form comes back with everything the editor typed and the newer version, so a
    second save overwrites on purpose.
    """

    stored = None  # the item's row when the admin read it, or None when there is none

    @property
    def stored_version(self):
        return self.stored.updated_at.isoformat() if self.stored else ""

    def version_input(self):
        if self.instance._state.adding:
            return ""
        return format_html('<input type="hidden" name="{}" value="{}">', VERSION_FIELD, self.stored_version)

    def clean(self):
        cleaned_data = super().clean()
        if self.instance._state.adding:
            return cleaned_data
        opened_with = self.data.get(VERSION_FIELD)
        if opened_with is None:
            raise ValidationError(
                gettext(
                    "The form came without the version of the item it was opened with, so it "
                    "could not be checked against a colleague's saves. Nothing has been saved and "
                    "your text is kept below: check it, then save again."
                ),
                code="no_version",
            )
        stored = self.stored
        # With no row stored, the save recreates a deleted item: there is nothing to overwrite.
        if stored and opened_with != self.stored_version:
            raise ValidationError(
                gettext(
                    "%(user)s saved this item at %(time)s, after you opened it. Your text is kept "
                    "below and nothing has been saved. Open the item in another tab to compare, "
                    "then save again to replace their version with yours."
                )
                % {
                    "user": stored.updated_by.get_username() if stored.updated_by else gettext("someone"),
                    "time": formats.date_format(timezone.localtime(stored.updated_at), "H:i:s"),
                },
                code="conflict",
            )
        return cleaned_data
