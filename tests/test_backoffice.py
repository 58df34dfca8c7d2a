"""The back office: roles, versions and restore, deletions, preview, actions."""

import re

import pytest
from django.conf import settings
from django.contrib.auth.models import Group, User
from django.db import connection
from django.test import Client
from django.utils import timezone, translation
from reversion.models import Version

from announcements.closing import Outcome
from contacts.models import Helpline
from mia_portal.publishing import Status
from mia_portal.roles import PRESS_OFFICERS, PROCUREMENT_STAFF, SITE_ADMINISTRATORS
from news.models import Article, Rubric
from tests.announcements.factories import make_tender
from tests.factories import make_helpline
from tests.incidents.factories import make_incident
from tests.news.factories import make_article, make_rubric
from tests.news.test_admin import article_form

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _english_admin(staff_client):
    staff_client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"


def client_for(role=None):
    user = User.objects.create_user(f"user-{role or 'none'}", password="unused", is_staff=True)
    if role:
        user.groups.add(Group.objects.get(name=role))
    client = Client()
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    client.force_login(user)
    return client


@pytest.mark.parametrize(
    ("role", "allowed", "refused"),
    [
        (
            PRESS_OFFICERS,
            ["/admin/news/article/", "/admin/news/address/", "/admin/incidents/incident/"],
            [
                "/admin/announcements/announcement/",
                "/admin/contacts/helpline/",
                "/admin/auth/user/",
                "/admin/news/rubric/add/",
                "/admin/incidents/incidentcategory/add/",
            ],
        ),
        (
            PROCUREMENT_STAFF,
            ["/admin/announcements/announcement/", "/admin/announcements/document/"],
            [
                "/admin/news/article/",
                "/admin/incidents/incident/",
                "/admin/contacts/helpline/",
                "/admin/auth/user/",
            ],
        ),
        (
            SITE_ADMINISTRATORS,
            [
                "/admin/news/article/",
                "/admin/announcements/announcement/",
                "/admin/contacts/helpline/",
                "/admin/contacts/region/",
                "/admin/news/rubric/add/",
                "/admin/auth/user/",
                "/admin/redirects/redirect/",
            ],
            ["/admin/auth/group/add/"],
        ),
    ],
)
def test_each_role_reaches_its_own_content_and_nothing_else(role, allowed, refused):
    client = client_for(role)
    for path in allowed:
        assert client.get(path).status_code == 200, path
    for path in refused:
        assert client.get(path).status_code == 403, path


def test_staff_without_a_role_see_no_content():
    client = client_for()
    assert client.get("/admin/news/article/").status_code == 403
    assert "news" not in client.get("/admin/").content.decode().lower().split("<main")[-1]


def test_press_officers_cannot_change_announcements_by_post():
    tender = make_tender()
    client = client_for(PRESS_OFFICERS)
    response = client.post(f"/admin/announcements/announcement/{tender.pk}/delete/", {"post": "yes"})
    assert response.status_code == 403
    assert tender.__class__.objects.filter(pk=tender.pk).exists()


def test_site_administrators_cannot_make_anyone_a_superuser(superuser):
    client = client_for(SITE_ADMINISTRATORS)
    admin_user = User.objects.get(username=f"user-{SITE_ADMINISTRATORS}")
    page = client.get(f"/admin/auth/user/{admin_user.pk}/change/").content.decode()
    assert 'name="is_superuser"' not in page
    client.post(
        f"/admin/auth/user/{admin_user.pk}/change/",
        {
            "username": admin_user.username,
            "is_superuser": "on",
            "is_staff": "on",
            "is_active": "on",
            "date_joined_0": "01.01.2026",
            "date_joined_1": "10:00",
        },
    )
    admin_user.refresh_from_db()
    assert not admin_user.is_superuser
    superuser_page = client.get(f"/admin/auth/user/{superuser.pk}/change/").content.decode()
    assert 'name="_save"' not in superuser_page  # shown read-only at most
    assert client.post(f"/admin/auth/user/{superuser.pk}/delete/", {"post": "yes"}).status_code == 403
    assert User.objects.filter(pk=superuser.pk).exists()


