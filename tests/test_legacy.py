"""The old site's addresses (/index.php/<tj|ru|en>/<rubric>/<number>-<slug>) lead to the items
that kept their numbers; the numbers come in bulk from a CSV file."""

from datetime import timedelta

import pytest
from django.contrib.redirects.models import Redirect
from django.contrib.sites.models import Site
from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils import timezone, translation

from announcements.models import Announcement
from incidents.models import Incident
from mia_portal.publishing import Status
from news.models import Article
from tests.announcements.factories import make_announcement
from tests.incidents.factories import make_incident
from tests.news.factories import make_address, make_article, make_rubric
from tests.news.test_admin import article_form

pytestmark = pytest.mark.django_db

SLUG = "mizi-muduvvar-oid-ba-balandbardorii-sathi-hamkorii-militsiya-bo-jomea-3"


def address_in(item, language):
    with translation.override(language):
        return item.get_absolute_url()


@pytest.mark.parametrize(
    ("old", "language"),
    [
        (f"/index.php/en/news-archive/25704-{SLUG}", "en"),
        (f"/index.php/ru/news-archive/25704-{SLUG}", "ru"),
        (f"/index.php/tj/news-archive/25704-{SLUG}", "tg"),
        (f"/index.php/en/news-archive/25704-{SLUG}/", "en"),
        (f"/index.php/en/news-archive/25704-{SLUG}.html", "en"),
        ("/index.php/en/news-archive/25704-another-slug-altogether", "en"),
        ("/index.php/ru/novosti/25704", "ru"),
        ("/index.php/ru/novosti/25704.html", "ru"),
        ("/index.php/en/component/content/article/12-news-archive/25704-joomla-component-path", "en"),
        ("/index.php/en/press-centre/news-archive/25704-nested-menu", "en"),
        ("/index.php/TJ/News-Archive/25704-upper-case", "tg"),
        ("/index.php/news-archive/25704-without-language", "tg"),
    ],
)
def test_every_old_address_of_an_article_answers_301_with_its_address_in_that_language(client, old, language):
    article = make_article(legacy_id=25704)
    response = client.get(old)
    assert response.status_code == 301
    assert response["Location"] == address_in(article, language)
    assert response["Location"].startswith(f"/{language}/news/{article.pk}-")


# The other kinds of content with an old number: a factory, an old address and the admin list.
OTHER_KINDS = [
    (make_incident, "/index.php/en/developments/27622-grabezh-3", "/admin/incidents/incident/"),
    (
        make_announcement,
        "/index.php/en/announcements-and-competitions/27622-tender",
        "/admin/announcements/announcement/",
    ),
    (make_address, "/index.php/en/address/27622-payomi-prezident", "/admin/news/address/"),
]


@pytest.mark.parametrize(("make", "old", "changelist"), OTHER_KINDS)
def test_incident_reports_announcements_and_addresses_keep_their_old_addresses(client, make, old, changelist):
    item = make(legacy_id=27622)
    response = client.get(old)
    assert response.status_code == 301
    assert response["Location"] == address_in(item, "en")


def test_an_unknown_number_is_the_sites_own_404_in_the_old_addresss_language(client):
    make_article(legacy_id=25704)
    response = client.get("/index.php/ru/news-archive/25705-some-slug")
    assert response.status_code == 404
    page = response.content.decode()
    assert '<html lang="ru"' in page
    assert "<h1" in page


@pytest.mark.parametrize(
    "state",
    [
        {"status": Status.DRAFT},
        {"status": Status.PUBLISHED, "published_at": timezone.now() + timedelta(days=1)},
    ],
    ids=["draft", "scheduled"],
)
def test_old_addresses_never_reveal_an_item_the_public_cannot_see(client, state):
    make_article(legacy_id=25704, **state)
    assert client.get(f"/index.php/en/news-archive/25704-{SLUG}").status_code == 404


def test_old_address_of_a_withdrawn_item_leads_to_its_withdrawal_note(client):
    article = make_article(legacy_id=25704, status=Status.WITHDRAWN, withdrawal_note_en="Published in error.")
    response = client.get(f"/index.php/en/news-archive/25704-{SLUG}", follow=True)
    assert response.redirect_chain == [(address_in(article, "en"), 301)]
    assert response.status_code == 410


def test_a_number_two_kinds_share_follows_the_rubrics_family(client):
    article = make_article(legacy_id=500)
    incident = make_incident(legacy_id=500)
    assert client.get("/index.php/en/news-archive/500-x")["Location"] == address_in(article, "en")
    assert client.get("/index.php/ru/proisshestviya/500-x")["Location"] == address_in(incident, "ru")
    assert client.get("/index.php/en/developments/500-x")["Location"] == address_in(incident, "en")
    # A rubric that names no family cannot choose between them.
    assert client.get("/index.php/en/main-page/500-x").status_code == 404


