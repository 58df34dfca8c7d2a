"""Logging into the admin: lockout after failed attempts, two-factor login with TOTP.

Lockouts hold an account and an address together: nobody can lock a colleague out from
another address, nor every account behind an office's shared address. An account attacked
from many addresses closes only to the addresses its owner never logged in from.
"""

import re

import pytest
from django.contrib.auth.models import Group, User
from django.test import Client
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

pytestmark = pytest.mark.django_db
PASSWORD = "a sufficiently long password"


@pytest.fixture
def editor():
    return User.objects.create_user("editor", password=PASSWORD, is_staff=True)


OWNER_ADDRESS = "203.0.113.7"
ATTACKER_ADDRESS = "198.51.100.66"


def log_in(client, username="editor", password=PASSWORD, address=OWNER_ADDRESS, headers=None, **extra):
    return client.post(
        "/admin/login/?next=/admin/",
        {"username": username, "password": password, **extra},
        REMOTE_ADDR=address,
        HTTP_ACCEPT_LANGUAGE="en",
        **(headers or {}),
    )


def fail_until_locked(username, address, limit, headers=None):
    """Wrong passwords from a fresh client until the lockout page answers."""
    attacker = Client()
    for _attempt in range(limit - 1):
        assert log_in(attacker, username, "wrong", address=address, headers=headers).status_code == 200
    assert log_in(attacker, username, "wrong", address=address, headers=headers).status_code == 429


def current_code(device):
    return f"{totp(device.bin_key, device.step, device.t0, device.digits, device.drift):06d}"


def test_staff_log_in_with_a_password(client, editor):
    response = log_in(client)
    assert response.status_code == 302
    assert client.get("/admin/").status_code == 200


def test_repeated_failures_lock_the_account_with_a_clear_message(client, editor, settings):
    for _attempt in range(settings.AXES_FAILURE_LIMIT - 1):
        assert log_in(client, password="wrong").status_code == 200
    assert log_in(client, password="wrong").status_code == 429
    response = log_in(client)  # even the right password is refused now
    assert response.status_code == 429
    assert "Too many failed logins" in response.content.decode()
    assert client.get("/admin/").status_code == 302


def test_lockout_does_not_reveal_whether_the_account_exists(client, settings):
    for _attempt in range(settings.AXES_FAILURE_LIMIT):
        log_in(client, username="nobody", password="wrong")
    assert log_in(client, username="nobody", password="wrong").status_code == 429


def test_staff_with_an_authenticator_must_give_its_code(client, editor):
    device = TOTPDevice.objects.create(user=editor, name="phone", confirmed=True)
    response = log_in(client)
    assert response.status_code == 200
    assert client.get("/admin/").status_code == 302

    assert log_in(client, otp_token="000000").status_code == 200
    device.refresh_from_db()
    device.throttle_reset()  # a wrong code delays the next try; the test does not wait
    response = log_in(client, otp_token=current_code(device))
    assert response.status_code == 302
    assert client.get("/admin/").status_code == 200


def test_site_administrators_must_set_up_two_factor_when_required(client, editor, settings):
    settings.ADMIN_REQUIRE_2FA = True
    editor.groups.add(Group.objects.get_or_create(name="Site administrators")[0])
    log_in(client)

    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"] == "/admin/two-factor/"

    page = client.get("/admin/two-factor/")
    assert page.status_code == 200
    assert "data:image/svg+xml;base64," in page.content.decode()
    device = TOTPDevice.objects.get(user=editor, confirmed=False)

    assert client.post("/admin/two-factor/", {"token": "123456"}).status_code == 200
    device.refresh_from_db()
    device.throttle_reset()
    response = client.post("/admin/two-factor/", {"token": current_code(device)})
    assert response.status_code == 302
    device.refresh_from_db()
    assert device.confirmed
    assert client.get("/admin/").status_code == 200


def test_two_factor_is_optional_for_other_staff_even_when_required(client, editor, settings):
    settings.ADMIN_REQUIRE_2FA = True
    log_in(client)
    assert client.get("/admin/").status_code == 200


def test_admin_pages_are_never_cached(client, editor):
    log_in(client)
    cache_control = client.get("/admin/")["Cache-Control"]
    assert "no-cache" in cache_control and "private" in cache_control


