"""Site search: news, incident reports and announcements in the page's language, ranked.

What a visitor types never reaches the database as syntax: the query is cut to
``MAX_QUERY_LENGTH``, reduced to words (letters and digits), and the search is assembled from
those words, each quoted and passed as a parameter.

Each query word becomes a ``Term``: the spellings to look for, and what is looked for in the
text — whole words as the text's words are stemmed (``lexemes``) and beginnings of words
(``prefixes``). A word may have a few spellings and variants (at most ``MAX_ALTERNATIVES``), so
that the way people type does not defeat the search:

- Tajik: many keyboards lack ғ ӣ қ ӯ ҳ ҷ, so both the text and the query are *folded*
  (ғ→г ӣ→и қ→к ӯ→у ҳ→х ҷ→ч, and ё→е), and searched without ъ, which Latin spellings drop
  (``malumot``, ``ma'lumot`` → «маълумот»). A word typed in Latin letters also looks for its
  Cyrillic spelling (``dushanbe`` → «душанбе»), the reverse of ``mia_portal.slugs``, with y
  before a vowel read both as one letter and as й (``hayat`` → «ҳаят», «ҳайат»). Endings are
  cut lightly (-ро, -ҳо, -и, -он …) and the rest is matched as the beginning of a word.
- Russian and English: words are stemmed with Snowball, the stemmer of PostgreSQL's
  ``russian`` and ``english`` configurations (the pinned ``snowballstemmer`` gives the same
  stems), so both backends look for the same stems. Russian adds the stems a fleeting vowel
  changes (отец/отца, окно/окон, церковь/церкви, заём/займа); English the other of a British
  and an American spelling, -er/-ery nouns (robber/robbery) and f/v plurals (thief/thieves).
  On a Russian page a word typed in Latin letters also looks for its Cyrillic spelling, and a
  word typed with Tajik letters for its Russian spelling (ҷ→дж).

PostgreSQL: full-text search over each item's document (title weighted A, lead B, text C),
stored per language in a column that a trigger keeps current, with a GIN index
(``mia_portal.search_schema``). Stored, not computed in the query: PostgreSQL's planner takes
to_tsvector for cheap, and over an expression index it would compute it row by row for a common
word — about a millisecond an article, seconds a search (measured on 100,000 articles: 0.9 s
with expression indexes, 8 ms stored). Results are ranked with ts_rank among the latest
``CANDIDATES`` matches of each section, so a common word costs no more than a rare one; Russian
and English look in the last year first (see ``PostgresBackend.latest_matches``).

SQLite: the same page and behaviour through Python functions registered on the connection that
read each field's words as PostgreSQL's documents hold them (folded, stemmed) and match the
terms against them (SQLite's own LIKE folds ASCII only).
"""

import json
import re
import threading
import unicodedata
from dataclasses import dataclass
from datetime import timedelta
from functools import lru_cache
from itertools import product

import snowballstemmer
from django.contrib.postgres.search import SearchQueryField, SearchRank, SearchVectorField
from django.db import connection
from django.db.models import BooleanField, Expression, F, FloatField, Func, Q, Value
from django.utils import timezone
from django.utils.html import escape
from django.utils.safestring import mark_safe

from mia_portal.richtext import plain_text
from mia_portal.search_schema import FOLD_FROM, FOLD_TO

MAX_QUERY_LENGTH = 200
MAX_WORDS = 8
MAX_WORD_LENGTH = 40
MIN_WORD_LENGTH = 2
MAX_SPELLINGS = 4  # of one query word: as typed, transliterated …
MAX_ALTERNATIVES = 8  # stems and prefixes looked for per query word, variants included
CANDIDATES = 100  # the latest matches of each section that are ranked and paged through
RECENT = timedelta(days=365)  # searched first on PostgreSQL
SNIPPET_LENGTH = 240
WEIGHTS = {"A": 1.0, "B": 0.4, "C": 0.1}  # a query word in the title, the lead, the text

