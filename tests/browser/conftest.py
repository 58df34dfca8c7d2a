"""Playwright driving Debian's Chromium against pytest-django's live server.

Browser tests are marked ``browser`` and skipped when no Chromium is installed. Screenshots
go to ``test-results/screenshots/``.
"""

import os
import shutil
from contextlib import contextmanager
from pathlib import Path

import pytest

# Playwright's sync API runs an event loop in the test thread; the ORM calls the tests make
# around it are still synchronous, so Django's async-safety guard does not apply.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-quic",
    "--no-first-run",
    "--disable-sync",
]
SCREENSHOTS = Path(__file__).resolve().parents[2] / "test-results" / "screenshots"
STAFF_PASSWORD = "a sufficiently long password"


def pytest_collection_modifyitems(config, items):
    here = Path(__file__).parent
    for item in items:
        if here in Path(item.fspath).parents:
            item.add_marker(pytest.mark.browser)
            if not Path(CHROMIUM).exists():
                item.add_marker(pytest.mark.skip(reason=f"no Chromium at {CHROMIUM}"))


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@contextmanager
def new_page(browser, live_server, timeout, **context_options):
    context = browser.new_context(base_url=live_server.url, **context_options)
    page = context.new_page()
    page.set_default_timeout(timeout)
    yield page
    context.close()


@pytest.fixture
def page(browser, live_server):
    with new_page(browser, live_server, 15_000, viewport={"width": 1280, "height": 900}) as page:
        yield page


@pytest.fixture
def phone(browser, live_server):
    with new_page(
        browser,
        live_server,
        20_000,
        viewport={"width": 360, "height": 740},
        is_mobile=True,
        has_touch=True,
    ) as page:
        yield page


@pytest.fixture
def log_in_as_press_officer():
    """Creates a press officer; the function it gives signs them in through the admin's login form."""
    from django.contrib.auth.models import Group, User

    from mia_portal.roles import PRESS_OFFICERS
    from tests.factories import ensure_roles

    ensure_roles()
    user = User.objects.create_user("press", password=STAFF_PASSWORD, is_staff=True)
    user.groups.add(Group.objects.get(name=PRESS_OFFICERS))

    def log_in(page):
        page.goto("/admin/login/")
        page.get_by_label("Username").fill(user.username)
        page.get_by_label("Password").fill(STAFF_PASSWORD)
        page.get_by_role("button", name="Log in").click()
        page.wait_for_url("**/admin/")

    return log_in


@pytest.fixture
def screenshot():
    def take(page, name):
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        path = SCREENSHOTS / f"{name}.png"
        page.screenshot(path=str(path), full_page=True)
        return path

    return take
