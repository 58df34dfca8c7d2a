"""The news list, its filters and pagination, and the yearly and monthly archives."""

from datetime import datetime

import pytest
from django.utils import timezone

from contacts.models import Region
from tests.news.factories import make_article, make_rubric

pytestmark = pytest.mark.django_db


def aware(*args):
    return timezone.make_aware(datetime(*args))


@pytest.fixture
def sughd():
    return Region.objects.create(
        slug="sughd", name_tg="вилояти Суғд", name_ru="Согдийская область", name_en="Sughd"
    )


def test_newest_first(client):
    make_article("Older", published_at=aware(2019, 10, 1, 9))
    make_article("Newer", published_at=aware(2019, 10, 4, 9))
    page = client.get("/en/news/").content.decode()
    assert page.index("Newer (en)") < page.index("Older (en)")


def test_filter_by_rubric_and_region(client, sughd):
    reform = make_rubric("police-reform")
    make_article("Reform in Sughd", rubric=reform, region=sughd)
    make_article("Reform elsewhere", rubric=reform)
    make_article("Other rubric in Sughd", region=sughd)

    by_rubric = client.get("/en/news/?rubric=police-reform").content.decode()
    assert "Reform in Sughd (en)" in by_rubric
    assert "Reform elsewhere (en)" in by_rubric
    assert "Other rubric" not in by_rubric
    assert '<option value="police-reform" selected>' in by_rubric

    both = client.get("/en/news/?rubric=police-reform&region=sughd").content.decode()
    assert "Reform in Sughd (en)" in both
    assert "Reform elsewhere" not in both


@pytest.mark.parametrize(
    "query",
    [
        "rubric=no-such-rubric",
        "rubric=%3Cscript%3Ealert(1)%3C/script%3E",
        "rubric=' OR 1=1 --",
        "region=atlantis",
        "rubric=" + "x" * 5000,
        "rubric=a&rubric=b&region=%01",
        "region[]=1",
    ],
)
def test_unknown_or_hostile_filter_values_are_ignored_with_a_visible_notice(client, query):
    make_article("Round table")
    response = client.get(f"/en/news/?{query}")
    assert response.status_code == 200
    page = response.content.decode()
    assert "Round table (en)" in page
    assert "<script>alert(1)" not in page
    if "region[]" not in query:
        assert 'class="notice" role="status"' in page


def test_the_notice_names_which_filter_was_ignored(client, sughd):
    page = client.get("/en/news/?rubric=nope&region=sughd").content.decode()
    assert "There is no such rubric" in page
    assert "There is no such region" not in page


@pytest.mark.parametrize("page_number", ["abc", "-1", "0", "999999", "1.5", "9" * 40])
def test_any_page_number_gives_a_page(client, page_number):
    for number in range(14):
        make_article(f"Item {number}")
    assert client.get(f"/en/news/?page={page_number}").status_code == 200


def test_pagination_keeps_the_filters(client):
    rubric = make_rubric("road-safety")
    for number in range(14):
        make_article(f"Item {number}", rubric=rubric)
    page = client.get("/en/news/?rubric=road-safety").content.decode()
    assert 'href="?rubric=road-safety&amp;page=2"' in page
    second = client.get("/en/news/?rubric=road-safety&page=2").content.decode()
    assert second.count('class="article-card"') == 2


def test_year_archive_lists_that_year_and_its_months(client):
    make_article("October 2019", published_at=aware(2019, 10, 4, 10))
    make_article("January 2020", published_at=aware(2020, 1, 28, 9))
    page = client.get("/en/news/2019/").content.decode()
    assert "October 2019 (en)" in page
    assert "January 2020" not in page
    assert 'href="/en/news/2019/10/"' in page
    assert 'href="/en/news/2020/"' in page  # the next year with news


def test_month_archive_lists_that_month(client):
    make_article("October", published_at=aware(2019, 10, 4, 10))
    make_article("November", published_at=aware(2019, 11, 2, 10))
    page = client.get("/en/news/2019/10/").content.decode()
    assert "October (en)" in page
    assert "November (en)" not in page
    assert client.get("/en/news/2019/1/").status_code == 404  # no news that month


def test_archive_counts_dushanbe_time_not_utc(client):
    # 1 November 00:30 in Dushanbe is still 31 October in UTC.
    make_article("Just after midnight", published_at=aware(2019, 11, 1, 0, 30))
    assert "Just after midnight (en)" in client.get("/en/news/2019/11/").content.decode()


@pytest.mark.parametrize(
    "path", ["2019/13/", "2019/0/", "2019/00/", "0000/", "9999/12/", "2019/999/", "20190/"]
)
def test_bad_years_and_months_answer_404(client, path):
    make_article("Round table", published_at=aware(2019, 10, 4, 10))
    assert client.get(f"/en/news/{path}").status_code == 404


def test_archives_hide_drafts_and_other_languages(client):
    from mia_portal.publishing import Status

    make_article("Draft", published_at=aware(2019, 10, 4), status=Status.DRAFT)
    make_article("Russian only", published_at=aware(2019, 10, 5), languages=("ru",))
    assert client.get("/en/news/2019/").status_code == 404
    assert "Russian only (ru)" in client.get("/ru/news/2019/10/").content.decode()