def test_a_number_only_one_kind_has_leads_to_it_whatever_the_rubric(client):
    incident = make_incident(legacy_id=501)
    assert client.get("/index.php/en/news-archive/501-x")["Location"] == address_in(incident, "en")
    assert client.get("/index.php/en/anything/501-x")["Location"] == address_in(incident, "en")


def test_redirects_entered_in_the_admin_still_answer_other_old_addresses(client):
    Redirect.objects.create(
        site=Site.objects.get_current(), old_path="/index.php/en/contacts", new_path="/en/contacts/"
    )
    response = client.get("/index.php/en/contacts")
    assert response.status_code == 301
    assert response["Location"] == "/en/contacts/"


@pytest.mark.parametrize(
    "old",
    [
        "/index.php/en/news-archive/99999999999999999999999999-huge",
        "/index.php/en/news-archive/2147483648-just-too-large",
        "/index.php/en/news-archive/0-zero",
        "/index.php/en/news-archive/-25704-negative",
        "/index.php/en/news-archive/25x704-not-digits",
        "/index.php/en/news-archive/%D9%A3-arabic-digit",
        "/index.php/en/news-archive/%ff%fe-broken-utf8",
        "/index.php/en/%ff%fe/25%ff704-broken-utf8",
        "/index.php/en/news-archive/25704%2F..%2F..%2Fetc%2Fpasswd",
        "/index.php/en/news-archive/'%20OR%201=1--",
        "/index.php/en/" + "a/" * 2000 + "25704",
        "/index.php/en/news-archive/" + "9" * 5000,
        "/index.php/",
    ],
)
def test_hostile_old_addresses_answer_404(client, old):
    make_article(legacy_id=25704)
    assert client.get(old).status_code == 404


def test_nul_bytes_in_an_old_address_are_refused_as_everywhere_else(client):
    make_article(legacy_id=25704)
    assert client.get("/index.php/en/news-archive/25704%00-nul").status_code == 400


def test_old_addresses_only_answer_reading(client):
    make_article(legacy_id=25704)
    assert client.post(f"/index.php/en/news-archive/25704-{SLUG}").status_code == 405


def test_an_old_address_costs_one_query_when_its_rubric_names_the_kind(client, django_assert_num_queries):
    make_article(legacy_id=25704)
    with django_assert_num_queries(1):
        assert client.get(f"/index.php/en/news-archive/25704-{SLUG}").status_code == 301


# --- The import ----------------------------------------------------------------------------


def import_csv(tmp_path, text, *args):
    path = tmp_path / "old-numbers.csv"
    path.write_text(text, encoding="utf-8")
    call_command("import_legacy_ids", str(path), *args)


def test_import_gives_items_their_old_numbers(tmp_path, client):
    article, incident, announcement = make_article(), make_incident(), make_announcement()
    import_csv(
        tmp_path,
        "kind,legacy_id,id\n"
        f"article,25704,{article.pk}\n"
        f"incident,27622,{incident.pk}\n"
        f"announcement,23001,{announcement.pk}\n",
    )
    assert Article.objects.get(pk=article.pk).legacy_id == 25704
    assert Incident.objects.get(pk=incident.pk).legacy_id == 27622
    assert Announcement.objects.get(pk=announcement.pk).legacy_id == 23001
    assert client.get("/index.php/en/developments/27622-x")["Location"] == address_in(incident, "en")


def test_import_reads_semicolons_a_byte_order_mark_and_columns_in_any_order(tmp_path):
    article = make_article()
    import_csv(tmp_path, f"\ufeffid;Kind;legacy_id\n{article.pk};article;25704\n")
    assert Article.objects.get(pk=article.pk).legacy_id == 25704


def test_import_with_a_wrong_row_imports_nothing_and_names_every_wrong_row(tmp_path, capsys):
    article, other = make_article(), make_article()
    holder = make_incident(legacy_id=27622)
    rows = [
        "kind,legacy_id,id",
        f"article,25704,{article.pk}",  # line 2: correct
        f"page,1,{article.pk}",  # 3: unknown kind
        f"article,abc,{other.pk}",  # 4: not a number
        f"article,99999999999,{other.pk}",  # 5: too large
        "article,25705,999999",  # 6: no such article
        f"article,25704,{other.pk}",  # 7: number given twice
        f"article,25706,{article.pk}",  # 8: article given two numbers
        f"incident,27622,{make_incident().pk}",  # 9: number kept by another incident
    ]
    with pytest.raises(CommandError, match="7 wrong rows"):
        import_csv(tmp_path, "\n".join(rows) + "\n")
    errors = capsys.readouterr().err.splitlines()
    assert [error.split(":")[0] for error in errors] == [f"line {line}" for line in range(3, 10)]
    assert "unknown kind 'page'" in errors[0]
    assert f"belongs to incident {holder.pk}" in errors[6]
    assert not Article.objects.filter(legacy_id__isnull=False).exists()


