"""Two editors saving the same item: one save wins, the other is told and keeps its text.

Runs on SQLite and on PostgreSQL (``DATABASE_URL=postgres://…``): the saves that meet are
real requests in threads of their own, each on its own database connection.
"""

import re
import threading

import pytest
from django.conf import settings
from django.contrib.auth.models import User
from django.db import connections
from django.test import Client
from reversion.models import Version

from news.models import Article
from tests.news.factories import make_article, make_rubric
from tests.news.test_admin import article_form

pytestmark = pytest.mark.django_db
ROUNDS = 5
VERSION = re.compile(r'name="_last_known_change" value="([^"]*)"')


def editor(username, language="en"):
    user = User.objects.create_superuser(username, f"{username}@mia.example", "unused")
    # A failed request answers as it would on the site (a 503 page) instead of raising here.
    client = Client(raise_request_exception=False)
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = language
    client.force_login(user)
    return client


def opened_version(client, url):
    return VERSION.search(client.get(url).content.decode()).group(1)


def save_as_colleague(article):
    other = Article.objects.get(pk=article.pk)
    other.title_en = "Colleague's wording"
    other.save()


def post_refused(client, url, data, article):
    """Post ``data``, see it refused for a colleague's newer save, and return the page."""
    response = client.post(url, data)
    assert response.status_code == 200
    page = response.content.decode()
    assert "after you opened it" in page
    article.refresh_from_db()
    assert article.title_en == "Colleague's wording"
    return page


def post_saved(client, url, data, article):
    """Post ``data`` and see the article saved with its English title."""
    assert client.post(url, data).status_code == 302
    article.refresh_from_db()
    assert article.title_en == data["title_en"]


def post_together(posts):
    """Send each (client, url, data) from its own thread, all released at the same moment."""
    start = threading.Barrier(len(posts))
    responses = [None] * len(posts)

    def send(index, client, url, data):
        try:
            start.wait()
            responses[index] = client.post(url, data)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=send, args=(index, *post)) for index, post in enumerate(posts)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return responses


@pytest.mark.django_db(transaction=True)
def test_of_two_simultaneous_saves_one_wins_and_the_other_is_refused_with_its_text_kept():
    article = make_article("Round table", rubric=make_rubric())
    url = f"/admin/news/article/{article.pk}/change/"
    first, second = editor("first"), editor("second")
    for round_ in range(ROUNDS):
        version = opened_version(first, url)
        texts = [f"Wording of the first officer {round_}", f"Wording of the second officer {round_}"]
        responses = post_together(
            [
                (client, url, {**article_form(article.rubric, title_en=text), "_last_known_change": version})
                for client, text in zip((first, second), texts, strict=True)
            ]
        )

        statuses = {text: response.status_code for text, response in zip(texts, responses, strict=True)}
        assert sorted(statuses.values()) == [200, 302], statuses
        saved = next(text for text, status in statuses.items() if status == 302)
        refused, page = next(
            (text, response.content.decode())
            for text, response in zip(texts, responses, strict=True)
            if response.status_code == 200
        )
        article.refresh_from_db()
        assert article.title_en == saved
        assert "after you opened it" in page
        assert f'value="{refused}"' in page
    assert Version.objects.get_for_object(article).count() == ROUNDS


@pytest.mark.parametrize(
    ("language", "message"),
    [
        ("en", "The form came without the version of the item"),
        ("ru", "Форма пришла без версии материала"),
        ("tg", "Шакл бе версияи мавод"),
    ],
)
def test_a_save_without_the_version_it_was_opened_with_is_refused_with_the_text_kept(language, message):
    article = make_article("Round table", rubric=make_rubric())
    client = editor("officer", language)
    response = client.post(
        f"/admin/news/article/{article.pk}/change/", article_form(article.rubric, title_en="My wording")
    )
    assert response.status_code == 200
    page = response.content.decode()
    assert message in page
    assert 'value="My wording"' in page
    article.refresh_from_db()
    assert article.title_en == "Round table (en)"

    # The form came back with the version: saving it again now goes through.
    data = {
        **article_form(article.rubric, title_en="My wording"),
        "_last_known_change": VERSION.search(page)[1],
    }
    post_saved(client, f"/admin/news/article/{article.pk}/change/", data, article)


def test_a_second_editor_is_told_of_the_conflict_and_keeps_their_text():
    article = make_article(rubric=make_rubric(), title_en="Original")
    client = editor("officer")
    url = f"/admin/news/article/{article.pk}/change/"
    opened_with = opened_version(client, url)

    save_as_colleague(article)  # meanwhile

    data = {**article_form(article.rubric, title_en="My careful wording"), "_last_known_change": opened_with}
    page = post_refused(client, url, data, article)
    assert 'value="My careful wording"' in page

    # Saving again, now knowingly, replaces the colleague's version.
    post_saved(client, url, {**data, "_last_known_change": VERSION.search(page)[1]}, article)


def test_restoring_a_version_is_refused_when_a_colleague_saved_after_the_restore_page_opened():
    article = make_article(rubric=make_rubric(), title_en="First wording")
    client = editor("officer")
    url = f"/admin/news/article/{article.pk}/change/"
    for wording in ("First wording", "Second wording"):
        data = {
            **article_form(article.rubric, title_en=wording),
            "_last_known_change": opened_version(client, url),
        }
        client.post(url, data)
    first = Version.objects.get_for_object(article).order_by("pk").first()
    restore = f"/admin/news/article/{article.pk}/history/{first.pk}/"
    opened_with = opened_version(client, restore)

    save_as_colleague(article)

    data = {**article_form(article.rubric, title_en="First wording"), "_last_known_change": opened_with}
    post_refused(client, restore, data, article)


def test_recovering_an_item_a_colleague_has_already_recovered_is_refused():
    article = make_article(rubric=make_rubric(), title_en="Keep me")
    client, colleague = editor("officer"), editor("colleague")
    url = f"/admin/news/article/{article.pk}/change/"
    client.post(
        url,
        {
            **article_form(article.rubric, title_en="Keep me"),
            "_last_known_change": opened_version(client, url),
        },
    )
    client.post(f"/admin/news/article/{article.pk}/delete/", {"post": "yes"})
    recover = f"/admin/news/article/recover/{Version.objects.get_deleted(Article).get().pk}/"
    data = {
        **article_form(article.rubric, title_en="Keep me"),
        "_last_known_change": opened_version(client, recover),
    }

    assert colleague.post(recover, {**data, "title_en": "Recovered by a colleague"}).status_code == 302
    response = client.post(recover, data)
    assert response.status_code == 200
    assert "after you opened it" in response.content.decode()
    assert Article.objects.get().title_en == "Recovered by a colleague"


@pytest.mark.parametrize(
    "path",
    [
        "/admin/news/article/abc/change/",
        "/admin/news/article/99999999999999999999/change/",
        "/admin/news/article/abc/history/1/",
        "/admin/news/article/recover/999999/",
    ],
)
def test_a_save_to_an_item_that_is_not_there_answers_as_for_a_missing_item(path):
    response = editor("officer").post(path, {"title_en": "Anything", "_last_known_change": ""})
    assert response.status_code in (302, 404)
