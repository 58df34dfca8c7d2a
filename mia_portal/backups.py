"""Uploaded files in site backups, read and written through the storages, so that a backup
holds them whether they live on the local disk or in a bucket (``DJANGO_MEDIA_BUCKET``).

An archive keeps the default storage's files under ``media/`` and, when documents have a
storage of their own, its files under ``documents/``; a name inside is the file's name in
its storage, the one the database holds.
"""

from django.conf import settings
from django.core.files.storage import storages


def upload_storages():
    """{folder in the archive: storage}."""
    found = {"media": storages["default"]}
    if "documents" in settings.STORAGES:
        found["documents"] = storages["documents"]
    return found


def storage_for(folder):
    """Where an archive's folder goes back: documents go to the default storage when this
    site keeps them there."""
    return upload_storages().get(folder, storages["default"])


def stored_files(storage, folder=""):
    """Every file name in ``storage``, below ``folder``."""
    try:
        directories, files = storage.listdir(folder)
    except FileNotFoundError:  # a local media folder that was never created
        return
    for name in files:
        yield f"{folder}/{name}" if folder else name
    for directory in directories:
        yield from stored_files(storage, f"{folder}/{directory}" if folder else directory)
