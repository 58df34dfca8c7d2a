"""Replace the site's database content and media with those of a backup archive."""

import shutil
import tarfile
import tempfile
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction


class Command(BaseCommand):
    help = "Restore a backup made by backup_site: ALL current content and media are replaced."

    def add_arguments(self, parser):
        parser.add_argument("archive", help="The .tar.gz archive written by backup_site.")
        parser.add_argument("--no-input", action="store_true", help="Do not ask for confirmation.")

    def handle(self, *args, archive, no_input=False, **options):
        path = Path(archive)
        if not path.is_file():
            raise CommandError(f"No archive at {path}")
        if not no_input and input("This replaces all content and media. Type 'yes' to go on: ") != "yes":
            raise CommandError("Restore cancelled.")
        with tempfile.TemporaryDirectory() as workdir:
            with tarfile.open(path, "r:gz") as tar:
                tar.extractall(workdir, filter="data")  # refuses absolute paths, .. and links out
            data = Path(workdir) / "data.json"
            if not data.is_file():
                raise CommandError("The archive holds no data.json; is it a site backup?")
            with transaction.atomic():
                call_command("flush", interactive=False, verbosity=0)
                call_command("loaddata", str(data), verbosity=0)
            media = Path(settings.MEDIA_ROOT)
            if media.exists():
                shutil.rmtree(media)
            restored_media = Path(workdir) / "media"
            if restored_media.is_dir():
                shutil.copytree(restored_media, media)
            else:
                media.mkdir(parents=True)
        self.stdout.write(self.style.SUCCESS(f"Restored from {path}"))