CONFIGS = {"tg": "simple", "ru": "russian", "en": "english"}

# As PostgreSQL's Tajik documents are folded; after lower() the lower-case letters suffice.
_FOLD = [(letter, folded) for letter, folded in zip(FOLD_FROM, FOLD_TO, strict=True) if letter.islower()]
# Letters a language's search leaves out, in the text and in the query (after folding): Tajik
# ъ, which Latin spellings and many who type Cyrillic drop (таъмин, tamin). PostgreSQL's
# documents leave it out too (search_schema.TAJIK_IGNORED).
IGNORED = {"tg": "ъ"}

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff0-\uffff]")
_WORD = re.compile(r"[^\W_]+")
# An apostrophe inside a Tajik word in Latin letters stands for ъ (ma'lumot).
_APOSTROPHE = re.compile(r"(?<=[^\W\d_])['’ʼ`](?=[^\W\d_])")

# Latin → Cyrillic, longest spellings first (the reverse of mia_portal.slugs).
_LATIN_COMMON = [
    ("shch", "щ"), ("sh", "ш"), ("ch", "ч"), ("zh", "ж"), ("kh", "х"), ("yo", "ё"), ("yu", "ю"),
    ("ya", "я"), ("ye", "е"), ("a", "а"), ("b", "б"), ("c", "с"), ("d", "д"), ("e", "е"), ("f", "ф"),
    ("g", "г"), ("i", "и"), ("k", "к"), ("l", "л"), ("m", "м"), ("n", "н"), ("o", "о"), ("p", "п"),
    ("r", "р"), ("s", "с"), ("t", "т"), ("u", "у"), ("v", "в"), ("w", "в"), ("z", "з"),
]  # fmt: skip
_LATIN = {
    "tg": [("gh", "ғ"), *_LATIN_COMMON, ("h", "ҳ"), ("j", "ҷ"), ("q", "қ"), ("x", "х"), ("y", "й")],
    "ru": [("ts", "ц"), *_LATIN_COMMON, ("h", "х"), ("j", "дж"), ("q", "к"), ("x", "кс"), ("y", "й")],
}
_VOWELS = set("аеёиоуыэюяӣӯ")
# A Tajik word on a Russian page is spelled the Russian way: Ҳисор → Гиссар is beyond a
# letter map, but Хуҷанд → Худжанд, Қурғонтеппа → Кургонтеппа are not.
_TAJIK_IN_RUSSIAN = str.maketrans({"ҷ": "дж", "ҳ": "х", "қ": "к", "ғ": "г", "ӣ": "и", "ӯ": "у"})

# Light stemming of Tajik query words: common endings, longest first, with the shortest stem to keep.
_TAJIK_ENDINGS = (
    "хоятон хояшон хоямон хоро хоям хоят хояш хои хо онро они он ёнро ёни ён гонро гон "
    "ашон атон амон ро аш ат ам и"
)
_TAJIK_ENDINGS = sorted(set(_TAJIK_ENDINGS.split()), key=len, reverse=True)
MIN_STEM = 4

# Russian fleeting vowels: о or е that a word drops when an ending follows (отец/отца,
# окно/окон, девушка/девушек, церковь/церкви), before these consonants; after a vowel the
# е alternates with й (заём/займа, боец/бойца), and it may leave a soft sign (колец/кольца).
_RU_CONSONANTS = set("бвгджзклмнпрстфхцчшщ")
_RU_FLEETING_BEFORE = set("кцнлрвм")
_RU_NO_FLEETING = ("ств", "тв", "ск", "зм")  # -ство, -ский, -изм keep their clusters whole