def save_through_admin(client, article, **changes):
    data = article_form(article.rubric, **changes)
    token = re.search(
        r'name="_last_known_change" value="([^"]+)"',
        client.get(f"/admin/news/article/{article.pk}/change/").content.decode(),
    ).group(1)
    return client.post(f"/admin/news/article/{article.pk}/change/", {**data, "_last_known_change": token})


def test_every_save_keeps_a_version_with_a_readable_diff(staff_client):
    article = make_article(rubric=make_rubric())
    save_through_admin(staff_client, article, title_en="Round table in Khujand")
    save_through_admin(staff_client, article, title_en="Round table in Khujand and Bokhtar")
    assert Version.objects.get_for_object(article).count() == 2

    history = staff_client.get(f"/admin/news/article/{article.pk}/history/").content.decode()
    assert "<ins> and Bokhtar</ins>" in history
    assert "Restore this version" in history


def test_an_earlier_version_can_be_restored(staff_client):
    article = make_article(rubric=make_rubric())
    save_through_admin(staff_client, article, title_en="First wording")
    save_through_admin(staff_client, article, title_en="Second wording")
    first = Version.objects.get_for_object(article).order_by("pk").first()

    form = staff_client.get(f"/admin/news/article/{article.pk}/history/{first.pk}/")
    assert form.status_code == 200
    assert "First wording" in form.content.decode()
    token = re.search(r'name="_last_known_change" value="([^"]+)"', form.content.decode()).group(1)
    response = staff_client.post(
        f"/admin/news/article/{article.pk}/history/{first.pk}/",
        {**article_form(article.rubric, title_en="First wording"), "_last_known_change": token},
    )
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.title_en == "First wording"


def test_a_deleted_item_can_be_recovered(staff_client):
    article = make_article(rubric=make_rubric())
    save_through_admin(staff_client, article, title_en="Keep me")
    staff_client.post(f"/admin/news/article/{article.pk}/delete/", {"post": "yes"})
    assert not Article.objects.exists()

    recover_list = staff_client.get("/admin/news/article/recover/").content.decode()
    assert "Keep me" in recover_list
    version = Version.objects.get_deleted(Article).get()
    form = staff_client.get(f"/admin/news/article/recover/{version.pk}/").content.decode()
    token = re.search(r'name="_last_known_change" value="([^"]*)"', form).group(1)
    staff_client.post(
        f"/admin/news/article/recover/{version.pk}/",
        {**article_form(make_rubric(slug="other"), title_en="Keep me"), "_last_known_change": token},
    )
    assert Article.objects.get().title_en == "Keep me"


def test_deleting_a_rubric_in_use_is_refused():
    rubric = make_rubric()
    make_article(rubric=rubric)
    client = client_for(SITE_ADMINISTRATORS)
    response = client.post(f"/admin/news/rubric/{rubric.pk}/delete/", {"post": "yes"})
    assert response.status_code == 200
    assert "Cannot delete" in response.content.decode() or "protected" in response.content.decode()
    assert Rubric.objects.filter(pk=rubric.pk).exists()


def test_deleting_a_region_in_use_is_refused():
    incident = make_incident()
    client = client_for(SITE_ADMINISTRATORS)
    client.post(f"/admin/contacts/region/{incident.region_id}/delete/", {"post": "yes"})
    assert type(incident.region).objects.filter(pk=incident.region_id).exists()


