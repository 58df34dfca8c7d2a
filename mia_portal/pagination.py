"""Paginated public lists over archives of hundreds of thousands of items."""

from django.core.paginator import Paginator
from django.utils.functional import cached_property

from mia_portal.caching import remember

# Below this offset a plain LIMIT/OFFSET query is as cheap as anything.
DEEP_OFFSET = 200


class ArchivePaginator(Paginator):
    """Django's paginator, with deep pages as fast as the first and a count worked out once.

    ``OFFSET 60000`` makes the database read sixty thousand full rows only to throw them
    away. Past ``DEEP_OFFSET``, a page's primary keys are read first (from the list's index
    alone), then only its own rows, in the list's order.

    With a ``count_key`` (what the list is: its address and filters), the count is kept until
    content changes (``caching.remember``): every page of a filtered list needs it, and over
    tens of thousands of rows it is the most expensive query of the page.
    """

    def __init__(self, object_list, per_page, *, count_key=None, **kwargs):
        super().__init__(object_list, per_page, **kwargs)
        self.count_key = count_key

    @cached_property
    def count(self):
        if self.count_key is None:
            return Paginator.count.func(self)
        return remember(f"count:{self.count_key}", lambda: Paginator.count.func(self))

    def page(self, number):
        page = super().page(number)
        bottom = (page.number - 1) * self.per_page
        if bottom >= DEEP_OFFSET and hasattr(page.object_list, "values_list"):
            ids = list(page.object_list.values_list("pk", flat=True))
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