# English words one spelling apart, as the beginnings of their Snowball stems: a stem that
# begins with one side of a pair is also looked for with the other. British and American
# spellings that the stemmer leaves apart (organisation → organis, organization → organ), and
# a deed and its doer (theft, thief, thieves). Kept to words that news of the Ministry uses.
ENGLISH_PAIRS = [
    ("organis", "organ"),  # organise, organisation / organize, organization
    ("recognis", "recogn"),  # recognise / recognize
    ("authoris", "author"),  # authorised / authorized
    ("analys", "analyz"),  # analyse / analyze
    ("defenc", "defens"),  # defence / defense
    ("offenc", "offens"),  # offence / offense
    ("licenc", "licens"),  # licence / license
    ("centr", "center"),  # centre / center
    ("programm", "program"),  # programme / program
    ("neighbour", "neighbor"),
    ("labour", "labor"),
    ("behaviour", "behavior"),
    ("favour", "favor"),
    ("honour", "honor"),
    ("judgement", "judgment"),
    ("jewelleri", "jewelri"),  # jewellery / jewelry
    ("theft", "thief"),
    ("theft", "thiev"),  # thieves
]


def fold(text):
    """Lower case and Tajik folding, one character for one (so positions map back)."""
    lowered = text.lower()
    if len(lowered) != len(text):  # a letter whose lower case is longer (İ): keep it as it is
        lowered = "".join(char.lower() if len(char.lower()) == 1 else char for char in text)
    for letter, folded in _FOLD:  # str.replace: many times faster than translate on Cyrillic
        lowered = lowered.replace(letter, folded)
    return lowered


def clean_query(raw):
    """What is left of a visitor's query: at most MAX_QUERY_LENGTH characters, no control bytes."""
    text = unicodedata.normalize("NFC", _CONTROL.sub(" ", str(raw or "")[: MAX_QUERY_LENGTH * 2]))
    return " ".join(text[:MAX_QUERY_LENGTH].split())


def light_stem(word):
    """A Tajik word without its ending, if enough of it is left."""
    for ending in _TAJIK_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= MIN_STEM:
            return word[: -len(ending)]
    return word


_stemmers = threading.local()  # Snowball's stemmers keep state while they work


@lru_cache(maxsize=100_000)
def stem(word, language):
    """A folded word's Snowball stem, as PostgreSQL's configuration for the language stems it
    (it stems Latin words of a Russian text as English)."""
    algorithm = "english" if language == "en" or word.isascii() else "russian"
    stemmer = getattr(_stemmers, algorithm, None)
    if stemmer is None:
        stemmer = snowballstemmer.stemmer(algorithm)
        setattr(_stemmers, algorithm, stemmer)
    return stemmer.stemWord(word)


def searched_words(text, language, is_html=False):
    """A text's words as PostgreSQL's document holds them: Tajik folded and without ъ, Russian
    and English in lower case and stemmed (Snowball reads ё as е)."""
    if not text:
        return []
    if is_html:
        text = plain_text(text)
    if language != "tg":
        return [stem(word, language) for word in _WORD.findall(text.lower())]
    return _WORD.findall(fold(text).replace(IGNORED["tg"], ""))


def transliterations(word, language):
    """Cyrillic spellings of a word typed in Latin letters on a Tajik or Russian page."""
    rules = _LATIN.get(language)
    if not rules or not word.isascii() or not word.isalpha():
        return []
    options, position = [], 0
    while position < len(word):
        for latin, cyrillic in rules:
            if word.startswith(latin, position):
                if latin == "y" and language == "ru" and options and options[-1][0][-1] not in _VOWELS:
                    cyrillic = "ы"
                choices = [cyrillic]
                if language == "tg" and len(latin) == 2 and latin[0] == "y":
                    choices.append("й" + dict(rules)[latin[1]])  # hayat: ҳаят or ҳайат
                options.append(choices)
                position += len(latin)
                break
        else:
            return []
    spellings = []
    for letters in product(*options):
        spelled = fold("".join(letters))
        # A word-initial e is э as often as е (Эмомалӣ, экономика).
        spellings += [spelled, "э" + spelled[1:]] if spelled.startswith("е") else [spelled]
        if len(spellings) >= MAX_SPELLINGS:
            break
    return spellings[:MAX_SPELLINGS]


