"""Each page type as readers see it, in tg, ru and en: people, documents, questions, guides."""

import json
import re
from datetime import date, timedelta

import feedparser
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from mia_portal.publishing import Status
from pages.models import (
    DocumentKind,
    DocumentsPage,
    FaqItem,
    FaqPage,
    GuideStep,
    LeadershipPage,
    PageAttachment,
    PersonPage,
    ServiceGuidePage,
)
from tests.announcements.factories import WINDOWS_PROGRAM, pdf_bytes
from tests.factories import make_department
from tests.pages.factories import add_document, make_page

pytestmark = pytest.mark.django_db


def json_ld(page):
    found = re.findall(r'<script type="application/ld\+json">(.*?)</script>', page, re.S)
    return [json.loads(text) for text in found]


# --- People ---------------------------------------------------------------------------------------


def test_the_leadership_page_lists_its_persons_in_the_editor_order(client):
    leadership = make_page("Leadership", slug="rohbariyat", model=LeadershipPage)
    deputy = {"post_tg": "Муовини вазир", "post_ru": "Заместитель министра", "post_en": "Deputy Minister"}
    minister = {"post_tg": "Вазир", "post_ru": "Министр", "post_en": "Minister"}
    minister["rank_ru"] = "генерал-полковник"
    make_page("Rahimzoda", parent=leadership, slug="vazir", model=PersonPage, **minister)
    make_page("Deputy", parent=leadership, slug="muovin", model=PersonPage, **deputy)
    make_page("Hidden", parent=leadership, slug="hidden", model=PersonPage, status=Status.DRAFT)
    for code, post in (("tg", "Муовини вазир"), ("ru", "Заместитель министра"), ("en", "Deputy Minister")):
        page = client.get(f"/{code}/rohbariyat/").content.decode()
        assert page.index(f"Rahimzoda ({code})") < page.index(f"Deputy ({code})")
        assert post in page
        assert "Hidden" not in page
    assert "генерал-полковник" in client.get("/ru/rohbariyat/").content.decode()


def test_a_person_page_shows_the_post_rank_biography_and_reception_hours(client):
    make_page(
        "Rahimzoda",
        slug="vazir",
        model=PersonPage,
        post_ru="Министр внутренних дел",
        reception_hours_ru="Вторник, 9:00–12:00\nг. Душанбе, ул. Техрон, 29",
    )
    page = client.get("/ru/vazir/").content.decode()
    assert "Министр внутренних дел" in page
    assert "Вторник, 9:00–12:00<br>г. Душанбе, ул. Техрон, 29" in page
    assert "Text of Rahimzoda (ru)" in page


# --- Documents ------------------------------------------------------------------------------------


@pytest.fixture
def legislation():
    page = make_page("Legislation", slug="qonunguzori", model=DocumentsPage)
    add_document(page, "Police law", date(2004, 5, 17), DocumentKind.LAW, number="41")
    add_document(page, "Uniform order", date(2023, 3, 1), number="112")
    add_document(page, "Reception order", date(2024, 9, 10), number="7")
    return page


def titles(page):
    return re.findall(r'<li class="legal-document">\s*<a href="/\w\w/documents/\d+/">(.*?)</a>', page)


def test_documents_are_listed_newest_first_with_number_date_and_kind(client, legislation):
    page = client.get("/en/qonunguzori/").content.decode()
    assert titles(page) == ["Reception order (en)", "Uniform order (en)", "Police law (en)"]
    assert "Law № 41" in page
    assert '<time datetime="2004-05-17">' in page


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("?year=2023", ["Uniform order (ru)"]),
        ("?kind=order", ["Reception order (ru)", "Uniform order (ru)"]),
        ("?kind=law&year=2004", ["Police law (ru)"]),
        ("?kind=law&year=2024", []),
        ("?year=1999", ["Reception order (ru)", "Uniform order (ru)", "Police law (ru)"]),
        ("?year=<script>&kind=nonsense", ["Reception order (ru)", "Uniform order (ru)", "Police law (ru)"]),
    ],
)
def test_documents_filter_by_year_and_kind_and_ignore_what_they_cannot_use(
    client, legislation, query, expected
):
    response = client.get("/ru/qonunguzori/" + query)
    assert response.status_code == 200
    assert titles(response.content.decode()) == expected


