"""The ministry's demo pages: About the ministry and its leadership, legislation with three
documents, three service guides, questions and answers, and the statements every site needs.

``load()`` adds the pages missing at their address and never changes one that exists (an
editor may have rewritten or moved it); a page's questions, steps and documents come with it
only when the page itself is added. The fees in the guides are marked as examples.
"""

from django.core.files.base import ContentFile
from django.utils import timezone

from contacts.models import RegionalDepartment
from demo.loading import data, day, translated
from demo.pdf import minimal_pdf
from mia_portal.publishing import Status
from pages.models import (
    DocumentsPage,
    FaqItem,
    FaqPage,
    GuideStep,
    LeadershipPage,
    LegalDocument,
    Page,
    PageRedirect,
    PersonPage,
    ServiceGuidePage,
    StandardPage,
)

PAGES = data("pages")
TYPES = {
    "standard": StandardPage,
    "leadership": LeadershipPage,
    "person": PersonPage,
    "documents": DocumentsPage,
    "faq": FaqPage,
    "guide": ServiceGuidePage,
}
PLAIN_QUOTES = {ord("“"): '"', ord("”"): '"'}
TEXTS = ("title", "lead", "body", "post", "rank", "reception_hours")
GUIDE_TEXTS = ("who_may_apply", "documents_needed", "fees", "time_limits")


def load():
    # A demo page an editor moved or renamed is known by its old address, and not added again.
    known = {*Page.objects.values_list("url_path", flat=True)}
    known |= {*PageRedirect.objects.values_list("old_path", flat=True)}
    added = 0
    for spec in PAGES["pages"]:
        if spec["path"] in known:
            continue
        known.add(_add(spec).url_path)
        added += 1
    return f"{added} pages added"


def _parent(path):
    """The page now at ``path`` or moved from it; None at the top."""
    if not path:
        return None
    page = Page.objects.filter(url_path=path).first()
    return page or PageRedirect.objects.select_related("page").get(old_path=path).page


def _add(spec):
    slug = spec["path"].split("/")[-2]
    fields = {"status": Status.PUBLISHED, "published_at": timezone.now(), "slug": slug}
    for field in (*TEXTS, *GUIDE_TEXTS):
        if field in spec:
            fields.update(translated(field, spec[field]))
    page = TYPES[spec["type"]](**fields)
    parent = _parent(spec["path"].rsplit("/", 2)[0] + "/" if spec["path"].count("/") > 1 else "")
    if parent is None:
        Page.objects.add_root(instance=page)
    else:
        Page.objects.add_child(parent, instance=page)
    for order, step in enumerate(spec.get("steps", ()), start=1):
        GuideStep.objects.create(page=page, order=order, **translated("title", step))
    if spec["type"] == "guide":
        page.departments.set(RegionalDepartment.objects.order_by("order", "pk")[:3])
    for order, item in enumerate(spec.get("questions", ()), start=1):
        texts = {**translated("question", item["question"]), **translated("answer", item["answer"])}
        FaqItem.objects.create(page=page, order=order, **texts)
    if spec["type"] == "documents":
        for document in PAGES["documents"]:
            title = document["title"]["en"].translate(PLAIN_QUOTES)  # the PDF's font is Latin-1
            pdf = minimal_pdf([title, f"No. {document['number']}, {document['date']}"])
            LegalDocument.objects.create(
                page=page,
                kind=document["kind"],
                number=document["number"],
                date=day(document["date"]),
                file=ContentFile(pdf, name=f"{document['kind']}-{document['number']}.pdf"),
                **translated("title", document["title"]),
                **translated("issued_by", document["issued_by"]),
            )
    return page
