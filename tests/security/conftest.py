"""Fixtures for the hostile-input suite: one small site per module, and the staff who attack it.

``site_content`` is built once per test module inside a transaction that is rolled back when
the module ends, so hundreds of read-only requests share it; each test still runs in its own
savepoint, so whatever a test writes is undone after it.
"""

from dataclasses import dataclass
from datetime import timedelta

import pytest
from django.contrib.auth.models import Group, Permission, User
from django.db import transaction
from django.test import Client
from django.test.client import ClientHandler
from django.test.utils import override_settings
from django.utils import timezone

from announcements.models import Kind
from mia_portal.publishing import Status
from mia_portal.roles import PRESS_OFFICERS, PROCUREMENT_STAFF
from tests.announcements import factories as announcement_factories
from tests.factories import make_helpline
from tests.incidents.factories import make_category, make_incident, make_place
from tests.news.factories import make_address, make_article, make_rubric
from tests.security.payloads import DRAFT_MARKER, SCHEDULED_MARKER


@dataclass
class SiteContent:
    article: object
    address: object
    incident: object
    tender: object
    vacancy: object
    withdrawn: object
    draft: object
    scheduled: object
    year: int
    month: int


def build_site_content():
    make_helpline()
    rubric = make_rubric("police")
    khujand = make_place("khujand", "sughd")
    make_place("sino", "dushanbe")
    theft = make_category("theft")
    make_category("road")
    article = make_article("Round table", rubric=rubric, region=khujand.region)
    make_article("Second article", rubric=rubric)
    draft = make_article(DRAFT_MARKER, rubric=rubric, status=Status.DRAFT)
    scheduled = make_article(SCHEDULED_MARKER, rubric=rubric, published_at=timezone.now() + timedelta(days=3))
    withdrawn = make_article("Withdrawn one", rubric=rubric, status=Status.WITHDRAWN)
    make_incident(DRAFT_MARKER, status=Status.DRAFT, district=khujand, category=theft)
    incident = make_incident("Theft in Khujand", district=khujand, category=theft)
    announcements = announcement_factories
    announcements.make_announcement(Kind.ANNOUNCEMENT)
    announcements.make_announcement(Kind.ANNOUNCEMENT, status=Status.DRAFT, **_titled(DRAFT_MARKER))
    announcements.make_announcement(
        Kind.ANNOUNCEMENT, published_at=timezone.now() + timedelta(days=2), **_titled(SCHEDULED_MARKER)
    )
    tender = announcements.make_tender()
    announcements.make_addendum(tender)
    vacancy = announcements.make_vacancy()
    address = make_address()
    published = timezone.localtime(article.published_at)
    return SiteContent(
        article=article,
        address=address,
        incident=incident,
        tender=tender,
        vacancy=vacancy,
        withdrawn=withdrawn,
        draft=draft,
        scheduled=scheduled,
        year=published.year,
        month=published.month,
    )


def _titled(title):
    return {f"title_{code}": f"{title} ({code})" for code in ("tg", "ru", "en")}


@pytest.fixture(scope="module")
def site_content(django_db_setup, django_db_blocker, tmp_path_factory):
    """Published, draft, scheduled and withdrawn items of every kind, shared by a module's tests."""
    media = tmp_path_factory.mktemp("media")
    with django_db_blocker.unblock(), override_settings(MEDIA_ROOT=media), transaction.atomic():
        content = build_site_content()
        yield content
        transaction.set_rollback(True)


@pytest.fixture
def content(site_content, db):
    return site_content


def _staff(username, *, groups=(), permissions=()):
    user = User.objects.create_user(username, password="not used: force_login", is_staff=True)
    for name in groups:
        user.groups.add(Group.objects.get(name=name))
    for codename in permissions:
        app_label, codename = codename.split(".")
        user.user_permissions.add(
            Permission.objects.get(content_type__app_label=app_label, codename=codename)
        )
    return user


@pytest.fixture(scope="session")
def _shared_handlers():
    """One request handler per CSRF mode for the whole run.

    A new ``Client`` loads the middleware again, and WhiteNoise's middleware indexes every
    file under STATIC_ROOT when it loads: with collected static files that is a few tenths of
    a second per test, more than the hostile request itself costs.
    """
    return {flag: ClientHandler(enforce_csrf_checks=flag) for flag in (False, True)}


@pytest.fixture
def make_client(_shared_handlers):
    def make(user=None, enforce_csrf_checks=False):
        client = Client(enforce_csrf_checks=enforce_csrf_checks)
        client.handler = _shared_handlers[enforce_csrf_checks]
        if user is not None:
            client.force_login(user)
        return client

    return make


@pytest.fixture
def client(make_client):
    return make_client()


@pytest.fixture
def staff_client(make_client, superuser):
    return make_client(superuser)


@pytest.fixture
def press_officer(db):
    """A press officer: news, addresses and incidents, nothing else."""
    return _staff("press", groups=[PRESS_OFFICERS])


@pytest.fixture
def press_client(make_client, press_officer):
    return make_client(press_officer)


@pytest.fixture
def procurement_user(db):
    return _staff("buyer", groups=[PROCUREMENT_STAFF])


@pytest.fixture
def procurement_client(make_client, procurement_user):
    return make_client(procurement_user)


@pytest.fixture
def powerless_client(make_client, db):
    """A staff account without a single permission: what a stolen intern's login gives."""
    return make_client(_staff("intern"))


@pytest.fixture
def evil_host(settings):
    """The Host header an attacker sends, accepted by ALLOWED_HOSTS as a misconfigured proxy would."""
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "evil.example", ".evil.example"]
    return "evil.example"
