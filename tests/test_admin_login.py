"""Logging into the admin: lockout after failed attempts, two-factor login with TOTP."""

import pytest
from django.contrib.auth.models import Group, User
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

pytestmark = pytest.mark.django_db
PASSWORD = "a sufficiently long password"


@pytest.fixture
def editor():
    return User.objects.create_user("editor", password=PASSWORD, is_staff=True)


def log_in(client, username="editor", password=PASSWORD, **extra):
    return client.post(
        "/admin/login/?next=/admin/",
        {"username": username, "password": password, **extra},
        REMOTE_ADDR="203.0.113.7",
        HTTP_ACCEPT_LANGUAGE="en",
    )


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
