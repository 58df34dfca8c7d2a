"""The admin as a low-privilege staff member whose account an attacker holds.

A staff account without permissions, a procurement officer and a press officer each reach only
their own models: everything else answers 403 and stores nothing, fields that the forms do not
offer (authorship, checksums, counters, renditions) cannot be set by posting them anyway, and
hostile list parameters (ordering, paging, searching, lookups through relations to passwords)
get a 4xx or a normal list, never a 500.
"""

import pytest
from django.contrib.auth.models import User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection

from announcements.models import Announcement, Document
from incidents.models import Incident
from news.models import Article
from photos.models import Photo
from tests.announcements import factories as documents
from tests.security.checks import assert_answered_safely
from tests.security.payloads import GOOD_JPEG
from tests.security.test_richtext import announcement_form, article_form, incident_form, management_form

pytestmark = pytest.mark.django_db

NEWS = ["/admin/news/article/", "/admin/news/article/add/", "/admin/news/address/", "/admin/news/rubric/add/"]
INCIDENTS = [
    "/admin/incidents/incident/",
    "/admin/incidents/incident/add/",
    "/admin/incidents/incidentcategory/add/",
]
PROCUREMENT = [
    "/admin/announcements/announcement/",
    "/admin/announcements/announcement/add/",
    "/admin/announcements/document/add/",
]
ADMINISTRATION = [
    "/admin/auth/user/", "/admin/auth/user/add/", "/admin/auth/group/", "/admin/contacts/helpline/add/",
    "/admin/contacts/region/add/", "/admin/redirects/redirect/add/", "/admin/sites/site/",
    "/admin/otp_totp/totpdevice/", "/admin/axes/accessattempt/",
]  # fmt: skip
FORBIDDEN = {
    "powerless": NEWS + INCIDENTS + PROCUREMENT + ADMINISTRATION,
    "procurement": NEWS + INCIDENTS + ADMINISTRATION,
    "press": PROCUREMENT
    + ADMINISTRATION
    + ["/admin/news/rubric/add/", "/admin/incidents/incidentcategory/add/"],
}


@pytest.fixture
def staff(request, powerless_client, procurement_client, press_client):
    return {"powerless": powerless_client, "procurement": procurement_client, "press": press_client}


CASES = [(role, path) for role, paths in FORBIDDEN.items() for path in paths]


@pytest.mark.parametrize(("role", "path"), CASES)
def test_staff_reach_only_their_own_models(staff, content, role, path):
    client = staff[role]
    counts = (
        Article.objects.count(),
        Incident.objects.count(),
        Announcement.objects.count(),
        User.objects.count(),
    )
    assert client.get(path).status_code == 403
    response = client.post(
        path, {"title_en": "x", "username": "x", "password1": "x" * 20, "password2": "x" * 20}
    )
    assert response.status_code == 403
    assert (
        Article.objects.count(),
        Incident.objects.count(),
        Announcement.objects.count(),
        User.objects.count(),
    ) == counts


@pytest.mark.parametrize("role", ["powerless", "procurement"])
def test_content_of_others_cannot_be_changed_deleted_published_or_restored(staff, content, role):
    client = staff[role]
    article = content.article
    base = f"/admin/news/article/{article.pk}/"
    for path in (f"{base}change/", f"{base}delete/", f"{base}history/", "/admin/news/article/recover/"):
        assert client.get(path).status_code == 403, path
        assert client.post(path, {"post": "yes", "title_en": "Defaced"}).status_code == 403, path
    response = client.post("/admin/news/article/", {"action": "unpublish", "_selected_action": [article.pk]})
    assert response.status_code == 403
    article.refresh_from_db()
    assert article.is_published() and article.title_en == "Round table (en)"


def test_staff_cannot_give_themselves_more_rights(staff, content, procurement_user):
    for client in staff.values():
        user = User.objects.get(pk=client.session["_auth_user_id"])
        response = client.post(
            f"/admin/auth/user/{user.pk}/change/",
            {"username": user.username, "is_superuser": "on", "is_staff": "on", "groups": []},
        )
        assert response.status_code == 403
        user.refresh_from_db()
        assert not user.is_superuser


