"""The ministry's pages in a real browser: a reader opens a service guide and prints it, and
axe-core finds no WCAG AA violation on any page type in any language."""

import pytest

from demo import contacts, pages
from tests.browser.axe import axe_violations, needs_axe

pytestmark = pytest.mark.django_db(transaction=True)

PAGE_TYPES = {
    "plain page": "/{lang}/vazorat/",
    "leadership": "/{lang}/vazorat/rohbariyat/",
    "person": "/{lang}/vazorat/rohbariyat/vazir/",
    "documents": "/{lang}/qonunguzori/",
    "documents filtered": "/{lang}/qonunguzori/?kind=law",
    "questions": "/{lang}/savolho/",
    "service guide": "/{lang}/khizmatho/shinosnoma/",
}


@pytest.fixture
def demo_pages():
    contacts.load()
    pages.load()


def test_a_reader_opens_a_service_guide_and_its_print_layout_hides_navigation(page, demo_pages, screenshot):
    page.goto("/ru/khizmatho/")
    page.get_by_role("link", name="Получение паспорта гражданина").click()
    page.wait_for_url("**/ru/khizmatho/shinosnoma/")
    assert page.locator(".site-header").is_visible()
    assert page.get_by_role("heading", name="Порядок действий").is_visible()
    page.emulate_media(media="print")
    assert not page.locator(".site-header").is_visible()
    assert not page.locator(".breadcrumbs").is_visible()
    assert not page.locator(".site-footer").is_visible()
    assert page.get_by_role("heading", name="Порядок действий").is_visible()
    assert page.locator(".guide__steps li").count() == 3
    screenshot(page, "service-guide-print")


@needs_axe
@pytest.mark.parametrize("language", ["tg", "ru", "en"])
def test_every_page_type_has_no_wcag_aa_violations(page, demo_pages, language):
    found = {}
    for name, path in PAGE_TYPES.items():
        page.goto(path.format(lang=language))
        page.locator("details.faq__item").evaluate_all("items => items.forEach(item => item.open = true)")
        violations = axe_violations(page)
        if violations:
            found[name] = violations
    assert not found, found