def fleeting_vowel_stems(word, word_stem):
    """Stems of the other forms of a Russian word whose last syllable has a fleeting vowel.

    The stem a form with an ending gives (отц, окн, займ) and the word without one (отец,
    окон, заём), which Snowball may cut further (заём → за): both are returned.
    """
    base = word.removesuffix("ь") if word[-1] in _RU_CONSONANTS | {"ь", "й"} else word_stem
    if len(base) < 3 or base[-1] not in _RU_FLEETING_BEFORE or base.endswith(_RU_NO_FLEETING):
        return []
    head, before, last = base[:-2], base[-2], base[-1]
    stems = []
    if before in "ое" and len(base) >= 4:  # отец → отц, окон → окн, заём → займ
        first = head[-1]
        if first in _VOWELS and before == "е":
            stems.append(head + "й" + last)
        elif first in _RU_CONSONANTS:
            stems.append(head + last)
            if before == "е":
                stems.append(head + "ь" + last)  # колец → кольц, писем → письм
    elif before in "йь":  # займ → заём, кольц → колец
        stems += [head + "е" + last]
    elif before in _RU_CONSONANTS:  # отц → отец, окн → окон, церкв → церковь
        stems += [base[:-1] + "о" + last, base[:-1] + "е" + last]
    if before not in "ое":  # the word without an ending is stemmed further by Snowball
        stems += [stem(alternative, "ru") for alternative in stems]
    return stems


def english_variants(word, word_stem):
    """Stems of English words one spelling apart: f/v plurals, -er/-ery nouns, ENGLISH_PAIRS."""
    words = []
    if len(word) >= 5 and word.endswith("ves"):  # thieves → thief, knives → knife
        words += [word[:-3] + "f", word[:-3] + "fe"]
    elif len(word) >= 4 and word.endswith(("f", "fe")) and not word.endswith("ff"):
        words.append(word.removesuffix("e").removesuffix("f") + "ves")
    stems = [stem(other, "en") for other in words]
    for found in [word_stem, *stems]:
        if found.endswith(("eri", "ari")):  # robbery → robber, burglary → burglar
            stems.append(found[:-1])
        elif found.endswith(("er", "ar")):
            stems.append(found + "i")
        for one, other in ENGLISH_PAIRS + [(b, a) for a, b in ENGLISH_PAIRS]:
            # organis begins with organ too, but is no organ spelled the other way (organisis)
            if found.startswith(one) and not (other.startswith(one) and found.startswith(other)):
                stems.append(other + found[len(one) :])
    return stems


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
        for typed in _WORD.findall(text):
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


# --- What is searched -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Section:
    key: str
    label: str
    model: type
    # (field, weight): where a word counts most, as in the stored PostgreSQL documents (title A,
    # lead B, text C). Rich-text fields are searched without their tags.
    fields: tuple
    rich_text: tuple = ("body",)

    @property
    def rank_fields(self):
        """What SQLite's ranking reads: the short fields only, so it stays cheap on long texts."""
        return tuple(pair for pair in self.fields if pair[0] not in self.rich_text)

    def published(self, language):
        return self.model.objects.published().available_in(language)


# The sections by key, in the order the search page lists them. Each content app registers its
# own in AppConfig.ready() (so in the order of INSTALLED_APPS): this module names no app.
SECTIONS = {}


def register(section):
    """Search ``section`` too. Its model needs the stored documents of ``search_schema`` on
    PostgreSQL (the app's ``search_indexes`` migration)."""
    SECTIONS[section.key] = section


