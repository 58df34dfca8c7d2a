"""The admin speaks Tajik and Russian everywhere: a crawl of every admin page fails on English.

A superuser starts at the index and follows every admin link (one object of each kind, its
history and delete pages, the Translations page, two-factor login, the login-attempt lists).
On each page the visible text, the page title and the labels read out by screen readers are
checked against the English of every catalog the admin draws on (Django's, the packages', the
project's): a string equal to an English msgid, or English words from those msgids, were not
translated. What is data (titles, slugs, addresses, file names, user names, hashes) is left
out by its shape, and elements marked with another language (the language switcher) by
their ``lang``.
"""

import datetime
import json
import re
from html.parser import HTMLParser

import pytest
from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.conf import settings
from django.contrib.auth.models import Group, Permission, User
from django.contrib.redirects.models import Redirect
from django.contrib.staticfiles import finders
from django.core.management import call_command
from django.test import Client
from django.utils import formats, timezone, translation
from django.utils.text import capfirst
from django.utils.translation import trans_real
from django_otp.plugins.otp_totp.models import TOTPDevice

from mia_portal.admin_labels import permission_name
from mia_portal.roles import PRESS_OFFICERS

pytestmark = pytest.mark.django_db

SKIPPED_ELEMENTS = {"script", "style", "textarea", "template"}
VOID_ELEMENTS = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"}
READ_OUT_ATTRIBUTES = ("title", "placeholder", "aria-label", "alt")
# Names that stay as they are in every language: apps and systems the help texts name (FreeOTP,
# Aegis, Google Authenticator; the Control and Command keys of a Mac; Single Sign-On; Unix time),
# the HTTP header "Accept", the checksum algorithm and the word "slug", which the slug's label
# explains.
PROPER_NAMES = {
    "Aegis",
    "Google",
    "Authenticator",
    "Mac",
    "Control",
    "Command",
    "Single",
    "Unix",
    "Accept",
    "SHA-256",
    "slug",
}
LATIN_WORD = re.compile(r"^[A-Za-z][a-z]+(?:'s)?$")
# Data by its shape: addresses, paths, e-mails, domains, file names, codes with digits, hashes.
DATA = re.compile(r"(://|/|@|_|\w\.\w|\d)")
CYRILLIC = re.compile(r"[\u0400-\u04ff]")


def english_msgids():
    """Every msgid the Tajik and Russian catalogs know (Django's, the packages', the project's),
    also as a label shows a lower-case one (capitalised)."""
    msgids = set()
    for language in ("tg", "ru"):
        for key, _translation in trans_real.translation(language)._catalog.items():
            msgid = (key[0] if isinstance(key, tuple) else key).rpartition("\x04")[2]
            if re.search("[A-Za-z]{2}", msgid):
                msgids.update({msgid, capfirst(msgid)})
    return msgids


def english_words(msgids):
    words = set()
    for msgid in msgids:
        text = re.sub(r"%\(\w+\)\w|\{\w*\}|<[^>]+>", " ", msgid)
        words.update(word.lower() for word in re.findall(r"[A-Za-z]{3,}", text))
    return words - {word.lower() for word in PROPER_NAMES}


class VisibleText(HTMLParser):
    """Text nodes and read-out attributes, without scripts, form values and other languages."""

    def __init__(self, language):
        super().__init__(convert_charrefs=True)
        self.language = language
        self.open = []  # (tag, hidden): hidden for data cells and other languages
        self.strings = []
        self.links = []

    def hidden(self):
        return any(hidden for _tag, hidden in self.open)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "a" and attrs.get("href"):
            self.links.append(attrs["href"])
        other_language = attrs.get("lang") not in (None, self.language)
        # A changelist's slug column holds Latin words that are data.
        data_cell = "field-slug" in (attrs.get("class") or "").split()
        hidden = other_language or data_cell or tag in SKIPPED_ELEMENTS
        if not (hidden or self.hidden()):
            self.strings += [attrs[name] for name in READ_OUT_ATTRIBUTES if attrs.get(name)]
            if tag == "input" and attrs.get("type") in ("submit", "button") and attrs.get("value"):
                self.strings.append(attrs["value"])
        if tag not in VOID_ELEMENTS:
            self.open.append((tag, hidden))

    def handle_endtag(self, tag):
        for index in range(len(self.open) - 1, -1, -1):
            if self.open[index][0] == tag:
                del self.open[index:]
                break

    def handle_data(self, data):
        text = " ".join(data.split())
        if text and not self.hidden():
            self.strings.append(text)


def untranslated(text, msgids, words):
    """The English in one visible string, or None."""
    for part in re.split(r"\s*[›|]\s*|:\s+", text):
        part = part.strip(" :·—()").strip()
        if part in msgids and part not in PROPER_NAMES:
            return part
    tokens = [token.strip(',.;:()«»"“”') for token in text.split()]
    english = [
        token
        for token in tokens
        if LATIN_WORD.match(token)
        and not DATA.search(token)
        and token not in PROPER_NAMES
        and token.lower().removesuffix("'s") in words
    ]
    return " ".join(english) or None


