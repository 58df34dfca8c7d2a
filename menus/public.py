"""The menus as the public sees them: remembered per language until content changes, so a page
pays no query for them once they are built.

An item pointing to a page the public cannot see (a draft, a withdrawn or scheduled page, or
one under such a page) is left out, with the items under it. A label missing in the reader's
language falls back to the page's title or the section's name in it, then to the label in the
next best language (marked with its ``lang``).
"""

from dataclasses import dataclass

from django.conf import settings
from django.db.models import Prefetch
from django.urls import NoReverseMatch, reverse
from django.utils import translation

from menus.models import MAIN, Menu, MenuItem
from menus.sections import DEFAULT_MAIN, EXACT_MATCH, URL_NAMES, Section
from mia_portal import cache_tags
from mia_portal.caching import remember
from mia_portal.translation_status import LANGUAGE_CODES
from pages.models import Page


@dataclass(frozen=True)
class Link:
    label: str
    url: str
    lang: str  # the label's language when it is not the page's, else ""
    exact: bool  # current only at its own address (pages, the home page, external addresses)
    children: tuple = ()

    def is_current(self, path):
        return path == self.url or (not self.exact and path.startswith(self.url))


@dataclass(frozen=True)
class Column:
    title: str
    lang: str
    links: tuple


@dataclass(frozen=True)
class PublicMenus:
    main: tuple
    footer: tuple

    @property
    def needs_script(self):
        """Whether the main menu has items under others, which its script makes disclosures of:
        without them a page loads no script at all."""
        return any(link.children for link in self.main)


def public_menus():
    """The menus in the language of the request."""
    # A menu shows pages only while they are public: every public change of a page purges the
    # pages' list tag; a change to a menu, like any shared row, purges every page.
    menus = remember("menus", build, tags=[cache_tags.list_tag(Page)])
    return menus.get(translation.get_language()) or PublicMenus((), ())


def languages_after(language):
    fallbacks = settings.MODELTRANSLATION_FALLBACK_LANGUAGES
    order = [language, *fallbacks.get(language, fallbacks["default"]), *LANGUAGE_CODES]
    return list(dict.fromkeys(order))


def build():
    """{language: PublicMenus}: every language at once, from the same three queries."""
    # A page's link needs its title and address, never its texts.
    texts = [f"page__{field}_{code}" for field in ("lead", "body") for code in LANGUAGE_CODES]
    items = MenuItem.objects.select_related("page").defer(*texts).order_by("order", "pk")
    menus = [
        (menu, list(menu.items.all()))
        for menu in Menu.objects.prefetch_related(Prefetch("items", queryset=items))
    ]
    if not any(menu.key == MAIN for menu, _items in menus):
        menus.append((Menu(key=MAIN), [MenuItem(section=section) for section in DEFAULT_MAIN]))
    page_ids = {item.page_id for _menu, items in menus for item in items if item.page_id}
    public_pages = set(Page.objects.public().filter(pk__in=page_ids).values_list("pk", flat=True))
    built = {}
    for language in LANGUAGE_CODES:
        with translation.override(language):
            built[language] = build_in(menus, public_pages, languages_after(language))
    return built


def build_in(menus, public_pages, languages):
    main, footer = (), []
    for menu, items in menus:
        links = links_of(items, public_pages, languages)
        if menu.key == MAIN:
            main = links
        elif links:
            title, lang = best_text(menu, "title", languages)
            footer.append(Column(title or menu.key, lang, links))
    return PublicMenus(main, tuple(footer))


def links_of(items, public_pages, languages):
    children = {}
    for item in items:
        if item.parent_id:
            children.setdefault(item.parent_id, []).append(item)
    links = []
    for item in items:
        if item.parent_id is None:
            below = tuple(
                link
                for child in children.get(item.pk, ())
                if (link := link_to(child, public_pages, languages))
            )
            link = link_to(item, public_pages, languages, below)
            if link:
                links.append(link)
    return tuple(links)


def link_to(item, public_pages, languages, children=()):
    """The item as a link, or None when its target is not public or no longer exists."""
    if item.page_id:
        if item.page_id not in public_pages:
            return None
        url, exact = item.page.get_absolute_url(), True
    elif item.section:
        try:
            url = reverse(URL_NAMES[item.section])
        except (KeyError, NoReverseMatch):
            return None
        exact = item.section in EXACT_MATCH
    else:
        url, exact = item.url, True
    label, lang = best_label(item, languages)
    return Link(label, url, lang, exact, children)


def best_label(item, languages):
    """The item's label in the reader's language, else what its target is called in it, else
    the label in the next best language."""
    language = languages[0]
    if label := getattr(item, f"label_{language}"):
        return label, ""
    if item.page_id and (title := getattr(item.page, f"title_{language}")):
        return title, ""
    if item.section:
        return str(Section(item.section).label), ""
    label, lang = best_text(item, "label", languages)
    if not label and item.page_id:
        label, lang = best_text(item.page, "title", languages)
    return label or item.url, lang


def best_text(obj, field, languages):
    for code in languages:
        if text := getattr(obj, f"{field}_{code}"):
            return text, "" if code == languages[0] else code
    return "", ""
