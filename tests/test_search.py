"""Site search: language, ranking, highlighting, Tajik as people type it, hostile queries.

Runs on SQLite and on PostgreSQL (``DATABASE_URL=postgres://…``); the tests marked
``postgresql_only`` check the full-text search itself: stemming and the GIN indexes.
"""

import re
from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from announcements.models import Kind
from mia_portal.publishing import Status
from mia_portal.search.backends import PostgresBackend, matches
from mia_portal.search.query import CONFIGS, Query
from mia_portal.search.sections import SECTIONS
from news.models import Article
from tests.announcements.factories import make_announcement, make_tender
from tests.factories import settle
from tests.incidents.factories import make_incident
from tests.news.factories import make_article, make_rubric

pytestmark = pytest.mark.django_db
postgresql_only = pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL full-text search")

TAJIK = {
    "title_tg": "Кормандони милитсия дар Ҳисор гумонбари дуздии чорворо боздошт карданд",
    "lead_tg": (
        "Дар ноҳияи Ҳисор кормандони милитсия як ҷинояткорро ҳангоми фурӯши гови дуздида дастгир карданд."
    ),
    "body_tg": "<p>Тибқи маълумоти Шуъбаи ВКД дар ноҳияи Ҳисор, парвандаи ҷиноятӣ оғоз шудааст.</p>",
}
RUSSIAN = {
    "title_ru": "Сотрудники милиции задержали подозреваемого в краже скота",
    "lead_ru": "В Гиссарском районе задержан мужчина, продававший украденную корову.",
    "body_ru": "<p>По данным ОМВД Гиссарского района, возбуждено уголовное дело.</p>",
}
ENGLISH = {
    "title_en": "Police detained a suspect in cattle theft",
    "lead_en": "In the Hisor district police caught a man selling a stolen cow.",
    "body_en": "<p>According to the Hisor district police, a criminal case has been opened.</p>",
}


def article(languages=("tg", "ru", "en"), **fields):
    texts = {**TAJIK, **RUSSIAN, **ENGLISH}
    blank = {
        f"{field}_{code}": ""
        for field in ("title", "lead", "body")
        for code in ("tg", "ru", "en")
        if code not in languages
    }
    return make_article(**{**{k: v for k, v in texts.items() if k[-2:] in languages}, **blank, **fields})


def search(client, query, language="tg", **params):
    response = client.get(f"/{language}/search/", {"q": query, **params})
    assert response.status_code == 200
    return response.content.decode()


def titles(page):
    """The result titles in order, with the highlighting taken out."""
    found = re.findall(r'class="search-hit__title"><a href="[^"]+">(.*?)</a>', page, re.S)
    return [re.sub(r"</?mark>", "", title) for title in found]


def marked(page):
    return re.findall(r"<mark>(.*?)</mark>", page)


# --- Finding and ranking -------------------------------------------------------------------------


def test_a_word_of_the_title_finds_the_article_and_is_highlighted(client):
    item = article()
    page = search(client, "милитсия")
    assert titles(page) == [TAJIK["title_tg"]]
    assert "милитсия" in marked(page)
    assert item.get_absolute_url() in page


def test_the_snippet_shows_the_matched_words_of_the_text(client):
    article(body_tg="<p>" + "Матни дароз. " * 40 + "Парвандаи ҷиноятӣ дар бораи қаллобӣ оғоз шуд.</p>")
    page = search(client, "қаллобӣ")
    snippet = re.search(r'class="search-hit__snippet">(.*?)</p>', page, re.S).group(1)
    assert "<mark>қаллобӣ</mark>" in snippet
    assert snippet.startswith("… ")  # cut to the neighbourhood of the match


def test_title_matches_rank_above_matches_in_the_text_only(client):
    in_title = make_article("Cattle theft in Hisor", languages=("en",))
    in_text = make_article(
        "Weekly report",
        languages=("en",),
        body_en="<p>Cases of cattle theft were also recorded.</p>",
        published_at=timezone.now() - timedelta(minutes=1),  # newer, and still below
    )
    page = search(client, "cattle", "en")
    assert titles(page) == [in_title.title_en, in_text.title_en]


def test_every_word_of_the_query_must_occur(client):
    make_article("Round table in Sughd", languages=("en",))
    make_article("Round table in Khatlon", languages=("en",))
    assert titles(search(client, "round table sughd", "en")) == ["Round table in Sughd (en)"]


def test_results_come_only_in_the_page_language(client):
    article(languages=("ru",))
    assert titles(search(client, "милиции", "ru")) == [RUSSIAN["title_ru"]]
    assert titles(search(client, "милитсия", "tg")) == []
    assert titles(search(client, "милиции", "en")) == []


