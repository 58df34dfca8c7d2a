"""Paginated public lists over archives of hundreds of thousands of items."""

from django.core.paginator import Paginator

# Below this offset a plain LIMIT/OFFSET query is as cheap as anything.
DEEP_OFFSET = 200


class ArchivePaginator(Paginator):
    """Django's paginator, with deep pages as fast as the first.

    ``OFFSET 60000`` makes the database read sixty thousand full rows only to throw them
    away. Past ``DEEP_OFFSET``, a page's primary keys are read first (from the list's index
    alone), then only its own rows, in the list's order.
    """

    def page(self, number):
        page = super().page(number)
        queryset = self.object_list
        bottom = (page.number - 1) * self.per_page
        if bottom >= DEEP_OFFSET and hasattr(page.object_list, "values_list"):
            ids = list(page.object_list.values_list("pk", flat=True))
            page.object_list = list(queryset.filter(pk__in=ids))
        return page


class PaginatedMixin:
    """For ListViews: any ``?page=`` value gives a page (abc, -1 or 999999 fall back to the
    first or the last), never a 404."""

    paginator_class = ArchivePaginator

    def paginate_queryset(self, queryset, page_size):
        paginator = self.get_paginator(queryset, page_size, allow_empty_first_page=True)
        page = paginator.get_page(self.request.GET.get(self.page_kwarg))
        return paginator, page, page.object_list, page.has_other_pages()
