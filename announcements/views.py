from django.http import Http404, JsonResponse, QueryDict
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import translation
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext
from django.views.generic import DetailView, ListView

from announcements import opendata
from announcements.closing import CompetitionStatus
from announcements.filters import AnnouncementFilter
from announcements.models import Announcement, Document, DocumentVersion, Kind
from mia_portal.documents.files import attachment_response
from mia_portal.filtering import FilteredListMixin
from mia_portal.pagination import PaginatedMixin
from mia_portal.published_views import PublishedDetailMixin, PublishedListMixin


class AnnouncementListView(FilteredListMixin, PaginatedMixin, PublishedListMixin, ListView):
    model = Announcement
    paginate_by = 20
    filterset_class = AnnouncementFilter

    def get_queryset(self):
        return super().get_queryset().for_cards()

    def get_context_data(self, **kwargs):
        chosen = {name: value for name, value in self.filterset.form.cleaned_data.items() if value}
        # Kept on the pagination links; only known values, so nothing from the URL is echoed.
        filter_query = QueryDict(mutable=True)
        filter_query.update(chosen)
        return super().get_context_data(
            kinds=Kind.choices,
            statuses=CompetitionStatus.choices,
            selected_kind=chosen.get("kind", ""),
            selected_status=chosen.get("status", ""),
            filter_query=filter_query,
            **kwargs,
        )


class AnnouncementDetailView(PublishedDetailMixin, DetailView):
    model = Announcement

    def get_queryset(self):
        return super().get_queryset().with_details()

    def get_context_data(self, **kwargs):
        breadcrumbs = [(gettext("Announcements and competitions"), reverse("announcements:list"))]
        return super().get_context_data(breadcrumbs=breadcrumbs, **kwargs)


def _visible_document(request, pk):
    queryset = Document.objects.visible_to(request.user).select_related("announcement")
    return get_object_or_404(queryset, pk=pk)


def _attachment(stored, filename, content_type):
    try:
        return attachment_response(stored, filename, content_type)
    except FileNotFoundError as missing:  # lost from storage: a 404, never a 500
        raise Http404 from missing


def document_download(request, pk):
    """The stable public address of a document: its current file, counted, served as a download."""
    document = _visible_document(request, pk)
    response = _attachment(document.file, document.original_name, document.content_type)
    if document.announcement.is_published():
        Document.objects.count_download(document.pk)
    else:  # a staff preview of an unpublished item's document
        add_never_cache_headers(response)
    return response


def document_version_download(request, pk, version):
    """An earlier file of a document, so anyone can compare what changed."""
    document = _visible_document(request, pk)
    earlier = get_object_or_404(DocumentVersion, pk=version, document=document)
    return _attachment(earlier.file, earlier.original_name, earlier.content_type)


def _json(package):
    response = JsonResponse(package, json_dumps_params={"ensure_ascii": False, "indent": 2})
    response["Access-Control-Allow-Origin"] = "*"  # open data: any site may fetch it
    return response


def tender_ocds(request, pk):
    """One tender as an OCDS 1.1 release package."""
    tenders = Announcement.objects.published().of_kind(Kind.TENDER).with_details()
    tender = get_object_or_404(tenders, pk=pk)
    return _json(opendata.release_package([tender], translation.get_language(), request.path))


def ocds(request):
    """Every published tender as one OCDS 1.1 release package."""
    tenders = (
        Announcement.objects.published().of_kind(Kind.TENDER).with_details().order_by("-published_at", "-pk")
    )
    return _json(opendata.release_package(list(tenders), translation.get_language(), request.path))
