"""Who links to whom: recorded on save, rebuilt by a command, shown to editors."""

import pytest
from django.contrib.auth.models import Group, User
from django.core.management import call_command
from django.test import Client

from mia_portal.links import index
from mia_portal.models import ItemLink
from mia_portal.publishing import Status
from mia_portal.roles import PROCUREMENT_STAFF
from tests.announcements.factories import make_announcement
from tests.factories import ensure_roles
from tests.incidents.factories import make_incident
from tests.news.factories import make_address, make_article

pytestmark = pytest.mark.django_db


def link(item, words="see"):
    return f'<a href="item:{item._meta.label_lower}:{item.pk}">{words}</a>'


def recorded():
    return {
        (link.source_type.model, link.source_id, link.field, link.target_type.model, link.target_id)
        for link in ItemLink.objects.select_related("source_type", "target_type")
    }


def test_saving_records_what_each_language_of_the_text_links_to():
    report = make_incident("Report")
    other = make_article("Other")
    article = make_article(
        "Source", body_tg=f"<p>{link(report)}</p>", body_ru=f"<p>{link(report)} {link(other)}</p>"
    )
    assert recorded() == {
        ("article", article.pk, "body_tg", "incident", report.pk),
        ("article", article.pk, "body_ru", "incident", report.pk),
        ("article", article.pk, "body_ru", "article", other.pk),
    }
    article.body_ru = "<p>No links any more</p>"
    article.save()
    assert recorded() == {("article", article.pk, "body_tg", "incident", report.pk)}
    article.delete()
    assert recorded() == set()


def test_every_model_with_rich_text_is_a_source():
    report = make_incident("Report")
    address = make_address(body_en=f"<p>{link(report)}</p>")
    announcement = make_announcement(body_en=f"<p>{link(report)}</p>")
    assert ("address", address.pk, "body_en", "incident", report.pk) in recorded()
    assert ("announcement", announcement.pk, "body_en", "incident", report.pk) in recorded()


def test_the_command_rebuilds_the_index_and_may_run_twice():
    report = make_incident("Report")
    article = make_article("Source", body_en=f"<p>{link(report)}</p>")
    expected = recorded()
    ItemLink.objects.all().delete()
    call_command("rebuild_link_index", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert recorded() == expected == {("article", article.pk, "body_en", "incident", report.pk)}
    call_command("rebuild_link_index", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert recorded() == expected
    assert ItemLink.objects.count() == 1


def test_loading_a_backup_keeps_the_recorded_links_as_they_were(tmp_path):
    report = make_incident("Report")
    article = make_article("Source", body_en=f"<p>{link(report)}</p>")
    expected = recorded()
    dump = tmp_path / "content.json"
    call_command("dumpdata", "news.article", "mia_portal.itemlink", "--natural-foreign", output=str(dump))
    call_command("loaddata", str(dump), verbosity=0)
    assert recorded() == expected == {("article", article.pk, "body_en", "incident", report.pk)}


def test_broken_links_are_those_to_withdrawn_unpublished_or_deleted_items():
    live = make_incident("Live report")
    withdrawn = make_incident("Withdrawn report", status=Status.WITHDRAWN)
    draft = make_incident("Draft report", status=Status.DRAFT)
    deleted = make_incident("Deleted report")
    source = make_article(
        "Source", body_en="<p>" + " ".join(link(item) for item in (live, withdrawn, draft, deleted)) + "</p>"
    )
    deleted_pk = deleted.pk
    deleted.delete()
    entries = {(entry["target_type"].model, entry["target_id"]): entry for entry in index.broken()}
    assert set(entries) == {("incident", withdrawn.pk), ("incident", draft.pk), ("incident", deleted_pk)}
    assert entries["incident", deleted_pk]["target"] is None
    assert entries["incident", withdrawn.pk]["target"] == withdrawn
    assert all(entry["sources"] == [source] for entry in entries.values())


def test_the_broken_links_screen_names_the_items_and_links_to_edit_them(staff_client):
    withdrawn = make_incident("Withdrawn report", status=Status.WITHDRAWN)
    deleted = make_incident("Deleted report")
    fine = make_incident("Live report")
    source = make_article("Source article", body_en=f"<p>{link(withdrawn)} {link(deleted)} {link(fine)}</p>")
    deleted_pk = deleted.pk
    deleted.delete()
    page = staff_client.get("/admin/links/broken/").content.decode()
    assert "Broken internal links" in page
    assert f'href="/admin/incidents/incident/{withdrawn.pk}/change/"' in page
    assert f">{withdrawn}</a>" in page
    assert f"item no. {deleted_pk}" in page
    assert "Deleted" in page
    assert f'href="/admin/news/article/{source.pk}/change/">Source article (en)</a>' in page
    assert "Live report" not in page


def test_the_broken_links_screen_shows_nothing_when_every_link_works(staff_client):
    make_article("Source", body_en=f"<p>{link(make_incident('Live'))}</p>")
    page = staff_client.get("/admin/links/broken/").content.decode()
    assert "No broken internal links" in page


def test_staff_see_only_the_links_of_items_they_may_view():
    ensure_roles()
    user = User.objects.create_user("buyer", password="x", is_staff=True)
    user.groups.add(Group.objects.get(name=PROCUREMENT_STAFF))
    client = Client()
    client.force_login(user)
    withdrawn = make_incident("Withdrawn report", status=Status.WITHDRAWN)
    article = make_article("Article linking", body_en=f"<p>{link(withdrawn)}</p>")
    announcement = make_announcement(body_en=f"<p>{link(withdrawn)}</p>")
    page = client.get("/admin/links/broken/").content.decode()
    assert f"/admin/announcements/announcement/{announcement.pk}/change/" in page
    assert f"/admin/news/article/{article.pk}/change/" not in page
    outsider = User.objects.create_user("nobody", password="x", is_staff=True)
    client.force_login(outsider)
    assert client.get("/admin/links/broken/").status_code == 403
    client.logout()
    assert client.get("/admin/links/broken/").status_code == 302  # to the login page


def test_an_items_admin_page_says_which_items_link_to_it(staff_client):
    report = make_incident("Report")
    source = make_article("Source article", body_ru=f"<p>{link(report)}</p>")
    page = staff_client.get(f"/admin/incidents/incident/{report.pk}/change/").content.decode()
    assert "Linked from" in page
    assert f'href="/admin/news/article/{source.pk}/change/">Source article (en)</a>' in page
    lonely = staff_client.get(f"/admin/news/article/{source.pk}/change/").content.decode()
    assert "Linked from" not in lonely
