"""Full-text search documents for incident reports (see ``mia_portal.search_schema``)."""

from django.db import migrations

from mia_portal.search_schema import search_documents


class Migration(migrations.Migration):
    dependencies = [
        ("incidents", "0003_translation_changes"),
    ]

    operations = [
        search_documents("incidents_incident"),
    ]
