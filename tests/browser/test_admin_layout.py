"""The admin at a desktop width (1,400 px), in each language: nothing overlaps or is cut off,
and the emblem is the tab's icon."""

import pytest
import reversion
from django.contrib.auth.models import User

from tests.news.factories import make_article, make_rubric

pytestmark = pytest.mark.django_db(transaction=True)
LANGUAGES = ("tg", "ru", "en")
LONG_TITLE = "Round table in Khujand on the prevention of offences among young people, with partners"


# An element's box on the page and the widths that tell whether its content is cut off.
MEASURE = (
    "e => ({...e.getBoundingClientRect().toJSON(), scrollWidth: e.scrollWidth, clientWidth: e.clientWidth})"
)


def boxes(page, selector):
    return page.locator(selector).evaluate_all(f"elements => elements.map({MEASURE})")


def overlap(first, second):
    return (
        first["left"] < second["right"]
        and second["left"] < first["right"]
        and first["top"] < second["bottom"]
        and second["top"] < first["bottom"]
    )


def open_in(page, language, path):
    """Open ``path`` with the admin speaking ``language`` (the header's language links)."""
    page.goto(f"/language/{language}/?next={path}")
    page.wait_for_url(f"**{path}")


@pytest.fixture
def admin_page(page, superuser):
    """The admin, logged in, in a window 1,400 px wide."""
    page.set_viewport_size({"width": 1400, "height": 900})
    page.goto("/admin/login/")
    page.locator("#id_username").fill(superuser.username)
    page.locator("#id_password").fill("correct horse battery staple")
    page.locator("input[type=submit]").click()
    page.wait_for_url("**/admin/")
    return page


@pytest.fixture
def articles(superuser):
    """Four articles as the demo has them (long titles, rubrics with long names, one without its
    English text), written by a press officer, each saved twice with a version."""
    officer = User.objects.create_user("rahimova", password="unused", is_staff=True)
    rubrics = [
        make_rubric(
            name_tg="Ҳамкориҳои байналмилалӣ",
            name_ru="Международное сотрудничество",
            name_en="International cooperation",
        ),
        make_rubric(
            name_tg="Бехатарии ҳаракат дар роҳ",
            name_ru="Безопасность дорожного движения",
            name_en="Road safety",
        ),
    ]
    made = []
    for number, rubric in enumerate(rubrics * 2):
        languages = ("tg", "ru", "en") if number % 2 else ("tg", "ru")
        article = make_article(LONG_TITLE, rubric=rubric, created_by=officer, languages=languages)
        for title in ("First wording", "Second wording"):
            with reversion.create_revision():
                article.title_en = title
                article.save()
                reversion.set_user(superuser)
        made.append(article)
    return made


@pytest.mark.parametrize("language", LANGUAGES)
def test_buttons_on_a_change_form_leave_the_title_alone(admin_page, articles, language):
    open_in(admin_page, language, f"/admin/news/article/{articles[0].pk}/change/")
    titles = boxes(admin_page, "#content > h1, #content > h2")
    buttons = boxes(admin_page, ".object-tools a")
    assert len(titles) == 2 and len(buttons) == 5
    assert not [(title, button) for title in titles for button in buttons if overlap(title, button)]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_article_list_shows_the_language_column_whole(admin_page, articles, language):
    open_in(admin_page, language, "/admin/news/article/")
    (results,) = boxes(admin_page, "#changelist .results")
    cells = boxes(admin_page, "td.field-languages")
    assert len(cells) == len(articles)
    assert results["scrollWidth"] <= results["clientWidth"]
    for cell in cells:
        assert cell["scrollWidth"] <= cell["clientWidth"]
        assert cell["right"] <= results["right"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_restore_buttons_in_the_history_leave_the_dates_alone(admin_page, articles, language):
    open_in(admin_page, language, f"/admin/news/article/{articles[0].pk}/history/")
    dates = boxes(admin_page, ".version-history tbody th > a:not(.button)")
    buttons = boxes(admin_page, ".version-history tbody th .button")
    assert len(dates) == len(buttons) == 2
    assert not [(date, button) for date in dates for button in buttons if overlap(date, button)]


def test_admin_pages_carry_the_emblem_as_their_icon(admin_page, articles):
    for path in ("/admin/", "/admin/news/article/", f"/admin/news/article/{articles[0].pk}/change/"):
        admin_page.goto(path)
        icon = admin_page.locator("link[rel=icon]").get_attribute("href")
        assert icon.endswith("/img/emblem.svg"), path
        assert admin_page.request.get(icon).ok
