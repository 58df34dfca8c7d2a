"""Kinds, and the competition status that follows from the deadline with no job running."""

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from announcements.closing import CompetitionStatus, Outcome, time_left
from announcements.models import Announcement, Kind, TenderAddendum
from mia_portal.publishing import Status
from tests.announcements import factories as f

pytestmark = pytest.mark.django_db


def pks(queryset):
    return set(queryset.values_list("pk", flat=True))


def test_the_three_kinds_share_one_list():
    items = [f.make_announcement(), f.make_tender(), f.make_vacancy()]
    assert {item.kind for item in Announcement.objects.published()} == {
        Kind.ANNOUNCEMENT,
        Kind.TENDER,
        Kind.VACANCY,
    }
    assert pks(Announcement.objects.of_kind(Kind.TENDER)) == {items[1].pk}


def test_open_and_closed_follow_from_the_deadline():
    now = timezone.now()
    open_tender = f.make_tender(deadline=now + timedelta(minutes=5))
    closed_tender = f.make_tender(deadline=now - timedelta(seconds=1))
    open_vacancy = f.make_vacancy(deadline=now + timedelta(days=3))
    undated = f.make_announcement()

    assert pks(Announcement.objects.open()) == {open_tender.pk, open_vacancy.pk}
    assert pks(Announcement.objects.closed()) == {closed_tender.pk}
    assert open_tender.competition_status == CompetitionStatus.OPEN
    assert closed_tender.competition_status == CompetitionStatus.CLOSED
    assert undated.competition_status is None


def test_a_deadline_passing_closes_the_item_with_no_job_and_no_save():
    tender = f.make_tender(deadline=timezone.now() + timedelta(hours=1))
    assert pks(Announcement.objects.open()) == {tender.pk}
    # The clock moves past the deadline: only the deadline is compared, nothing is re-saved.
    Announcement.objects.filter(pk=tender.pk).update(deadline=timezone.now() - timedelta(microseconds=1))
    assert pks(Announcement.objects.open()) == set()
    assert pks(Announcement.objects.closed()) == {tender.pk}
    tender.refresh_from_db()
    assert tender.competition_status == CompetitionStatus.CLOSED
    assert not tender.is_open()
    assert tender.time_left() == ""


def test_awarded_and_cancelled_are_set_by_staff_and_win_over_the_deadline():
    future = timezone.now() + timedelta(days=1)
    awarded = f.make_tender(outcome=Outcome.AWARDED, awarded_to_en="Company", deadline=future)
    cancelled = f.make_tender(outcome=Outcome.CANCELLED)
    assert pks(Announcement.objects.awarded()) == {awarded.pk}
    assert pks(Announcement.objects.cancelled()) == {cancelled.pk}
    assert pks(Announcement.objects.open()) == set()
    assert awarded.competition_status == CompetitionStatus.AWARDED
    assert cancelled.get_competition_status_display() == "Cancelled"


def test_home_page_helper_lists_live_current_items_in_the_language():
    now = timezone.now()
    undated = f.make_announcement()
    open_tender = f.make_tender(deadline=now + timedelta(days=2))
    f.make_tender(deadline=now - timedelta(days=2))  # closed
    f.make_tender(outcome=Outcome.CANCELLED)
    f.make_vacancy(languages=("ru",))  # not in English
    f.make_announcement(status=Status.DRAFT)
    f.make_announcement(published_at=now + timedelta(hours=1))  # scheduled
    assert list(Announcement.objects.for_home_page("en")) == [open_tender, undated]


@pytest.mark.parametrize(
    ("delta", "expected"),
    [
        (timedelta(days=5, hours=3), "closes in 5 days"),
        (timedelta(days=1, hours=2), "closes in 26 hours"),
        (timedelta(hours=3, minutes=10), "closes in 3 hours"),
        (timedelta(minutes=10, seconds=5), "closes in 10 minutes"),
        (timedelta(seconds=20), "closes in 1 minute"),
        (timedelta(seconds=-1), ""),
    ],
)
def test_time_left_reads_as_words(delta, expected):
    now = timezone.now()
    assert time_left(now + delta, now) == expected


def test_tender_requires_reference_number_and_deadline():
    tender = Announcement(kind=Kind.TENDER, title_en="Tender")
    with pytest.raises(ValidationError) as caught:
        tender.full_clean()
    assert {"reference_number", "deadline"} <= set(caught.value.message_dict)


def test_only_an_awarded_tender_carries_an_amount_and_names_its_winner():
    now = timezone.now()
    base = {"kind": Kind.TENDER, "title_en": "T", "reference_number": "R-1", "deadline": now}
    with pytest.raises(ValidationError) as caught:
        Announcement(**base, outcome=Outcome.AWARDED).clean()
    assert "awarded_to_tg" in caught.value.message_dict
    with pytest.raises(ValidationError) as caught:
        Announcement(**base, award_amount=100).clean()
    assert "award_amount" in caught.value.message_dict
    with pytest.raises(ValidationError) as caught:
        Announcement(kind=Kind.VACANCY, title_en="V", deadline=now, outcome=Outcome.AWARDED).clean()
    assert "outcome" in caught.value.message_dict
    with pytest.raises(ValidationError) as caught:
        Announcement(**{**base, "bid_opening_at": now - timedelta(hours=1)}).clean()
    assert "bid_opening_at" in caught.value.message_dict


def test_addenda_are_numbered_in_order_per_tender():
    tender, other = f.make_tender(), f.make_tender()
    first, second = f.make_addendum(tender), f.make_addendum(tender)
    assert (first.number, second.number) == (1, 2)
    assert f.make_addendum(other).number == 1
    assert list(TenderAddendum.objects.filter(announcement=tender)) == [first, second]
    assert second.get_absolute_url().endswith("#addendum-2")


def test_future_addenda_and_unanswered_questions_stay_hidden():
    tender = f.make_tender()
    issued = f.make_addendum(tender)
    f.make_addendum(tender, issued_at=timezone.now() + timedelta(days=1))
    answered = f.make_clarification(tender)
    f.make_clarification(tender, answered=False)
    tender = Announcement.objects.with_details().get(pk=tender.pk)
    assert tender.issued_addenda() == [issued]
    assert tender.public_clarifications() == [answered]


def test_vacancy_counts_its_posts():
    vacancy = f.make_vacancy()
    f.make_position(vacancy, posts=1, recruitment="international")
    f.make_position(vacancy, posts=3)
    assert vacancy.posts_total() == 4
