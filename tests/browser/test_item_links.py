"""A press officer links words of an article to an incident report through the chooser."""

import pytest
from playwright.sync_api import expect

from news.models import Article
from tests.incidents.factories import make_incident
from tests.news.factories import make_article, make_rubric

pytestmark = pytest.mark.django_db(transaction=True)


def test_press_officer_links_words_to_a_report_and_the_link_follows_its_slug(
    page, log_in_as_press_officer, screenshot
):
    report = make_incident(
        title_tg="Дуздӣ дар Хуҷанд", title_ru="Кража в Худжанде", title_en="Theft in Khujand"
    )
    make_incident(title_en="Crash in Dushanbe")
    article = make_article("Round table", rubric=make_rubric(), body_en="<p>Read the report</p>")
    log_in_as_press_officer(page)
    page.goto(f"/admin/news/article/{article.pk}/change/")
    page.locator('a[href="#tab_id_body_en"]').click()
    panel = page.locator("#tab_id_body_en")

    # Escape closes the chooser and gives the focus back to its button.
    opener = panel.get_by_role("button", name="Link to an item")
    opener.click()
    chooser = page.get_by_role("dialog", name="Link to an item")
    expect(chooser).to_be_visible()
    page.keyboard.press("Escape")
    expect(chooser).to_be_hidden()
    expect(opener).to_be_focused()

    # Select the last word, "report", as a person would.
    panel.locator(".ck-editor__editable").click()
    page.keyboard.press("Control+End")
    page.keyboard.press("Control+Shift+ArrowLeft")
    opener.click()
    expect(chooser).to_be_visible()
    page.get_by_label("Part of the title, in any language, or the item's number").fill("хучанд")
    result = chooser.get_by_role("button", name="Theft in Khujand")
    expect(result).to_contain_text("incident report")
    expect(chooser.get_by_role("button", name="Crash in Dushanbe")).to_have_count(0)
    screenshot(page, "admin-item-link-chooser")
    result.click()
    expect(chooser).to_be_hidden()
    # The editor shows the reference itself (link.allowedProtocols), not a "#".
    expect(panel.locator(".ck-editor__editable a", has_text="report")).to_have_attribute(
        "href", f"item:incidents.incident:{report.pk}"
    )
    page.locator("input[name=_save]").click()
    page.locator(".messagelist .success").wait_for()

    article = Article.objects.get(pk=article.pk)
    assert (
        f'<a href="item:incidents.incident:{report.pk}" rel="noopener noreferrer">report</a>'
        in article.body_en
    )

    page.goto(f"/en/news/{article.pk}-{article.slug}/")
    link = page.locator(".article__body").get_by_role("link", name="report")
    expect(link).to_have_attribute("href", f"/en/incidents/{report.pk}-{report.slug}/")
    link.click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Theft in Khujand")

    report.slug = "theft-in-khujand-city"
    report.save()
    page.goto(f"/en/news/{article.pk}-{article.slug}/")
    expect(page.locator(".article__body").get_by_role("link", name="report")).to_have_attribute(
        "href", f"/en/incidents/{report.pk}-theft-in-khujand-city/"
    )
