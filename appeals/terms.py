"""The terms of the Law on appeals of individuals and legal entities, counted in days off and on.

Registration is counted in working days. Answer terms are counted in calendar days, a term
whose last day falls on a day off ending on the next working day, or wholly in working days
with ``APPEALS_TERMS_IN_WORKING_DAYS``. Days off are Saturdays, Sundays and the public holidays
of the settings (fixed dates every year, plus the dates announced each year).
"""

from datetime import timedelta

from django.conf import settings


def holidays():
    return set(settings.APPEALS_HOLIDAYS)


def is_working_day(day):
    if day.weekday() >= 5:
        return False
    return f"{day:%m-%d}" not in settings.APPEALS_FIXED_HOLIDAYS and day.isoformat() not in holidays()


def next_working_day(day):
    while not is_working_day(day):
        day += timedelta(days=1)
    return day


def add_working_days(start, days):
    """The day ``days`` working days after ``start`` (the day itself not counted)."""
    day = start
    while days > 0:
        day += timedelta(days=1)
        if is_working_day(day):
            days -= 1
    return day


def term_end(start, days, in_working_days=None):
    """The last day of a term of ``days`` that starts the day after ``start``."""
    if in_working_days is None:
        in_working_days = settings.APPEALS_TERMS_IN_WORKING_DAYS
    if in_working_days:
        return add_working_days(start, days)
    return next_working_day(start + timedelta(days=days))


def registration_due(received_on):
    return add_working_days(received_on, settings.APPEALS_REGISTRATION_DAYS)


def answer_due(registered_on, needs_study=False):
    days = settings.APPEALS_STUDY_DAYS if needs_study else settings.APPEALS_ANSWER_DAYS
    return term_end(registered_on, days)


def extended_due(due_on, days=None):
    return term_end(due_on, days or settings.APPEALS_EXTENSION_DAYS)
