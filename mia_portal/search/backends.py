"""The search on each database: the same matches and ranking on PostgreSQL and on SQLite.

PostgreSQL: full-text search over each item's document (title weighted A, lead B, text C),
stored per language in a column that a trigger keeps current, with a GIN index (created by each
app's migration; see ``mia_portal.search_schema``). Stored, not computed in the query:
PostgreSQL's planner takes to_tsvector for cheap, and over an expression index it would compute
it row by row for a common word — about a millisecond an article, seconds a search (measured on
100,000 articles: 0.9 s with expression indexes, 8 ms stored). Results are ranked with ts_rank
among the latest ``CANDIDATES`` matches of each section, so a common word costs no more than a
rare one; Russian and English look in the last year first (see
``PostgresBackend.latest_matches``).

SQLite: the same page and behaviour through Python functions registered on the connection that
read each field's words as PostgreSQL's documents hold them (folded, stemmed) and match the
terms against them (SQLite's own LIKE folds ASCII only).
"""

import json
from datetime import timedelta
from functools import lru_cache

from django.contrib.postgres.search import SearchQueryField, SearchRank, SearchVectorField
from django.db import connection
from django.db.models import BooleanField, Expression, F, FloatField, Func, Q, Value
from django.utils import timezone

from mia_portal.search.query import CONFIGS, Query
from mia_portal.search.sections import SECTIONS
from mia_portal.search.words import searched_words

CANDIDATES = 100  # the latest matches of each section that are ranked and paged through
RECENT = timedelta(days=365)  # searched first on PostgreSQL
WEIGHTS = {"A": 1.0, "B": 0.4, "C": 0.1}  # a query word in the title, the lead, the text


class SearchDocument(Expression):
    """An item's stored tsvector in one language (PostgreSQL).

    Each searchable app's migration adds the columns ``search_tg``, ``search_ru`` and ``search_en``
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