def test_drafts_are_previewed_by_staff_only(client, staff_client):
    article = make_article(rubric=make_rubric(), status=Status.DRAFT)
    url = article.get_absolute_url()
    assert client.get(url).status_code == 404
    response = staff_client.get(url)
    assert response.status_code == 200
    assert response["X-Robots-Tag"] == "noindex, nofollow"
    assert "no-cache" in response["Cache-Control"]

    change = staff_client.get(f"/admin/news/article/{article.pk}/change/").content.decode()
    for code in ("tg", "ru", "en"):
        assert f'href="/{code}/news/{article.pk}-{article.slug}/"' in change


def test_a_scheduled_item_shows_as_scheduled_in_the_list(staff_client):
    make_article(
        rubric=make_rubric(), title_en="Tomorrow", published_at=timezone.now() + timezone.timedelta(days=1)
    )
    changelist = staff_client.get("/admin/news/article/?state=scheduled").content.decode()
    assert "Tomorrow" in changelist
    assert "Scheduled" in changelist


def test_a_withdrawn_item_answers_gone_with_the_editors_note(client):
    article = make_article(
        rubric=make_rubric(), status=Status.WITHDRAWN, withdrawal_note_en="Withdrawn at the court's request."
    )
    response = client.get(article.get_absolute_url())
    assert response.status_code == 410
    assert "Withdrawn at the court&#x27;s request." in response.content.decode()


def test_list_actions_publish_and_unpublish_with_a_version_each(staff_client):
    draft = make_article(rubric=make_rubric(), status=Status.DRAFT)
    staff_client.post(
        "/admin/news/article/", {"action": "publish", "_selected_action": [draft.pk], "index": 0}
    )
    draft.refresh_from_db()
    assert draft.is_published()
    assert Version.objects.get_for_object(draft).count() == 1
    staff_client.post(
        "/admin/news/article/", {"action": "unpublish", "_selected_action": [draft.pk], "index": 0}
    )
    draft.refresh_from_db()
    assert draft.status == Status.DRAFT


def test_the_list_marks_which_languages_are_complete(staff_client):
    make_article(rubric=make_rubric(), title_en="", body_en="")
    changelist = staff_client.get("/admin/news/article/").content.decode()
    assert 'language-mark--complete" title="complete">TG' in changelist
    assert 'language-mark--missing" title="missing">EN' in changelist


def test_helplines_keep_versions_too(staff_client):
    helpline = make_helpline()
    staff_client.post(
        f"/admin/contacts/helpline/{helpline.pk}/change/",
        {
            "label_tg": "Телефони боварӣ",
            "number": "+992372212121",
            "display_number": "221-21-21",
            "order": "1",
            "is_active": "on",
        },
    )
    assert Helpline.objects.get().display_number == "221-21-21"
    assert Version.objects.get_for_object(helpline).count() == 1


@pytest.mark.parametrize(("language", "word"), [("tg", "Хабарҳо"), ("ru", "Новости"), ("en", "News")])
def test_the_admin_speaks_the_chosen_language(staff_client, language, word):
    response = staff_client.get(f"/language/{language}/?next=/admin/")
    assert response["Location"] == "/admin/"
    assert word in staff_client.get("/admin/").content.decode()


@pytest.mark.parametrize(
    ("language", "labels"),
    [
        ("tg", ["Ҳанӯз нест", "Ғолиб муайян шуд", "Бекор карда шуд"]),
        ("ru", ["Пока нет", "Победитель определён", "Отменён"]),
        ("en", ["None yet", "Awarded", "Cancelled"]),
    ],
)
def test_award_outcomes_read_as_capitalised_choices(language, labels):
    with translation.override(language):
        assert [str(label) for _value, label in Outcome.choices] == labels