def test_a_document_downloads_while_its_page_is_public(client, legislation):
    document = legislation.documents.get(number="41")
    response = client.get(document.get_absolute_url())
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith('attachment; filename="Police law.pdf"')
    assert response["X-Content-Type-Options"] == "nosniff"
    assert b"Police law" in b"".join(response.streaming_content)
    assert document.file.name.startswith("documents/") and "Police" not in document.file.name
    DocumentsPage.objects.filter(pk=legislation.pk).update(status=Status.DRAFT)
    assert client.get(document.get_absolute_url()).status_code == 404


def test_the_feed_lists_new_and_changed_documents(client, legislation):
    response = client.get(f"/en/documents/changes/{legislation.pk}/")
    assert response["Content-Type"].startswith("application/rss+xml")
    feed = feedparser.parse(response.content)
    assert not feed.bozo
    assert [entry.title for entry in feed.entries][:1] == ["Reception order (en)"]
    police = legislation.documents.get(number="41")
    guid = next(entry.id for entry in feed.entries if entry.title == "Police law (en)")
    police.title_en = "Police law, as amended"
    police.save()
    feed = feedparser.parse(client.get(f"/en/documents/changes/{legislation.pk}/").content)
    assert feed.entries[0].title == "Police law, as amended"
    assert feed.entries[0].id != guid
    assert feed.entries[0].link == f"https://mia.example/en/documents/{police.pk}/"


def test_the_feed_of_a_page_that_is_not_public_is_not_found(client, legislation):
    DocumentsPage.objects.filter(pk=legislation.pk).update(status=Status.DRAFT)
    assert client.get(f"/en/documents/changes/{legislation.pk}/").status_code == 404
    assert client.get("/en/documents/changes/999999/").status_code == 404


def test_a_program_renamed_as_a_pdf_is_refused_in_the_admin(staff_client, legislation):
    from tests.admin_forms import change_form_data

    url = f"/admin/pages/documentspage/{legislation.pk}/change/"
    form = change_form_data(staff_client.get(url))
    form.update(
        {
            "documents-TOTAL_FORMS": "4",
            "documents-3-kind": "order",
            "documents-3-date": "01.02.2025",
            "documents-3-title_en": "New order",
            "documents-3-file": SimpleUploadedFile("order.pdf", WINDOWS_PROGRAM, "application/pdf"),
        }
    )
    response = staff_client.post(url, form)
    assert response.status_code == 200
    assert "This file is a program, not a document" in response.content.decode()
    assert legislation.documents.count() == 3


def test_a_plain_page_lists_its_attached_files(client):
    page = make_page("Recruitment rules", slug="rules")
    upload = SimpleUploadedFile("Қоидаҳо.pdf", pdf_bytes("Rules"), "application/pdf")
    attachment = PageAttachment.objects.create(page=page, title_en="The rules in full", file=upload)
    html = client.get("/en/rules/").content.decode()
    assert f'<a href="/en/documents/attachments/{attachment.pk}/">The rules in full</a>' in html
    response = client.get(attachment.get_absolute_url())
    assert response.status_code == 200
    assert "filename*=utf-8''%D2%9A" in response["Content-Disposition"]


# --- Questions and answers ------------------------------------------------------------------------


