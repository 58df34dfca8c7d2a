"""Site search: news, incident reports and announcements in the page's language, ranked.

What a visitor types never reaches the database as syntax: the query is cut to
``MAX_QUERY_LENGTH``, reduced to words (letters and digits), and the search is assembled from
those words, each quoted.

Tajik as people type it: many keyboards lack ғ ӣ қ ӯ ҳ ҷ, so both the text and the query are
*folded* (ғ→г ӣ→и қ→к ӯ→у ҳ→х ҷ→ч, and ё→е); a word typed in Latin letters also looks for
its Cyrillic spelling (``dushanbe`` → «душанбе»), the reverse of ``mia_portal.slugs``; on a
Russian page a word typed with Tajik letters also looks for its Russian spelling (ҷ→дж).

PostgreSQL: full-text search with each language's configuration — ``russian`` and
``english`` stem words; Tajik, which PostgreSQL has no configuration for, uses ``simple``
over folded text, and each query word is lightly stemmed (-ро, -ҳо, -и, -он …) and matched
as a prefix, so endings do not defeat it. Each item's document (title weighted A, lead B,
text C) is stored per language in a column that a trigger keeps current, with a GIN index
(``mia_portal.search_schema``). Stored, not computed in the query: PostgreSQL's
planner takes to_tsvector for cheap, and over an expression index it would compute it row
by row for a common word — about a millisecond an article, seconds a search (measured on
100,000 articles: 0.9 s with expression indexes, 8 ms stored). Results are ranked with
ts_rank among the latest ``CANDIDATES`` matches of each section, so a common word costs no
more than a rare one; Russian and English look in the last year first (see
``PostgresBackend.latest_matches``).

SQLite: the same page and behaviour through a Python function registered on the connection
that folds text (SQLite's own LIKE folds ASCII only) and word-prefix matching of the stems.
"""

import html
import operator
import re
import unicodedata
from dataclasses import dataclass
from datetime import timedelta
from functools import reduce

from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVectorField
from django.db import connection
from django.db.models import Case, Expression, F, Func, Q, TextField, Value, When
from django.utils import timezone
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

from announcements.models import Announcement
from incidents.models import Incident
from news.models import Article

MAX_QUERY_LENGTH = 200
MAX_WORDS = 8
MAX_WORD_LENGTH = 40
MIN_WORD_LENGTH = 2
CANDIDATES = 100  # the latest matches of each section that are ranked and paged through
RECENT = timedelta(days=365)  # searched first on PostgreSQL
SNIPPET_LENGTH = 240
WEIGHTS = {"A": 1.0, "B": 0.4, "C": 0.1}  # a query word in the title, the lead, the text

CONFIGS = {"tg": "simple", "ru": "russian", "en": "english"}

# Folding for Tajik text in the database (upper case too, whatever the database's locale).
FOLD_FROM = "ҒӢҚӮҲҶЁғӣқӯҳҷё"
FOLD_TO = "ГИКУХЧЕгикухче"
_FOLD = str.maketrans(FOLD_FROM, FOLD_TO)

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff0-\uffff]")
_WORD = re.compile(r"[^\W_]+")
_TAG = re.compile(r"<[^>]*>")
_BLOCK_END = re.compile(r"</(?:p|h[1-6]|li|blockquote|td|th|figcaption|caption)>|<br\s*/?>", re.IGNORECASE)

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

# Light stemming of query words: common endings, longest first, with the shortest stem to keep.
_ENDINGS = {
    "tg": (
        "хоятон хояшон хоямон хоро хоям хоят хояш хои хо онро они он ёнро ёни ён гонро гон "
        "ашон атон амон ро аш ат ам и"
    ),
    "ru": (
        "иями ями ами ией ием иях ого ему ому его ыми ими ать ять ить еть ала али ало ила или ило "
        "ает ают яет яют ует уют ах ях ов ев ей ам ям ом ем ия ие ий ию ую юю ая яя ое ее ые ый ой "
        "ых их ым им ии ью ьи ья ье ет ут ют ат ят ил ал ли ла ло а я о е ы и у ю ь й"
    ),
    "en": "ing ies ed es s",
}
_ENDINGS = {
    language: sorted(set(endings.split()), key=len, reverse=True) for language, endings in _ENDINGS.items()
}
MIN_STEM = 4


def fold(text):
    """Lower case and Tajik folding, one character for one (so positions map back)."""
    lowered = text.lower()
    if len(lowered) != len(text):  # a letter whose lower case is longer (İ): keep it as it is
        lowered = "".join(char.lower() if len(char.lower()) == 1 else char for char in text)
    return lowered.translate(_FOLD)


