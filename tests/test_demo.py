"""What `make run` does on every start: add the demo content that is missing, keep whatever
editors changed, and tell how to create an account without showing the secret key. The demo
lives apart from the apps, which hold only product code."""

import ast
import hashlib
import io
import subprocess
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from reversion.models import Version

from announcements.models import Announcement, Document, DocumentVersion, Kind
from contacts.models import District, Helpline, Region, RegionalDepartment
from demo import announcements as announcements_demo
from demo import contacts as contacts_demo
from demo import incidents as incidents_demo
from demo import news as news_demo
from demo.pdf import minimal_pdf
from incidents.models import Incident, IncidentCategory, IncidentStatusChange
from news.models import Address, Article, ArticlePhoto, ArticleUpdate, Rubric
from tests.admin_forms import change_form_data

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parent.parent
DUSHANBE = ZoneInfo("Asia/Dushanbe")
APPS = ("mia_portal", "contacts", "news", "incidents", "announcements", "legacy")


def demo_counts():
    models = (
        Helpline, Region, District, RegionalDepartment, Rubric, Article, ArticlePhoto, ArticleUpdate,
        Address, IncidentCategory, Incident, IncidentStatusChange, Announcement, Document, DocumentVersion,
    )  # fmt: skip
    return {model.__name__: model.objects.count() for model in models}


def load_demo():
    call_command("load_demo", stdout=io.StringIO())


def save_in_admin(client, item, **changes):
    """Open the item's change form, change some fields and save it, as an editor does."""
    opts = item._meta
    url = f"/admin/{opts.app_label}/{opts.model_name}/{item.pk}/change/"
    data = {**change_form_data(client.get(url)), **changes}
    response = client.post(url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    item.refresh_from_db()
    return item


def test_the_demo_fills_an_empty_database_and_a_second_load_adds_nothing():
    load_demo()
    first = demo_counts()
    assert first["Helpline"] == len(contacts_demo.HELPLINES)
    assert first["RegionalDepartment"] == len(contacts_demo.DEPARTMENTS)
    assert first["District"] == len(contacts_demo.DISTRICTS)
    assert first["Article"] == len(news_demo.ARTICLES)
    assert first["Address"] == 1
    assert first["Incident"] == len(incidents_demo.SEED_REPORTS) + incidents_demo.GENERATED_COUNT
    assert first["Announcement"] == 5
    assert first["DocumentVersion"] == 0

    load_demo()
    assert demo_counts() == first


def test_loading_the_demo_again_keeps_what_editors_changed(staff_client):
    load_demo()
    tender = Announcement.objects.get(slug="tender-computer-equipment-2018")
    dossier = tender.documents.get(addendum=None, order=1)
    replacement = minimal_pdf(["Tender MIA-2018/014", "Corrected dossier"])
    upload = SimpleUploadedFile("Corrected dossier.pdf", replacement, "application/pdf")
    edits = [
        (
            Article.objects.get(slug="mizi-mudavvari-jumhuriyavi-dar-viloyati-sughd"),
            {"title_en": "Round table in Sughd: corrected title", "body_en": "<p>Corrected text.</p>"},
        ),
        (Incident.objects.get(title_en="Large-scale fraud"), {"title_en": "Fraud on a large scale"}),
        (tender, {"title_en": "Tender dossier: computers (corrected)"}),
        (Helpline.objects.get(number="1919"), {"display_number": "19 19"}),
        (RegionalDepartment.objects.order_by("pk").first(), {"phones": "+992372210000"}),
    ]
    documents = list(tender.documents.order_by("order", "pk"))
    for item, changes in edits:
        upload_field = {f"documents-{documents.index(dossier)}-file": upload} if item == tender else {}
        save_in_admin(staff_client, item, **changes, **upload_field)
    edited = demo_counts()

    load_demo()

    assert demo_counts() == edited
    for item, changes in edits:
        item.refresh_from_db()
        latest = Version.objects.get_for_object(item).first().field_dict
        for field, value in changes.items():
            assert getattr(item, field) == value == latest[field]
    dossier.refresh_from_db()
    assert dossier.sha256 == hashlib.sha256(replacement).hexdigest()
    assert dossier.original_name == "Corrected dossier.pdf"
    assert dossier.versions.count() == 1


def test_a_renamed_department_is_not_added_again():
    contacts_demo.load()
    department = RegionalDepartment.objects.order_by("pk").first()
    department.name_en = "Renamed by the administrator"
    department.save()

    contacts_demo.load()
    assert RegionalDepartment.objects.count() == len(contacts_demo.DEPARTMENTS)


def test_the_seed_pages_two_tender_dossiers_of_14_september_2018_are_in_the_demo():
    announcements_demo.load()
    dossiers = Announcement.objects.of_kind(Kind.TENDER).filter(
        published_at__date=datetime(2018, 9, 14, tzinfo=DUSHANBE).date()
    )
    assert sorted(tender.published_at.astimezone(DUSHANBE).strftime("%H:%M") for tender in dossiers) == [
        "15:21",
        "15:24",
    ]
    uniforms = dossiers.get(published_at=datetime(2018, 9, 14, 15, 21, tzinfo=DUSHANBE))
    assert uniforms.available_languages() == ["tg", "ru", "en"]
    assert uniforms.reference_number and not uniforms.is_open()
    document = uniforms.documents.get()
    assert document.title_en == "Tender dossier (full text)"
    assert document.content_type == "application/pdf"


@pytest.mark.parametrize(
    "slug",
    [
        "round-table-public-councils-2019",
        "tender-computer-equipment-2018",
        "tender-patrol-uniforms-2018",
        "tender-office-furniture",
        "vacancy-community-policing-experts-2018",
    ],
)
def test_a_tajik_only_edit_of_a_demo_item_leaves_russian_and_english_out_of_date(staff_client, slug):
    announcements_demo.load()
    item = Announcement.objects.get(slug=slug)
    item = save_in_admin(staff_client, item, body_tg=item.body_tg + "<p>Илова.</p>")

    assert {code: item.translation_state(code) for code in ("tg", "ru", "en")} == {
        "tg": "complete",
        "ru": "outdated",
        "en": "outdated",
    }
    page = staff_client.get("/admin/translations/?type=announcements.announcement&language=en&state=outdated")
    assert item.title_en in page.content.decode()


def test_make_run_tells_how_to_create_an_account_without_printing_the_secret_key(tmp_path):
    secret = "not-to-be-printed-0123456789"
    (tmp_path / ".secret_key").write_text(secret + "\n")
    commands = subprocess.run(
        ["make", "--no-print-directory", "--just-print", "-C", str(ROOT), "run"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.splitlines()
    (hint,) = [command for command in commands if "createsuperuser" in command]

    # The hint runs in a directory holding a known key, as `make run` would run it.
    printed = subprocess.run(["sh", "-c", hint], cwd=tmp_path, capture_output=True, text=True).stdout
    assert secret not in printed
    assert 'DJANGO_SECRET_KEY="$(cat .secret_key)" .venv/bin/python manage.py createsuperuser' in printed


def imported_modules(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            yield node.module


def test_the_apps_hold_no_demo_content_and_never_import_the_demo():
    for app in APPS:
        for path in (ROOT / app).rglob("*.py"):
            assert path.stem != "demo", path
            assert not [name for name in imported_modules(path) if name.split(".")[0] == "demo"], path
