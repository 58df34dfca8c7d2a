"""The public forms: what they accept, what they refuse with a message, and that nothing typed
is lost."""

import hashlib

import pytest
from django.core import mail

from appeals.models import Appeal, Attachment, Tip
from appeals.protection import challenge_passed, leading_zero_bits, new_challenge, read_challenge
from tests.appeals.factories import (
    appeal_data,
    jpeg_bytes,
    mp4_bytes,
    pdf_bytes,
    tip_data,
    upload,
    webm_bytes,
)

pytestmark = pytest.mark.django_db

APPEAL_URL = "/tg/appeals/"
TIP_URL = "/tg/appeals/reporter/"


def test_a_valid_appeal_is_stored_and_leads_to_its_receipt(client, django_capture_on_commit_callbacks):
    data = appeal_data(files=[upload(jpeg_bytes(), "photo.jpg")])
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(APPEAL_URL, data)
    assert response.status_code == 302
    assert response["Location"] == "/tg/appeals/receipt/"
    appeal = Appeal.objects.get()
    assert appeal.name == data["name"]
    assert appeal.text == data["text"]
    assert appeal.language == "tg"
    assert appeal.status == Appeal.Status.RECEIVED
    assert appeal.number.endswith(f"-{appeal.pk:05d}")
    assert [event.status for event in appeal.events.all()] == ["received"]
    assert appeal.attachments.get().kind == "photo"
    assert len(mail.outbox) == 1 and mail.outbox[0].to == ["alisher@example.tj"]


def test_the_receipt_is_mailed_only_after_the_appeal_is_committed(client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        client.post(APPEAL_URL, appeal_data())
    assert mail.outbox == []
    assert len(callbacks) == 1


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("kind", "praise"),
        ("name", ""),
        ("text", ""),
        ("text", "x" * 20_001),
        ("email", "not-an-address"),
        ("consent", None),
        ("department", "99999"),
        ("answer", "1000"),
    ],
)
def test_each_invalid_field_returns_the_form_with_everything_typed(client, field, value):
    data = appeal_data(**{field: value})
    response = client.post(APPEAL_URL, data)
    assert response.status_code == 400
    assert not Appeal.objects.exists()
    form = response.context["form"]
    assert field in form.errors
    body = response.content.decode()
    assert "Шакл хатоҳо дорад" in body or "The form has errors" in body
    if field != "name":
        assert data["name"] in body  # nothing typed is lost
    if field != "text":
        assert data["text"] in body


def test_an_appeal_needs_an_address_to_answer_to(client):
    response = client.post(APPEAL_URL, appeal_data(email="", postal_address=""))
    assert response.status_code == 400
    assert "postal_address" in response.context["form"].errors
    assert client.post(APPEAL_URL, appeal_data(email="", phone="")).status_code == 302


def test_the_honeypot_refuses_a_robot(client):
    response = client.post(APPEAL_URL, appeal_data(website="http://spam.example"))
    assert response.status_code == 400
    assert not Appeal.objects.exists()


def test_the_browsers_proof_of_work_passes_the_challenge_instead_of_the_sum(client, settings):
    settings.APPEALS_PROOF_BITS = 8
    challenge = new_challenge()
    seed = read_challenge(challenge["signed"])["seed"]
    tries = (
        n for n in range(100_000) if leading_zero_bits(hashlib.sha256(f"{seed}:{n}".encode()).digest()) >= 8
    )
    proof = next(tries)
    assert challenge_passed(challenge["signed"], "", str(proof))
    assert not challenge_passed(challenge["signed"], "", "not-a-proof")
    data = appeal_data(challenge=challenge["signed"], answer="", proof=str(proof))
    assert client.post(APPEAL_URL, data).status_code == 302


def test_a_forged_or_missing_challenge_is_refused(client):
    assert client.post(APPEAL_URL, appeal_data(challenge="forged:value", answer="7")).status_code == 400
    assert client.post(APPEAL_URL, appeal_data(challenge=None)).status_code == 400
    assert not Appeal.objects.exists()


def test_a_double_submit_makes_one_appeal(client):
    data = appeal_data()
    first = client.post(APPEAL_URL, data)
    second = client.post(
        APPEAL_URL, {**data, **appeal_data(text=data["text"], form_token=data["form_token"])}
    )
    assert first.status_code == second.status_code == 302
    assert second["Location"] == "/tg/appeals/receipt/"
    assert Appeal.objects.count() == 1


def test_a_duplicate_text_from_another_form_is_refused(client):
    data = appeal_data()
    client.post(APPEAL_URL, data)
    response = client.post(APPEAL_URL, appeal_data(text=data["text"]))
    assert response.status_code == 400
    assert Appeal.objects.count() == 1


def test_the_limit_per_address(client, settings):
    settings.APPEALS_LIMIT_PER_ADDRESS = 2
    for index in range(2):
        assert client.post(APPEAL_URL, appeal_data(email=f"a{index}@example.tj")).status_code == 302
    response = client.post(APPEAL_URL, appeal_data(email="third@example.tj"))
    assert response.status_code == 400
    assert Appeal.objects.count() == 2
    other = client.post(APPEAL_URL, appeal_data(), REMOTE_ADDR="10.0.0.9")
    assert other.status_code == 302