def test_questions_are_details_in_order_with_faqpage_json_ld_escaped(client):
    page = make_page("FAQ", slug="savolho", model=FaqPage)
    FaqItem.objects.create(page=page, order=2, question_en="How do I report a crime?", answer_en="Call 102.")
    FaqItem.objects.create(
        page=page,
        order=1,
        question_en="Is it free?</script><script>alert(1)</script>",
        answer_en="Yes & always.",
    )
    html = client.get("/en/savolho/").content.decode()
    assert html.index("Is it free?") < html.index("How do I report a crime?")
    assert '<summary class="faq__question">How do I report a crime?</summary>' in html
    assert "<script>alert(1)" not in html
    (data,) = [item for item in json_ld(html) if item["@type"] == "FAQPage"]
    assert [question["name"] for question in data["mainEntity"]] == [
        "Is it free?</script><script>alert(1)</script>",
        "How do I report a crime?",
    ]
    assert data["mainEntity"][1]["acceptedAnswer"]["text"] == "Call 102."


# --- Service guides -------------------------------------------------------------------------------


@pytest.fixture
def passport_guide():
    department = make_department(address_ru="г. Худжанд, ул. Ленина, 1", phones="(+992 3422) 6-00-00")
    page = make_page(
        "Passport",
        slug="passport",
        model=ServiceGuidePage,
        who_may_apply_ru="<p>Граждане Таджикистана с 16 лет.</p>",
        documents_needed_ru="<ul><li>Паспорт гражданина</li><li>Квитанция об оплате</li></ul>",
        fees_ru="Пример: 500 сомони",
        time_limits_ru="До 15 рабочих дней",
    )
    page.departments.add(department)
    GuideStep.objects.create(page=page, order=2, title_ru="Сдайте документы")
    GuideStep.objects.create(page=page, order=1, title_ru="Оплатите пошлину", text_ru="В любом банке")
    return page


def test_a_service_guide_shows_its_parts_steps_and_where_to_apply(client, passport_guide):
    html = client.get("/ru/passport/").content.decode()
    parts = ("Граждане Таджикистана с 16 лет.", "Квитанция об оплате", "Пример: 500 сомони")
    parts += ("До 15 рабочих дней",)
    for text in parts:
        assert text in html
    assert html.index("Оплатите пошлину") < html.index("Сдайте документы")
    assert "г. Худжанд, ул. Ленина, 1" in html
    assert "(+992 3422) 6-00-00" in html
    assert 'href="/static/css/print.css" media="print"' in html


def test_a_service_guide_has_howto_json_ld(client, passport_guide):
    found = json_ld(client.get("/ru/passport/").content.decode())
    (data,) = [item for item in found if item["@type"] == "HowTo"]
    assert data["name"] == "Passport (ru)"
    assert [step["name"] for step in data["step"]] == ["Оплатите пошлину", "Сдайте документы"]
    assert [step["position"] for step in data["step"]] == [1, 2]
    assert [supply["name"] for supply in data["supply"]] == ["Паспорт гражданина", "Квитанция об оплате"]


def test_every_page_type_answers_in_three_languages(client, passport_guide, legislation):
    make_page("FAQ", slug="savolho", model=FaqPage)
    make_page("Leadership", slug="rohbariyat", model=LeadershipPage)
    make_page("Person", slug="person", model=PersonPage, published_at=timezone.now() - timedelta(days=1))
    for path in ("passport/", "qonunguzori/", "savolho/", "rohbariyat/", "person/"):
        for code in ("tg", "ru", "en"):
            response = client.get(f"/{code}/{path}")
            assert response.status_code == 200, (code, path)
            assert f'<html lang="{code}"' in response.content.decode()


@pytest.mark.parametrize(
    "model", ["standardpage", "leadershippage", "personpage", "documentspage", "faqpage", "serviceguidepage"]
)
def test_every_page_type_has_an_admin_form_with_language_tabs(staff_client, model):
    html = staff_client.get(f"/admin/pages/{model}/add/").content.decode()
    for code in ("tg", "ru", "en"):
        assert f'name="title_{code}"' in html
    assert 'name="parent"' in html
