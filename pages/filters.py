import django_filters
from django.utils.translation import gettext_lazy as _

from pages.models import DocumentKind


class LegalDocumentFilter(django_filters.FilterSet):
    """A documents page's documents by year and kind (``?year=&kind=``); the years offered are
    those the page has, and a value not offered is not applied."""

    year = django_filters.ChoiceFilter(
        method=lambda documents, name, year: documents.filter(date__year=int(year)),
        empty_label=_("All years"),
    )
    kind = django_filters.ChoiceFilter(choices=DocumentKind.choices, empty_label=_("All kinds"))

    def __init__(self, *args, years=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.filters["year"].extra["choices"] = [(str(year), str(year)) for year in years]
