import pytest

from mia_portal.reading import COOKIE_NAME, ReadingMode

pytestmark = pytest.mark.django_db


def test_every_page_offers_the_reading_mode(client):
    page = client.get("/ru/contacts/").content.decode()
    assert 'href="/reading-mode/?mode=on&amp;next=%2Fru%2Fcontacts%2F"' in page
    assert "reading-toolbar" not in page


def test_switching_on_remembers_the_mode_and_returns_to_the_page(client):
    response = client.get("/reading-mode/", {"mode": "on", "next": "/ru/contacts/"})
    assert response.status_code == 302
    assert response["Location"] == "/ru/contacts/"
    assert response.cookies[COOKIE_NAME].value == "large:high:on"
    assert response.cookies[COOKIE_NAME]["httponly"]

    page = client.get("/ru/contacts/").content.decode()
    assert '<html lang="ru" class="reading-large reading-contrast">' in page
    assert "reading-toolbar" in page


def test_each_setting_can_be_changed_on_its_own(client):
    client.cookies[COOKIE_NAME] = "large:high:on"
    client.get("/reading-mode/", {"size": "larger", "next": "/en/"})
    assert client.cookies[COOKIE_NAME].value == "larger:high:on"
    client.get("/reading-mode/", {"images": "off", "next": "/en/"})
    assert client.cookies[COOKIE_NAME].value == "larger:high:off"
    client.get("/reading-mode/", {"contrast": "normal", "next": "/en/"})
    page = client.get("/en/").content.decode()
    assert 'class="reading-larger reading-no-images"' in page


def test_switching_off_forgets_the_mode(client):
    client.cookies[COOKIE_NAME] = "large:high:off"
    response = client.get("/reading-mode/", {"mode": "off", "next": "/tg/"})
    assert response.cookies[COOKIE_NAME].value == ""
    assert "reading-" not in client.get("/tg/").content.decode().split("<body>")[0]


@pytest.mark.parametrize("cookie", ["", "huge:dark:maybe", "<script>", "a" * 5000, "large", ":::::"])
def test_junk_cookies_fall_back_to_a_valid_mode(client, cookie):
    client.cookies[COOKIE_NAME] = cookie
    response = client.get("/en/contacts/")
    assert response.status_code == 200
    assert "<script>" not in response.content.decode().split("<body>")[0]


@pytest.mark.parametrize("next_url", ["https://evil.example/", "//evil.example", "javascript:alert(1)"])
def test_reading_mode_never_redirects_off_the_site(client, next_url):
    response = client.get("/reading-mode/", {"mode": "on", "next": next_url})
    assert response["Location"].startswith("/")
    assert not response["Location"].startswith("//")


def test_mode_round_trips_through_its_cookie():
    mode = ReadingMode(size="larger", contrast="high", hide_images=True)
    assert ReadingMode.from_cookie(mode.to_cookie()) == mode
    assert not ReadingMode.from_cookie(None).is_on


def test_every_page_carries_the_site_name_and_its_address_for_print(client, settings):
    page = client.get("/ru/contacts/").content.decode()
    header = page[page.index('<p class="print-only print-header">') :]
    header = header[: header.index("</p>")]
    assert "Министерство внутренних дел Республики Таджикистан" in header
    assert f"{settings.SITE_URL}/ru/contacts/" in header
