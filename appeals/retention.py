"""Deleting appeals and tips, with their evidence files, the retention period after closing.

Appeals count from when they were closed (answered, forwarded, left without consideration),
tips from when they were checked; what is still open is never deleted. Running twice deletes
nothing more: the second run finds nothing past the period.
"""

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from appeals.models import Appeal, Tip


def retention_start(now=None):
    now = now or timezone.now()
    years = settings.APPEALS_RETENTION_YEARS
    try:
        return now.replace(year=now.year - years)
    except ValueError:  # 29 February
        return now.replace(year=now.year - years, day=28)


def delete_expired(now=None):
    """Delete what is past the retention period; return (appeals, tips) deleted."""
    before = retention_start(now)
    with transaction.atomic():
        appeals = Appeal.objects.closed_before(before)
        tips = Tip.objects.closed_before(before)
        appeal_count, tip_count = appeals.count(), tips.count()
        # The model's delete sends post_delete for each attachment: its file goes on commit.
        appeals.delete()
        tips.delete()
    return appeal_count, tip_count
