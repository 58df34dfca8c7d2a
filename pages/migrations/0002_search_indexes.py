"""Full-text search documents for pages (see ``mia_portal.search_schema``)."""

from django.db import migrations

from mia_portal.search_schema import search_documents


class Migration(migrations.Migration):
    dependencies = [
        ("pages", "0001_tree"),
    ]

    operations = [
        search_documents("pages_page", ("title", "lead", "body")),
    ]
