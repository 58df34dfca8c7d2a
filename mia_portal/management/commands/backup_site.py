"""Write the whole site — database content and uploaded files — into one .tar.gz archive
(``mia_portal/backups.py`` says what it holds), readable by its owner only."""

import tarfile
import tempfile
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone

from mia_portal.backups import (
    dump_database,
    make_private_folders,
    private_file,
    stored_files,
    upload_storages,
)


class Command(BaseCommand):
    help = "Save the database content and the media files into a .tar.gz archive."

    def add_arguments(self, parser):
        parser.add_argument(
            "archive", nargs="?", help="Where to write the archive (default: backups/mia-<time>.tar.gz)."
        )

    def handle(self, *args, archive=None, **options):
        if archive:
            path = Path(archive)
            make_private_folders(path.parent)
        else:
            folder = settings.BASE_DIR / "backups"
            make_private_folders(folder)
            folder.chmod(0o700)  # closed even when an earlier version of this command left it open
            path = folder / f"mia-{timezone.now():%Y%m%d-%H%M%S}.tar.gz"
        mtime = int(timezone.now().timestamp())
        with (
            tempfile.TemporaryDirectory() as workdir,
            private_file(path) as output,
            tarfile.open(fileobj=output, mode="w:gz") as tar,
        ):
            database = dump_database(Path(workdir))
            tar.add(database, arcname=database.name)
            for folder, storage in upload_storages().items():
                for name in stored_files(storage):
                    info = tarfile.TarInfo(f"{folder}/{name}")
                    info.size = storage.size(name)
                    info.mtime = mtime
                    with storage.open(name) as stored:
                        tar.addfile(info, stored)
        self.stdout.write(self.style.SUCCESS(f"Backup written to {path}"))
