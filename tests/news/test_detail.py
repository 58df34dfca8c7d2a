"""What the article page offers besides the text: links, sharing, related news, print."""

import re

import pytest
from django.template.loader import render_to_string
from django.utils import translation

from contacts.models import Region
from mia_portal.publishing import Status
from news.models import Address
from tests.news.factories import make_address, make_article

pytestmark = pytest.mark.django_db


def page_of(client, article, language="en"):
    response = client.get(f"/{language}/news/{article.pk}-{article.slug}/")
    assert response.status_code == 200
    return response.content.decode()


def test_share_links_are_plain_links_with_no_third_party_scripts(client, settings):
    article = make_article("Round table")
    page = page_of(client, article)
    url = f"{settings.SITE_URL}/en/news/{article.pk}-{article.slug}/".replace(":", "%3A").replace("/", "%2F")
    assert f'href="https://www.facebook.com/sharer/sharer.php?u={url}"' in page
    assert f'href="https://t.me/share/url?url={url}&amp;text=Round+table+%28en%29"' in page
    assert 'href="https://x.com/intent/post?' in page
    assert 'href="mailto:?subject=Round%20table%20%28en%29&amp;body=' in page
    # Only the site's own files run; JSON-LD is data, not a script.
    scripts = re.findall(r"<script(?![^>]*application/ld\+json)[^>]*>", page)
    assert all('src="/static/' in tag for tag in scripts), scripts
    assert "<iframe" not in page


def test_rubric_and_region_link_to_the_filtered_list(client):
    region = Region.objects.create(slug="sughd", name_tg="Суғд", name_en="Sughd region")
    article = make_article("Round table", region=region)
    page = page_of(client, article)
    assert f'href="/en/news/?rubric={article.rubric.slug}"' in page
    assert 'href="/en/news/?region=sughd">Sughd region</a>' in page


def test_related_articles_come_from_the_same_rubric_and_are_live_and_in_the_language(client):
    article = make_article("Main")
    make_article("Sibling", rubric=article.rubric)
    make_article("Sibling draft", rubric=article.rubric, status=Status.DRAFT)
    make_article("Sibling in Russian", rubric=article.rubric, languages=("ru",))
    make_article("Other rubric")
    page = page_of(client, article)
    related = page[page.index('id="related-heading"') :]
    assert "Sibling (en)" in related
    assert "Sibling draft" not in related
    assert "Sibling in Russian" not in related
    assert "Other rubric" not in related


def test_article_page_is_print_friendly_and_has_one_h1(client):
    article = make_article(
        "Round table", byline_name_en="Akbar Sharif", byline_rank_en="captain of the militia"
    )
    page = page_of(client, article)
    assert page.count("<h1") == 1
    assert 'media="print"' in page
    assert "/static/css/news.css" in page
    assert "Akbar Sharif, captain of the militia" in page


def test_article_page_describes_itself_for_search_and_sharing(client, settings):
    article = make_article("Round table")
    page = page_of(client, article, "ru")
    assert '<meta name="description" content="Lead of Round table (ru)">' in page
    assert '<meta property="og:title" content="Round table (ru)">' in page
    assert f'<link rel="canonical" href="{settings.SITE_URL}/ru/news/{article.pk}-{article.slug}/">' in page


def test_address_page_and_archive(client):
    address = make_address("Address to Parliament", languages=("tg", "ru"))
    archive = client.get("/ru/news/addresses/").content.decode()
    assert "Address to Parliament (ru)" in archive
    assert "Address to Parliament" not in client.get("/en/news/addresses/").content.decode()
    page = client.get(f"/en/news/addresses/{address.pk}-{address.slug}/").content.decode()
    assert 'lang="ru"' in page
    assert "Text of Address to Parliament (ru)" in page
    assert client.get(f"/en/news/addresses/{address.pk}-wrong/").status_code == 301


def test_address_teaser_shows_the_opening_lines_and_links_to_the_whole_text():
    make_address(
        is_current=True, body_en="<p>Distinguished Members of Parliament,</p><p>Esteemed compatriots!</p>"
    )
    with translation.override("en"):
        address = Address.objects.featured_now().available_in("en").first()
        html = render_to_string("news/includes/address_teaser.html", {"address": address})
    assert "Distinguished Members of Parliament, Esteemed compatriots!" in html
    assert f'href="/en/news/addresses/{address.pk}-{address.slug}/"' in html
    assert render_to_string("news/includes/address_teaser.html", {"address": None}).strip() == ""
