"""Being found and shared: sitemaps, canonical and social tags, JSON-LD, the feeds page, old
addresses, error pages in the visitor's language, and the health check."""

import gzip
import json
import re
import xml.etree.ElementTree as ET
from datetime import timedelta

import feedparser
import pytest
from django.contrib.redirects.models import Redirect
from django.core.files.base import ContentFile
from django.db import OperationalError, connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation

from contacts.models import Region
from mia_portal.publishing import Status
from mia_portal.syndication import PublishedSitemap
from sitewide import views
from tests.announcements.factories import make_announcement, make_tender
from tests.factories import make_helpline
from tests.incidents.factories import make_incident
from tests.news.factories import make_address, make_article, make_rubric, photo_bytes

pytestmark = pytest.mark.django_db

NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9", "xhtml": "http://www.w3.org/1999/xhtml"}


def xml_of(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    return ET.fromstring(response.content)  # noqa: S314 (the site's own sitemap)


def sitemap_urls(client, section, page=None, **headers):
    """{location: {hreflang: href}} of one page of a section's sitemap."""
    path = f"/sitemap-{section}.xml" + (f"?p={page}" if page else "")
    root = xml_of(client.get(path, **headers))
    return {
        url.findtext("sm:loc", namespaces=NS): {
            link.get("hreflang"): link.get("href") for link in url.findall("xhtml:link", NS)
        }
        for url in root.findall("sm:url", NS)
    }


def page_holding(item):
    """The sitemap page of the id range that holds ``item``."""
    return (item.pk - 1) // PublishedSitemap.limit + 1


def section_urls(client, section):
    """All pages of a section's sitemap, as the index lists them."""
    index = xml_of(client.get("/sitemap.xml"))
    prefix = f"/sitemap-{section}.xml"
    urls = {}
    for location in index.findall("sm:sitemap/sm:loc", NS):
        path = location.text.split("/", 3)[3]
        if ("/" + path).split("?")[0] == prefix:
            urls.update(sitemap_urls(client, section, path.partition("?p=")[2] or None))
    return urls


def url_in(item, language):
    with translation.override(language):
        return item.get_absolute_url()


def head_of(page):
    return page[page.index("<head>") : page.index("</head>")]


def meta(page, attribute, name):
    found = re.findall(rf'<meta {attribute}="{re.escape(name)}" content="([^"]*)">', head_of(page))
    assert len(found) == 1, (name, found)
    return found[0]


def json_ld(page):
    return [
        json.loads(block)
        for block in re.findall(r'<script type="application/ld\+json">(.*?)</script>', page, re.S)
    ]


# --- Sitemaps -------------------------------------------------------------------------------------


def test_sitemap_index_names_every_section_on_the_configured_host(client, settings):
    make_article("News")
    root = xml_of(client.get("/sitemap.xml", HTTP_HOST="localhost"))
    locations = [element.text for element in root.findall("sm:sitemap/sm:loc", NS)]
    assert locations == [
        f"{settings.SITE_URL}/sitemap-{section}.xml"
        for section in ("pages", "ministry", "news", "addresses", "incidents", "announcements")
    ]
    assert client.get("/sitemap-news.xml")["Last-Modified"]
    assert client.get("/robots.txt").content.decode().count(f"Sitemap: {settings.SITE_URL}/sitemap.xml") == 1


def test_sitemaps_are_compressed_for_crawlers_that_accept_gzip(client):
    article = make_article("Round table")
    for path in ("/sitemap.xml", f"/sitemap-news.xml?p={page_holding(article)}"):
        plain = client.get(path)
        compressed = client.get(path, HTTP_ACCEPT_ENCODING="gzip, deflate, br")
        assert "Content-Encoding" not in plain
        assert compressed["Content-Encoding"] == "gzip"
        assert "Accept-Encoding" in compressed["Vary"]
        assert gzip.decompress(compressed.content) == plain.content


def test_each_item_is_listed_in_the_languages_it_exists_in_with_alternates(client, settings):
    article = make_article("Round table", languages=("tg", "ru"))
    urls = section_urls(client, "news")
    tg = f"{settings.SITE_URL}/tg/news/{article.pk}-{article.slug}/"
    ru = f"{settings.SITE_URL}/ru/news/{article.pk}-{article.slug}/"
    assert set(urls) == {tg, ru}
    assert urls[tg] == urls[ru] == {"tg": tg, "ru": ru}
    root = xml_of(client.get(f"/sitemap-news.xml?p={page_holding(article)}"))
    lastmod = root.find("sm:url/sm:lastmod", NS).text
    assert lastmod == timezone.localtime(article.updated_at).date().isoformat()


def test_incidents_announcements_addresses_and_section_pages_are_listed(client, settings):
    incident = make_incident("Theft", languages=("en",))
    tender = make_tender(languages=("ru", "en"))
    address = make_address("Address", languages=("tg",))
    assert set(section_urls(client, "incidents")) == {settings.SITE_URL + url_in(incident, "en")}
    assert set(section_urls(client, "announcements")) == {
        settings.SITE_URL + url_in(tender, "ru"),
        settings.SITE_URL + url_in(tender, "en"),
    }
    assert set(section_urls(client, "addresses")) == {settings.SITE_URL + url_in(address, "tg")}
    pages = sitemap_urls(client, "pages")
    for code in ("tg", "ru", "en"):
        for path in ("", "news/", "incidents/", "announcements/", "contacts/", "feeds/"):
            assert f"{settings.SITE_URL}/{code}/{path}" in pages
    assert pages[f"{settings.SITE_URL}/ru/news/"] == {
        code: f"{settings.SITE_URL}/{code}/news/" for code in ("tg", "ru", "en")
    }


def test_unpublished_items_are_never_listed(client):
    make_article("Draft", status=Status.DRAFT)
    make_article("Scheduled", published_at=timezone.now() + timedelta(days=1))
    make_article("Withdrawn", status=Status.WITHDRAWN)
    make_incident("Draft incident", status=Status.DRAFT)
    make_announcement(status=Status.DRAFT)
    for section in ("news", "incidents", "announcements"):
        assert section_urls(client, section) == {}


def test_large_sections_are_split_into_pages_listed_in_the_index(client, settings, monkeypatch):
    monkeypatch.setattr(PublishedSitemap, "limit", 2)  # two ids a page
    rubric = make_rubric()
    articles = [make_article(f"Article {number}", languages=("en",), rubric=rubric) for number in range(5)]
    highest = articles[-1].pk
    articles[2].delete()  # a gap in the ids
    root = xml_of(client.get("/sitemap.xml"))
    news = f"{settings.SITE_URL}/sitemap-news.xml"
    listed = [
        element.text for element in root.findall("sm:sitemap/sm:loc", NS) if element.text.startswith(news)
    ]
    last = (highest - 1) // 2 + 1
    assert listed == [news] + [f"{news}?p={number}" for number in range(2, last + 1)]
    found = {}
    for location in listed:
        page = location.partition("?p=")[2] or None
        found.update(sitemap_urls(client, "news", page))
    expected = [article for index, article in enumerate(articles) if index != 2]
    assert set(found) == {settings.SITE_URL + url_in(article, "en") for article in expected}
    for bad in (str(last + 1), "0", "abc", "-1", "9" * 30, "1.5"):
        assert client.get(f"/sitemap-news.xml?p={bad}").status_code == 404
    assert client.get("/sitemap-nothing.xml").status_code == 404


def test_sitemap_addresses_never_follow_the_host_header(client, settings):
    article = make_article("Round table")
    news = f"/sitemap-news.xml?p={page_holding(article)}"
    for path in ("/sitemap.xml", news, "/sitemap-pages.xml"):
        body = client.get(path, HTTP_HOST="localhost").content.decode()
        assert "localhost" not in body
        assert settings.SITE_URL in body
    assert f"{settings.SITE_URL}/en/news/{article.pk}-" in client.get(news).content.decode()


@pytest.mark.parametrize("section", ["news", "incidents", "announcements"])
def test_a_sitemap_page_needs_the_same_queries_whatever_the_amount(client, section):
    def queries(count):
        items = [
            (make_article(f"Article {n}"), make_incident(f"Incident {n}"), make_announcement())
            for n in range(count)
        ]
        last = items[-1][["news", "incidents", "announcements"].index(section)]
        with CaptureQueriesContext(connection) as captured:
            page = client.get(f"/sitemap-{section}.xml?p={page_holding(last)}")
        assert page.status_code == 200 and b"<url>" in page.content
        return len(captured.captured_queries)

    assert queries(5) == queries(45) <= 2


# --- Canonical address, description, social cards and JSON-LD ------------------------------------


def test_an_article_describes_itself_for_search_engines_and_sharing(client, settings):
    article = make_article(
        "Round table on police reform",
        cover=ContentFile(photo_bytes(1600, 900), name="cover.jpg"),
        cover_alt_ru="Участники круглого стола",
        byline_name_ru="Сироджиддин Шакури",
        byline_rank_ru="капитан милиции",
        rubric=make_rubric(name_ru="Реформа милиции"),
    )
    url = settings.SITE_URL + url_in(article, "ru")
    page = client.get(url.removeprefix(settings.SITE_URL), HTTP_HOST="localhost").content.decode()
    assert f'<link rel="canonical" href="{url}">' in head_of(page)
    assert meta(page, "name", "description") == "Lead of Round table on police reform (ru)"
    assert meta(page, "property", "og:title") == "Round table on police reform (ru)"
    assert meta(page, "property", "og:description") == "Lead of Round table on police reform (ru)"
    assert meta(page, "property", "og:type") == "article"
    assert meta(page, "property", "og:url") == url
    assert meta(page, "property", "og:locale") == "ru_RU"
    image = meta(page, "property", "og:image")
    assert image.startswith(f"{settings.SITE_URL}/media/") and image.endswith(".jpg")
    assert meta(page, "property", "og:image:alt") == "Участники круглого стола"
    assert int(meta(page, "property", "og:image:width")) >= 1000
    assert meta(page, "name", "twitter:card") == "summary_large_image"
    assert meta(page, "name", "twitter:image") == image
    assert "localhost" not in head_of(page)

    (data,) = json_ld(page)
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == "Round table on police reform (ru)"
    assert data["description"] == "Lead of Round table on police reform (ru)"
    assert data["inLanguage"] == "ru"
    assert data["url"] == data["mainEntityOfPage"]["@id"] == url
    assert data["datePublished"] == timezone.localtime(article.published_at).isoformat()  # Dushanbe time
    assert data["dateModified"]
    assert data["image"] and all(src.startswith(f"{settings.SITE_URL}/media/") for src in data["image"])
    assert data["author"] == {"@type": "Person", "name": "Сироджиддин Шакури", "jobTitle": "капитан милиции"}
    assert data["publisher"]["@type"] == "GovernmentOrganization"
    assert data["publisher"]["logo"]["url"].startswith(settings.SITE_URL)
    assert data["articleSection"] == "Реформа милиции"


def test_json_ld_cannot_be_broken_out_of(client):
    title = '</script><script>alert("x")</script> & <!-- "quotes"'
    article = make_article(title, languages=("en",), title_en=title, lead_en="Lead </SCRIPT> & more")
    page = client.get(url_in(article, "en")).content.decode()
    block = re.search(r'<script type="application/ld\+json">(.*?)</script>', page, re.S).group(1)
    assert "<" not in block and ">" not in block and "&" not in block
    assert json.loads(block)["headline"] == title
    assert json.loads(block)["description"] == "Lead </SCRIPT> & more"
    assert "<script>alert" not in page


def test_an_incident_report_is_a_news_article_with_its_place(client, settings):
    incident = make_incident("Cattle theft", languages=("en",))
    page = client.get(url_in(incident, "en")).content.decode()
    assert meta(page, "name", "description") == "Lead of Cattle theft (en)"
    assert meta(page, "property", "og:title") == "Cattle theft (en)"
    assert meta(page, "name", "twitter:card") == "summary"
    (data,) = json_ld(page)
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == "Cattle theft (en)"
    assert data["contentLocation"] == {"@type": "Place", "name": incident.district.name_en}
    assert data["articleSection"] == incident.category.name_en
    assert data["url"].startswith(settings.SITE_URL + "/en/incidents/")


def test_an_announcement_has_its_own_social_card(client):
    tender = make_tender(title_en="Tender for patrol cars", languages=("en",))
    page = client.get(url_in(tender, "en")).content.decode()
    assert meta(page, "property", "og:title") == "Tender for patrol cars"
    assert meta(page, "property", "og:type") == "article"
    assert "Tender text (en)" in meta(page, "name", "description")


def test_a_page_shown_in_another_language_names_that_one_as_canonical(client, settings):
    article = make_article("Only in Russian", languages=("ru",))
    page = client.get(url_in(article, "en")).content.decode()
    shown = settings.SITE_URL + url_in(article, "ru")
    assert f'<link rel="canonical" href="{shown}">' in page
    assert meta(page, "property", "og:locale") == "ru_RU"
    assert 'hreflang="en"' not in head_of(page)


@pytest.mark.parametrize(
    "path", ["/tg/", "/ru/contacts/", "/en/news/", "/en/incidents/", "/ru/feeds/", "/en/search/?q=x"]
)
def test_every_page_has_one_canonical_address_description_and_social_card(client, settings, path):
    page = client.get(path, HTTP_HOST="localhost").content.decode()
    head = head_of(page)
    canonical = re.findall(r'<link rel="canonical" href="([^"]+)">', head)
    assert canonical == [settings.SITE_URL + path.split("?")[0]]
    assert meta(page, "name", "description")
    assert meta(page, "property", "og:title")
    assert meta(page, "property", "og:url") == canonical[0]
    assert meta(page, "name", "twitter:card") == "summary"
    assert "localhost" not in head


# --- The feeds page -------------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["tg", "ru", "en"])
def test_the_feeds_page_lists_every_feed_of_its_language(client, settings, language):
    Region.objects.create(slug="sughd", name_tg="Суғд", name_ru="Согд", name_en="Sughd")
    response = client.get(f"/{language}/feeds/")
    assert response.status_code == 200
    page = response.content.decode()
    for feed in ("news", "incidents", "announcements"):
        assert f'href="/{language}/{feed}/feed/"' in page
        assert f"<code>{settings.SITE_URL}/{language}/{feed}/feed/</code>" in page
    assert f'href="/{language}/incidents/feed/?region=sughd"' in page
    assert page.count("<h1") == 1


def test_every_listed_feed_parses_and_carries_the_page_language(client):
    make_article("Round table", languages=("ru",))
    make_incident("Theft", languages=("ru",))
    make_announcement(title_ru="Объявление", languages=("ru",))
    page = client.get("/ru/feeds/").content.decode()
    feeds = sorted(set(re.findall(r'href="(/ru/[a-z]+/feed/)"', page)))
    assert len(feeds) == 3
    for path in feeds:
        parsed = feedparser.parse(client.get(path).content)
        assert not parsed.bozo, path
        (entry,) = parsed.entries
        assert entry.title in ("Round table (ru)", "Theft (ru)", "Объявление"), path


@pytest.mark.parametrize("path", ["/tg/", "/ru/contacts/", "/en/no-such-page/"])
def test_the_footer_links_to_the_feeds_page(client, path):
    page = client.get(path).content.decode()
    footer = page[page.index("<footer") :]
    language = path.split("/")[1]
    assert f'href="/{language}/feeds/"' in footer


# --- Links to the old site ------------------------------------------------------------------------


def test_an_old_site_address_mapped_by_an_administrator_answers_301(client, settings):
    incident = make_incident("Large-scale fraud", languages=("en",))
    new_path = url_in(incident, "en")
    Redirect.objects.create(
        site_id=settings.SITE_ID, old_path="/index.php/en/developments/27622-some-slug", new_path=new_path
    )
    response = client.get("/index.php/en/developments/27622-some-slug")
    assert response.status_code == 301
    assert response["Location"] == new_path
    assert client.get(response["Location"]).status_code == 200
    assert client.get("/index.php/en/developments/27623-unmapped").status_code == 404


# --- Error pages ----------------------------------------------------------------------------------

HEADINGS = {
    400: {"tg": "Дархости нодуруст", "ru": "Неверный запрос", "en": "Bad request"},
    403: {"tg": "Дастрасӣ манъ аст", "ru": "Доступ запрещён", "en": "Access denied"},
    404: {"tg": "Саҳифа ёфт нашуд", "ru": "Страница не найдена", "en": "Page not found"},
    500: {
        "tg": "Сомона муваққатан дастнорас аст",
        "ru": "Сайт временно недоступен",
        "en": "The site is temporarily unavailable",
    },
}
HANDLERS = {400: views.bad_request, 403: views.permission_denied, 404: views.page_not_found}


def assert_error_page(response, status, language):
    assert response.status_code == status
    page = response.content.decode()
    assert f'<html lang="{language}"' in page
    assert f">{HEADINGS[status][language]}</h1>" in page
    assert page.count("<h1") == 1
    for number in ("tel:+992372212121", "tel:1919", "tel:102"):
        assert f'href="{number}"' in page
    assert "/static/css/site.css" in page  # the site's own look
    assert 'class="site-header"' in page and 'class="site-footer"' in page
    return page


@pytest.mark.parametrize("language", ["tg", "ru", "en"])
@pytest.mark.parametrize("status", [400, 403, 404])
def test_error_pages_speak_the_visitors_language_with_the_helplines(client, language, status):
    make_helpline()
    request = RequestFactory().get(f"/{language}/some/page/")
    with translation.override("en" if language != "en" else "ru"):
        assert_error_page(HANDLERS[status](request, exception=None), status, language)


@pytest.mark.parametrize("language", ["tg", "ru", "en"])
def test_a_missing_page_answers_404_in_the_visitors_language(client, language):
    assert_error_page(client.get(f"/{language}/news/999999-no-such-article/"), 404, language)


def test_a_bad_request_answers_400_in_the_visitors_language(client):
    response = client.get("/ru/", HTTP_HOST="bad host name")
    assert_error_page(response, 400, "ru")


@pytest.mark.parametrize("language", ["tg", "ru", "en"])
def test_the_server_error_page_renders_without_the_database_in_each_language(monkeypatch, language):
    def no_database(*args, **kwargs):
        raise AssertionError("the 500 page must not query the database")

    monkeypatch.setattr(connection, "cursor", no_database)
    request = RequestFactory().get(f"/{language}/news/")
    response = views.server_error(request)
    page = assert_error_page(response, 500, language)
    assert 'action="/' + language + '/search/"' in page  # the layout, search box included


# --- Health -----------------------------------------------------------------------------------------


def test_health_answers_200_with_database_and_cache_status_and_is_never_cached(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok", "cache": "ok"}
    assert "no-cache" in response["Cache-Control"] and "max-age=0" in response["Cache-Control"]


def test_health_answers_503_when_the_database_is_unreachable(client, monkeypatch):
    def unreachable(*args, **kwargs):
        raise OperationalError("could not connect to server")

    monkeypatch.setattr(connection, "cursor", unreachable)
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json() == {"status": "unavailable", "database": "unavailable", "cache": "ok"}
    assert "no-cache" in response["Cache-Control"]