@pytest.mark.parametrize(
    "query",
    [
        "app_label=auth&model_name=user&field_name=groups&term=a",
        "app_label=announcements&model_name=document&field_name=announcement&term=<script>",
        "app_label=news&model_name=article&field_name=rubric&term=%25_%5C",
        "app_label=../../&model_name=x&field_name=y",
        "term=" + "x" * 5000,
    ],
)
@pytest.mark.parametrize("role", ["powerless", "procurement", "press"])
def test_the_autocomplete_endpoint_lists_nothing_it_should_not(staff, content, role, query):
    response = staff[role].get("/admin/autocomplete/", QUERY_STRING=query)
    model = next((part for part in query.split("&") if part.startswith("model_name=")), "")
    allowed = (role, model) in {("procurement", "model_name=document"), ("press", "model_name=article")}
    assert response.status_code == (200 if allowed else 403)
    assert b"root@" not in response.content and b"pbkdf2" not in response.content


CHANGELIST_QUERIES = [
    "q=%00", "q=" + "x" * 3000, "q=%25", "q=_", "q=%5C", "q=<script>alert(1)</script>", "q=a&q=b",
    "o=99", "o=-1.abc", "o=1.2.3.-4", "o=" + "1." * 500, "p=-1", "p=99999999999999999999", "p=abc",
    "all=&p=0", "e=1", "_popup=1&_to_field=password", "_to_field=created_by__password",
    "created_by__password__startswith=pbkdf2", "updated_by__password__regex=.*", "created_by__username=root",
    "rubric__id__exact=abc", "rubric__name__iregex=(", "status__in=draft,withdrawn", "status=<script>",
    "state=<script>", "missing=<script>", "missing=../../", "published_at__year=0",
    "published_at__year=-1", "published_at__year=abc", "published_at__year=2024&published_at__month=13",
    "published_at__year=2024&published_at__month=2&published_at__day=30", "published_at__gte=garbage",
    "published_at__lt=9999-99-99", "pk__in=1,2,abc", "id__gt=-9999999999999999999999",
    "_changelist_filters=%00", "%ff=%fe",
]  # fmt: skip


CHANGELISTS = [
    ("press", "/admin/news/article/"),
    ("press", "/admin/incidents/incident/"),
    ("procurement", "/admin/announcements/announcement/"),
    ("procurement", "/admin/announcements/document/"),
]


def _changelist_cases():
    for index, query in enumerate(CHANGELIST_QUERIES):
        # Lookups through relations to passwords go to every list; the other queries take turns.
        targets = CHANGELISTS if "password" in query else [CHANGELISTS[index % len(CHANGELISTS)]]
        for role, changelist in targets:
            yield role, changelist, query


@pytest.mark.parametrize(("role", "changelist", "query"), list(_changelist_cases()))
def test_hostile_changelist_parameters_get_a_4xx_or_a_normal_list(staff, content, role, changelist, query):
    response = staff[role].get(changelist, QUERY_STRING=query)
    body = assert_answered_safely(response, allowed={200, 302, 400}, public=False)
    assert "pbkdf2_" not in body and "md5$" not in body


def test_fields_the_document_form_does_not_offer_cannot_be_posted(procurement_client, content):
    data = {
        "announcement": content.tender.pk,
        "title_en": "Dossier",
        "language": "en",
        "order": 0,
        "file": SimpleUploadedFile("Dossier.pdf", documents.pdf_bytes()),
        "sha256": "0" * 64,
        "size": "1",
        "content_type": "text/html",
        "original_name": "evil.html",
        "download_count": "999999",
        **management_form("versions"),
    }
    assert procurement_client.post("/admin/announcements/document/add/", data).status_code == 302
    document = Document.objects.latest("pk")
    assert document.sha256 == documents.sha256(documents.pdf_bytes())
    assert document.content_type == "application/pdf"
    assert document.original_name == "Dossier.pdf"
    assert document.download_count == 0
    assert document.size > 1


def test_fields_the_article_form_does_not_offer_cannot_be_posted(
    press_client, press_officer, superuser, content
):
    data = article_form(
        content.article.rubric,
        created_by=superuser.pk,
        updated_by=superuser.pk,
        created_at="2000-01-01 00:00",
    )
    assert press_client.post("/admin/news/article/add/", data).status_code == 302
    article = Article.objects.latest("pk")
    assert article.created_by == press_officer and article.updated_by == press_officer
    assert article.created_at.year > 2000


