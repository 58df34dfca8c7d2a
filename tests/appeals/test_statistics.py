"""The public statistics: counts per month, kind and region, never a person."""

from datetime import timedelta

import pytest
from django.utils import timezone

from appeals import handling
from appeals.models import Appeal
from contacts.models import Region, RegionalDepartment
from tests.appeals.factories import make_appeal

pytestmark = pytest.mark.django_db


def test_counts_per_month_kind_and_region_with_no_personal_data(client):
    region = Region.objects.create(name_en="Khatlon", name_tg="Хатлон", slug="khatlon")
    department = RegionalDepartment.objects.create(region=region, name="Bokhtar department")
    today = timezone.localdate()
    on_time = make_appeal(kind=Appeal.Kind.PROPOSAL, department=department, name="Шахси Махфӣ")
    handling.register(on_time, None)
    handling.answer(on_time, "Ҷавоб", None)
    late = make_appeal(department=department)
    handling.register(late, None)
    Appeal.objects.filter(pk=late.pk).update(due_on=today - timedelta(days=1))
    forwarded = make_appeal()
    handling.forward(forwarded, "Prosecutor's office", "Notice", None)
    Appeal.objects.create  # noqa: B018
    response = client.get("/en/appeals/statistics/")
    assert response.status_code == 200
    stats = response.context["stats"]
    month = stats.months[-1]
    assert (month.received, month.answered_on_time, month.forwarded, month.overdue) == (3, 1, 1, 1)
    assert dict(stats.by_kind)["proposal"] == 1
    assert dict(stats.by_region)["Khatlon"] == 2
    assert stats.unaddressed == 1
    body = response.content.decode()
    assert "Шахси Махфӣ" not in body and on_time.number not in body
    assert "<svg" in body and "<table" in body