class SearchDocument(Expression):
    """An item's stored tsvector in one language (PostgreSQL).

    ``mia_portal.search_schema`` adds the columns ``search_tg``, ``search_ru`` and ``search_en``
    with a trigger that fills them on every insert and every change of a title, lead or text,
    and a GIN index on each. Django's models do not declare them: this
    expression names the column on whatever alias the query gives the table.
    """

    output_field = SearchVectorField()

    def __init__(self, language):
        super().__init__()
        self.column = f"search_{language}"

    def as_sql(self, compiler, connection):
        table = compiler.quote_name_unless_alias(compiler.query.get_initial_alias())
        return f"{table}.{connection.ops.quote_name(self.column)}", []


class TextSearchQuery(Expression):
    """A ``Query`` as a tsquery (PostgreSQL), built by ``Query.tsquery``."""

    output_field = SearchQueryField()

    def __init__(self, query):
        super().__init__()
        self.query = query

    def as_sql(self, compiler, connection):
        sql, params = self.query.tsquery()
        return f"({sql})", params


def matches(document, query):
    """Whether the document matches the tsquery (``@@``), a condition to filter on."""
    return Func(document, query, template="(%(expressions)s)", arg_joiner=" @@ ", output_field=BooleanField())


def matching_in_any_language(queryset, text, exact_fields=()):
    """For the admin's search box on PostgreSQL: the items whose stored document in any of the
    three languages matches ``text``, whose id it is or whose ``exact_fields`` it equals,
    whatever their status. Searched through the GIN indexes; Django's own admin search reads
    every row with LIKE, seconds over 200,000 reports. None when the model has no search
    documents or the database is SQLite."""
    if connection.vendor != "postgresql" or queryset.model not in {s.model for s in SECTIONS.values()}:
        return None
    condition = Q()
    for language in CONFIGS:
        query = Query(text, language)
        if query:
            condition |= Q(matches(SearchDocument(language), TextSearchQuery(query)))
    words = text.strip()
    if words.isascii() and words.isdigit() and len(words) < 19:  # "²" is a digit int() refuses
        condition |= Q(pk=int(words))
    for field in exact_fields:
        condition |= Q(**{f"{field}__iexact": words})
    if not condition:
        return queryset.none()
    return queryset.filter(condition)


# --- The two backends -------------------------------------------------------------------------------


class PostgresBackend:
    """Full-text search over the stored documents: the GIN index answers rare words, and for
    common ones PostgreSQL walks the newest items, testing each stored document (a few
    microseconds; computing to_tsvector instead would cost about a millisecond an article)."""

    def __init__(self, query):
        self.query = query
        self.search_query = TextSearchQuery(query)
        self.document = SearchDocument(query.language)

    def latest_matches(self, section):
        matching = section.published(self.query.language).filter(matches(self.document, self.search_query))
        # In the order of the publication index, so that the newest matches are found by walking it.
        matching = matching.order_by("-published_at").values("pk")
        if self.query.language == "tg":
            # Prefix matching makes the index's answer itself costly (every word with the
            # prefix): walking the newest items is cheaper even for common words.
            return matching[:CANDIDATES]
        # The last year first, and older items only when it has too few: words that are
        # common together (which PostgreSQL's estimates take for rare) are then found among a
        # year's items instead of by reading every match in the archive.
        cut = timezone.now() - RECENT
        recent = matching.filter(published_at__gte=cut)[:CANDIDATES]
        # Older items are read only when the last year had too few matches, so the words are
        # rare: their index's answer, sorted, is cheaper than walking ten years of items.
        # Sorting by an expression ("+ 0") keeps PostgreSQL from choosing the walk. A word
        # common only years ago costs all its older matches: 30 ms for 7,000 of them.
        unindexed = F("published_at") + Value(timedelta(0))
        older = matching.filter(published_at__lt=cut).order_by(unindexed.desc())[:CANDIDATES]
        return recent.union(older, all=True)[:CANDIDATES]

    def with_score(self, queryset, section):
        """ts_rank over the title (weight A), the lead (B) and the text (C)."""
        return queryset.annotate(score=SearchRank(self.document, self.search_query))