def clean_query(raw):
    """What is left of a visitor's query: at most MAX_QUERY_LENGTH characters, no control bytes."""
    text = unicodedata.normalize("NFC", _CONTROL.sub(" ", str(raw or "")[: MAX_QUERY_LENGTH * 2]))
    return " ".join(text[:MAX_QUERY_LENGTH].split())


def light_stem(word, language):
    for ending in _ENDINGS.get(language, ()):
        if word.endswith(ending) and len(word) - len(ending) >= MIN_STEM:
            return word[: -len(ending)]
    return word


def transliterations(word, language):
    """Cyrillic spellings of a word typed in Latin letters on a Tajik or Russian page."""
    rules = _LATIN.get(language)
    if not rules or not word.isascii() or not word.isalpha():
        return []
    letters, position = [], 0
    while position < len(word):
        for latin, cyrillic in rules:
            if word.startswith(latin, position):
                if latin == "y" and language == "ru" and letters and letters[-1][-1] not in _VOWELS:
                    cyrillic = "ы"
                letters.append(cyrillic)
                position += len(latin)
                break
        else:
            return []
    spelled = fold("".join(letters))
    # A word-initial e is э as often as е (Эмомалӣ, экономика).
    return [spelled, "э" + spelled[1:]] if spelled.startswith("е") else [spelled]


@dataclass(frozen=True)
class Term:
    """One query word: the forms to look for (as typed, transliterated) and their stems."""

    forms: tuple
    stems: tuple


class Query:
    def __init__(self, raw, language):
        self.text = clean_query(raw)
        self.language = language if language in CONFIGS else "tg"
        self.terms = []
        seen = set()
        for typed in _WORD.findall(self.text.lower()):
            word = fold(typed)[:MAX_WORD_LENGTH]
            if len(word) < MIN_WORD_LENGTH or word in seen:
                continue
            seen.add(word)
            spellings = [word, *transliterations(word, self.language)]
            if self.language == "ru":
                spellings.append(fold(typed.translate(_TAJIK_IN_RUSSIAN))[:MAX_WORD_LENGTH])
            forms = tuple(dict.fromkeys(spellings))
            stems = tuple(dict.fromkeys(light_stem(form, self.language) for form in forms))
            self.terms.append(Term(forms, stems))
            if len(self.terms) == MAX_WORDS:
                break

    def __bool__(self):
        return bool(self.terms)

    @property
    def config(self):
        return CONFIGS[self.language]

    def tsquery(self):
        """A raw tsquery built only from quoted words.

        Tajik stems are matched as prefixes. Russian and English words are stemmed by
        PostgreSQL; Russian also tries our shorter stem as a prefix, because the Snowball
        stemmer cuts some forms of a word differently (автомобиль → автомобил, but
        автомобили → автомоб).
        """
        groups = []
        for term in self.terms:
            if self.language == "tg":
                options = [f"'{stem}':*" if len(stem) >= 3 else f"'{stem}'" for stem in term.stems]
            else:
                options = [f"'{form}'" for form in term.forms]
                if self.language == "ru":
                    options += [
                        f"'{stem}':*"
                        for stem in term.stems
                        if stem not in term.forms and len(stem) > MIN_STEM
                    ]
            groups.append("(" + " | ".join(options) + ")")
        return " & ".join(groups)

    def highlight_prefixes(self, extra=()):
        prefixes = {stem for term in self.terms for stem in term.stems}
        prefixes.update(fold(lexeme) for lexeme in extra if len(lexeme) >= MIN_WORD_LENGTH)
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


SECTIONS = {
    section.key: section
    for section in (
        Section("news", _("News"), Article, (("title", "A"), ("lead", "B"), ("body", "C"))),
        Section(
            "incidents",
            _("Incidents"),
            Incident,
            (("title", "A"), ("lead", "B"), ("body", "C")),
        ),
        Section(
            "announcements",
            _("Announcements and competitions"),
            Announcement,
            (("title", "A"), ("body", "C")),
        ),
    )
}


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
            search_query = SearchQuery(query.tsquery(), config=query.config, search_type="raw")
            condition |= Q(**{f"document_{language}": search_query})
    words = text.strip()
    if words.isascii() and words.isdigit() and len(words) < 19:  # "²" is a digit int() refuses
        condition |= Q(pk=int(words))
    for field in exact_fields:
        condition |= Q(**{f"{field}__iexact": words})
    if not condition:
        return queryset.none()
    documents = {f"document_{language}": SearchDocument(language) for language in CONFIGS}
    return queryset.alias(**documents).filter(condition)


# --- The two backends -------------------------------------------------------------------------------


