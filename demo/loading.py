"""What the demo's loaders share: the data files and the model fields made from them.

In ``data/<section>.json`` a text is an object with one entry per language
(``{"tg": …, "ru": …, "en": …}``), a moment is a Dushanbe time (``"2019-10-04 16:40"``) and a
day an ISO date (``"2019-10-07"``).
"""

import json
from datetime import date, datetime
from pathlib import Path

from django.utils import timezone

LANGUAGES = ("tg", "ru", "en")
DATA = Path(__file__).resolve().parent / "data"


def data(section):
    return json.loads((DATA / f"{section}.json").read_text(encoding="utf-8"))


def moment(text):
    return timezone.make_aware(datetime.fromisoformat(text), timezone.get_default_timezone())


def day(text):
    return date.fromisoformat(text)


def translated(field, texts, languages=LANGUAGES):
    """``<field>_<code>`` for every language: its text in ``languages``, empty in the others."""
    return {f"{field}_{code}": texts[code] if code in languages else "" for code in LANGUAGES}


def named_rows(model, entries):
    """Every row of ``model`` by slug, after creating those of ``entries`` (slug, order and a
    name in each language) it lacks; and how many were created."""
    rows = {row.slug: row for row in model.objects.all()}
    new = [
        model.objects.create(slug=entry["slug"], order=entry["order"], **translated("name", entry["name"]))
        for entry in entries
        if entry["slug"] not in rows
    ]
    rows.update((row.slug, row) for row in new)
    return rows, len(new)


def triple(texts):
    """``(tg, ru, en)``: the shape the report writers fill in."""
    return tuple(texts[code] for code in LANGUAGES)


def paragraphs(*texts):
    return "".join(f"<p>{text}</p>" for text in texts)
