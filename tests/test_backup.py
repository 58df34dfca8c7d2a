"""A backup archive restores the site's content and media intact, is readable by its owner
only, and a restore leaves running processes filing their work under the right models."""

import io
import os
import stat
import tarfile

import pytest
import reversion
from django.apps import apps
from django.contrib.auth.management import create_permissions
from django.contrib.auth.models import Permission, User
from django.contrib.contenttypes.models import ContentType
from django.core.management import CommandError, call_command
from django.db import connection, transaction
from reversion.models import Version

from contacts.models import Helpline, Region
from demo.contacts import load as load_contacts
from news.models import Address, Article
from tests.news.factories import make_article

pytestmark = pytest.mark.django_db(transaction=True)
postgresql_only = pytest.mark.skipif(connection.vendor != "postgresql", reason="pg_dump and pg_restore")
sqlite_only = pytest.mark.skipif(connection.vendor != "sqlite", reason="an SQLite database")


def members(archive):
    with tarfile.open(archive, "r:gz") as tar:
        return tar.getnames()


def mode(path):
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def permissive_umask():
    """The loosest umask an operator's shell could have: nothing is taken away."""
    previous = os.umask(0)
    yield
    os.umask(previous)


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


def test_backups_are_readable_by_their_owner_only_whatever_the_umask(tmp_path, settings, permissive_umask):
    settings.BASE_DIR = tmp_path
    folder = tmp_path / "backups"
    folder.mkdir(mode=0o755)  # left open by an earlier version or by hand
    folder.chmod(0o755)
    (folder / "old.tar.gz").write_bytes(b"")

    call_command("backup_site")

    assert mode(folder) == 0o700
    [archive] = [path for path in folder.iterdir() if path.name != "old.tar.gz"]
    assert archive.name.startswith("mia-") and archive.name.endswith(".tar.gz")
    assert mode(archive) == 0o600


def test_a_backup_to_a_named_path_is_private_too(tmp_path, permissive_umask):
    archive = tmp_path / "new" / "folders" / "site.tar.gz"
    call_command("backup_site", str(archive))
    assert mode(archive) == 0o600
    assert mode(tmp_path / "new") == mode(tmp_path / "new" / "folders") == 0o700

    archive.chmod(0o644)
    call_command("backup_site", str(archive))  # over an earlier archive someone opened up
    assert mode(archive) == 0o600


def test_history_written_after_a_restore_is_filed_under_the_right_model(tmp_path):
    """Running app processes keep the content types' ids in memory (ContentType's cache); a
    restore that renumbered them would have those processes file every new version of an
    article under whatever model took the article's old id."""
    archive = tmp_path / "site.tar.gz"
    call_command("backup_site", str(archive))
    with reversion.create_revision():
        make_article("Written after the backup")
    ContentType.objects.get_for_models(*(model for model in reversion.get_registered_models()))
    worker_cache = {database: dict(models) for database, models in ContentType.objects._cache.items()}

    call_command("restore_site", str(archive), no_input=True)
    # A worker process the restore cannot reach still holds the ids it had cached.
    ContentType.objects._cache.clear()
    ContentType.objects._cache.update(worker_cache)

    with reversion.create_revision():
        article = make_article("Written after the restore")
    filed_under = Version.objects.filter(object_id=str(article.pk)).values_list(
        "content_type__app_label", "content_type__model"
    )
    assert set(filed_under) == {("news", "article")}
    assert ContentType.objects.get_for_id(ContentType.objects.get_for_model(Article).pk).model == "article"


def swap_content_type_ids(first, second):
    """Number two models' content types the other way round, as migrate on another server may."""
    spare = ContentType.objects.order_by("-pk").values_list("pk", flat=True).first() + 1000
    columns = [("django_content_type", "id"), ("auth_permission", "content_type_id")]
    columns += [("reversion_version", "content_type_id"), ("django_admin_log", "content_type_id")]
    with transaction.atomic(), connection.cursor() as cursor:
        for old, new in ((first, spare), (second, first), (spare, second)):
            for table, column in columns:
                cursor.execute(f"UPDATE {table} SET {column} = %s WHERE {column} = %s", [new, old])  # noqa: S608
    ContentType.objects.clear_cache()


