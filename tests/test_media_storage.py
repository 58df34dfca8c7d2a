"""Uploads in S3-compatible object storage, so that several app hosts share them.

The bucket is moto's in-memory S3: photos and their renditions land in it as public objects,
pages point at them, documents stay private and are served through the site.
"""

import json
import os

import boto3
import pytest
from django.core.files.storage import storages
from django.core.management import call_command
from moto import mock_aws

from announcements.models import Document, DocumentVersion
from tests.announcements import factories as announcements
from tests.news.factories import make_article, make_photo
from tests.subprocesses import run_python

pytestmark = pytest.mark.django_db
BUCKET = "mia-media"


def settings_with(**environment):
    """The settings module's storages, media serving and image policy under ``environment``."""
    script = (
        "import json; from django.conf import settings as s; "
        "print(json.dumps([s.STORAGES, s.SERVE_MEDIA, s.CONTENT_SECURITY_POLICY['DIRECTIVES']['img-src']]))"
    )
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "mia_portal.settings", **environment}
    result = run_python(f"import django; django.setup(); {script}", env, check=True)
    return json.loads(result.stdout)


def test_without_a_bucket_uploads_stay_on_the_local_disk():
    storages, serve_media, images = settings_with(DJANGO_MEDIA_BUCKET="")
    assert storages["default"]["BACKEND"] == "django.core.files.storage.FileSystemStorage"
    assert "documents" not in storages
    assert serve_media is True
    assert images == ["'self'", "data:"]


def test_a_bucket_behind_a_cdn_gets_public_photos_and_private_documents():
    storages, serve_media, images = settings_with(
        DJANGO_MEDIA_BUCKET=BUCKET, DJANGO_MEDIA_DOMAIN="media.mia.tj", DJANGO_MEDIA_REGION="eu-central-1"
    )
    media, documents = storages["default"], storages["documents"]
    assert media["BACKEND"] == documents["BACKEND"] == "storages.backends.s3.S3Storage"
    assert (media["OPTIONS"]["location"], media["OPTIONS"]["querystring_auth"]) == ("media", False)
    assert (documents["OPTIONS"]["location"], documents["OPTIONS"]["querystring_auth"]) == ("documents", True)
    assert media["OPTIONS"]["custom_domain"] == "media.mia.tj"
    assert serve_media is False
    assert images == ["'self'", "data:", "https://media.mia.tj"]


def test_a_self_hosted_endpoint_is_allowed_for_images_in_both_address_styles():
    _storages, _serve, images = settings_with(
        DJANGO_MEDIA_BUCKET=BUCKET, DJANGO_MEDIA_ENDPOINT_URL="https://s3.mia.tj:9000"
    )
    assert images[2:] == ["https://s3.mia.tj:9000", "https://*.s3.mia.tj:9000"]


@pytest.fixture
def bucket(settings):
    options = {
        "bucket_name": BUCKET,
        "region_name": "us-east-1",
        "access_key": "testing",
        "secret_key": "testing",
        "file_overwrite": False,
        "default_acl": None,
    }
    with mock_aws():
        client = boto3.client("s3", region_name="us-east-1")
        client.create_bucket(Bucket=BUCKET)
        settings.STORAGES = {
            **settings.STORAGES,
            "default": {
                "BACKEND": "storages.backends.s3.S3Storage",
                "OPTIONS": {**options, "location": "media", "querystring_auth": False},
            },
            "documents": {
                "BACKEND": "storages.backends.s3.S3Storage",
                "OPTIONS": {**options, "location": "documents", "querystring_auth": True},
            },
        }
        yield client


def keys(client, prefix):
    listing = client.list_objects_v2(Bucket=BUCKET, Prefix=prefix)
    return [entry["Key"] for entry in listing.get("Contents", [])]


def test_photos_and_their_renditions_go_to_the_bucket_and_pages_point_there(client, bucket):
    article = make_article("Round table")
    make_photo(article)
    stored = keys(bucket, "media/")
    assert any(key.endswith(".webp") for key in stored) and any(key.endswith(".jpg") for key in stored)
    page = client.get(f"/en/news/{article.pk}-{article.slug}/").content.decode()
    assert f"https://{BUCKET}.s3.amazonaws.com/media/" in page
    assert "/media/" not in page.replace(f"https://{BUCKET}.s3.amazonaws.com/media/", "")


def test_documents_are_private_objects_served_through_the_site(client, bucket, monkeypatch):
    # The file fields take their storage when the models load, after the settings.
    for model in (Document, DocumentVersion):
        monkeypatch.setattr(model._meta.get_field("file"), "storage", storages["documents"])
    data = announcements.pdf_bytes("dossier in the bucket")
    document = announcements.make_document(announcements.make_tender(), data=data)
    assert [key.split("/")[0] for key in keys(bucket, "documents/")] == ["documents"]
    assert keys(bucket, "media/") == []
    response = client.get(document.get_absolute_url())
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == data


@pytest.mark.django_db(transaction=True)
def test_a_backup_holds_the_buckets_files_and_restores_them(client, bucket, monkeypatch, tmp_path):
    for model in (Document, DocumentVersion):
        monkeypatch.setattr(model._meta.get_field("file"), "storage", storages["documents"])
    article = make_article("Round table")
    make_photo(article)
    data = announcements.pdf_bytes("dossier kept in the backup")
    document = announcements.make_document(announcements.make_tender(), data=data)
    before = {prefix: sorted(keys(bucket, prefix)) for prefix in ("media/", "documents/")}
    archive = tmp_path / "site.tar.gz"
    call_command("backup_site", str(archive))

    for prefix in before:
        for key in keys(bucket, prefix):
            bucket.delete_object(Bucket=BUCKET, Key=key)
    call_command("restore_site", str(archive), no_input=True)

    assert {prefix: sorted(keys(bucket, prefix)) for prefix in before} == before
    assert before["media/"] and before["documents/"]
    response = client.get(Document.objects.get(pk=document.pk).get_absolute_url())
    assert b"".join(response.streaming_content) == data


def test_photo_urls_follow_a_change_of_storage(client, settings):
    """Photo URLs are worked out once per name, and again when the storage settings change."""
    article = make_article("Round table")
    make_photo(article)
    path = f"/en/news/{article.pk}-{article.slug}/"
    assert 'src="/media/' in client.get(path).content.decode()
    settings.MEDIA_URL = "/uploads/"
    page = client.get(path).content.decode()
    assert 'src="/uploads/' in page and 'src="/media/' not in page
