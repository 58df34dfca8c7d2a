"""Replace the site's database content and media with those of a backup archive."""

import tarfile
import tempfile
from pathlib import Path

from django.core.files import File
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from mia_portal.backups import storage_for, stored_files, upload_storages
from mia_portal.caching import content_changed


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
            for storage in upload_storages().values():
                for name in list(stored_files(storage)):
                    storage.delete(name)
            for folder in ("media", "documents"):
                storage, root = storage_for(folder), Path(workdir) / folder
                files = sorted(path for path in root.rglob("*") if path.is_file()) if root.is_dir() else []
                for path in files:
                    with path.open("rb") as content:
                        storage.save(path.relative_to(root).as_posix(), File(content))
        content_changed()  # flush sends no signals: whatever was cached before goes now
        self.stdout.write(self.style.SUCCESS(f"Restored from {path}"))
