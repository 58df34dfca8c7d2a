"""The appeals' pages are valid HTML5 (the Nu Html Checker)."""

import pytest

from appeals import handling
from tests.appeals.factories import appeal_data, make_appeal
from tests.html_checker import html_errors, needs_vnu

pytestmark = pytest.mark.django_db


@needs_vnu
def test_every_appeals_page_is_valid_html(client, tmp_path):
    answered = make_appeal()
    handling.register(answered, None)
    handling.answer(answered, "Ҷавоб", None)
    pages = {}
    for language in ("tg", "ru", "en"):
        for name in ("", "reporter/", "status/", "statistics/"):
            pages[f"{language}-{name.strip('/') or 'form'}"] = client.get(f"/{language}/appeals/{name}")
        pages[f"{language}-status"] = client.get(
            f"/{language}/appeals/status/", {"number": answered.number, "code": answered.code}
        )
        pages[f"{language}-errors"] = client.post(f"/{language}/appeals/", appeal_data(name="", consent=None))
        client.post(f"/{language}/appeals/", appeal_data())
        pages[f"{language}-receipt"] = client.get(f"/{language}/appeals/receipt/")
    for name, response in pages.items():
        assert response.status_code in {200, 400}, name
    errors = html_errors(tmp_path, {name: response.content for name, response in pages.items()})
    assert not errors, "\n".join(errors[:40])
