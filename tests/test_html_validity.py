"""Every page type is valid HTML5: no errors from the Nu Html Checker (vnu.jar from npm)."""

from datetime import timedelta

import pytest
from django.core.files.base import ContentFile
from django.utils import timezone

from demo.contacts import load as load_contacts
from tests.announcements.factories import make_document, make_position, make_tender, make_vacancy, pdf_bytes
from tests.html_checker import html_errors, needs_vnu
from tests.incidents.factories import make_incident
from tests.news.factories import make_address, make_article, make_photo, make_update, photo_bytes
from tests.site_pages import any_language

pytestmark = pytest.mark.django_db


@needs_vnu
def test_every_page_type_is_valid_html(client, tmp_path):
    load_contacts()
    article = make_article("Round table", cover=ContentFile(photo_bytes(1200, 800), "cover.jpg"))
    make_photo(article)
    make_update(article)
    address = make_address(is_current=True)
    incident = make_incident("Theft of cattle")
    tender = make_tender(reference_number="MIA/2026/01", deadline=timezone.now() + timedelta(days=9))
    make_document(tender, data=pdf_bytes("dossier"))
    vacancy = make_vacancy(deadline=timezone.now() + timedelta(days=20))
    make_position(vacancy)
    details = [any_language(item) for item in (article, address, incident, tender, vacancy)]
    paths = [
        "/{lang}/", "/{lang}/news/", "/{lang}/incidents/", "/{lang}/incidents/statistics/",
        "/{lang}/announcements/", "/{lang}/contacts/", "/{lang}/search/?q=round", "/{lang}/feeds/",
        "/{lang}/no-such-page/", *details,
    ]  # fmt: skip
    pages = {}
    for language in ("tg", "ru", "en"):
        for index, path in enumerate(paths):
            response = client.get(path.format(lang=language))
            assert response.status_code in {200, 404}, path
            pages[f"{language}-{index}"] = response.content
    errors = html_errors(tmp_path, pages)
    assert not errors, "\n".join(errors[:40])
