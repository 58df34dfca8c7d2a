"""A visitor searches from the header box, typing Tajik as many keyboards allow, and opens a result."""

import pytest
from django.utils import translation

from tests.incidents.factories import make_incident
from tests.news.factories import make_article

pytestmark = pytest.mark.django_db(transaction=True)

TITLE = "Мизи мудаввар дар бораи ислоҳоти милитсия дар вилояти Суғд"


def test_a_visitor_searches_from_the_header_and_opens_a_result(page, screenshot):
    article = make_article(
        title_tg=TITLE,
        lead_tg="Дар Хуҷанд намояндагони ҷомеа ва милитсия ҳамкориро муҳокима карданд.",
        languages=("tg",),
    )
    make_incident("Дуздии чорво дар ноҳияи Хуросон", languages=("tg",))

    page.goto("/tg/contacts/")
    header_search = page.locator("header").get_by_role("search")
    # Typed without the Tajik letters: ислохоти for ислоҳоти.
    header_search.get_by_role("searchbox").fill("ислохоти")
    header_search.get_by_role("button").click()
    page.wait_for_url("**/tg/search/?q=*")

    assert page.locator("html").get_attribute("lang") == "tg"
    assert page.locator("#search-query").input_value() == "ислохоти"
    hits = page.locator(".search-hit")
    assert hits.count() == 1
    assert hits.locator("mark").first.inner_text() == "ислоҳоти"
    screenshot(page, "search-tg")

    hits.get_by_role("link", name=TITLE).click()
    with translation.override("tg"):
        page.wait_for_url("**" + article.get_absolute_url())
    assert page.locator("h1").inner_text() == TITLE

    # The header box keeps working from any page, and the section filter narrows the results.
    page.locator("header").get_by_role("searchbox").fill("хуросон")
    page.locator("header").get_by_role("search").get_by_role("button").click()
    page.wait_for_url("**/tg/search/?q=*")
    assert page.locator(".search-hit").count() == 1
    page.locator("#search-type").select_option("news")
    page.locator("main").get_by_role("search").get_by_role("button").click()
    page.wait_for_url("**type=news*")
    assert page.locator(".search-hit").count() == 0