def test_fields_the_photo_form_does_not_offer_cannot_be_posted(press_client, press_officer, superuser):
    hostile = '{"renditions": [{"width": 1, "jpeg": "../../etc/passwd"}]}'
    data = {
        "image": SimpleUploadedFile("photo.jpg", GOOD_JPEG, "image/jpeg"),
        "title": "Photo",
        "focal_x": "0.5",
        "focal_y": "0.5",
        "renditions": hostile,
        "crops": '{"card": ' + hostile + "}",
        "uploaded_by": superuser.pk,
        "uploaded_at": "2000-01-01 00:00",
    }
    assert press_client.post("/admin/photos/photo/add/", data).status_code == 302
    photo = Photo.objects.get()
    assert photo.uploaded_by == press_officer and photo.uploaded_at.year > 2000
    assert "passwd" not in str(photo.renditions) + str(photo.crops)
    assert photo.crops["card"]["renditions"]


def test_an_incident_and_an_announcement_record_their_real_author(
    press_client, procurement_client, press_officer, procurement_user, content, superuser
):
    assert (
        press_client.post(
            "/admin/incidents/incident/add/", incident_form(content.incident, created_by=superuser.pk)
        ).status_code
        == 302
    )
    assert Incident.objects.latest("pk").created_by == press_officer
    assert (
        procurement_client.post(
            "/admin/announcements/announcement/add/", announcement_form(created_by=superuser.pk)
        ).status_code
        == 302
    )
    assert Announcement.objects.latest("pk").created_by == procurement_user


# Django's date hierarchy turns a year it cannot add a year (or 32 days) to, or one that UTC puts
# before year 1, into an uncaught ValueError/OverflowError; PublishableAdmin refuses such years.
DATE_HIERARCHY_EDGES = [
    "{field}__year=99999999999",
    "{field}__year=9999",
    "{field}__year=9999&{field}__month=12",
    "{field}__year=1",
]


@pytest.mark.parametrize(
    ("role", "changelist", "query"),
    [
        (role, changelist, edge.format(field=field))
        for role, changelist, field in [
            ("press", "/admin/news/article/", "published_at"),
            ("press", "/admin/news/address/", "delivered_on"),
            ("press", "/admin/incidents/incident/", "published_at"),
            ("procurement", "/admin/announcements/announcement/", "published_at"),
        ]
        # Year 1 breaks only where a time is converted to UTC in Python (SQLite), not for dates.
        for edge in DATE_HIERARCHY_EDGES[
            : 4 if field != "delivered_on" and connection.vendor == "sqlite" else 3
        ]
    ],
)
def test_date_hierarchy_years_out_of_range_get_a_4xx_or_a_normal_list(
    staff, content, role, changelist, query
):
    response = staff[role].get(changelist, QUERY_STRING=query)
    assert_answered_safely(response, allowed={200, 302, 400}, public=False)


@pytest.mark.parametrize(
    "path",
    ["/admin/r/1/99999999999999999999/", "/admin/r/99999/1/", "/admin/r/abc/def/", "/admin/r/1/%00/",
     "/admin/news/article/99999999999999999999/change/", "/admin/news/article/abc/change/",
     "/admin/news/article/1/history/99999999999999999999/",
     "/admin/announcements/document/-1/change/", "/admin/jsi18n/?language=<script>"],
)  # fmt: skip
def test_odd_admin_addresses_get_a_4xx_or_a_redirect(press_client, content, path):
    assert_answered_safely(press_client.get(path), allowed={200, 302, 400, 403, 404}, public=False)


# PostgreSQL refuses NUL characters in text; a NUL anywhere in the request is answered 400 first.
@pytest.mark.parametrize(
    "path",
    [
        "/admin/autocomplete/?app_label=news&model_name=article&field_name=rubric&term=%00",
        "/admin/news/article/%00/history/",
    ],
)
def test_nul_characters_in_admin_lookups_get_a_4xx(press_client, content, path):
    assert_answered_safely(press_client.get(path), allowed={200, 302, 400, 404}, public=False)
