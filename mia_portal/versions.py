"""What changed between saved versions of an item, in the words a press officer reads.

Only the fields an editor fills in are shown: what the site keeps for itself (text
fingerprints, photo sizes, availability flags, who saved and when) is not editable and
stays out. A translated field reads once per language ("Title (Русский)"), a related
item by its name in the admin's language, a choice by its label.
"""

import difflib
import re
from collections import defaultdict

from django.conf import settings
from django.db import models
from django.utils import formats, timezone
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.text import capfirst
from django.utils.translation import get_language_info, gettext
from modeltranslation.fields import TranslationField
from modeltranslation.translator import NotRegistered, translator

from mia_portal.richtext import RichTextField, plain_text

WORD = re.compile(r"\S+|\s+")


def word_diff(old, new):
    """HTML with removed words in <del> and added words in <ins>; everything escaped."""
    old_words, new_words = WORD.findall(old), WORD.findall(new)
    parts = []
    matcher = difflib.SequenceMatcher(a=old_words, b=new_words, autojunk=False)
    for tag, a_start, a_end, b_start, b_end in matcher.get_opcodes():
        removed = escape("".join(old_words[a_start:a_end]))
        added = escape("".join(new_words[b_start:b_end]))
        if tag == "equal":
            text = "".join(old_words[a_start:a_end])
            # Long unchanged stretches are shortened to their ends.
            parts.append(escape(text if len(text) <= 160 else f"{text[:70]} … {text[-70:]}"))
        else:
            if removed:
                parts.append(f"<del>{removed}</del>")
            if added:
                parts.append(f"<ins>{added}</ins>")
    return mark_safe("".join(parts))  # noqa: S308 (every piece above is escaped)


def shown_fields(model):
    """(label, field) for each field an editor fills in, in the model's order; a translated
    field once per language, labelled with the language's own name."""
    try:
        translated = translator.get_options_for_model(model).all_fields
    except NotRegistered:
        translated = {}
    shown = []
    for field in model._meta.concrete_fields:
        if not field.editable or field.primary_key or isinstance(field, TranslationField):
            continue
        label = capfirst(field.verbose_name)
        if field.name not in translated:
            shown.append((label, field))
            continue
        by_language = {translation.language: translation for translation in translated[field.name]}
        for code, _name in settings.LANGUAGES:
            language = capfirst(get_language_info(code)["name_local"])
            label_in = gettext("%(field)s (%(language)s)") % {"field": label, "language": language}
            shown.append((label_in, by_language[code]))
    return shown


def related_names(fields, versions):
    """{(model, pk): name} for every item the versions point to, one query per related model."""
    wanted = defaultdict(set)
    for _label, field in fields:
        if field.is_relation:
            for version in versions:
                if version.field_dict.get(field.attname) is not None:
                    wanted[field.related_model].add(version.field_dict[field.attname])
    return {
        (related, pk): str(item)
        for related, pks in wanted.items()
        for pk, item in related._base_manager.in_bulk(pks).items()
    }


def as_words(field, value, names):
    """A stored value as the admin shows it."""
    if field.choices:
        return str(dict(field.flatchoices).get(value, value))
    if value is None or value == "":
        return ""
    if field.is_relation:
        deleted = gettext("a deleted item (no. %(id)s)") % {"id": value}
        return names.get((field.related_model, value), deleted)
    if isinstance(field, models.BooleanField):
        return gettext("Yes") if value else gettext("No")
    if isinstance(field, models.DateTimeField):
        return formats.date_format(timezone.localtime(value), "DATETIME_FORMAT")
    if isinstance(field, models.DateField):
        return formats.date_format(value, "DATE_FORMAT")
    if isinstance(field, RichTextField):
        return plain_text(value)
    return str(value)


def version_changes(model, versions):
    """For versions of one item, newest first: [{"label", "diff"}] of what each changed."""
    fields = shown_fields(model)
    names = related_names(fields, versions)
    changes = []
    for index, current in enumerate(versions):
        previous = versions[index + 1] if index + 1 < len(versions) else None
        old = previous.field_dict if previous else {}
        new = current.field_dict
        changed = []
        for label, field in fields:
            if field.attname not in new:
                continue
            before, after = old.get(field.attname), new[field.attname]
            if before == after or (previous is None and after in (None, "", False)):
                continue
            was = as_words(field, before, names) if field.attname in old else ""
            diff = word_diff(was, as_words(field, after, names))
            changed.append({"label": label, "diff": diff})
        changes.append(changed)
    return changes