def test_translation_dashboard_shows_missing_outdated_and_complete(staff_client):
    rubric = make_rubric()
    fresh = make_article("Everything current", rubric=rubric)
    partial = make_article("Tajik and Russian", rubric=rubric, languages=("tg", "ru"))
    stale = make_article("Russian changed later", rubric=rubric)
    stale.body_ru = "<p>Исправленный текст</p>"
    stale.save()

    assert fresh.translation_state("en") == "complete"
    assert partial.translation_state("en") == "missing"
    assert stale.translation_state("tg") == "outdated"
    assert stale.translation_state("en") == "outdated"
    assert stale.translation_state("ru") == "complete"

    page = staff_client.get("/admin/translations/?type=news.article").content.decode()
    assert "translation-state--outdated" in page and "translation-state--missing" in page
    assert f'/admin/news/article/{stale.pk}/change/?translate=tg"' in page

    outdated_en = staff_client.get("/admin/translations/?type=news.article&language=en&state=outdated")
    assert "Russian changed later" in outdated_en.content.decode()
    assert "Everything current" not in outdated_en.content.decode()
    missing_en = staff_client.get("/admin/translations/?type=news.article&language=en&state=missing")
    assert "Tajik and Russian" in missing_en.content.decode()
    assert "Everything current" not in missing_en.content.decode()


def test_bringing_translations_up_to_date_clears_their_mark():
    stale = make_article("Round table", rubric=make_rubric())
    stale.body_ru = "<p>Исправленный текст</p>"
    stale.save()
    stale.body_tg = "<p>Матни ислоҳшуда</p>"
    stale.body_en = "<p>Corrected text</p>"
    stale.save()
    assert {code: stale.translation_state(code) for code in ("tg", "ru", "en")} == {
        "tg": "complete",
        "ru": "outdated",
        "en": "complete",
    }


def test_translation_dashboard_lists_only_what_the_role_may_change():
    client = client_for(PROCUREMENT_STAFF)
    page = client.get("/admin/translations/").content.decode()
    assert "announcement" in page.lower()
    assert "?type=news.article" not in page
    assert client_for().get("/admin/translations/").status_code == 403


def test_articles_are_featured_and_unfeatured_from_the_list(staff_client):
    article = make_article(rubric=make_rubric(), is_featured=False)
    staff_client.post(
        "/admin/news/article/", {"action": "feature", "_selected_action": [article.pk], "index": 0}
    )
    article.refresh_from_db()
    assert article.is_featured
    assert Version.objects.get_for_object(article).count() == 1
    staff_client.post(
        "/admin/news/article/", {"action": "unfeature", "_selected_action": [article.pk], "index": 0}
    )
    article.refresh_from_db()
    assert not article.is_featured


# --- Searching the admin's lists -------------------------------------------------------------------


def listed(page):
    """The ids of the items a changelist shows."""
    links = re.findall(r'<th class="field-[^"]+"><a href="/admin/\w+/\w+/(\d+)/change/', page)
    return [int(pk) for pk in links]


def test_the_admin_search_finds_drafts_by_a_word_of_their_title_in_any_language(staff_client):
    draft = make_article("Checkpoint opened", status=Status.DRAFT)
    make_article("Another story")
    page = staff_client.get("/admin/news/article/", {"q": "checkpoint"}).content.decode()
    assert listed(page) == [draft.pk]


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL full-text search")
def test_on_postgresql_the_admin_search_reads_the_search_documents(staff_client):
    theft = make_incident(
        "Theft",
        title_ru="Задержан подозреваемый",
        body_ru="<p>Возбуждено дело о краже скота.</p>",
        title_tg="Гумонбар боздошт шуд",
        body_tg="<p>Дар Хуҷанд парванда оғоз шуд.</p>",
    )
    make_incident("Fraud")
    for words in ("кражи", "хучанд", str(theft.pk)):  # another word form, folded Tajik, the id
        page = staff_client.get("/admin/incidents/incident/", {"q": words}).content.decode()
        assert listed(page) == [theft.pk], words
    tender = make_tender(reference_number="ICB-2026/07")
    page = staff_client.get("/admin/announcements/announcement/", {"q": "icb-2026/07"}).content.decode()
    assert listed(page) == [tender.pk]