@lru_cache(maxsize=64)
def _sqlite_search(spec):
    """A search as SqliteBackend describes it to the database, read back."""
    spec = json.loads(spec)
    # A prefix is looked for in the words joined by spaces: " " + prefix begins a word.
    terms = [
        (frozenset(lexemes), [f" {prefix}" for prefix in prefixes]) for lexemes, prefixes in spec["terms"]
    ]
    return spec["language"], terms, spec["fields"]


def _sqlite_words(text, language, is_html):
    """A field's words, as a set (for lexemes) and joined after spaces (for prefixes)."""
    words = searched_words(text, language, is_html)
    return set(words), " " + " ".join(words)


def _sqlite_has(term, words):
    (lexemes, prefixes), (distinct, joined) = term, words
    return not lexemes.isdisjoint(distinct) or any(prefix in joined for prefix in prefixes)


def sqlite_matches(spec, *texts):
    """1 when every term of the search is found in one of the texts, else 0. The texts are
    read in order (title first) and only while some term is still missing."""
    language, terms, fields = _sqlite_search(spec)
    for text, (is_html, _weight) in zip(texts, fields, strict=True):
        if text:
            words = _sqlite_words(text, language, is_html)
            terms = [term for term in terms if not _sqlite_has(term, words)]
            if not terms:
                return 1
    return 0


def sqlite_score(spec, *texts):
    """The weights of the texts each term is found in, added up."""
    language, terms, fields = _sqlite_search(spec)
    score = 0.0
    for text, (is_html, weight) in zip(texts, fields, strict=True):
        words = _sqlite_words(text, language, is_html)
        score += weight * sum(_sqlite_has(term, words) for term in terms)
    return score


class SqliteBackend:
    """The same matching in Python: functions registered on the connection read each field's
    words as PostgreSQL's documents hold them (folded; stemmed in Russian and English; Tajik
    without ъ) and look for each term's lexemes and prefixes among them. One call reads every
    field of an item once, whatever the number of words and their variants."""

    def __init__(self, query):
        self.query = query
        connection.ensure_connection()
        for function in (sqlite_matches, sqlite_score):
            connection.connection.create_function(
                f"mia_{function.__name__}", -1, function, deterministic=True
            )

    def _search(self, function, section, fields, output_field):
        spec = {
            "language": self.query.language,
            "terms": [[term.lexemes, term.prefixes] for term in self.query.terms],
            "fields": [[field in section.rich_text, WEIGHTS[weight]] for field, weight in fields],
        }
        columns = [F(f"{field}_{self.query.language}") for field, _weight in fields]
        return Func(
            Value(json.dumps(spec)), *columns, function=f"mia_{function.__name__}", output_field=output_field
        )

    def latest_matches(self, section):
        found = self._search(sqlite_matches, section, section.fields, BooleanField())
        latest = section.published(self.query.language).filter(found)
        return latest.order_by("-published_at", "-pk").values("pk")[:CANDIDATES]

    def with_score(self, queryset, section):
        """How many query words are in the title (1 each) and in the lead (0.4 each)."""
        return queryset.annotate(score=self._search(sqlite_score, section, section.rank_fields, FloatField()))


# --- Results ----------------------------------------------------------------------------------------------


