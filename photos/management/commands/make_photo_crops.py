"""Cut the focal crops of the photos that have none yet (those the data migration brought
into the library from the old photo fields); until then pages show their uncut renditions."""

from django.core.management.base import BaseCommand

from photos.models import Photo


class Command(BaseCommand):
    help = "Make the card, gallery and social-network crops of library photos that lack them."

    def handle(self, *args, **options):
        made = 0
        for photo in Photo.objects.exclude(image="").iterator():
            if not photo.crops_fit():
                photo.save(update_fields=["crops"])
                made += 1
        self.stdout.write(f"Photos cropped: {made}")
