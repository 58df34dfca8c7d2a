"""Whether each language of an item is there and up to date, for the translation dashboard.

A language is *missing* while a required field is empty in it (the item's availability flag
for it is off), and *outdated* when another language's texts changed after its own were last
saved: every save stamps the languages it changes in the item's ``translation_changes``.
"""

import hashlib

from django.conf import settings
from django.db.models import Count, Q
from django.utils import timezone
from modeltranslation.translator import translator

from mia_portal.richtext import RichTextField, sanitize_html

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]
# Translated fields that say nothing about whether a translation is up to date.
UNTRACKED = {"withdrawal_note"}


def availability_field(language):
    return f"available_{language}"


def missing_in(language):
    return Q(**{availability_field(language): False})


def outdated_in(language):
    return Q(**{f"translation_changes__{language}__outdated": True})


def _named(fields, language):
    return [f"{field}_{language}" for field in fields]


class TranslationStatusQuerySet:
    """For a QuerySet of items: those missing or outdated in a language, and the totals."""

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


class TrackedTranslations:
    """For a content model with a ``translation_changes`` field: keeps it current on save
    (``track_translation_changes()``) and reads a language's state from it."""

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
