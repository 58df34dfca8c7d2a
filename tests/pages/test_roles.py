"""Press officers and site administrators build the ministry's pages; other staff do not."""

from importlib import import_module

import pytest
from django.apps import apps
from django.contrib.auth.models import Group, Permission, User
from django.db import connection

from mia_portal.roles import PRESS_OFFICERS, PROCUREMENT_STAFF, SITE_ADMINISTRATORS
from pages.models import ServiceGuidePage
from tests.admin_forms import management_form
from tests.pages.factories import make_page
from tests.pages.test_admin import client_in
from tests.photos.factories import make_library_photo

pytestmark = pytest.mark.django_db

roles = import_module("pages.migrations.0005_press_officers_and_administrators_edit_pages")


def staff_of(role):
    user = User.objects.create_user("editor", password="unused", is_staff=True)
    user.groups.add(Group.objects.get(name=role))
    return client_in(user, "en")


def guide_form(parent, photo):
    return {
        **{f"title_{code}": f"Passport ({code})" for code in ("tg", "ru", "en")},
        "status": "published",
        "published_at_0": "04.10.2024",
        "published_at_1": "10:30",
        "parent": parent.pk,
        "photo": photo.pk,
        **management_form("steps", total=1),
        "steps-0-title_tg": "Ариза нависед",
        "steps-0-title_ru": "Напишите заявление",
        "steps-0-title_en": "Write an application",
        "steps-0-order": "1",
        **management_form("guideplace_set"),
    }


@pytest.mark.parametrize("role", [PRESS_OFFICERS, SITE_ADMINISTRATORS])
def test_press_officers_and_site_administrators_build_a_guide_with_its_steps(role):
    services = make_page("Services")
    client = staff_of(role)
    assert client.get("/admin/pages/page/").status_code == 200
    response = client.post("/admin/pages/serviceguidepage/add/", guide_form(services, make_library_photo()))
    assert response.status_code == 302, response.context["errors"] if response.context else response
    guide = ServiceGuidePage.objects.get(title_en="Passport (en)")
    assert [step.title_en for step in guide.steps.all()] == ["Write an application"]
    assert client.get(f"/admin/pages/serviceguidepage/{guide.pk}/change/").status_code == 200


def test_other_staff_do_not_edit_pages():
    page = make_page("About")
    client = staff_of(PROCUREMENT_STAFF)
    assert client.get("/admin/pages/page/").status_code == 403
    assert client.get(f"/admin/pages/standardpage/{page.pk}/change/").status_code == 403


def test_the_grant_is_undone_and_done_again_on_the_database_being_migrated():
    press = Group.objects.get(name=PRESS_OFFICERS)
    assert press.permissions.filter(content_type__app_label="pages", codename="add_guidestep").exists()

    class Editor:
        pass

    editor = Editor()
    editor.connection = connection
    roles.revoke(apps, editor)
    assert not press.permissions.filter(content_type__app_label="pages").exists()
    assert not Permission.objects.filter(group__name=PRESS_OFFICERS, codename="delete_standardpage").exists()
    roles.grant(apps, editor)
    assert press.permissions.filter(content_type__app_label="pages", codename="change_personpage").exists()
    assert not press.permissions.filter(content_type__app_label="pages", codename="delete_page").exists()
