"""Registration and answer terms over weekends and public holidays."""

from datetime import date

import pytest

from appeals import handling, terms
from appeals.models import Appeal
from tests.appeals.factories import make_appeal


def test_registration_counts_working_days_past_a_weekend():
    assert terms.registration_due(date(2026, 12, 3)) == date(2026, 12, 8)  # Thu → Tue


def test_registration_skips_public_holidays(settings):
    # 6 November 2026 (Constitution Day) is a Friday.
    assert terms.registration_due(date(2026, 11, 4)) == date(2026, 11, 10)
    settings.APPEALS_HOLIDAYS = ["2026-11-09"]
    assert terms.registration_due(date(2026, 11, 4)) == date(2026, 11, 11)


def test_an_answer_term_ending_on_a_day_off_ends_on_the_next_working_day():
    assert terms.answer_due(date(2026, 12, 1)) == date(2026, 12, 16)  # a Wednesday
    assert terms.answer_due(date(2026, 12, 5)) == date(2026, 12, 21)  # 20th is a Sunday
    assert terms.answer_due(date(2026, 3, 6)) == date(2026, 3, 25)  # 21st: Navruz to the 24th


def test_further_study_takes_the_longer_term_and_working_days_when_set(settings):
    assert terms.answer_due(date(2026, 12, 1), needs_study=True) == date(2026, 12, 31)
    settings.APPEALS_TERMS_IN_WORKING_DAYS = True
    assert terms.answer_due(date(2026, 12, 4)) == date(2026, 12, 25)  # 15 working days from a Friday


@pytest.mark.django_db
def test_registration_assigns_the_number_and_the_due_date(superuser):
    appeal = make_appeal(kind=Appeal.Kind.PROPOSAL)
    handling.register(appeal, superuser, today=date(2026, 12, 4))
    appeal.refresh_from_db()
    assert appeal.status == Appeal.Status.REGISTERED
    assert appeal.registration_number == f"P-2026/{appeal.pk:05d}"
    assert appeal.due_on == date(2026, 12, 21)
    assert appeal.events.last().by == superuser


@pytest.mark.django_db
def test_extension_moves_the_due_date_once(superuser):
    appeal = make_appeal()
    handling.register(appeal, superuser, today=date(2026, 12, 1))
    handling.extend(appeal, superuser)
    assert appeal.due_on == date(2027, 1, 15)
    assert appeal.is_extended
