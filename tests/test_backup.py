"""A backup archive restores the site's content and media intact."""

import tarfile

import pytest
from django.contrib.auth.models import User
from django.core.management import CommandError, call_command

from contacts.demo import load as load_contacts
from contacts.models import Helpline, Region

pytestmark = pytest.mark.django_db(transaction=True)


def test_backup_and_restore_round_trip_content_and_media(tmp_path, settings):
    load_contacts()
    User.objects.create_user("editor", password="a sufficiently long password", is_staff=True)
    photo = settings.MEDIA_ROOT / "news" / "photo.jpg"
    photo.parent.mkdir(parents=True)
    photo.write_bytes(b"\xff\xd8 photo bytes")
    archive = tmp_path / "site.tar.gz"

    call_command("backup_site", str(archive))

    Helpline.objects.all().delete()
    Region.objects.filter(slug="gbao").update(name_en="changed after the backup")
    User.objects.all().delete()
    photo.unlink()

    call_command("restore_site", str(archive), no_input=True)

    assert Helpline.objects.get(number="1919").label_ru == "Служба помощи"
    assert Region.objects.get(slug="gbao").name_en == "Gorno-Badakhshan Autonomous Region"
    assert User.objects.get(username="editor").check_password("a sufficiently long password")
    assert photo.read_bytes() == b"\xff\xd8 photo bytes"


def test_restore_refuses_archives_that_escape_their_folder(tmp_path):
    evil = tmp_path / "evil.tar.gz"
    outside = tmp_path / "outside.txt"
    outside.write_text("x")
    with tarfile.open(evil, "w:gz") as tar:
        tar.add(outside, arcname="../../outside.txt")
    with pytest.raises((CommandError, tarfile.TarError)):
        call_command("restore_site", str(evil), no_input=True)


def test_restore_refuses_what_is_not_a_backup(tmp_path):
    with pytest.raises(CommandError):
        call_command("restore_site", str(tmp_path / "missing.tar.gz"), no_input=True)


def test_a_restore_leaves_no_page_cached_from_before_it(tmp_path, client):
    archive = tmp_path / "site.tar.gz"
    call_command("backup_site", str(archive))  # before any helpline existed
    Helpline.objects.create(label_en="Duty unit", number="102", display_number="102")
    assert "Duty unit" in client.get("/en/contacts/").content.decode()

    call_command("restore_site", str(archive), no_input=True)

    assert "Duty unit" not in client.get("/en/contacts/").content.decode()
