"""Load the demo content: each app's ``demo.load()``, in INSTALLED_APPS order.

Each ``load()`` adds the demo items that are missing and never changes or deletes what exists,
so running it on every start (``make run``) keeps whatever editors did.
"""

from importlib import import_module

from django.apps import apps
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils.module_loading import module_has_submodule


class Command(BaseCommand):
    help = "Add the demo content that is missing (helplines, regions, news, incidents, announcements)."

    def handle(self, *args, **options):
        for config in apps.get_app_configs():
            if not module_has_submodule(config.module, "demo"):
                continue
            with transaction.atomic():
                summary = import_module(f"{config.name}.demo").load()
            self.stdout.write(f"{config.label}: {summary}")
        self.stdout.write(self.style.SUCCESS("Demo content is loaded."))
