"""Full-text search documents for announcements, tenders and vacancies (see ``mia_portal.search_schema``)."""

from django.db import migrations

from mia_portal.search_schema import search_documents


class Migration(migrations.Migration):
    dependencies = [
        ("announcements", "0003_translation_changes"),
    ]

    operations = [
        search_documents("announcements_announcement", ("title", None, "body")),
    ]