def test_drafts_scheduled_and_withdrawn_items_are_never_found(client):
    article(status=Status.DRAFT)
    article(published_at=timezone.now() + timedelta(hours=2))
    article(status=Status.WITHDRAWN)
    make_incident("Дуздии чорво", status=Status.DRAFT)
    assert titles(search(client, "милитсия")) == []
    assert titles(search(client, "чорво")) == []


def test_news_incidents_and_announcements_are_searched_together_and_apart(client):
    make_article("Traffic safety week", languages=("en",))
    make_incident("Traffic accident on the Dushanbe road", languages=("en",))
    make_announcement(title_en="Tender for traffic lights", languages=("en",))
    page = search(client, "traffic", "en")
    assert len(titles(page)) == 3
    assert re.search(r'class="search-sections__count">3<', page)
    assert titles(search(client, "traffic", "en", type="incidents")) == [
        "Traffic accident on the Dushanbe road (en)"
    ]
    assert titles(search(client, "traffic", "en", type="announcements")) == ["Tender for traffic lights"]
    assert len(titles(search(client, "traffic", "en", type="<script>"))) == 3  # unknown: all sections


def test_results_are_paginated(client):
    rubric = make_rubric()
    for number in range(25):
        make_article(f"Patrol report {number}", languages=("en",), rubric=rubric)
    first = search(client, "patrol", "en")
    second = search(client, "patrol", "en", page=2)
    assert len(titles(first)) == 20
    assert len(titles(second)) == 5
    assert not set(titles(first)) & set(titles(second))
    assert "25 results" in first
    for page in ("abc", "-1", "0", "999999", "9" * 40):
        assert len(titles(search(client, "patrol", "en", page=page))) in (5, 20)


def test_announcement_kinds_are_all_found(client):
    make_tender(title_en="Supply of patrol cars", languages=("en",))
    make_announcement(
        Kind.VACANCY, title_en="Patrol officer vacancy", languages=("en",), deadline=timezone.now()
    )
    assert len(titles(search(client, "patrol", "en"))) == 2


# --- Highlighting is escaped ---------------------------------------------------------------------


def test_highlighting_escapes_everything_before_marking(client):
    make_article(
        'Police <b onmouseover="alert(1)">warn</b> & advise',
        languages=("en",),
        body_en="<p>Never open &lt;script&gt;alert(1)&lt;/script&gt; links that strangers send.</p>",
    )
    page = search(client, "warn", "en")
    assert "Police &lt;b onmouseover=&quot;alert(1)&quot;&gt;<mark>warn</mark>&lt;/b&gt; &amp; advise" in page
    assert "<b onmouseover" not in page
    assert "<script>alert" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in search(client, "strangers", "en")


def test_the_query_is_shown_back_escaped(client):
    page = search(client, '"><script>alert(1)</script>', "en")
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


# --- Languages and the way people type -----------------------------------------------------------


def test_cyrillic_case_does_not_matter(client):
    article()
    assert titles(search(client, "МИЛИТСИЯ")) == [TAJIK["title_tg"]]
    assert titles(search(client, "СКОТА", "ru")) == [RUSSIAN["title_ru"]]


def test_tajik_query_typed_without_the_special_letters_finds_text_with_them(client):
    article()
    assert titles(search(client, "хисор")) == [TAJIK["title_tg"]]  # Ҳисор
    assert titles(search(client, "чинояткор")) == [TAJIK["title_tg"]]  # ҷинояткорро
    page = search(client, "фуруши")  # фурӯши
    assert titles(page) == [TAJIK["title_tg"]]
    assert "фурӯши" in marked(page)


def test_tajik_query_with_the_special_letters_finds_text_typed_without_them(client):
    article(
        title_tg="Дар Хисор гумонбари дуздии чорво дастгир шуд", lead_tg="Кормандони милитсияи нохияи Хисор."
    )
    assert titles(search(client, "Ҳисор")) == ["Дар Хисор гумонбари дуздии чорво дастгир шуд"]
    assert titles(search(client, "ноҳияи")) == ["Дар Хисор гумонбари дуздии чорво дастгир шуд"]


def test_tajik_word_endings_do_not_defeat_the_search(client):
    article()
    for query in ("кормандонро", "кормандон", "милитсияро", "чорвоҳо", "гумонбарон"):
        assert titles(search(client, query)) == [TAJIK["title_tg"]], query


def test_tajik_query_in_latin_letters_finds_cyrillic_text(client):
    article()
    for query in ("hisor", "Militsiya", "chorvo"):
        assert titles(search(client, query)) == [TAJIK["title_tg"]], query


def test_russian_query_in_latin_letters_finds_cyrillic_text(client):
    article()
    assert titles(search(client, "militsii", "ru")) == [RUSSIAN["title_ru"]]


