"""Readable differences between two saved versions of an item, for the admin's history."""

import difflib
import re

from django.utils.html import escape, strip_tags
from django.utils.safestring import mark_safe

# Bookkeeping fields change on every save and say nothing an editor needs to read.
IGNORED_FIELDS = {"updated_at", "updated_by", "created_at", "created_by"}
WORD = re.compile(r"\S+|\s+")


def _as_text(value):
    if value is None:
        return ""
    return strip_tags(str(value)).replace("&nbsp;", " ")


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


def field_changes(model, previous, current):
    """[{"label", "diff"}] for every field whose value differs between two versions."""
    old = previous.field_dict if previous else {}
    new = current.field_dict
    changes = []
    for field in model._meta.concrete_fields:
        if field.name in IGNORED_FIELDS or field.attname not in new:
            continue
        before, after = old.get(field.attname), new.get(field.attname)
        if before == after or (previous is None and after in (None, "")):
            continue
        changes.append(
            {"label": str(field.verbose_name), "diff": word_diff(_as_text(before), _as_text(after))}
        )
    return changes