def test_an_attacker_cannot_lock_the_owner_out_from_another_address(client, settings):
    User.objects.create_superuser("root", password=PASSWORD)
    fail_until_locked("root", ATTACKER_ADDRESS, settings.AXES_FAILURE_LIMIT)
    assert log_in(Client(), "root", address=ATTACKER_ADDRESS).status_code == 429

    assert log_in(client, "root", address=OWNER_ADDRESS).status_code == 302
    assert client.get("/admin/").status_code == 200


def test_failures_for_one_account_do_not_lock_colleagues_behind_the_same_address(client, editor, settings):
    office = "192.0.2.10"
    User.objects.create_user("clumsy", password=PASSWORD, is_staff=True)
    fail_until_locked("clumsy", office, settings.AXES_FAILURE_LIMIT)

    assert log_in(client, "editor", address=office).status_code == 302
    assert log_in(Client(), "clumsy", address=office).status_code == 429


def test_an_account_attacked_from_many_addresses_stays_open_where_its_owner_logs_in(editor, settings):
    assert log_in(Client(), address=OWNER_ADDRESS).status_code == 302  # the owner's usual address
    limit = settings.LOGIN_ACCOUNT_FAILURE_LIMIT
    per_address = settings.AXES_FAILURE_LIMIT
    addresses = [f"198.51.100.{number}" for number in range(1, limit // per_address + 1)]
    for address in addresses:
        fail_until_locked("editor", address, per_address)

    stranger = "192.0.2.200"
    response = log_in(Client(), address=stranger)  # the right password, from a new address
    assert response.status_code == 429
    assert "Too many failed logins" in response.content.decode()

    owner = Client()
    assert log_in(owner, address=OWNER_ADDRESS).status_code == 302
    assert owner.get("/admin/").status_code == 200


def test_an_account_below_its_limit_opens_to_new_addresses(editor, settings):
    fail_until_locked("editor", ATTACKER_ADDRESS, settings.AXES_FAILURE_LIMIT)
    assert log_in(Client(), address="192.0.2.200").status_code == 302


def test_behind_a_proxy_the_visitor_is_known_by_the_address_the_proxy_saw(client, editor, settings):
    """nginx appends the address it was connected from to X-Forwarded-For; whatever stands left
    of it is the visitor's own invention and never counts."""
    settings.TRUSTED_PROXY_COUNT = 1
    proxy = {"address": "10.0.0.2"}
    attacker = {"HTTP_X_FORWARDED_FOR": f"{OWNER_ADDRESS}, {ATTACKER_ADDRESS}"}
    fail_until_locked("editor", proxy["address"], settings.AXES_FAILURE_LIMIT, headers=attacker)

    owner = {"HTTP_X_FORWARDED_FOR": OWNER_ADDRESS}
    assert log_in(client, **proxy, headers=owner).status_code == 302
    assert log_in(Client(), **proxy, headers=attacker).status_code == 429


def test_without_a_trusted_proxy_forwarded_addresses_are_ignored(editor, settings):
    settings.TRUSTED_PROXY_COUNT = 0
    fail_until_locked("editor", ATTACKER_ADDRESS, settings.AXES_FAILURE_LIMIT)
    dodging = {"HTTP_X_FORWARDED_FOR": "192.0.2.99"}
    assert log_in(Client(), address=ATTACKER_ADDRESS, headers=dodging).status_code == 429


@pytest.mark.parametrize(
    ("language", "title", "ministry"),
    [
        ("tg", "Кӯшишҳои нобарори воридшавӣ аз ҳад зиёданд", "Вазорати корҳои дохилии Ҷумҳурии Тоҷикистон"),
        ("ru", "Слишком много неудачных попыток входа", "Министерство внутренних дел Республики Таджикистан"),
        ("en", "Too many failed logins", "Ministry of Internal Affairs of the Republic of Tajikistan"),
    ],
)
def test_the_lockout_page_speaks_the_admin_language_under_the_ministry_name(
    editor, settings, language, title, ministry
):
    attacker = Client()
    attacker.cookies[settings.LANGUAGE_COOKIE_NAME] = language
    for _attempt in range(settings.AXES_FAILURE_LIMIT):
        response = log_in(attacker, password="wrong")
    assert response.status_code == 429
    page = response.content.decode()
    assert f'<html lang="{language}"' in page
    assert re.search(r"<title>(.*?)</title>", page, re.S).group(1).strip() == f"{title} | {ministry}"
    assert f"<h1>{title}</h1>" in page
    assert ministry in re.search(r'<div id="site-name">(.*?)</div>', page, re.S).group(1)
    assert "Django" not in page