def test_a_restore_onto_a_database_numbered_otherwise_keeps_its_numbers(tmp_path):
    with reversion.create_revision():
        before = make_article("Written before the backup")
    archive = tmp_path / "site.tar.gz"
    call_command("backup_site", str(archive))
    article, address = (ContentType.objects.get_for_model(model).pk for model in (Article, Address))
    swap_content_type_ids(article, address)
    ContentType.objects.get_for_models(Article, Address)
    worker_cache = {database: dict(models) for database, models in ContentType.objects._cache.items()}

    call_command("restore_site", str(archive), no_input=True)
    ContentType.objects._cache.clear()
    ContentType.objects._cache.update(worker_cache)

    assert ContentType.objects.get_for_model(Article).pk == address
    with reversion.create_revision():
        after = make_article("Written after the restore")
    filed_under = Version.objects.filter(object_id__in=[str(before.pk), str(after.pk)]).values_list(
        "object_id", "content_type__model"
    )
    assert sorted(filed_under) == sorted([(str(before.pk), "article"), (str(after.pk), "article")])


def test_models_added_since_the_backup_keep_their_content_types_and_permissions(tmp_path):
    ContentType.objects.get_for_model(Address).delete()  # as if the model came after the backup
    archive = tmp_path / "site.tar.gz"
    call_command("backup_site", str(archive))
    ContentType.objects.clear_cache()
    address = ContentType.objects.get_for_model(Address).pk
    create_permissions(apps.get_app_config("news"), verbosity=0)

    call_command("restore_site", str(archive), no_input=True)

    assert ContentType.objects.get(app_label="news", model="address").pk == address
    assert Permission.objects.filter(content_type_id=address, codename="change_address").exists()


@postgresql_only
def test_postgresql_is_backed_up_with_its_own_tools(tmp_path):
    load_contacts()
    archive = tmp_path / "site.tar.gz"
    call_command("backup_site", str(archive))

    assert "database.dump" in members(archive) and "data.json" not in members(archive)
    with tarfile.open(archive, "r:gz") as tar:
        assert tar.extractfile("database.dump").read(5) == b"PGDMP"  # pg_dump's custom format

    Helpline.objects.all().delete()
    call_command("restore_site", str(archive), no_input=True)
    assert Helpline.objects.get(number="1919").label_ru == "Служба помощи"


@postgresql_only
def test_postgresql_restore_keeps_the_search_documents_and_sequences(tmp_path):
    make_article("Милиция Хуҷанд")
    archive = tmp_path / "site.tar.gz"
    call_command("backup_site", str(archive))
    Article.objects.all().delete()

    call_command("restore_site", str(archive), no_input=True)

    restored = Article.objects.get()
    newer = make_article("Written after the restore")
    assert newer.pk > restored.pk
    with connection.cursor() as cursor:
        cursor.execute("SELECT search_ru IS NOT NULL FROM news_article WHERE id = %s", [newer.pk])
        assert cursor.fetchone() == (True,)


@postgresql_only
def test_an_archive_made_on_sqlite_restores_on_postgresql(tmp_path):
    load_contacts()
    data = io.StringIO()
    call_command(
        "dumpdata",
        natural_foreign=True,
        natural_primary=True,
        exclude=["contenttypes", "auth.permission", "sessions", "axes"],
        stdout=data,
    )
    payload = data.getvalue().encode()
    archive = tmp_path / "from-sqlite.tar.gz"
    with tarfile.open(archive, "w:gz") as tar:
        info = tarfile.TarInfo("data.json")
        info.size = len(payload)
        tar.addfile(info, io.BytesIO(payload))
    Helpline.objects.all().delete()

    call_command("restore_site", str(archive), no_input=True)

    assert Helpline.objects.get(number="1919").label_ru == "Служба помощи"


@sqlite_only
def test_a_postgresql_archive_is_refused_on_sqlite_with_a_clear_message(tmp_path):
    archive = tmp_path / "from-postgresql.tar.gz"
    with tarfile.open(archive, "w:gz") as tar:
        info = tarfile.TarInfo("database.dump")
        info.size = 5
        tar.addfile(info, io.BytesIO(b"PGDMP"))
    with pytest.raises(CommandError, match="PostgreSQL"):
        call_command("restore_site", str(archive), no_input=True)