class Highlighter:
    """Escapes text, then wraps the words that start with a query stem in <mark>."""

    def __init__(self, prefixes, ignored=""):
        prefixes = sorted(prefixes, key=len, reverse=True)
        # The letters the search ignores may stand between any two of a prefix's (таъмин ← тамин).
        between = f"[{re.escape(ignored)}]?" if ignored else ""
        alternatives = "|".join(between.join(map(re.escape, prefix)) for prefix in prefixes)
        self.pattern = re.compile(rf"(?<![^\W_])(?:{alternatives})[^\W_]*") if prefixes else None

    def spans(self, text):
        return [match.span() for match in self.pattern.finditer(fold(text))] if self.pattern else []

    def mark(self, text):
        pieces, position = [], 0
        for start, end in self.spans(text):
            pieces += [escape(text[position:start]), "<mark>", escape(text[start:end]), "</mark>"]
            position = end
        pieces.append(escape(text[position:]))
        return mark_safe("".join(pieces))  # noqa: S308 (every piece of the text is escaped above)

    def snippet(self, text, length=SNIPPET_LENGTH):
        """About ``length`` characters around the first match (or from the start), highlighted."""
        first = self.pattern.search(fold(text)) if self.pattern else None
        start = 0
        if first and first.end() > length:  # the first match is further on: begin a little before it
            start = max(0, first.start() - length // 3)
            space = text.find(" ", start, first.start())
            start = space + 1 if space != -1 else start
        end = min(len(text), start + length)
        if end < len(text):  # end between words
            space = text.rfind(" ", start, end)
            end = space if space > start else end
        piece = self.mark(text[start:end])
        return mark_safe(("… " if start else "") + piece + (" …" if end < len(text) else ""))  # noqa: S308


@dataclass
class Hit:
    section: Section
    object: object
    rank: float
    title: str
    snippet: str

    @property
    def url(self):
        return self.object.get_absolute_url()

    @property
    def published_at(self):
        return self.object.published_at


class Search:
    """A query's results across the sections, countable and sliceable (for Django's Paginator).

    Each section gives its latest CANDIDATES matches with their scores in one query; they are
    merged and paged here, so the number of queries never depends on the number of results.
    """

    def __init__(self, query, section_key=None):
        self.query = query
        self.section = SECTIONS.get(section_key)
        self.backend = (PostgresBackend if connection.vendor == "postgresql" else SqliteBackend)(query)
        self._candidates = None

    @property
    def sections(self):
        return [self.section] if self.section else list(SECTIONS.values())

    def candidates(self):
        """(pk, published_at, score) of the latest matches of each section."""
        if self._candidates is None:
            self._candidates = {key: [] for key in SECTIONS}
            if self.query:
                self._candidates = {key: self._scored(section) for key, section in SECTIONS.items()}
        return self._candidates

    def _scored(self, section):
        latest = section.model.objects.filter(pk__in=self.backend.latest_matches(section))
        return list(self.backend.with_score(latest, section).values_list("pk", "published_at", "score"))

    def counts(self):
        """Matches per section (each at most CANDIDATES), for the section filter."""
        return {key: len(rows) for key, rows in self.candidates().items()}

    def is_capped(self):
        return any(count >= CANDIDATES for count in self.counts().values())

    def count(self):
        return sum(self.counts()[section.key] for section in self.sections)

    def __getitem__(self, page):
        if not isinstance(page, slice):
            raise TypeError("Search results are read a page at a time.")
        rows = [
            (score, published_at, pk, section.key)
            for section in self.sections
            for pk, published_at, score in self.candidates()[section.key]
        ]
        rows.sort(reverse=True)  # best score first, then the newest
        return self._hits(rows[page])

    def _hits(self, rows):
        if not rows:
            return []
        wanted = {}
        for _score, _published_at, pk, key in rows:
            wanted.setdefault(key, []).append(pk)
        objects = {}
        for key, pks in wanted.items():
            section = SECTIONS[key]
            shown = ("slug", "published_at", *(field for field, _weight in section.fields))
            for item in section.model.objects.filter(pk__in=pks).only_shown(*shown):
                objects[key, item.pk] = item
        highlighter = Highlighter(self.query.highlight_prefixes(), IGNORED.get(self.query.language, ""))
        hits = []
        for score, _published_at, pk, key in rows:
            item = objects.get((key, pk))
            if item is None:  # unpublished between the two queries
                continue
            text = " ".join(filter(None, [getattr(item, "lead", ""), plain_text(item.body)]))
            hits.append(
                Hit(SECTIONS[key], item, score, highlighter.mark(item.title), highlighter.snippet(text))
            )
        return hits
