"""A search's results across the sections, a page at a time."""

from dataclasses import dataclass

from django.db import connection

from mia_portal.richtext import plain_text
from mia_portal.search.backends import CANDIDATES, PostgresBackend, SqliteBackend
from mia_portal.search.highlight import Highlighter
from mia_portal.search.sections import SECTIONS, Section
from mia_portal.search.words import IGNORED


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
