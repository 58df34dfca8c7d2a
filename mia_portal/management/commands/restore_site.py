"""Replace the site's database content and media with those of a backup archive."""

import tarfile
import tempfile
from pathlib import Path

from django.core.files import File
from django.core.management.base import BaseCommand, CommandError

from mia_portal.backups import restore_database, storage_for, stored_files, upload_storages
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
            restore_database(Path(workdir))
            for storage in upload_storages().values():
                for name in list(stored_files(storage)):
                    storage.delete(name)
            for folder in ("media", "documents"):
                storage, root = storage_for(folder), Path(workdir) / folder
                files = sorted(file for file in root.rglob("*") if file.is_file()) if root.is_dir() else []
                for file in files:
                    with file.open("rb") as content:
                        storage.save(file.relative_to(root).as_posix(), File(content))
        content_changed()  # the database changed behind the signals: whatever was cached goes now
        self.stdout.write(self.style.SUCCESS(f"Restored from {path}"))
