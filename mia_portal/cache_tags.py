"""Tags (surrogate keys): what a cached page or a remembered value depends on, and purging them.

Each tag has a record in the shared cache, ``(version, purged_at, previous_purged_at,
hard_purged_at)``. What is
cached notes the versions of its tags when it was built, and counts only while they are still
current: purging a tag gives it a new random version (random, not the next number, so that
versions never repeat after the cache is emptied and two purges at once never land on the same
one). This works the same in Redis and in a folder of files shared by the machine's processes.

A page declares its tags while its view runs, after it has read the database, so it cannot
note their versions before: a purge committed meanwhile would then pass unseen. Every purge
therefore first moves a *purge token*; a page is stored only if the token it read when its
request began is still current once its tags' versions are read (versions first, token last,
while purges write the token first and the versions after).

A hard purge (a withdrawal, a deletion) notes its time in the record and under
``tag-hard:<tag>`` too (which a soft purge at the same instant cannot overwrite): nothing built
before it may be served, not even for the few seconds a soft purge allows
(``PAGE_CACHE_STALE_SECONDS``, see ``caching``).

While a request is answered, the tags the page declares (``depends_on``, ``DependsOnMixin``)
and those of the values it remembers are collected here for the page cache to note.
"""

import secrets
import threading

from django.core.cache import cache
from django.utils import timezone

TAG_PREFIX = "tag:"
HARD_PREFIX = "tag-hard:"
TOKEN_KEY = "tags:purge-token"  # noqa: S105 (a cache key)

# Tags every page and remembered value carries. ALL: purged by changes no narrower tag can
# place (a helpline, a region, a redirect) and after a cache outage. SCHEDULE: the moment of the
# next scheduled publication or deadline, on which every cached lifetime depends.
ALL = "all"
SCHEDULE = "schedule"
# Carried by pages and values that declare nothing narrower; every public change purges it.
CONTENT = "content"
IMPLICIT = (ALL, SCHEDULE)
# Clocks of several machines differ a little: a page built this close after a hard purge is
# never served stale.
CLOCK_MARGIN = 1.0


def new_version():
    return secrets.randbelow(2**52) + 1


def records(tags):
    """The current record of each tag, creating those the cache does not hold."""
    keys = {tag: TAG_PREFIX + tag for tag in tags}
    found = cache.get_many(list(keys.values()))
    result = {}
    for tag, key in keys.items():
        record = found.get(key)
        if record is None:
            record = (new_version(), 0.0, 0.0, 0.0)
            if not cache.add(key, record, None):
                record = cache.get(key) or record
        result[tag] = record
    return result


def versions(tags):
    return {tag: record[0] for tag, record in records(tags).items()}


def current_token():
    token = cache.get(TOKEN_KEY)
    if token is None:
        token = new_version()
        if not cache.add(TOKEN_KEY, token, None):
            token = cache.get(TOKEN_KEY) or token
    return token


def versions_if_unpurged(tags, token):
    """The tags' versions, or None if any purge has happened since ``token`` was read."""
    now = versions(tags)
    return now if cache.get(TOKEN_KEY) == token else None


def purge(tags, hard=False):
    """New versions for ``tags``: everything built under the old ones stops counting."""
    keys = {TAG_PREFIX + tag: tag for tag in set(tags)}
    old = cache.get_many(list(keys))
    now = timezone.now().timestamp()
    writes = {TOKEN_KEY: new_version()}  # first: see the module's docstring
    for key in keys:
        previous = old.get(key)
        purged_at, hard_at = (previous[1], previous[3]) if previous else (0.0, 0.0)
        writes[key] = (new_version(), now, purged_at, now if hard else hard_at)
    if hard:
        writes.update({HARD_PREFIX + tag: now for tag in keys.values()})
    cache.set_many(writes, None)


def may_serve_stale(noted, current, built_at, window):
    """Whether something built at ``built_at`` under the ``noted`` versions may still be served
    while it is rebuilt: only the latest purge of each of its changed tags passed it, that purge
    was soft and is at most ``window`` seconds old."""
    now = timezone.now().timestamp()
    changed = []
    for tag, version in noted.items():
        record = current.get(tag)
        if record is None:
            return False
        if record[0] == version:
            continue
        if now - record[1] > window or built_at <= record[2]:
            return False
        changed.append(tag)
    hard = [current[tag][3] for tag in changed]
    hard += cache.get_many([HARD_PREFIX + tag for tag in changed]).values()
    return all(built_at > moment + CLOCK_MARGIN for moment in hard)


# --- What the request being answered depends on --------------------------------------------

_this_request = threading.local()


def item_tag(item):
    """The tag of one item's own pages (``news.article:42``)."""
    return f"{item._meta.label_lower}:{item.pk}"


def list_tag(model):
    """The tag of the lists, feeds and sitemaps of a model's app (``news:list``)."""
    return f"{model._meta.app_label}:list"


def request_started(**kwargs):
    _this_request.active = True
    _this_request.records = {}
    _this_request.tags = set()
    _this_request.declared = False


def request_finished(**kwargs):
    _this_request.active = False
    _this_request.records = {}
    _this_request.tags = set()
    _this_request.declared = False


def depends_on(*tags):
    """Declare that the page being built shows what ``tags`` name: it is purged with them.

    A page that declares nothing depends on ``CONTENT``, which every public change purges."""
    if getattr(_this_request, "active", False):
        _this_request.tags.update(tags)
        _this_request.declared = True


def uses(*tags):
    """Like ``depends_on``, for what the page shows without declaring itself (remembered values)."""
    if getattr(_this_request, "active", False):
        _this_request.tags.update(tags)


def page_tags():
    """Everything the page built in this request depends on."""
    tags = set(getattr(_this_request, "tags", ())) | set(IMPLICIT)
    if not getattr(_this_request, "declared", False):
        tags.add(CONTENT)
    return tags


def request_records(tags):
    """``records(tags)``, read once per request: a page that shows several remembered values
    makes one round trip for their tags, not one per value."""
    if not getattr(_this_request, "active", False):
        return records(tags)
    known = _this_request.records
    missing = [tag for tag in tags if tag not in known]
    if missing:
        known.update(records(missing))
    return {tag: known[tag] for tag in tags}


class DependsOnMixin:
    """For views: ``cache_tags`` (or ``get_cache_tags()``) names what the page shows; an empty
    list, that it shows only what every change purges (``ALL``); None, that it does not say
    (``CONTENT``)."""

    cache_tags = None

    def get_cache_tags(self):
        return self.cache_tags

    def dispatch(self, request, *args, **kwargs):
        tags = self.get_cache_tags()
        if tags is not None:
            depends_on(*tags)
        return super().dispatch(request, *args, **kwargs)