def test_the_limit_per_email_address(client, settings):
    settings.APPEALS_LIMIT_PER_EMAIL = 1
    assert client.post(APPEAL_URL, appeal_data(email="Same@Example.tj")).status_code == 302
    response = client.post(APPEAL_URL, appeal_data(email="same@example.tj"), REMOTE_ADDR="10.0.0.2")
    assert response.status_code == 400
    assert Appeal.objects.count() == 1


@pytest.mark.parametrize(
    ("data", "name", "kind", "content_type"),
    [
        (mp4_bytes(), "clip.mp4", "video", "video/mp4"),
        (mp4_bytes(b"qt  "), "clip.mov", "video", "video/quicktime"),
        (webm_bytes(), "clip.webm", "video", "video/webm"),
        (pdf_bytes(), "letter.pdf", "pdf", "application/pdf"),
        (jpeg_bytes(), "IMG_0001.JPG", "photo", "image/jpeg"),
    ],
)
def test_evidence_is_recognised_by_content_and_kept_untouched(client, data, name, kind, content_type):
    assert client.post(APPEAL_URL, appeal_data(files=[upload(data, name)])).status_code == 302
    attachment = Attachment.objects.get()
    assert (attachment.kind, attachment.content_type) == (kind, content_type)
    with attachment.file.open("rb") as stored:
        assert stored.read() == data  # the original, metadata included
    assert attachment.sha256 == hashlib.sha256(data).hexdigest()
    assert attachment.original_name == name


@pytest.mark.parametrize(
    ("data", "name"),
    [
        (b"<html><script>alert(1)</script></html>", "photo.jpg"),
        (b"MZ\x90\x00" + b"\x00" * 100, "video.mp4"),
        (pdf_bytes(b"/OpenAction << /S /JavaScript /JS (app.alert(1)) >>"), "letter.pdf"),
        (pdf_bytes(b"/J#61vaScript (x)"), "letter.pdf"),
        (mp4_bytes()[:-10], "clip.mp4"),  # boxes that do not reach the end
        (b"\x00\x00\x00\x14ftypheic\x00\x00\x00\x00heic", "photo.heic"),
        (b"GIF89a" + b"\x00" * 40, "anim.gif"),
    ],
)
def test_disguised_and_unsupported_files_are_refused_with_the_text_kept(client, data, name):
    payload = appeal_data(files=[upload(data, name)])
    response = client.post(APPEAL_URL, payload)
    assert response.status_code == 400
    assert "files" in response.context["form"].errors
    assert payload["text"] in response.content.decode()
    assert response.context["files_lost"]
    assert not Appeal.objects.exists() and not Attachment.objects.exists()


def test_oversize_files_and_too_many_files_are_refused(client, settings):
    settings.APPEALS_MAX_FILE_BYTES = 1000
    settings.APPEALS_MAX_VIDEO_BYTES = 100
    assert (
        client.post(APPEAL_URL, appeal_data(files=[upload(jpeg_bytes(400, 400), "big.jpg")])).status_code
        == 400
    )
    assert client.post(APPEAL_URL, appeal_data(files=[upload(mp4_bytes(), "big.mp4")])).status_code == 400
    settings.APPEALS_MAX_FILE_BYTES = 10_000_000
    settings.APPEALS_MAX_FILES = 2
    files = [upload(pdf_bytes(), f"{index}.pdf") for index in range(3)]
    response = client.post(APPEAL_URL, appeal_data(files=files))
    assert response.status_code == 400
    assert not Appeal.objects.exists()


def test_a_valid_tip_with_its_location(client):
    data = tip_data(files=[upload(jpeg_bytes(), "scene.jpg"), upload(mp4_bytes(), "scene.mp4")])
    response = client.post(TIP_URL, data)
    assert response.status_code == 302
    tip = Tip.objects.get()
    assert (tip.latitude, tip.longitude) == ("38.559800", "68.787000")
    assert tip.is_anonymous
    assert sorted(tip.attachments.values_list("kind", flat=True)) == ["photo", "video"]
    receipt = client.get(response["Location"])
    assert tip.number in receipt.content.decode()


@pytest.mark.parametrize(
    ("field", "value"),
    [("latitude", "91"), ("longitude", "abc"), ("place", ""), ("description", ""), ("kind", "flood")],
)
def test_each_invalid_tip_field_is_explained(client, field, value):
    response = client.post(TIP_URL, tip_data(**{field: value}))
    assert response.status_code == 400
    assert response.context["form"].errors
    assert not Tip.objects.exists()


def test_half_a_location_is_refused(client):
    response = client.post(TIP_URL, tip_data(longitude=""))
    assert "longitude" in response.context["form"].errors


def test_the_tip_form_says_anonymous_tips_get_no_answer_and_allows_the_location(client):
    response = client.get(TIP_URL.replace("/tg/", "/en/"))
    assert "Anonymous tips are read and checked, but nobody can answer them" in response.content.decode()
    assert "geolocation=(self)" in response["Permissions-Policy"]
    assert "geolocation=()" in client.get(APPEAL_URL)["Permissions-Policy"]


def test_forms_are_never_cached_and_carry_a_fresh_token(client, settings):
    settings.PAGE_CACHE_SECONDS = 300
    first, second = client.get(APPEAL_URL), client.get(APPEAL_URL)
    assert "no-store" in first["Cache-Control"] or "max-age=0" in first["Cache-Control"]
    assert first.context["form"].initial["form_token"] != second.context["form"].initial["form_token"]
