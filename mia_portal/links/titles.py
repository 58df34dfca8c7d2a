"""Items found by a part of their title, in any language, as people type it.

Titles are compared folded as the site search folds Tajik (``search.words.fold``: ғ→г ӣ→и
қ→к ӯ→у ҳ→х ҷ→ч ё→е, lower case, without ъ), and a word typed in Latin letters also looks for
its Cyrillic spellings (``hujand`` finds «Хуҷанд»). Each word must be part of the same
title; a number finds the item with that id.
"""

from django.conf import settings
from django.db import connection
from django.db.models import CharField, F, Func, Q, Value

from mia_portal.search.words import IGNORED, WORD, fold, transliterations
from mia_portal.search_schema import FOLD_FROM, FOLD_TO, TAJIK_IGNORED

MAX_WORDS = 8
FOUND = 20  # of each kind


def _fold_for_sqlite(text):
    # SQLite's lower() folds ASCII only; the title is folded here as the query is.
    return fold(text).replace(IGNORED["tg"], "") if text else ""


class FoldedTitle(Func):
    """The column lower-cased, Tajik letters folded and ъ left out, in the database."""

    output_field = CharField()

    def __init__(self, column):
        super().__init__(F(column))

    def as_sqlite(self, compiler, connection, **extra_context):
        return super().as_sql(compiler, connection, function="mia_fold", **extra_context)

    def as_postgresql(self, compiler, connection, **extra_context):
        # translate() drops the letters of its second argument without a counterpart (ъ).
        folding = Func(
            Func(*self.source_expressions, function="lower"),
            Value(FOLD_FROM + TAJIK_IGNORED),
            Value(FOLD_TO),
            function="translate",
        )
        return folding.as_sql(compiler, connection, **extra_context)


def _spellings(word):
    return {word, *transliterations(word, "tg"), *transliterations(word, "ru")}


def matching(linkable, text):
    """The items of a linkable kind whose title in some language holds every word of ``text``
    (whatever their state), newest first."""
    if connection.vendor == "sqlite":
        connection.ensure_connection()
        connection.connection.create_function("mia_fold", 1, _fold_for_sqlite, deterministic=True)
    words = [fold(word).replace(IGNORED["tg"], "") for word in WORD.findall(text)]
    words = [word for word in words if word][:MAX_WORDS]  # "ъ" alone is no word
    codes = [code for code, _name in settings.LANGUAGES]
    field = linkable.title_field
    condition = Q()
    for code in codes:
        in_this_title = Q()
        for word in words:
            in_this_title &= Q(
                *(Q(**{f"folded_{code}__contains": spelling}) for spelling in _spellings(word)),
                _connector=Q.OR,
            )
        if words:
            condition |= in_this_title
    number = text.strip()
    if number.isascii() and number.isdigit() and len(number) < 19:
        condition |= Q(pk=int(number))
    if not condition:
        return linkable.model.objects.none()
    folded = {f"folded_{code}": FoldedTitle(f"{field}_{code}") for code in codes}
    return linkable.model.objects.alias(**folded).filter(condition).order_by("-published_at", "-pk")[:FOUND]
