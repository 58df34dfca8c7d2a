"""Rich text links to pages, and pages show links to items: pages are a linkable kind."""

import pytest

from mia_portal.publishing import Status
from mia_portal.richtext import sanitize_html
from pages.models import ServiceGuidePage
from tests.incidents.factories import make_incident
from tests.news.factories import make_article
from tests.pages.factories import make_page

pytestmark = pytest.mark.django_db


def test_an_article_links_to_a_page_by_reference_and_follows_its_moves(client, committed):
    about = make_page("About", slug="vazorat")
    article = make_article("Source", body_en=f'<p><a href="item:pages.page:{about.pk}">the ministry</a></p>')
    body = client.get(f"/en/news/{article.pk}-{article.slug}/").content.decode()
    assert '<a href="/en/vazorat/"' in body
    with committed():
        about.slug = "ministry"
        about.save()
    body = client.get(f"/en/news/{article.pk}-{article.slug}/").content.decode()
    assert '<a href="/en/ministry/"' in body


def test_a_link_to_a_page_under_a_draft_is_plain_text(client):
    section = make_page("Services", status=Status.DRAFT)
    guide = make_page("Passport", parent=section, model=ServiceGuidePage)
    article = make_article("Source", body_en=f'<p><a href="item:pages.page:{guide.pk}">the guide</a></p>')
    body = client.get(f"/en/news/{article.pk}-{article.slug}/").content.decode()
    assert "the guide" in body
    assert "/en/services/passport/" not in body


@pytest.mark.parametrize("language", ["tg", "ru", "en"])
def test_a_pasted_page_address_is_stored_as_a_reference(settings, language):
    settings.SITE_URL = "https://mia.tj"
    parent = make_page("About", slug="vazorat")
    page = make_page("Leadership", parent=parent, slug="rohbariyat")
    for address in (f"https://mia.tj/{language}/vazorat/rohbariyat/", f"/{language}/vazorat/rohbariyat/"):
        stored = sanitize_html(f'<a href="{address}">leaders</a>')
        assert stored == f'<a href="item:pages.page:{page.pk}" rel="noopener noreferrer">leaders</a>'


def test_a_pasted_old_address_of_a_page_links_to_the_page(settings):
    settings.SITE_URL = "https://mia.tj"
    page = make_page("About", slug="old")
    page.slug = "new"
    page.save()
    stored = sanitize_html('<a href="/en/old/">about</a>')
    assert f'href="item:pages.page:{page.pk}"' in stored


def test_an_unknown_page_address_stays_an_address(settings):
    assert 'href="/en/nowhere/"' in sanitize_html('<a href="/en/nowhere/">x</a>')


def test_page_texts_show_links_to_items(client):
    report = make_incident("Theft in Khujand")
    link = f'<a href="item:incidents.incident:{report.pk}">a report</a>'
    guide = make_page(
        "Passport", model=ServiceGuidePage, body_en=f"<p>See {link}</p>", who_may_apply_en=f"<p>{link}</p>"
    )
    html = client.get(f"/en/{guide.url_path}").content.decode()
    assert html.count(f'href="{report.get_absolute_url()}"') == 2
    assert "item:" not in html


@pytest.mark.parametrize("model", ["standardpage", "personpage", "serviceguidepage", "faqpage"])
def test_the_item_link_chooser_is_on_the_page_forms(staff_client, model):
    html = staff_client.get(f"/admin/pages/{model}/add/").content.decode()
    assert "js/item_link_chooser.js" in html
