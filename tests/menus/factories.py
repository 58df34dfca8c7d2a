"""Menus for tests: the main menu and footer columns emptied of the default items."""

from menus.models import Menu, MenuItem


def empty_menu(key="main-menu", **fields):
    menu, _created = Menu.objects.update_or_create(key=key, defaults=fields)
    menu.items.all().delete()
    return menu


def add_item(menu, label="", parent=None, order=0, **target):
    """An item labelled ``label`` in every language (``label_<code>`` overrides one)."""
    labels = {f"label_{code}": f"{label} ({code})" if label else "" for code in ("tg", "ru", "en")}
    labels.update({name: target.pop(name) for name in list(target) if name.startswith("label_")})
    return MenuItem.objects.create(menu=menu, parent=parent, order=order, **labels, **target)
