"""Pagination and filters on every list, archive, statistics page and feed.

Whatever a query string holds — numbers out of range, junk, injections, impossible dates,
repeated or array-style keys, ORM lookups, bytes that are not UTF-8 — the answer is a normal
page (the bad filter ignored, and explained where the page explains filters) or a 404 for a
feed scope that does not exist; never a 500, never the value echoed as markup, never a draft.

Each hostile value goes into every parameter of the page at once (one request per value and
page); the parameters are read independently, so a failure still names the value.
"""

from urllib.parse import quote, urlencode

import pytest

from tests.security.checks import assert_answered_safely, parse_feed
from tests.security.payloads import QUERY_SHAPES, QUERY_VALUES, RAW_QUERY_STRINGS

pytestmark = pytest.mark.django_db

PAGE = {200}
# (path, the parameters it reads, the statuses a hostile value may get)
INCIDENT_FILTERS = ("region", "district", "category", "date_from", "date_to")
FILTERED = {
    "news": ("/en/news/", ("page", "rubric", "region"), PAGE),
    "incidents": ("/ru/incidents/", (*INCIDENT_FILTERS, "page"), PAGE),
    "statistics": ("/en/incidents/statistics/", INCIDENT_FILTERS, PAGE),
    "announcements": ("/tg/announcements/", ("kind", "status", "page"), PAGE),
    "incidents-feed": ("/ru/incidents/feed/", ("region", "district", "category"), {200, 404}),
}  # fmt: skip
# Pages that only page (or do not even do that) get every hostile value at once, in one request.
UNFILTERED = {
    "news-year": ("/ru/news/{year}/", ("page",), PAGE),
    "news-month": ("/tg/news/{year}/{month:02d}/", ("page",), PAGE),
    "addresses": ("/en/news/addresses/", ("page",), PAGE),
    "news-feed": ("/en/news/feed/", ("region", "rubric", "page"), PAGE),
    "announcements-feed": ("/en/announcements/feed/", ("kind", "page"), PAGE),
    "tenders-json": ("/en/announcements/tenders.json", ("page", "format"), PAGE),
    "contacts": ("/tg/contacts/", ("region", "page"), PAGE),
    "home": ("/en/", ("page", "q"), PAGE),
}
ENDPOINTS = {**FILTERED, **UNFILTERED}


def _path(name, content):
    return ENDPOINTS[name][0].format(year=content.year, month=content.month)


def _check(response, name, payload=None):
    body = assert_answered_safely(response, payload, allowed=ENDPOINTS[name][2])
    if response.status_code == 200 and name.endswith("-feed"):
        parse_feed(response)
    return body


def _every_parameter(name, template):
    return "&".join(template.format(p=parameter) for parameter in ENDPOINTS[name][1])


@pytest.mark.parametrize("value", QUERY_VALUES, ids=range(len(QUERY_VALUES)))
@pytest.mark.parametrize("name", FILTERED)
def test_hostile_filter_values_get_a_normal_page(client, content, name, value):
    query = urlencode(dict.fromkeys(ENDPOINTS[name][1], value))
    _check(client.get(_path(name, content), QUERY_STRING=query), name, value)


@pytest.mark.parametrize("shape", QUERY_SHAPES, ids=range(len(QUERY_SHAPES)))
@pytest.mark.parametrize("name", FILTERED)
def test_repeated_array_and_lookup_parameters_get_a_normal_page(client, content, name, shape):
    query = _every_parameter(name, shape) if "{p}" in shape else shape
    _check(client.get(_path(name, content), QUERY_STRING=query), name)


@pytest.mark.parametrize("raw", RAW_QUERY_STRINGS, ids=range(len(RAW_QUERY_STRINGS)))
@pytest.mark.parametrize("name", FILTERED)
def test_query_strings_that_are_not_utf8_get_a_normal_page(client, content, name, raw):
    query = _every_parameter(name, raw) if "{p}" in raw else raw
    _check(client.get(_path(name, content), QUERY_STRING=query), name)


def _all_at_once(name, family):
    """Every hostile value, shape or raw string of a family in one query string."""
    if family == "values":
        return "&".join(
            urlencode({parameter: value}) for value in QUERY_VALUES for parameter in ENDPOINTS[name][1]
        )
    templates = QUERY_SHAPES if family == "shapes" else RAW_QUERY_STRINGS
    return "&".join(
        _every_parameter(name, template) if "{p}" in template else template for template in templates
    )


@pytest.mark.parametrize("family", ["values", "shapes", "raw"])
@pytest.mark.parametrize("name", UNFILTERED)
def test_pages_without_filters_ignore_hostile_query_strings(client, content, name, family):
    _check(client.get(_path(name, content), QUERY_STRING=_all_at_once(name, family)), name)


@pytest.mark.parametrize(
    "query",
    ["status=draft", "status__in=draft,withdrawn", "published_at__gt=2000-01-01", "_connector=OR&pk__gt=0"],
)
@pytest.mark.parametrize("path", ["/en/news/", "/en/incidents/", "/en/announcements/", "/en/news/feed/"])
def test_lookups_on_the_status_list_only_what_is_published(client, content, path, query):
    body = assert_answered_safely(client.get(path, QUERY_STRING=query), allowed=PAGE)
    assert "Withdrawn one" not in body


@pytest.mark.parametrize("page", ["0", "-1", "abc", "99999999999999999999", "1e9", "NaN", "last", "2"])
def test_any_page_number_gives_a_real_page_of_the_list(client, content, page):
    body = assert_answered_safely(client.get("/en/news/", {"page": page}), allowed=PAGE)
    assert "Round table" in body


@pytest.mark.parametrize(
    ("date_from", "date_to"),
    [
        ("2020-02-30", "2020-03-01"),
        ("9999-12-31", "0000-00-00"),
        ("2024-05-01", "2020-01-01"),
        ("1999-12-31", "2100-01-01"),
    ],
)
@pytest.mark.parametrize("path", ["/en/incidents/", "/en/incidents/statistics/"])
def test_impossible_and_reversed_dates_are_explained_not_fatal(client, content, path, date_from, date_to):
    response = client.get(path, {"date_from": date_from, "date_to": date_to})
    body = assert_answered_safely(response, allowed=PAGE)
    assert "is not a date between" in body or "were swapped" in body


def test_an_echoed_filter_value_is_escaped_and_shortened(client, content):
    value = "<script>alert(1)</script>" + "x" * 500
    body = assert_answered_safely(client.get("/en/incidents/", {"region": value}), value, allowed=PAGE)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in body
    assert "&lt;/script&gt;" + "x" * 100 not in body


def test_pagination_links_carry_only_known_filter_values(client, content):
    hostile = quote('"><script>alert(1)</script>')
    response = client.get("/en/announcements/", QUERY_STRING=f"kind={hostile}&status={hostile}&page=1")
    body = assert_answered_safely(response, allowed=PAGE)
    assert "alert(1)" not in body  # neither as markup nor as text: unknown values are dropped
