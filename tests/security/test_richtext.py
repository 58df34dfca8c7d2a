"""Rich text and plain text posted raw through the admin, bypassing the editor.

A press officer's (or a procurement officer's) account may be in an attacker's hands: what it
posts is stored only as editorial markup (an allow-list checked here independently of the
sanitizer's own), and the public page and the RSS feeds built from it stay inert and
well-formed XML, whatever the markup, the URL spellings or the control characters were.
"""

from html.parser import HTMLParser
from urllib.parse import unquote

import pytest

from announcements.models import Announcement
from incidents.models import Incident
from news.models import Address, Article
from tests.admin_forms import management_form
from tests.security.checks import (
    assert_answered_safely,
    assert_inert_html,
    feed_texts,
    parse_feed,
    url_scheme,
)
from tests.security.payloads import PLAIN_TEXT, RICH_TEXT

pytestmark = pytest.mark.django_db

LANGUAGES = ("tg", "ru", "en")
# The editorial markup a stored body may hold, written out here rather than imported from the
# sanitizer, so that widening the sanitizer by mistake fails this suite.
EDITORIAL = {
    "p": set(), "br": set(), "h2": set(), "h3": set(), "h4": set(), "strong": set(), "b": set(),
    "em": set(), "i": set(), "u": set(), "s": set(), "sub": set(), "sup": set(), "ul": set(),
    "ol": {"start"}, "li": set(), "a": {"href", "title", "rel"}, "blockquote": set(), "hr": set(),
    "table": set(), "thead": set(), "tbody": set(), "tfoot": set(), "tr": set(),
    "th": {"colspan", "rowspan", "scope"}, "td": {"colspan", "rowspan"}, "caption": set(),
    "figure": {"class"}, "figcaption": set(), "img": {"src", "alt", "width", "height"},
}  # fmt: skip
NUMERIC = {"colspan", "rowspan", "start", "width", "height"}


