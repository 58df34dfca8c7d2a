"""Pages for tests: saved in the tree, published unless told otherwise."""

from datetime import timedelta

from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from mia_portal.publishing import Status
from pages.models import DocumentKind, LegalDocument, Page, StandardPage
from tests.announcements.factories import pdf_bytes

LANGUAGES = ("tg", "ru", "en")


def page_texts(title, languages=LANGUAGES):
    texts = {}
    for code in languages:
        texts[f"title_{code}"] = f"{title} ({code})"
        texts[f"lead_{code}"] = f"Lead of {title} ({code})"
        texts[f"body_{code}"] = f"<p>Text of {title} ({code})</p>"
    return texts


def make_page(title="About", parent=None, model=StandardPage, slug=None, languages=LANGUAGES, **fields):
    """A page of ``model`` under ``parent`` (None: at the top), published an hour ago."""
    values = {
        "status": Status.PUBLISHED,
        "published_at": timezone.now() - timedelta(hours=1),
        "slug": slug or title.lower().replace(" ", "-"),
        **page_texts(title, languages),
        **fields,
    }
    page = model(**values)
    if parent is None:
        return Page.objects.add_root(instance=page)
    return Page.objects.add_child(Page.objects.get(pk=parent.pk), instance=page)


def fresh(page):
    """The page as stored now (after moves made through other instances)."""
    return type(page).objects.get(pk=page.pk)


def add_document(page, title, day, kind=DocumentKind.ORDER, data=None, **fields):
    upload = SimpleUploadedFile(f"{title}.pdf", data or pdf_bytes(title), "application/pdf")
    texts = {f"title_{code}": f"{title} ({code})" for code in ("tg", "ru", "en")}
    return LegalDocument.objects.create(page=page, kind=kind, date=day, file=upload, **texts, **fields)
