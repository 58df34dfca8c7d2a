"""The menus the site had before they were edited in the admin: the main navigation's sections
and a footer column with the news feeds. Only added where no menu exists yet."""

from django.db import migrations

MAIN_SECTIONS = ("home", "news", "incidents", "announcements", "contacts")
FOOTER = {
    "key": "footer-site",
    "order": 30,
    "title_tg": "Сомона",
    "title_ru": "Сайт",
    "title_en": "The site",
}
FOOTER_SECTIONS = ("feeds", "search")


def add_default_menus(apps, schema_editor):
    database = schema_editor.connection.alias  # the one being migrated, not always the default
    Menu = apps.get_model("menus", "Menu")
    MenuItem = apps.get_model("menus", "MenuItem")
    if Menu.objects.using(database).exists():
        return
    main = Menu.objects.using(database).create(key="main-menu", order=0)
    footer = Menu.objects.using(database).create(**FOOTER)
    for menu, sections in ((main, MAIN_SECTIONS), (footer, FOOTER_SECTIONS)):
        for order, section in enumerate(sections, start=1):
            MenuItem.objects.using(database).create(menu=menu, section=section, order=order * 10)


def remove_default_menus(apps, schema_editor):
    database = schema_editor.connection.alias  # the one being migrated, not always the default
    apps.get_model("menus", "Menu").objects.using(database).filter(key__in=("main-menu", FOOTER["key"])).delete()


class Migration(migrations.Migration):
    dependencies = [("menus", "0001_menus_and_items")]

    operations = [migrations.RunPython(add_default_menus, remove_default_menus)]