def one_of_each_kind(path):
    """/admin/news/article/12/change/ and /admin/news/article/13/change/ are the same page."""
    return re.sub(r"/\d+/", "/<id>/", path)


def crawl(client, language, start="/admin/"):
    msgids = english_msgids()
    words = english_words(msgids)
    seen, queue, found = set(), [start], {}
    while queue:
        path = queue.pop(0)
        response = client.get(path)
        assert response.status_code == 200, (path, response.status_code)
        if "text/html" not in response["Content-Type"]:
            continue
        parser = VisibleText(language)
        parser.feed(response.content.decode())
        for text in parser.strings:
            english = untranslated(text, msgids, words)
            if english:
                found.setdefault(f"{english!r} in {text!r}", path)
        for href in parser.links:
            target = href.split("#")[0].split("?")[0]
            kind = one_of_each_kind(target)
            if (
                target.startswith(start)
                and "/logout/" not in target
                and "/r/" not in target
                and kind not in seen
            ):
                seen.add(kind)
                queue.append(target)
    return seen, found


@pytest.fixture
def admin_site_with_one_of_everything(superuser):
    """The demo content, a staff member with an authenticator app, a redirect and login records."""
    call_command("load_demo", verbosity=0)
    officer = User.objects.create_user(
        "nilufar", "nilufar@mia.example", "a long enough password", is_staff=True
    )
    officer.groups.add(Group.objects.get(name=PRESS_OFFICERS))
    TOTPDevice.objects.create(user=officer, name="Телефони кории Нилуфар")
    Redirect.objects.create(site_id=settings.SITE_ID, old_path="/index.php/tg/", new_path="/tg/")
    browser = {
        "user_agent": "Mozilla/5.0 (X11; Linux x86_64) Chrome/130.0",
        "ip_address": "10.20.30.40",
        "http_accept": "text/html",
        "path_info": "/admin/login/",
    }
    AccessAttempt.objects.create(
        username="nilufar", get_data="", post_data="", failures_since_start=2, **browser
    )
    AccessFailureLog.objects.create(username="nilufar", **browser)
    AccessLog.objects.create(username="nilufar", attempt_time=timezone.now(), **browser)
    return superuser


def test_every_admin_page_speaks_tajik_and_russian(admin_site_with_one_of_everything):
    """Both languages in one test: loading the demo content takes longer than a crawl."""
    english = {}
    for language in ("tg", "ru"):
        client = Client()
        client.cookies[settings.LANGUAGE_COOKIE_NAME] = language
        client.force_login(admin_site_with_one_of_everything)
        pages, found = crawl(client, language)
        assert len(pages) > 90  # every changelist, add, change, history and delete page was reached
        english.update({f"{language} {where}: {text}": True for text, where in found.items()})

    assert not english, "\n".join(sorted(english))


@pytest.mark.parametrize(
    ("language", "group", "permission"),
    [
        ("tg", "Кормандони хадамоти матбуот", "Хабарҳо | мақола | илова кардан"),
        ("ru", "Сотрудники пресс-службы", "Новости | статья | добавление"),
        ("en", "Press officers", "News | article | add"),
    ],
)
def test_groups_and_permissions_read_in_the_language_but_keep_their_stored_names(language, group, permission):
    press_officers = Group.objects.get(name=PRESS_OFFICERS)
    can_add_articles = Permission.objects.get(codename="add_article")
    with translation.override(language):
        assert str(press_officers) == group
        assert permission_name(can_add_articles) == permission
    assert can_add_articles.name == "Can add article"


@pytest.mark.parametrize(
    ("language", "headings"),
    [("tg", ["Сарсатр", "Сарлавҳа", "Зерсарлавҳа"]), ("ru", ["Абзац", "Заголовок", "Подзаголовок"])],
)
def test_the_editor_gets_the_admins_language_and_its_translation(staff_client, language, headings):
    staff_client.cookies[settings.LANGUAGE_COOKIE_NAME] = language
    page = staff_client.get("/admin/news/article/add/").content.decode()
    config = json.loads(re.search(r'<script id="id_body_tg_script"[^>]*>(.*?)</script>', page).group(1))
    assert config["language"] == language
    assert [option["title"] for option in config["heading"]["options"]] == headings
    assert f"django_ckeditor_5/dist/translations/{language}.js" in page
    assert finders.find(f"django_ckeditor_5/dist/translations/{language}.js")


@pytest.mark.parametrize(
    ("language", "case_sensitive"),
    [
        ("tg", "ҳарфҳои хурду калон метавонанд фарқ кунанд"),
        ("ru", "Оба поля могут быть чувствительны к регистру"),
    ],
)
def test_the_login_error_says_that_case_matters(client, superuser, language, case_sensitive):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = language
    response = client.post("/admin/login/", {"username": "root", "password": "wrong password"})
    assert case_sensitive in response.content.decode()


@pytest.mark.parametrize(("day", "short"), [(26, "Яш"), (27, "Дш"), (28, "Сш"), (31, "Ҷм"), (1, "Шб")])
def test_tajik_weekday_abbreviations_are_right(day, short):
    moment = datetime.date(2020, 1, day) if day > 1 else datetime.date(2020, 2, 1)
    with translation.override("tg"):
        assert formats.date_format(moment, "D") == short