def test_russian_page_query_typed_with_tajik_letters_finds_the_russian_spelling(client):
    article(title_ru="Сотрудники милиции Худжанда задержали подозреваемого", languages=("ru",))
    for query in ("Хуҷанд", "хуҷанди", "Худжанд"):
        assert titles(search(client, query, "ru")) == ["Сотрудники милиции Худжанда задержали подозреваемого"]


def test_russian_query_in_another_word_form_finds_the_article(client):
    article()
    for query in ("кража", "подозреваемые", "сотрудник милиция"):
        assert titles(search(client, query, "ru")) == [RUSSIAN["title_ru"]], query


def test_english_query_in_another_word_form_finds_the_article(client):
    article()
    assert titles(search(client, "detaining suspects", "en")) == [ENGLISH["title_en"]]


@postgresql_only
def test_russian_stemming_finds_forms_a_prefix_would_miss(client):
    article(title_ru="Задержан мужчина, угнавший автомобиль", languages=("ru",))
    for query in ("угнавшего автомобили", "автомобилями"):
        assert titles(search(client, query, "ru")) == ["Задержан мужчина, угнавший автомобиль"], query


# --- Hostile and odd queries ----------------------------------------------------------------------

HOSTILE = [
    "",
    "   ",
    "a",
    "!!!???...,,,;;;",
    "\x00",
    "мили\x00тсия",
    "' OR 1=1 --",
    "'; DROP TABLE news_article; --",
    "a & b | !c",
    "(((",
    ":*",
    "милитсия:* & !ҳисор",
    "'\\'",
    "\\",
    "%",
    "_",
    "a <-> b",
    "title:A",
    "NOT AND OR",
    "<script>alert(1)</script>",
    "Душанбеdushanbe ҳисор mixed скрипт",
    "😀 🚓",
    "\u202eмилитсия",
    "и" * 5000,
    " ".join(["милитсия"] * 300),
    "ы" * 3000 + " a",
]


@pytest.mark.parametrize("query", HOSTILE)
@pytest.mark.parametrize("language", ["tg", "ru", "en"])
def test_hostile_and_odd_queries_answer_with_a_normal_page(client, query, language):
    article()
    response = client.get(f"/{language}/search/", {"q": query, "type": "news", "page": "-1"})
    if "\x00" in query:  # the site refuses NUL anywhere in a request (mia_portal.security)
        assert response.status_code == 400
        return
    assert response.status_code == 200
    page = response.content.decode()
    assert page.count("<h1") == 1
    value = re.search(r'id="search-query" type="search" name="q" value="([^"]*)"', page).group(1)
    assert len(value) <= 200 * 6  # cut at 200 characters (escaped, at most six bytes each)
    assert "\x00" not in page


def test_a_very_long_query_is_cut(client):
    page = search(client, "милитсия " * 100)
    value = re.search(r'id="search-query" type="search" name="q" value="([^"]*)"', page).group(1)
    assert len(value) <= 200
    assert titles(page) == []


def test_the_query_is_cleaned_into_bounded_words():
    query = Query("  Ҳисор\x00 ҳисор ' & | !( " + "слово " * 20 + "a", "tg")
    assert query.text.startswith("Ҳисор ҳисор")
    assert len(query.terms) == 2  # a repeated word counts once; "a" is too short
    assert [term.forms[0] for term in query.terms] == ["хисор", "слово"]
    for term in query.terms:
        assert all(re.fullmatch(r"[^\W_]+", word) for word in term.forms + term.lexemes + term.prefixes)


@pytest.mark.parametrize("language", CONFIGS)
def test_query_syntax_is_never_passed_through(language):
    sql, params = Query("милитсия:* & !ҳисор | (a <-> b) 'x' ); --", language).tsquery()
    assert not re.search(r"милитсия|хисор|<->|--", sql)
    quoted_words = r"'[^\W_]+'(?::\*)?(?: \| '[^\W_]+'(?::\*)?)*"
    assert all(param == CONFIGS[language] or re.fullmatch(quoted_words, param) for param in params)
    if language == "tg":
        assert params == ["'милитсия':*", "'хисор':*"]


def test_search_page_without_a_query_asks_for_words_and_runs_no_search(client, django_assert_num_queries):
    settle(client)
    with django_assert_num_queries(0):
        response = client.get("/en/search/")
    assert response.status_code == 200
    assert 'id="search-query"' in response.content.decode()