class PostgresBackend:
    """Full-text search over the stored documents: the GIN index answers rare words, and for
    common ones PostgreSQL walks the newest items, testing each stored document (a few
    microseconds; computing to_tsvector instead would cost about a millisecond an article)."""

    def __init__(self, query):
        self.query = query
        self.search_query = SearchQuery(query.tsquery(), config=query.config, search_type="raw")
        self.document = SearchDocument(query.language)

    def latest_matches(self, section):
        matches = section.published(self.query.language).alias(document=self.document)
        # In the order of the publication index, so that the newest matches are found by walking it.
        matches = matches.filter(document=self.search_query).order_by("-published_at").values("pk")
        if self.query.language == "tg":
            # Prefix matching makes the index's answer itself costly (every word with the
            # prefix): walking the newest items is cheaper even for common words.
            return matches[:CANDIDATES]
        # The last year first, and older items only when it has too few: words that are
        # common together (which PostgreSQL's estimates take for rare) are then found among a
        # year's items instead of by reading every match in the archive.
        cut = timezone.now() - RECENT
        recent = matches.filter(published_at__gte=cut)[:CANDIDATES]
        # Older items are read only when the last year had too few matches, so the words are
        # rare: their index's answer, sorted, is cheaper than walking ten years of items.
        # Sorting by an expression ("+ 0") keeps PostgreSQL from choosing the walk. A word
        # common only years ago costs all its older matches: 30 ms for 7,000 of them.
        unindexed = F("published_at") + Value(timedelta(0))
        older = matches.filter(published_at__lt=cut).order_by(unindexed.desc())[:CANDIDATES]
        return recent.union(older, all=True)[:CANDIDATES]

    def with_score(self, queryset, section):
        """ts_rank over the title (weight A), the lead (B) and the text (C)."""
        return queryset.annotate(score=SearchRank(self.document, self.search_query))

    def lexemes(self):
        """The words PostgreSQL looks for (stemmed), to highlight the forms it matched."""
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT to_tsquery(%s::regconfig, %s)::text", [self.query.config, self.query.tsquery()]
            )
            text = cursor.fetchone()[0] or ""
        lexemes = re.findall(r"'((?:[^']|'')+)'", text)
        # English stems end in i where the word ends in y (happi ← happy).
        return [*lexemes, *(lexeme[:-1] for lexeme in lexemes if lexeme.endswith("i"))]


def search_text(value, is_html=False):
    """Folded words separated by single spaces, with a space at both ends (for word prefixes)."""
    if not value:
        return " "
    if is_html:
        value = html.unescape(_TAG.sub(" ", value))
    return " " + " ".join(_WORD.findall(fold(value))) + " "


class SqliteBackend:
    """Word-prefix matching over folded text: ``mia_search_text()``, registered on the connection,
    gives a field's words folded (lower case, Tajik letters, no tags) between spaces, so that
    `` <stem>`` found in it is a word beginning with the stem, whatever its case or script."""

    function = "mia_search_text"

    def __init__(self, query):
        self.query = query
        connection.ensure_connection()
        connection.connection.create_function(self.function, 2, search_text, deterministic=True)

    def _text(self, section, field):
        column = f"{field}_{self.query.language}"
        is_html = Value(field in section.rich_text)
        return Func(F(column), is_html, function=self.function, output_field=TextField())

    def _contains(self, field, term):
        return reduce(operator.or_, (Q(**{f"search_{field}__contains": f" {stem}"}) for stem in term.stems))

    def _texts(self, section):
        return {f"search_{field}": self._text(section, field) for field, _weight in section.fields}

    def latest_matches(self, section):
        condition = reduce(
            operator.and_,
            (
                reduce(operator.or_, (self._contains(field, term) for field, _weight in section.fields))
                for term in self.query.terms
            ),
        )
        latest = section.published(self.query.language).alias(**self._texts(section)).filter(condition)
        return latest.order_by("-published_at", "-pk").values("pk")[:CANDIDATES]

    def with_score(self, queryset, section):
        """How many query words begin a word of the title (1 each) and of the lead (0.4 each)."""
        scores = [
            Case(When(self._contains(field, term), then=Value(WEIGHTS[weight])), default=Value(0.0))
            for term in self.query.terms
            for field, weight in section.rank_fields
        ]
        return queryset.alias(**self._texts(section)).annotate(score=reduce(operator.add, scores))

    def lexemes(self):
        return []


# --- Results ----------------------------------------------------------------------------------------------


def plain_text(value):
    text = _TAG.sub(" ", _BLOCK_END.sub(" ", value or ""))
    return " ".join(html.unescape(text).replace("\xa0", " ").split())


class Highlighter:
    """Escapes text, then wraps the words that start with a query stem in <mark>."""

    def __init__(self, prefixes):
        prefixes = sorted(prefixes, key=len, reverse=True)
        alternatives = "|".join(re.escape(prefix) for prefix in prefixes)
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
        highlighter = Highlighter(self.query.highlight_prefixes(self.backend.lexemes()))
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
