"""The old site's item addresses and the items they lead to.

The old site (Joomla) answered ``/index.php/<tj|ru|en>/<rubric>/<number>-<slug>``, e.g.
``/index.php/en/news-archive/25704-<slug>-3``: one number per item, shared by its three
languages, whatever rubric or slug the address names. Each content item keeps that number in
``legacy_id``. Joomla numbers its articles across all sections at once, so a number normally
belongs to one item only; were it given to items of two kinds, the rubric's family decides
(``news-archive`` → news, ``developments`` → incident reports), and an address whose rubric
tells nothing leads nowhere rather than to a guess.
"""

import re

from announcements.models import Announcement
from incidents.models import Incident
from mia_portal.publishing import LEGACY_ID_MAX
from news.models import Address, Article

# The kinds of item that kept their old numbers, as the import's CSV names them.
KINDS = {
    "article": Article,
    "address": Address,
    "incident": Incident,
    "announcement": Announcement,
}
# Words of the old rubrics' names (English, and Russian and Tajik in Latin letters) that tell
# which kind of item their addresses lead to.
RUBRIC_WORDS = {
    "article": ("news", "novost", "khabar", "akhbor", "axbor"),
    "address": ("address", "poslani", "payom", "paem"),
    "incident": ("development", "proisshestv", "hodisa", "khodisa", "incident"),
    "announcement": ("announcement", "obyavlen", "elon", "tender", "konkurs", "vacanc", "vakans"),
}
# The old site's language codes (it wrote Tajik as tj, the country's code).
LANGUAGES = {"tj": "tg", "tg": "tg", "ru": "ru", "en": "en"}
OLD_ITEM_PATH = re.compile(
    r"""
    (?:(?P<language>tj|tg|ru|en)/)?    # the language, when the address names one
    (?P<rubrics>(?:[^/]+/){0,4})       # the rubric, and its parents in nested menus
    (?P<number>[0-9]{1,10})            # the item's number
    (?:[-:][^/]*)?                     # its slug, never checked
    (?:\.html?)?/?
    """,
    re.IGNORECASE | re.VERBOSE,
)


def parse(path):
    """``(language, rubrics, number)`` of an old item address (the part after ``index.php/``),
    or None when it is not one."""
    match = OLD_ITEM_PATH.fullmatch(path)
    if match is None:
        return None
    number = int(match["number"])
    if not 0 < number <= LEGACY_ID_MAX:
        return None
    language = LANGUAGES[(match["language"] or "tj").lower()]
    rubrics = [rubric.lower() for rubric in match["rubrics"].split("/") if rubric]
    return language, rubrics, number


def family(rubrics):
    """The kind of item the rubrics' names point to, or None when they point to none or several."""
    names = " ".join(rubrics)
    kinds = {kind for kind, words in RUBRIC_WORDS.items() if any(word in names for word in words)}
    return kinds.pop() if len(kinds) == 1 else None


def item_for(number, rubrics):
    """The public item (live, or withdrawn: its address then says so) the old number led to."""
    preferred = family(rubrics)
    if preferred:
        item = _with_number(KINDS[preferred], number)
        if item is not None:
            return item
    others = (_with_number(model, number) for kind, model in KINDS.items() if kind != preferred)
    found = [item for item in others if item is not None]
    return found[0] if len(found) == 1 else None


def _with_number(model, number):
    return model.objects.published_or_withdrawn().only("slug").filter(legacy_id=number).first()