@pytest.mark.parametrize("language", ["tg", "en"])
def test_search_page_query_count_does_not_grow_with_the_results(client, language):
    def queries_for(count):
        for number in range(count):
            make_article(f"Checkpoint {number}", languages=("tg", "en"))
            make_incident(f"Checkpoint incident {number}", languages=("tg", "en"))
            make_announcement(
                title_tg=f"Checkpoint {number}", title_en=f"Checkpoint {number}", languages=("tg", "en")
            )
        settle(client)
        with CaptureQueriesContext(connection) as captured:
            page = search(client, "checkpoint", language)
        assert titles(page)
        return len(captured.captured_queries)

    # The latest matches of each of the four sections and the items of each section on the page
    # (the ministry's pages have none here).
    budget = 4 + 3
    assert queries_for(5) == budget
    assert queries_for(45) <= budget


# --- The header box ---------------------------------------------------------------------------------


@pytest.mark.parametrize("path", ["/tg/", "/ru/contacts/", "/en/news/", "/en/no-such-page/"])
def test_every_page_has_a_labelled_search_box_in_the_header(client, path):
    page = client.get(path).content.decode()
    header = page[page.find("<header") : page.find("</header>")]
    form = re.search(
        r'<form class="site-search" role="search" action="(/\w\w/search/)" method="get">(.*?)</form>',
        header,
        re.S,
    )
    assert form and form.group(1) == f"/{path.split('/')[1]}/search/"
    assert '<label class="visually-hidden" for="site-search-query">' in form.group(2)
    assert 'id="site-search-query" type="search" name="q"' in form.group(2)
    assert 'type="submit"' in form.group(2)


def test_search_pages_are_not_indexed(client):
    assert '<meta name="robots" content="noindex, follow">' in search(client, "anything", "en")


# --- PostgreSQL: stored documents and their indexes --------------------------------------------


@postgresql_only
@pytest.mark.parametrize("language", CONFIGS)
@pytest.mark.parametrize("section", SECTIONS)
def test_postgresql_looks_words_up_in_the_gin_indexes(section, language):
    spec = SECTIONS[section]
    backend = PostgresBackend(Query("милитсия police милиция", language))
    matching = spec.model.objects.filter(matches(backend.document, backend.search_query))
    sql, params = matching.order_by().values("pk").query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("EXPLAIN " + sql, params)
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert f"Bitmap Index Scan on {spec.model._meta.db_table}_search_{language}" in plan, plan


@postgresql_only
def test_postgresql_documents_follow_every_change_of_the_text(client):
    item = make_article("Outpost", languages=("en",))
    assert titles(search(client, "outpost", "en")) == ["Outpost (en)"]
    item.title_en, item.lead_en, item.body_en = "Checkpoint", "", "<p>Open day and night.</p>"
    item.save()
    assert titles(search(client, "outpost", "en")) == []
    assert titles(search(client, "checkpoint", "en")) == ["Checkpoint"]
    Article.objects.filter(pk=item.pk).update(lead_en="A new border crossing opened.")
    assert titles(search(client, "crossing", "en")) == ["Checkpoint"]
    fields = {field.attname: getattr(item, field.attname) for field in Article._meta.concrete_fields}
    Article.objects.bulk_create([Article(**{**fields, "id": None, "slug": "bridge", "title_en": "Bridge"})])
    assert titles(search(client, "bridge", "en")) == ["Bridge"]


@postgresql_only
def test_postgresql_tajik_documents_are_folded_and_other_languages_are_stemmed():
    item = article()
    with connection.cursor() as cursor:
        cursor.execute("SELECT search_tg::text, search_ru::text FROM news_article WHERE id = %s", [item.pk])
        tajik, russian = cursor.fetchone()
    assert "'хисор'" in tajik and "ҳ" not in tajik
    assert "'милиц'" in russian  # милиции, stemmed


@postgresql_only
def test_the_last_year_is_searched_first_and_older_items_when_it_has_too_few(client, monkeypatch):
    now = timezone.now()
    old = make_article("Checkpoint opened at the border", published_at=now - timedelta(days=800))
    new = make_article("Checkpoint moved", published_at=now - timedelta(days=3))
    assert set(titles(search(client, "checkpoint", "en"))) == {old.title_en, new.title_en}
    monkeypatch.setattr("mia_portal.search.backends.CANDIDATES", 1)  # the year has enough: the newest only
    assert titles(search(client, "checkpoint", "en")) == [new.title_en]


@postgresql_only
def test_older_items_are_taken_newest_first_when_the_last_year_has_none(client, monkeypatch):
    now = timezone.now()
    articles = {
        days: make_article(f"Checkpoint opened in {place}", published_at=now - timedelta(days=days))
        for days, place in [(1000, "Isfara"), (800, "Vahdat"), (900, "Kulob")]
    }
    monkeypatch.setattr("mia_portal.search.backends.CANDIDATES", 2)
    found = titles(search(client, "checkpoint", "en"))
    assert sorted(found) == sorted([articles[800].title_en, articles[900].title_en])
