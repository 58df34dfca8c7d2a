"""Load the demo content: contacts first, since the news and incident reports refer to their
regions and districts.

Each section's ``load()`` adds the demo items that are missing and never changes or deletes
what exists, so running it on every start (``make run``) keeps whatever editors did.
"""

from django.core.management.base import BaseCommand
from django.db import transaction

from demo import announcements, contacts, incidents, menus, news, pages

# The menus last: they point to the pages and sections loaded before them.
SECTIONS = {
    "contacts": contacts,
    "news": news,
    "incidents": incidents,
    "announcements": announcements,
    "pages": pages,
    "menus": menus,
}


class Command(BaseCommand):
    help = (
        "Add the demo content that is missing "
        "(helplines, regions, news, incidents, announcements, pages, menus)."
    )

    def handle(self, *args, **options):
        for name, section in SECTIONS.items():
            with transaction.atomic():
                summary = section.load()
            self.stdout.write(f"{name}: {summary}")
        self.stdout.write(self.style.SUCCESS("Demo content is loaded."))
