from django.core.management.base import BaseCommand

from appeals import export


class Command(BaseCommand):
    help = "Print every appeal and tip sent from an e-mail address, for its owner's request (JSON or CSV)."

    def add_arguments(self, parser):
        parser.add_argument("email")
        parser.add_argument("--format", choices=("json", "csv"), default="json")

    def handle(self, *args, email, **options):
        rows = export.records(email=email)
        self.stdout.write(export.as_csv(rows) if options["format"] == "csv" else export.as_json(rows))
