"""Paginated public lists over archives of hundreds of thousands of items."""

from django.core.paginator import Paginator
from django.db.models import Q
from django.utils.functional import cached_property

from mia_portal.cache_tags import list_tag
from mia_portal.caching import remember

# Below this offset a plain LIMIT/OFFSET query is as cheap as anything.
DEEP_OFFSET = 200
# A deep page starts from the nearest bookmark before it, so fewer than this many rows are
# skipped: no more than a shallow page skips.
BOOKMARK_EVERY = DEEP_OFFSET


def at_or_after(fields, values):
    """Rows at or after ``values`` in a list ordered by ``fields``, all descending.

    The first field's bound is also stated alone, so the database seeks to it in the index.
    """

    def compare(fields, values):
        field, *rest = fields
        if not rest:
            return Q(**{f"{field}__lte": values[0]})
        return Q(**{f"{field}__lt": values[0]}) | (Q(**{field: values[0]}) & compare(rest, values[1:]))

    return Q(**{f"{fields[0]}__lte": values[0]}) & compare(fields, values)


class ArchivePaginator(Paginator):
    """Django's paginator, with deep pages as fast as the first and a count worked out once.

    ``OFFSET 60000`` makes the database walk sixty thousand rows only to throw them away.
    Past ``DEEP_OFFSET``, a page is read from the nearest *bookmark*: the sort values of every
    ``BOOKMARK_EVERY``-th item, listed once per version of the list's tag (``caching.remember``), so
    the page is one query that skips fewer rows than a shallow page does. Lists whose order
    is not all descending (with the primary key last) skip from the start by primary key
    alone, then read only the page's own rows.

    With a ``count_key`` (what the list is: its address and filters), the count and the
    bookmarks are kept until content changes: every page of a list needs the count, and over
    tens of thousands of rows it is the most expensive query of the page.
    """

    def __init__(self, object_list, per_page, *, count_key=None, **kwargs):
        super().__init__(object_list, per_page, **kwargs)
        self.count_key = count_key

    @cached_property
    def count(self):
        if self.count_key is None:
            return Paginator.count.func(self)
        return remember(f"count:{self.count_key}", lambda: Paginator.count.func(self), tags=self.tags)

    @property
    def tags(self):
        return [list_tag(self.object_list.model)]

    @cached_property
    def sort_fields(self):
        """The list's order as field names, when it can be bookmarked (all descending, pk last)."""
        query = self.object_list.query
        ordering = list(query.order_by or self.object_list.model._meta.ordering)
        pk_names = {"-pk", f"-{self.object_list.model._meta.pk.name}"}
        if not ordering or ordering[-1] not in pk_names or not all(name.startswith("-") for name in ordering):
            return None
        return [name.removeprefix("-") for name in ordering[:-1]] + ["pk"]

    def bookmarks(self):
        """The sort values of items 0, BOOKMARK_EVERY, 2 × BOOKMARK_EVERY… of the list."""

        def collect():
            rows = self.object_list.values_list(*self.sort_fields)
            rows = rows.order_by(*[f"-{field}" for field in self.sort_fields])
            return [
                values
                for position, values in enumerate(rows.iterator(chunk_size=5000))
                if position % BOOKMARK_EVERY == 0
            ]

        return remember(f"bookmarks:{self.count_key}", collect, tags=self.tags)

    def page(self, number):
        page = super().page(number)
        bottom = (page.number - 1) * self.per_page
        if bottom < DEEP_OFFSET or not hasattr(page.object_list, "values_list"):
            return page
        top = bottom + self.per_page
        if top + self.orphans >= self.count:
            top = self.count
        if self.count_key is not None and self.sort_fields:
            marks = self.bookmarks()
            if marks:
                index = min(bottom // BOOKMARK_EVERY, len(marks) - 1)
                rows = self.object_list.filter(at_or_after(self.sort_fields, marks[index]))
                skipped = index * BOOKMARK_EVERY
                page.object_list = list(rows[bottom - skipped : top - skipped])
                return page
        ids = list(self.object_list.values_list("pk", flat=True)[bottom:top])
        page.object_list = list(self.object_list.filter(pk__in=ids))
        return page


class PaginatedMixin:
    """For ListViews: any ``?page=`` value gives a page (abc, -1 or 999999 fall back to the
    first or the last), never a 404."""

    paginator_class = ArchivePaginator

    def get_paginator(self, queryset, per_page, **kwargs):
        query = self.request.GET.copy()
        query.pop(self.page_kwarg, None)
        count_key = f"{self.request.path}?{query.urlencode()}"
        return super().get_paginator(queryset, per_page, count_key=count_key, **kwargs)

    def paginate_queryset(self, queryset, page_size):
        paginator = self.get_paginator(queryset, page_size, allow_empty_first_page=True)
        page = paginator.get_page(self.request.GET.get(self.page_kwarg))
        return paginator, page, page.object_list, page.has_other_pages()
