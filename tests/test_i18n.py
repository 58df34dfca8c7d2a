import datetime

import pytest
from django.conf import settings
from django.utils import formats, timezone, translation
from django.utils.translation import gettext

from mia_portal.templatetags.dates import time_element
from tests.factories import make_helpline

pytestmark = pytest.mark.django_db


def test_root_sends_visitors_to_tajik_by_default(client):
    response = client.get("/")
    assert response.status_code == 302
    assert response["Location"] == "/tg/"


def test_root_follows_accept_language(client):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="ru-RU,ru;q=0.9,en;q=0.8")
    assert response["Location"] == "/ru/"


def test_language_cookie_wins_over_accept_language(client):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="ru")
    assert response["Location"] == "/en/"


@pytest.mark.parametrize(
    "accept_language",
    ["", "xx", "*;q=abc", "ru;q=" + "9" * 500, ",,,;;;", "tg-TJ;q=0.1," * 400, "\u0442\u0433"],
)
def test_malformed_accept_language_falls_back_to_tajik(client, accept_language):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept_language)
    assert response.status_code == 302
    assert response["Location"] in {"/tg/", "/ru/"}


@pytest.mark.parametrize("cookie", ["xx", "", "tj", "../../etc/passwd", "ru\x00", "<script>"])
def test_bad_language_cookie_is_ignored(client, cookie):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = cookie
    response = client.get("/")
    assert response.status_code == 302
    assert response["Location"] == "/tg/"


@pytest.mark.parametrize("path", ["/xx/", "/tj/", "/en-us/contacts/x/", "/TG/", "/ru/no-such-page/"])
def test_unknown_language_prefix_or_page_is_not_found(client, path):
    response = client.get(path)
    assert response.status_code in {301, 302, 404}
    if response.status_code in {301, 302}:
        assert client.get(response["Location"]).status_code == 404


@pytest.mark.parametrize("language", ["tg", "ru", "en"])
def test_pages_carry_their_language_and_alternates(client, language):
    page = client.get(f"/{language}/contacts/").content.decode()
    assert f'<html lang="{language}">' in page
    for code in ("tg", "ru", "en"):
        assert f'<link rel="alternate" hreflang="{code}" href="https://mia.example/{code}/contacts/">' in page


def test_switcher_names_each_language_in_itself_and_keeps_the_page(client):
    page = client.get("/ru/contacts/").content.decode()
    assert "Тоҷикӣ" in page and "English" in page
    assert 'href="/language/en/?next=%2Fru%2Fcontacts%2F"' in page

    response = client.get("/language/en/", {"next": "/ru/contacts/"})
    assert response.status_code == 302
    assert response["Location"] == "/en/contacts/"
    assert response.cookies[settings.LANGUAGE_COOKIE_NAME].value == "en"


@pytest.mark.parametrize(
    "next_url",
    ["https://evil.example/", "//evil.example/", "/\\evil.example", "javascript:alert(1)", ""],
)
def test_switcher_never_redirects_off_the_site(client, next_url):
    response = client.get("/language/ru/", {"next": next_url})
    assert response.status_code == 302
    assert response["Location"] == "/ru/"


def test_switcher_rejects_unknown_language(client):
    response = client.get("/language/xx/", {"next": "/ru/contacts/"})
    assert response["Location"] == "/tg/contacts/"
    assert response.cookies[settings.LANGUAGE_COOKIE_NAME].value == "tg"


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("tg", "Сешанбе, 28 январи 2020, 09:21"),
        ("ru", "Вторник, 28 января 2020, 09:21"),
        ("en", "Tuesday, 28 January 2020 09:21"),
    ],
)
def test_dates_read_naturally_in_each_language(language, expected):
    moment = datetime.datetime(2020, 1, 28, 9, 21, tzinfo=timezone.get_current_timezone())
    with translation.override(language):
        assert formats.date_format(moment, "DATETIME_FORMAT") == expected


def test_tajik_dates_do_not_borrow_the_russian_year_abbreviation():
    with translation.override("tg"):
        assert "г." not in formats.date_format(datetime.date(2020, 1, 28), "DATE_FORMAT")


@pytest.mark.parametrize(
    ("language", "expected"),
    [("tg", "Тамос"), ("ru", "Контакты"), ("en", "Contacts")],
)
def test_interface_strings_are_translated(language, expected):
    with translation.override(language):
        assert gettext("Contacts") == expected


def test_tajik_admin_has_no_english_gaps(client, superuser):
    client.force_login(superuser)
    with translation.override("tg"):
        assert gettext("Start typing to filter…") != "Start typing to filter…"
    page = client.get("/admin/", HTTP_ACCEPT_LANGUAGE="tg").content.decode()
    assert "Start typing to filter" not in page


def test_helpline_labels_follow_the_page_language(client):
    make_helpline(label_tg="Телефони боварӣ", label_ru="Телефон доверия", label_en="Helpline")
    assert "Телефони боварӣ" in client.get("/tg/contacts/").content.decode()
    assert "Телефон доверия" in client.get("/ru/contacts/").content.decode()


def test_the_time_element_follows_the_language_and_the_time_zone_of_each_request():
    moment = datetime.datetime(2020, 1, 28, 4, 21, tzinfo=datetime.UTC)
    shown = {}
    for language in ("ru", "en"):
        for zone in ("Asia/Dushanbe", "UTC"):
            with translation.override(language), timezone.override(zone):
                shown[language, zone] = time_element(moment)
    assert (
        shown["ru", "Asia/Dushanbe"]
        == '<time datetime="2020-01-28T09:21:00+05:00">Вторник, 28 января 2020, 09:21</time>'
    )
    assert (
        shown["en", "Asia/Dushanbe"]
        == '<time datetime="2020-01-28T09:21:00+05:00">Tuesday, 28 January 2020 09:21</time>'
    )
    assert (
        shown["ru", "UTC"]
        == '<time datetime="2020-01-28T04:21:00+00:00">Вторник, 28 января 2020, 04:21</time>'
    )
    # The same moment given in another zone is the same moment.
    with translation.override("en"):
        in_dushanbe = moment.astimezone(datetime.timezone(datetime.timedelta(hours=5)))
        assert time_element(in_dushanbe) == shown["en", "Asia/Dushanbe"]
