"""A visitor opens the site in each language and switches between them."""

import pytest

from demo.contacts import load as load_contacts

pytestmark = pytest.mark.django_db(transaction=True)


def test_home_page_opens_in_each_language_and_the_switcher_keeps_the_page(page, screenshot):
    load_contacts()
    page.goto("/tg/")
    assert page.locator("html").get_attribute("lang") == "tg"
    helpline = page.get_by_role("link", name="(+992 37) 221-21-21").first
    assert helpline.get_attribute("href") == "tel:+992372212121"

    page.get_by_role("link", name="Русский").click()
    page.wait_for_url("**/ru/")
    assert page.locator("html").get_attribute("lang") == "ru"
    assert page.get_by_text("Телефон доверия министра").first.is_visible()

    page.goto("/ru/contacts/")
    page.get_by_role("link", name="English").click()
    page.wait_for_url("**/en/contacts/")
    assert page.locator("h1").inner_text() == "Contacts"
    assert page.get_by_text("Minister's helpline").first.is_visible()
    screenshot(page, "contacts-en")

    # The cookie set by the switcher now decides where the bare address leads.
    page.goto("/")
    page.wait_for_url("**/en/")
