"""Only well-formed references survive a save; the site's own addresses become references."""

import pytest

from mia_portal.richtext import sanitize_html
from tests.incidents.factories import make_incident
from tests.news.factories import make_article

pytestmark = pytest.mark.django_db


def test_a_reference_to_a_registered_kind_is_kept():
    kept = sanitize_html('<p><a href="item:incidents.incident:7">the report</a></p>')
    assert kept == '<p><a href="item:incidents.incident:7" rel="noopener noreferrer">the report</a></p>'


@pytest.mark.parametrize(
    "href",
    [
        "item:auth.user:1",  # not a linkable kind
        "item:news.nothing:1",
        "item:news.article:0",
        "item:news.article:-1",
        "item:news.article:1e3",
        "item:news.article:42/../../admin",
        "item:news.article:99999999999999999999",
        "item:news.article",
        "ITEM:news.article:1 ",
        "javascript:alert(1)",
        "jAvAsCrIpT:alert(1)",
        "data:text/html,<script>alert(1)</script>",
    ],
)
def test_malformed_references_and_dangerous_addresses_leave_the_words_without_a_link(href):
    stored = sanitize_html(f'<p>Read <a href="{href}">this <strong>report</strong></a>.</p>')
    assert stored == "<p>Read this <strong>report</strong>.</p>"


def test_forged_data_attributes_and_event_handlers_are_dropped():
    stored = sanitize_html(
        '<a href="item:news.article:3" data-link="auth.user:1" onclick="steal()" style="x">words</a>'
    )
    assert stored == '<a href="item:news.article:3" rel="noopener noreferrer">words</a>'


def test_other_links_keep_working():
    stored = sanitize_html(
        '<a href="https://president.tj/">President</a> <a href="mailto:press@mia.tj">write</a> '
        '<a href="/tg/contacts/">contacts</a>'
    )
    assert 'href="https://president.tj/"' in stored
    assert 'href="mailto:press@mia.tj"' in stored
    assert 'href="/tg/contacts/"' in stored


@pytest.mark.parametrize("language", ["tg", "ru", "en"])
def test_a_pasted_address_of_the_sites_own_item_is_stored_as_a_reference(settings, language):
    settings.SITE_URL = "https://mia.tj"
    report = make_incident("Pasted")
    pasted = [
        f"https://mia.tj/{language}/incidents/{report.pk}-{report.slug}/",
        f"https://MIA.tj/{language}/incidents/{report.pk}-old-slug/?utm_source=x#top",
        f"/{language}/incidents/{report.pk}-{report.slug}/",
    ]
    for address in pasted:
        stored = sanitize_html(f'<a href="{address}">report</a>')
        assert stored == f'<a href="item:incidents.incident:{report.pk}" rel="noopener noreferrer">report</a>'


def test_addresses_of_other_sites_and_other_pages_stay_addresses(settings):
    settings.SITE_URL = "https://mia.tj"
    for address in [
        "https://example.com/en/news/4-forged/",  # another host
        "https://mia.tj/en/news/",  # a list, not an item
        "https://mia.tj/en/news/feed/",
        "//example.com/en/news/4-slug/",
    ]:
        assert f'href="{address}"' in sanitize_html(f'<a href="{address}">x</a>')


def test_saving_an_item_converts_pasted_addresses_in_every_language(settings):
    settings.SITE_URL = "https://mia.tj"
    target = make_article("Target")
    article = make_article(
        "Source",
        body_tg=f'<p><a href="https://mia.tj/tg/news/{target.pk}-{target.slug}/">хабар</a></p>',
        body_ru=f'<p><a href="/ru/news/{target.pk}-{target.slug}/">новость</a></p>',
    )
    article.refresh_from_db()
    assert f'href="item:news.article:{target.pk}"' in article.body_tg
    assert f'href="item:news.article:{target.pk}"' in article.body_ru
