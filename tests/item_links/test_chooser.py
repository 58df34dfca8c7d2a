"""The chooser's search: items by a part of their title, for staff who may view them."""

import pytest
from django.conf import settings
from django.contrib.auth.models import Group, User
from django.test import Client

from mia_portal.publishing import Status
from mia_portal.roles import PRESS_OFFICERS, PROCUREMENT_STAFF
from tests.announcements.factories import make_announcement
from tests.factories import ensure_roles
from tests.incidents.factories import make_incident
from tests.news.factories import make_article

pytestmark = pytest.mark.django_db

SEARCH = "/admin/links/search/"


def found(client, **params):
    response = client.get(SEARCH, params)
    assert response.status_code == 200, response.content
    return response.json()["results"]


def staff_in(group_name):
    ensure_roles()
    user = User.objects.create_user(group_name.replace(" ", "-"), password="x", is_staff=True)
    user.groups.add(Group.objects.get(name=group_name))
    client = Client()
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    client.force_login(user)
    return client


def test_results_give_the_reference_kind_title_date_and_state(staff_client):
    report = make_incident(
        title_tg="Дуздӣ дар Хуҷанд", title_ru="Кража в Худжанде", title_en="Theft in Khujand"
    )
    draft = make_article("Theft statistics", status=Status.DRAFT)
    results = found(staff_client, q="theft")
    assert [result["reference"] for result in results] == [
        f"item:news.article:{draft.pk}",
        f"item:incidents.incident:{report.pk}",
    ]  # newest first
    assert results[1]["kind"] == "incident report"
    assert results[1]["title"] == "Theft in Khujand"
    assert results[1]["state"] == "Published"
    assert results[0]["state"] == "Draft"
    assert results[1]["date"]


@pytest.mark.parametrize(
    "typed", ["ХУҶАНД", "хучанд", "худжанд", "khujand", "hujand", "Theft in", "кража в худ"]
)
def test_titles_are_found_in_any_language_as_people_type_them(staff_client, typed):
    report = make_incident(
        title_tg="Дуздӣ дар Хуҷанд", title_ru="Кража в Худжанде", title_en="Theft in Khujand"
    )
    make_incident(title_tg="Садама дар Душанбе", title_ru="Авария в Душанбе", title_en="Crash in Dushanbe")
    assert [result["reference"] for result in found(staff_client, q=typed)] == [
        f"item:incidents.incident:{report.pk}"
    ]


def test_tajik_hard_sign_is_optional_as_in_the_site_search(staff_client):
    article = make_article(title_tg="Маълумот барои шаҳрвандон", title_ru="", title_en="")
    for typed in ("малумот", "маълумот", "malumot"):
        assert [result["reference"] for result in found(staff_client, q=typed)] == [
            f"item:news.article:{article.pk}"
        ]


def test_a_number_finds_the_item_with_that_id(staff_client):
    report = make_incident("Numbered")
    assert f"item:incidents.incident:{report.pk}" in [
        result["reference"] for result in found(staff_client, q=str(report.pk))
    ]


def test_the_kind_narrows_the_search(staff_client):
    make_incident("Parade")
    article = make_article("Parade")
    results = found(staff_client, q="parade", kind="news.article")
    assert [result["reference"] for result in results] == [f"item:news.article:{article.pk}"]


def test_staff_find_only_the_kinds_they_may_view():
    make_incident("Parade report")
    announcement = make_announcement(title_en="Parade tender")
    buyer = staff_in(PROCUREMENT_STAFF)
    assert [result["reference"] for result in found(buyer, q="parade")] == [
        f"item:announcements.announcement:{announcement.pk}"
    ]
    assert buyer.get(SEARCH, {"q": "parade", "kind": "incidents.incident"}).status_code == 400
    press = staff_in(PRESS_OFFICERS)
    assert {result["kind"] for result in found(press, q="parade")} == {"incident report"}


def test_staff_without_any_view_permission_are_refused_and_visitors_sent_to_log_in():
    ensure_roles()
    user = User.objects.create_user("clerk", password="x", is_staff=True)
    client = Client()
    client.force_login(user)
    assert client.get(SEARCH, {"q": "x"}).status_code == 403
    anonymous = Client()
    response = anonymous.get(SEARCH, {"q": "x"})
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]
    citizen = User.objects.create_user("citizen", password="x")
    anonymous.force_login(citizen)
    assert anonymous.get(SEARCH, {"q": "x"}).status_code == 302


@pytest.mark.parametrize(
    "params",
    [
        {},
        {"q": ""},
        {"q": "   "},
        {"q": "x" * 101},
        {"q": "parade", "kind": "auth.user"},
        {"q": "a", "kind": ""},
    ],
)
def test_bad_parameters_get_a_400_with_a_message(staff_client, params):
    response = staff_client.get(SEARCH, params)
    assert response.status_code == 400
    assert response.json()["error"]


def test_only_get_is_answered(staff_client):
    assert staff_client.post(SEARCH, {"q": "x"}).status_code == 405


@pytest.mark.parametrize(
    "typed",
    ["%", "_", "' OR 1=1 --", "\\", "<script>alert(1)</script>", "\x00", "𝕏", "ـ", "%%%_%", "ъъъ"],
)
def test_hostile_text_finds_nothing_and_never_fails(staff_client, typed):
    make_article("Plain title")
    response = staff_client.get(SEARCH, {"q": typed})
    assert response.status_code in {200, 400}
    if response.status_code == 200:
        assert response.json()["results"] == []


def test_hostile_titles_come_back_as_json_text(staff_client):
    make_article("<img src=x onerror=alert(1)> parade")
    response = staff_client.get(SEARCH, {"q": "parade"})
    # Data a browser never renders as a page; the chooser writes it into the page as text.
    assert response["Content-Type"] == "application/json"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response.json()["results"][0]["title"].startswith("<img")
