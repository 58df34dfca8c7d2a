"""Record what every item's rich text links to (the broken-links screen reads it).

Saves keep the record current; this fills it for content saved before it existed, or after a
bulk import that bypassed saves. Safe to run again: each item's links replace its old ones.
"""

from django.core.management.base import BaseCommand

from mia_portal.links import index


class Command(BaseCommand):
    help = "Record what every item's rich text links to, for the broken internal links screen."

    def handle(self, *args, **options):
        items, links = index.rebuild()
        self.stdout.write(f"{items} items read, {links} links to items recorded.")
