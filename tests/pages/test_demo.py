"""The demo's pages: loaded once, never duplicated, never overwriting what editors did."""

import io

import pytest
from django.core.management import call_command

from demo import pages as pages_demo
from pages.models import FaqItem, GuideStep, LegalDocument, Page, PersonPage, ServiceGuidePage
from tests.pages.factories import fresh

pytestmark = pytest.mark.django_db


def load_demo():
    call_command("load_demo", stdout=io.StringIO())


def counts():
    return {model.__name__: model.objects.count() for model in (Page, LegalDocument, FaqItem, GuideStep)}


def test_the_demo_pages_load_once_in_three_languages_and_keep_what_editors_changed(client):
    load_demo()
    first = counts()
    assert first["Page"] == len(pages_demo.PAGES["pages"])
    assert first["LegalDocument"] == 3
    assert ServiceGuidePage.objects.count() == 3
    assert list(PersonPage.objects.order_by("path").values_list("title_tg", flat=True)) == [
        "Рамазон Ҳамро Раҳимзода",
        "Умарзода Икром Ислом",
    ]
    load_demo()
    assert counts() == first
    for code in ("tg", "ru", "en"):
        for page in Page.objects.all():
            assert client.get(f"/{code}/{page.url_path}").status_code == 200, (code, page.url_path)
    document = LegalDocument.objects.get(number="71")
    assert client.get(document.get_absolute_url()).status_code == 200

    # An editor rewrites one demo page, moves it and renames another: a new load keeps that.
    history = Page.objects.get(url_path="vazorat/tarikh/")
    history.title_en = "Our history"
    history.save()
    fresh(history).move_to(None)
    services = Page.objects.get(url_path="khizmatho/")
    services.slug = "services"
    services.save()
    first = counts()
    load_demo()
    assert counts() == first
    assert fresh(history).title_en == "Our history"
    assert fresh(history).url_path == "tarikh/"
    assert Page.objects.filter(url_path="services/shinosnoma/").exists()
