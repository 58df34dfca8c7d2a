"""What a visitor typed, as the words to look for (``Term``) and as a PostgreSQL tsquery.

What a visitor types never reaches the database as syntax: the query is cut to
``MAX_QUERY_LENGTH``, reduced to words (letters and digits), and the search is assembled from
those words, each quoted and passed as a parameter.

Each query word becomes a ``Term``: the spellings to look for, and what is looked for in the
text — whole words as the text's words are stemmed (``lexemes``) and beginnings of words
(``prefixes``). A word may have a few spellings and variants (at most ``MAX_ALTERNATIVES``), so
that the way people type does not defeat the search (``mia_portal.search.words``).
"""

import re
import unicodedata
from dataclasses import dataclass

from mia_portal.search.words import (
    IGNORED,
    MAX_SPELLINGS,
    MIN_STEM,
    WORD,
    english_variants,
    fleeting_vowel_stems,
    fold,
    light_stem,
    stem,
    transliterations,
)

MAX_QUERY_LENGTH = 200
MAX_WORDS = 8
MAX_WORD_LENGTH = 40
MIN_WORD_LENGTH = 2
MAX_ALTERNATIVES = 8  # stems and prefixes looked for per query word, variants included

CONFIGS = {"tg": "simple", "ru": "russian", "en": "english"}

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff0-\uffff]")
# An apostrophe inside a Tajik word in Latin letters stands for ъ (ma'lumot).
_APOSTROPHE = re.compile(r"(?<=[^\W\d_])['’ʼ`](?=[^\W\d_])")
# A Tajik word on a Russian page is spelled the Russian way: Ҳисор → Гиссар is beyond a
# letter map, but Хуҷанд → Худжанд, Қурғонтеппа → Кургонтеппа are not.
_TAJIK_IN_RUSSIAN = str.maketrans({"ҷ": "дж", "ҳ": "х", "қ": "к", "ғ": "г", "ӣ": "и", "ӯ": "у"})


def clean_query(raw):
    """What is left of a visitor's query: at most MAX_QUERY_LENGTH characters, no control bytes."""
    text = unicodedata.normalize("NFC", _CONTROL.sub(" ", str(raw or "")[: MAX_QUERY_LENGTH * 2]))
    return " ".join(text[:MAX_QUERY_LENGTH].split())


@dataclass(frozen=True)
class Term:
    """One query word: its spellings, and what is looked for in the text's words (folded,
    and stemmed in Russian and English) — whole words (``lexemes``) and beginnings of words
    (``prefixes``)."""

    forms: tuple
    lexemes: tuple
    prefixes: tuple


class Query:
    def __init__(self, raw, language):
        self.text = clean_query(raw)
        self.language = language if language in CONFIGS else "tg"
        self.terms = []
        seen = set()
        text = self.text.lower()
        if self.language == "tg":
            text = _APOSTROPHE.sub("", text)
        for typed in WORD.findall(text):
            word = self._searched(fold(typed))[:MAX_WORD_LENGTH]
            if len(word) < MIN_WORD_LENGTH or word in seen:
                continue
            seen.add(word)
            spellings = [word, *transliterations(word, self.language)]
            if self.language == "ru":
                spellings.append(fold(typed.translate(_TAJIK_IN_RUSSIAN))[:MAX_WORD_LENGTH])
            forms = tuple(dict.fromkeys(self._searched(form) for form in spellings))[:MAX_SPELLINGS]
            self.terms.append(self._term(forms))
            if len(self.terms) == MAX_WORDS:
                break

    def _searched(self, word):
        return word.replace(IGNORED["tg"], "") if self.language == "tg" else word

    def _term(self, forms):
        if self.language == "tg":
            stems = list(dict.fromkeys(light_stem(form) for form in forms))
            return Term(forms, tuple(s for s in stems if len(s) < 3), tuple(s for s in stems if len(s) >= 3))
        stems = [stem(form, self.language) for form in forms]
        lexemes = list(stems)
        for form, form_stem in zip(forms, stems, strict=True):
            if self.language == "ru":
                lexemes += fleeting_vowel_stems(form, form_stem)
            else:
                lexemes += english_variants(form, form_stem)
        lexemes = list(dict.fromkeys(lexemes))
        # Snowball cuts some Russian forms shorter than others (автомобили → автомоб, but
        # автомобиль → автомобил): a long enough stem cut from the word also matches as the
        # beginning of a word.
        prefixes = [
            s
            for form, s in zip(forms, stems, strict=True)
            if self.language == "ru" and s != form and len(s) > MIN_STEM
        ]
        prefixes = list(dict.fromkeys(prefixes))
        lexemes = lexemes[: MAX_ALTERNATIVES - len(prefixes)]
        return Term(forms, tuple(lexemes), tuple(prefixes))

    def __bool__(self):
        return bool(self.terms)

    @property
    def config(self):
        return CONFIGS[self.language]

    def tsquery(self):
        """The query as SQL for PostgreSQL, (sql, params): every word required, each as any of
        its alternatives; the words themselves are parameters.

        A Russian or English word that the configuration drops as a stop word (the, через) is
        left out with its variants, as PostgreSQL leaves it out of the documents. PostgreSQL
        stems its spellings; the other stems computed here are looked up as they are, each
        once (a repeated alternative would make PostgreSQL think the word more common).
        """
        parts, params = [], []
        for term in self.terms:
            prefixes = [f"'{prefix}':*" for prefix in term.prefixes]
            if self.language == "tg":
                parts.append("to_tsquery('simple', %s)")
                params.append(" | ".join([f"'{lexeme}'" for lexeme in term.lexemes] + prefixes))
                continue
            stems = {stem(form, self.language) for form in term.forms}
            others = [
                f"'{lexeme}'"
                for lexeme in term.lexemes
                if lexeme not in stems and not lexeme.startswith(term.prefixes)
            ]
            stop_word = " OR ".join(["numnode(to_tsquery(%s::regconfig, %s)) = 0"] * len(term.forms))
            variants = " || to_tsquery('simple', %s)" if others + prefixes else ""
            parts.append(
                f"(CASE WHEN {stop_word} THEN ''::tsquery ELSE to_tsquery(%s::regconfig, %s){variants} END)"
            )
            for form in term.forms:
                params += [self.config, f"'{form}'"]
            params += [self.config, " | ".join(f"'{form}'" for form in term.forms)]
            if variants:
                params.append(" | ".join(others + prefixes))
        return " && ".join(parts), params

    def highlight_prefixes(self):
        """The beginnings of the words to mark in the text: what was looked for, but no stub
        shorter than three letters that was not typed (заём's stem за would mark half the words)."""
        prefixes = set()
        for term in self.terms:
            found = term.lexemes + term.prefixes
            if self.language == "en":  # English stems end in i where the word ends in y (happi ← happy)
                found += tuple(lexeme[:-1] for lexeme in found if lexeme.endswith("i"))
            prefixes.update(prefix for prefix in found if len(prefix) >= 3 or prefix in term.forms)
        return prefixes
