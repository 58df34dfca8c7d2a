from django.core.management.base import BaseCommand

from appeals.reminders import send_overdue_list, send_reminders


class Command(BaseCommand):
    help = (
        "Mail officers their appeals due soon or overdue, and the office the overdue list; at most "
        "once a day per appeal, so it may be scheduled hourly."
    )

    def handle(self, *args, **options):
        officers = send_reminders()
        listed = send_overdue_list()
        self.stdout.write(f"Reminded {officers} officer(s); {listed} overdue appeal(s) listed to the office.")
