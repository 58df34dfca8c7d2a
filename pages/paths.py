"""The public route of the pages: a path of slugs, matched only where a page or an old
address of one is.

The route comes last under the language prefix and would otherwise match any slug-like path:
``/news/<a number too large>-x/`` would reach it, and Django's LocaleMiddleware would send
every unknown address without a prefix (``/ckeditor5/upload/``) to ``/tg/…`` as if it
existed. So a path whose first slug is a section of the site never matches, and the others
match only when the database knows them. The query that finds out is the one the page view
needs anyway (the page and its ancestors): the matched path carries its result.
"""

from pages.models import Page, PageRedirect, reserved_top_level_slugs

SLUG_PATTERN = r"[a-z0-9_-]{1,100}"
MAX_SEGMENTS = 10  # as deep as the tree may grow (pages.models.page.MAX_DEPTH)


def ancestor_paths(path):
    """ "a/b/c/" → ["a/", "a/b/", "a/b/c/"]."""
    parts = path.strip("/").split("/")
    return ["/".join(parts[: index + 1]) + "/" for index in range(len(parts))]


class PagePath(str):
    """A matched path, with the pages on it from the top (``trail``; empty when the path is
    only an old address: ``moved`` is then its redirect)."""

    trail = ()
    moved = None


class PagePathConverter:
    regex = rf"(?:{SLUG_PATTERN}/){{1,{MAX_SEGMENTS}}}"

    def to_python(self, value):
        if value.split("/", 1)[0] in reserved_top_level_slugs():
            raise ValueError(f"{value} is a section's address")
        path = PagePath(value)
        trail = list(Page.objects.filter(url_path__in=ancestor_paths(value)).order_by("depth"))
        if trail and trail[-1].url_path == value:
            path.trail = trail
            return path
        path.moved = PageRedirect.objects.filter(old_path=value).select_related("page").first()
        if path.moved is None:
            raise ValueError(f"no page at {value}")
        return path

    def to_url(self, value):
        return str(value)


def page_id_from_route(kwargs):
    """The id of the page a resolved address names: the page at the path, or the one an old
    address of it leads to (for the links registry: a pasted page address becomes a link to
    the page)."""
    path = kwargs.get("path")
    if getattr(path, "trail", ()):
        return path.trail[-1].pk
    moved = getattr(path, "moved", None)
    return moved.page_id if moved else None
