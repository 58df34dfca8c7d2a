"""Site search (``/<lang>/search/?q=``) with whatever a visitor can type or forge.

NUL bytes, very long queries, full-text and LIKE syntax, markup that tries to break out of the
search box, Unicode tricks (decomposed letters, homoglyphs, direction overrides) and bytes that
are not UTF-8: a normal results page every time, the query shown only as escaped text, no
database error on either backend, and never an unpublished item.
"""

import unicodedata

import pytest

from tests.news.factories import make_article
from tests.security.checks import assert_answered_safely, carries_nul
from tests.security.payloads import DRAFT_MARKER, RAW_SEARCH_STRINGS, SEARCH_QUERIES

pytestmark = pytest.mark.django_db


LANGUAGES = ("tg", "ru", "en")


def _search(client, language, query="", **more):
    response = client.get(f"/{language}/search/", {"q": query, **more})
    assert response.status_code == (400 if carries_nul(response) else 200)
    return response


@pytest.mark.parametrize("index", range(len(SEARCH_QUERIES)))
def test_any_query_gets_a_normal_results_page(client, content, index):
    query = SEARCH_QUERIES[index]
    response = _search(client, LANGUAGES[index % 3], query)
    body = assert_answered_safely(response, query, allowed={200})
    for control in ("\x00", "\u202e", "\u202c"):
        assert control not in body


@pytest.mark.parametrize("raw", RAW_SEARCH_STRINGS)
def test_queries_that_are_not_utf8_get_a_normal_results_page(client, content, raw):
    response = client.get("/ru/search/", QUERY_STRING=raw)
    assert_answered_safely(response, allowed={200})


@pytest.mark.parametrize(
    "extra",
    [{"type": "<script>"}, {"type": "news__all"}, {"page": "-1"}, {"page": "99999999999999999999"},
     {"page": "abc"}, {"type": "news", "page": "0"}, {"q__icontains": "a"}, {"_connector": "OR"}],
)  # fmt: skip
def test_hostile_section_and_page_values_get_a_normal_results_page(client, content, extra):
    assert_answered_safely(_search(client, "en", "table", **extra), allowed={200})


@pytest.mark.parametrize(
    "breaker",
    ['"><script>alert(1)</script>', "' autofocus onfocus='alert(1)", '" autofocus onfocus="alert(1)',
     "</title><script>alert(1)</script>", "</textarea><svg onload=alert(1)>", "«»<b>bold</b>"],
)  # fmt: skip
def test_the_query_is_echoed_only_as_escaped_text(client, content, breaker):
    body = assert_answered_safely(_search(client, "en", breaker + " table"), breaker, allowed={200})
    assert "<b>bold</b>" not in body


def test_wildcards_find_nothing_that_does_not_contain_them(client, content):
    for query in ("%", "_", "%%", "%_%", "*", ".*", "a%"):
        body = _search(client, "en", query).content.decode()
        assert "Round table" not in body, query


def test_unpublished_items_are_never_found(client, content):
    for language in LANGUAGES:
        assert _search(client, language, DRAFT_MARKER).context["total"] == 0
        assert _search(client, language, "Scheduledmarker").context["total"] == 0


@pytest.mark.parametrize(("word", "language"), [("Йӯлдош", "tg"), ("Ёрдам", "ru"), ("Қӯшун", "tg")])
def test_decomposed_letters_find_what_the_composed_spelling_finds(client, content, word, language):
    make_article(f"{word} дар Душанбе", languages=("tg", "ru"))
    composed = _search(client, language, unicodedata.normalize("NFC", word))
    decomposed = _search(client, language, unicodedata.normalize("NFD", word))
    assert unicodedata.normalize("NFD", word) != word  # the test is about decomposed letters
    assert composed.context["total"] == 1
    assert decomposed.context["total"] == 1


def test_a_direction_override_cannot_reverse_the_results_page(client, content):
    body = _search(client, "en", "\u202etable\u202c").content.decode()
    assert "\u202e" not in body and "\u202c" not in body


def test_a_very_long_query_is_cut_not_run_in_full(client, content, django_assert_max_num_queries):
    query = " ".join(["police"] * 500)
    with django_assert_max_num_queries(30):
        response = _search(client, "en", query)
    assert_answered_safely(response, allowed={200})
    assert response.context["query"].text != query
