"""Tajik search documents leave out ъ, as the search does in queries (see ``mia_portal.search_schema``)."""

from django.db import migrations

from mia_portal.search_schema import tajik_documents

TABLES = {
    "news_article": ("title", "lead", "body"),
    "incidents_incident": ("title", "lead", "body"),
    "announcements_announcement": ("title", None, "body"),
}


class Migration(migrations.Migration):
    dependencies = [
        ("mia_portal", "0001_roles"),
        ("news", "0004_search_indexes"),
        ("incidents", "0004_search_indexes"),
        ("announcements", "0004_search_indexes"),
    ]

    operations = [
        tajik_documents(TABLES, ignored="Ъъ", previously=""),
    ]
