"""Write the whole site — database content and uploaded files — into one .tar.gz archive.

The data is Django's own JSON serialization with natural keys, so an archive made on
SQLite restores on PostgreSQL and the other way round.
"""

import io
import tarfile
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.utils import timezone

from mia_portal.backups import stored_files, upload_storages

# Rebuilt by migrate, or short-lived: sessions, login attempts, content types, permissions.
EXCLUDED = [
    "contenttypes",
    "auth.permission",
    "sessions.session",
    "axes",
]


class Command(BaseCommand):
    help = "Save the database content and the media files into a .tar.gz archive."

    def add_arguments(self, parser):
        parser.add_argument(
            "archive", nargs="?", help="Where to write the archive (default: backups/mia-<time>.tar.gz)."
        )

    def handle(self, *args, archive=None, **options):
        stamp = timezone.now().strftime("%Y%m%d-%H%M%S")
        path = Path(archive or settings.BASE_DIR / "backups" / f"mia-{stamp}.tar.gz")
        path.parent.mkdir(parents=True, exist_ok=True)
        data = io.StringIO()
        call_command(
            "dumpdata",
            natural_foreign=True,
            natural_primary=True,
            exclude=EXCLUDED,
            indent=None,
            stdout=data,
        )
        payload = data.getvalue().encode()
        with tarfile.open(path, "w:gz") as tar:
            info = tarfile.TarInfo("data.json")
            info.size = len(payload)
            info.mtime = int(timezone.now().timestamp())
            tar.addfile(info, io.BytesIO(payload))
            for folder, storage in upload_storages().items():
                for name in stored_files(storage):
                    with storage.open(name) as stored:
                        content = stored.read()
                    info = tarfile.TarInfo(f"{folder}/{name}")
                    info.size = len(content)
                    info.mtime = int(timezone.now().timestamp())
                    tar.addfile(info, io.BytesIO(content))
        self.stdout.write(self.style.SUCCESS(f"Backup written to {path}"))
