"""What each page type shows besides the page's own texts, for ``PageView``'s context."""

from django.db.models import Prefetch, prefetch_related_objects
from django.utils import translation

from contacts.models import RegionalDepartment
from pages.filters import LegalDocumentFilter
from pages.models import (
    DocumentsPage,
    FaqPage,
    LeadershipPage,
    PersonPage,
    ServiceGuidePage,
    StandardPage,
)


def standard(page, request):
    return {"attachments": page.attachments.all(), "gallery": page.gallery.select_related("photo")}


def leadership(page, request):
    persons = PersonPage.objects.filter(depth=page.depth + 1, path__startswith=page.path).select_related(
        "portrait"
    )
    return {"persons": persons.listed_in(translation.get_language()).order_by("path"), "subpages": ()}


def documents(page, request):
    years = page.documents.dates("date", "year", order="DESC")
    filterset = LegalDocumentFilter(
        request.GET, queryset=page.documents.all(), years=[day.year for day in years]
    )
    return {"filterset": filterset, "documents": filterset.qs, "ignored_filters": list(filterset.errors)}


def faq(page, request):
    return {"questions": page.items.all()}


def service_guide(page, request):
    departments = RegionalDepartment.objects.select_related("region").order_by("order", "pk")
    prefetch_related_objects([page], "steps", Prefetch("departments", queryset=departments))
    return {"steps": page.steps.all(), "departments": page.departments.all()}


CONTEXTS = {
    StandardPage: standard,
    LeadershipPage: leadership,
    DocumentsPage: documents,
    FaqPage: faq,
    ServiceGuidePage: service_guide,
}


def page_type_context(page, request):
    make = CONTEXTS.get(type(page))
    return make(page, request) if make else {}
