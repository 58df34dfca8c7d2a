import django_filters

from announcements.closing import CompetitionStatus
from announcements.models import Kind


class AnnouncementFilter(django_filters.FilterSet):
    """The announcements by kind and competition status (``?kind=&status=``); an unknown value
    is not applied, and only known values are shown back or kept on the pagination links."""

    kind = django_filters.ChoiceFilter(
        choices=Kind.choices, method=lambda announcements, name, kind: announcements.of_kind(kind)
    )
    status = django_filters.ChoiceFilter(
        choices=CompetitionStatus.choices,
        method=lambda announcements, name, status: announcements.with_status(status),
    )
