from django.conf import settings
from django.core.management.base import BaseCommand

from appeals.retention import delete_expired


class Command(BaseCommand):
    help = "Delete appeals and tips, with their evidence files, APPEALS_RETENTION_YEARS after closing."

    def handle(self, *args, **options):
        appeals, tips = delete_expired()
        years = settings.APPEALS_RETENTION_YEARS
        self.stdout.write(f"Deleted {appeals} appeal(s) and {tips} tip(s) closed over {years} years ago.")