class _Markup(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.problems = []

    def handle_starttag(self, tag, attrs):
        if tag not in EDITORIAL:
            self.problems.append(f"<{tag}>")
            return
        for name, value in attrs:
            value = value or ""
            if name not in EDITORIAL[tag]:
                self.problems.append(f"<{tag} {name}>")
            elif name in NUMERIC and not value.isdigit():
                self.problems.append(f"<{tag} {name}={value!r}>")
            elif name == "href" and url_scheme(value) not in {None, "http", "https", "mailto", "tel"}:
                self.problems.append(f"<a href={value!r}>")
            elif name == "src" and not (value.startswith("/media/") and ".." not in unquote(value)):
                self.problems.append(f"<img src={value!r}>")
            elif name == "class" and not set(value.split()) <= {
                "image",
                "table",
                "image-style-side",
                "image_resized",
            }:
                self.problems.append(f"<{tag} class={value!r}>")

    handle_startendtag = handle_starttag


def assert_editorial_markup_only(html):
    parser = _Markup()
    parser.feed(html)
    parser.close()
    assert not parser.problems, parser.problems
    assert not any(character in html for character in "\x00\x0b\x0c\x1f\ufffe\uffff")


def article_form(rubric, **fields):
    return {
        **{f"title_{code}": f"Hostile text ({code})" for code in LANGUAGES},
        **{f"body_{code}": "<p>Text</p>" for code in LANGUAGES},
        "rubric": str(rubric.pk),
        "status": "published",
        "published_at_0": "2024-10-04",
        "published_at_1": "10:30",
        **management_form("photos"),
        **management_form("updates"),
        **fields,
    }


def incident_form(incident, **fields):
    return {
        **{f"title_{code}": f"Hostile report ({code})" for code in LANGUAGES},
        **{f"body_{code}": "<p>Text</p>" for code in LANGUAGES},
        "occurred_at_0": "2024-03-01",
        "occurred_at_1": "10:00",
        "region": incident.region_id,
        "district": incident.district_id,
        "category": incident.category_id,
        "status": "published",
        "published_at_0": "2024-03-02",
        "published_at_1": "09:21",
        **management_form("status_changes"),
        **fields,
    }


def announcement_form(**fields):
    return {
        "kind": "announcement",
        **{f"title_{code}": f"Hostile announcement ({code})" for code in LANGUAGES},
        **{f"body_{code}": "<p>Text</p>" for code in LANGUAGES},
        "status": "published",
        "published_at_0": "2024-01-10",
        "published_at_1": "09:00:00",
        "award_currency": "TJS",
        **{
            key: value
            for prefix in ("positions", "addenda", "clarifications", "documents")
            for key, value in management_form(prefix).items()
        },
        **fields,
    }


def address_form(**fields):
    return {
        **{f"title_{code}": f"Hostile address ({code})" for code in LANGUAGES},
        **{f"body_{code}": "<p>Text</p>" for code in LANGUAGES},
        "delivered_on": "2023-12-26",
        "status": "published",
        "published_at_0": "2024-01-10",
        "published_at_1": "09:00",
        **fields,
    }


def _saved(response):
    assert response.status_code == 302, _form_errors(response)


def _with_text(payload):
    """The payload after a real paragraph, so the item has text once the payload is removed."""
    return {f"body_{code}": f"<p>Editorial text ({code}).</p>{payload}" for code in LANGUAGES}


def _saved_or_refused(response, model, before):
    """Saved (302), or refused with a message and nothing stored (a NUL byte, say)."""
    if response.status_code == 200:
        assert response.context["errors"], "a form shown again must say why"
        assert model.objects.count() == before
        return False
    _saved(response)
    return True


def _form_errors(response):
    context = response.context or {}
    return context.get("errors") or response.content.decode()[:2000]


def _check_public_page_and_feed(client, item, feed, payload=None, language="en"):
    """The item's page and its feed in ``language`` (every language holds the same payload).

    ``payload``: plain text that must never appear unescaped (rich text may, once cleaned).
    """
    page = client.get(f"/{language}{item.get_absolute_url()[3:]}")
    assert_answered_safely(page, payload, allowed={200})
    response = client.get(f"/{language}/{feed}/feed/")
    parsed = parse_feed(response)
    assert any(entry.link.endswith(item.get_absolute_url()[3:]) for entry in parsed.entries)
    for text in feed_texts(response):  # readers render titles and descriptions as HTML
        assert_inert_html(text)


def _language(index):
    return LANGUAGES[index % len(LANGUAGES)]


def _stored(client, path, form, model):
    """The item ``form`` posted to ``path`` creates, its bodies held to editorial markup; or None
    when it is refused with a message and nothing stored (a NUL byte, say)."""
    before = model.objects.count()
    if not _saved_or_refused(client.post(path, form), model, before):
        return None
    item = model.objects.latest("pk")
    for code in LANGUAGES:
        assert_editorial_markup_only(getattr(item, f"body_{code}"))
    return item


@pytest.mark.parametrize("payload", RICH_TEXT, ids=range(len(RICH_TEXT)))
def test_hostile_article_text_is_stored_as_editorial_markup_only(press_client, client, content, payload):
    form = article_form(content.article.rubric, **_with_text(payload))
    if article := _stored(press_client, "/admin/news/article/add/", form, Article):
        _check_public_page_and_feed(client, article, "news", language=_language(len(payload)))


@pytest.mark.parametrize("payload", RICH_TEXT[::4], ids=range(len(RICH_TEXT[::4])))
def test_hostile_incident_text_is_stored_as_editorial_markup_only(press_client, client, content, payload):
    form = incident_form(content.incident, **_with_text(payload))
    if incident := _stored(press_client, "/admin/incidents/incident/add/", form, Incident):
        _check_public_page_and_feed(client, incident, "incidents", language=_language(len(payload)))


@pytest.mark.parametrize("payload", RICH_TEXT[1::4], ids=range(len(RICH_TEXT[1::4])))
def test_hostile_announcement_text_is_stored_as_editorial_markup_only(
    procurement_client, client, content, payload
):
    form = announcement_form(**_with_text(payload))
    if announcement := _stored(
        procurement_client, "/admin/announcements/announcement/add/", form, Announcement
    ):
        _check_public_page_and_feed(client, announcement, "announcements", language=_language(len(payload)))


@pytest.mark.parametrize("payload", RICH_TEXT[2::8], ids=range(len(RICH_TEXT[2::8])))
def test_hostile_address_text_is_stored_as_editorial_markup_only(press_client, client, content, payload):
    if address := _stored(
        press_client, "/admin/news/address/add/", address_form(**_with_text(payload)), Address
    ):
        page = client.get(f"/{_language(len(payload))}{address.get_absolute_url()[3:]}")
        assert_answered_safely(page, allowed={200})


def _plain_fields(text, *names):
    return {f"{name}_{code}": f"{text} ({code})" for name in names for code in LANGUAGES}


@pytest.mark.parametrize("text", PLAIN_TEXT, ids=range(len(PLAIN_TEXT)))
def test_hostile_article_titles_and_leads_keep_pages_inert_and_feeds_well_formed(
    press_client, client, content, text
):
    data = article_form(content.article.rubric, **_plain_fields(text, "title", "lead"), byline_name=text)
    response = press_client.post("/admin/news/article/add/", data)
    _saved(response)
    _check_public_page_and_feed(client, Article.objects.latest("pk"), "news", text, _language(len(text)))


@pytest.mark.parametrize("text", PLAIN_TEXT, ids=range(len(PLAIN_TEXT)))
def test_hostile_incident_titles_and_leads_keep_pages_inert_and_feeds_well_formed(
    press_client, client, content, text
):
    data = incident_form(content.incident, **_plain_fields(text, "title", "lead", "reporting_unit"))
    _saved(press_client.post("/admin/incidents/incident/add/", data))
    _check_public_page_and_feed(
        client, Incident.objects.latest("pk"), "incidents", text, _language(len(text))
    )


@pytest.mark.parametrize("text", PLAIN_TEXT, ids=range(len(PLAIN_TEXT)))
def test_hostile_announcement_titles_keep_pages_inert_and_feeds_well_formed(
    procurement_client, client, content, text
):
    data = announcement_form(**_plain_fields(text, "title", "event_place"))
    _saved(procurement_client.post("/admin/announcements/announcement/add/", data))
    _check_public_page_and_feed(
        client, Announcement.objects.latest("pk"), "announcements", text, _language(len(text))
    )


def test_a_nul_byte_in_a_title_is_refused_with_a_message(press_client, content):
    data = article_form(content.article.rubric, title_en="Null\x00byte")
    response = press_client.post("/admin/news/article/add/", data)
    assert response.status_code == 200
    assert "title_en" in response.context["adminform"].form.errors


@pytest.mark.parametrize(
    "body",
    ["<script>alert(1)</script>", "<p onclick=alert(1)></p>", "<iframe src=x></iframe>", "<p>&nbsp;</p>"],
)
def test_a_body_that_is_only_removed_markup_does_not_count_as_written(press_client, content, body):
    """Otherwise the item is "published" in no language: listed nowhere, its page empty."""
    data = article_form(content.article.rubric, **{f"body_{code}": body for code in LANGUAGES})
    response = press_client.post("/admin/news/article/add/", data)
    assert response.status_code == 200
    errors = response.context["adminform"].form.errors.as_data()
    assert [error.code for error in errors["__all__"]] == ["no_language"]
    assert not Article.objects.filter(title_en="Hostile text (en)").exists()
