"""What every item's page shows around the item, whatever its kind: the notices, the
breadcrumbs, and the robots meta of previews and withdrawn items."""

from datetime import timedelta

import pytest
from django.utils import timezone

from mia_portal.publishing import Status
from tests.announcements.factories import make_announcement
from tests.incidents.factories import make_incident
from tests.news.factories import make_address, make_article

pytestmark = pytest.mark.django_db

# Each kind of item: how to make one, and the section its breadcrumbs lead to.
KINDS = {
    "article": (make_article, "/en/news/"),
    "address": (make_address, "/en/news/addresses/"),
    "incident": (make_incident, "/en/incidents/"),
    "announcement": (make_announcement, "/en/announcements/"),
}


@pytest.fixture(params=KINDS)
def kind(request):
    return KINDS[request.param]


def test_an_item_missing_in_the_page_language_says_so_in_that_language(client, kind):
    make, _section = kind
    item = make(languages=("tg", "ru"))

    page = client.get(item.get_absolute_url()).content.decode()

    notice = '<p class="notice" lang="en" role="note">'
    assert notice in page
    assert "This text has not been published in English. It is shown in Russian." in page
    assert page.index(notice) < page.index('lang="ru"', page.index("<main"))


def test_an_item_in_the_page_language_has_no_language_notice(client, kind):
    make, _section = kind
    page = client.get(make().get_absolute_url()).content.decode()
    assert "has not been published in" not in page


def test_staff_previewing_a_scheduled_item_are_told_when_it_goes_live(staff_client, kind):
    make, _section = kind
    item = make(published_at=timezone.now() + timedelta(days=2))

    page = staff_client.get(item.get_absolute_url()).content.decode()

    assert '<p class="notice notice--preview" role="status">' in page
    assert "Preview: this item is scheduled and will be published on" in page


def test_staff_previewing_a_draft_are_told_the_public_cannot_see_it(staff_client, kind):
    make, _section = kind
    response = staff_client.get(make(status=Status.DRAFT).get_absolute_url())

    page = response.content.decode()
    assert "Preview: this item is not published, and the public cannot see it." in page
    assert page.count('<meta name="robots"') == 1
    assert '<meta name="robots" content="noindex, nofollow">' in page
    assert response["X-Robots-Tag"] == "noindex, nofollow"


def test_a_published_item_is_left_to_be_indexed(client, kind):
    make, _section = kind
    response = client.get(make().get_absolute_url())
    assert '<meta name="robots"' not in response.content.decode()
    assert not response.has_header("X-Robots-Tag")


def test_a_withdrawn_item_is_not_indexed(client, kind):
    make, _section = kind
    response = client.get(make(status=Status.WITHDRAWN).get_absolute_url())
    assert response.status_code == 410
    assert response.content.decode().count('<meta name="robots" content="noindex">') == 1


def test_breadcrumbs_lead_home_and_to_the_section_of_the_item(client, kind):
    make, section = kind
    page = client.get(make().get_absolute_url()).content.decode()

    crumbs = page[page.index('<nav class="breadcrumbs" aria-label="Breadcrumbs">') :]
    crumbs = crumbs[: crumbs.index("</nav>")]
    assert '<a href="/en/">Home</a>' in crumbs
    assert f'<a href="{section}">' in crumbs


def test_an_article_breadcrumb_names_it_in_the_language_it_is_shown_in(client):
    article = make_article("Road safety week", languages=("ru",))
    page = client.get(article.get_absolute_url()).content.decode()
    assert '<li aria-current="page" lang="ru">Road safety week (ru)</li>' in page