def test_import_is_all_or_nothing_when_the_database_refuses_a_row(tmp_path, monkeypatch):
    first, second = make_article(), make_incident()
    import_csv(tmp_path, f"kind,legacy_id,id\narticle,1,{first.pk}\nincident,2,{second.pk}\n")
    # An editor gives number 4 to another incident between the check and the import.
    from legacy.management.commands import import_legacy_ids

    check_rows = import_legacy_ids.check_rows

    def check_then_race(rows):
        result = check_rows(rows)
        make_incident(legacy_id=4)
        return result

    monkeypatch.setattr(import_legacy_ids, "check_rows", check_then_race)
    with pytest.raises(CommandError, match="Nothing was imported"):
        import_csv(tmp_path, f"kind,legacy_id,id\narticle,3,{first.pk}\nincident,4,{second.pk}\n")
    assert Article.objects.get(pk=first.pk).legacy_id == 1
    assert Incident.objects.get(pk=second.pk).legacy_id == 2


def test_import_can_swap_numbers_and_runs_again_without_change(tmp_path, capsys):
    first, second = make_article(legacy_id=1), make_article(legacy_id=2)
    swap = f"kind,legacy_id,id\narticle,2,{first.pk}\narticle,1,{second.pk}\n"
    import_csv(tmp_path, swap)
    assert Article.objects.get(pk=first.pk).legacy_id == 2
    assert Article.objects.get(pk=second.pk).legacy_id == 1
    import_csv(tmp_path, swap)
    assert "0 changed" in capsys.readouterr().out.splitlines()[-1]


def test_import_dry_run_checks_and_changes_nothing(tmp_path, capsys):
    article = make_article()
    import_csv(tmp_path, f"kind,legacy_id,id\narticle,25704,{article.pk}\n", "--dry-run")
    assert Article.objects.get(pk=article.pk).legacy_id is None
    assert "is correct" in capsys.readouterr().out


@pytest.mark.parametrize(
    "text",
    ["", "number,new\n1,2\n", "kind legacy_id id\n"],
    ids=["empty", "wrong-header", "one-column"],
)
def test_import_refuses_a_file_without_the_three_columns(tmp_path, text):
    with pytest.raises(CommandError):
        import_csv(tmp_path, text)


def test_import_refuses_a_missing_or_unreadable_file(tmp_path):
    with pytest.raises(CommandError, match="Cannot read"):
        call_command("import_legacy_ids", str(tmp_path / "missing.csv"))
    (tmp_path / "latin1.csv").write_bytes("kind,legacy_id,id\narticle,1,\xe9\n".encode("latin-1"))
    with pytest.raises(CommandError, match="Cannot read"):
        call_command("import_legacy_ids", str(tmp_path / "latin1.csv"))


# --- The admin -----------------------------------------------------------------------------


def test_admin_shows_edits_and_finds_the_old_number(staff_client):
    article = make_article(title="Round table", legacy_id=25704)
    make_article(title="Another story")
    changelist = "/admin/news/article/"

    found = staff_client.get(changelist, {"q": "25704"}).context["cl"].result_list
    assert [item.pk for item in found] == [article.pk]
    assert staff_client.get(changelist, {"q": "2²"}).status_code == 200

    form = staff_client.get(f"{changelist}{article.pk}/change/").content.decode()
    assert 'name="legacy_id" value="25704"' in form


@pytest.mark.parametrize(("make", "old", "changelist"), OTHER_KINDS)
def test_every_content_list_finds_an_item_by_its_old_number(staff_client, make, old, changelist):
    item = make(legacy_id=27622)
    make()
    found = staff_client.get(changelist, {"q": "27622"}).context["cl"].result_list
    assert [each.pk for each in found] == [item.pk]


def test_admin_refuses_an_old_number_another_article_has(staff_client):
    make_article(legacy_id=25704)
    response = staff_client.post("/admin/news/article/add/", article_form(make_rubric(), legacy_id="25704"))
    assert response.status_code == 200
    assert response.context["adminform"].form.errors["legacy_id"] == [
        "Article with this Old site number already exists."
    ]
    assert Article.objects.filter(legacy_id=25704).count() == 1
