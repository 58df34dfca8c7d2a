"""Demo menus: the main navigation and three footer columns, from the sections of the site and
the demo pages that exist.

``load()`` adds what is missing and changes nothing that exists: a menu is known by its place
(``main``, ``footer-…``) and keeps its heading once created; an item is known by its target
within its menu and is added when no item of the menu leads there, so an editor's labels and
order stay. A page is looked up by its slug (the highest in the tree with it); an item of a page
the site does not have, and the items under it, are left out until the page exists.
"""

from demo.loading import data, translated
from menus.models import Menu, MenuItem
from pages.models import Page

MENUS = data("menus")["menus"]


def load():
    added_menus = added_items = 0
    for spec in MENUS:
        menu = Menu.objects.filter(key=spec["key"]).first()
        if menu is None:
            title = translated("title", spec["title"]) if "title" in spec else {}
            menu = Menu.objects.create(key=spec["key"], order=spec["order"], **title)
            added_menus += 1
        added_items += add_items(menu, spec["items"])
    return f"new menus: {added_menus}, items: {added_items}"


def add_items(menu, specs, parent=None):
    added = 0
    for spec in specs:
        target = target_of(spec)
        if target is None:
            continue  # a page this site does not have
        item = menu.items.filter(parent=parent, **target).first()
        if item is None and not menu.items.filter(**target).exists():
            labels = translated("label", spec["label"]) if "label" in spec else {}
            item = MenuItem.objects.create(menu=menu, parent=parent, order=spec["order"], **labels, **target)
            added += 1
        if item is not None and parent is None:
            added += add_items(menu, spec.get("children", ()), parent=item)
    return added


def target_of(spec):
    if "section" in spec:
        return {"section": spec["section"]}
    page = Page.objects.filter(slug=spec["page"]).order_by("depth", "path").first()
    return {"page": page} if page else None
