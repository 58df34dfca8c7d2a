from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext
from django.views.generic import DetailView, ListView, TemplateView

from incidents.filters import IncidentFilter
from incidents.models import Incident
from incidents.statistics import IncidentStatistics, column_chart, default_period, horizontal_bar_chart
from mia_portal.filtering import FilteredListMixin
from mia_portal.pagination import PaginatedMixin
from mia_portal.published_views import PublishedDetailMixin, PublishedListMixin

RELATED_COUNT = 4


def incidents_breadcrumbs():
    return [(gettext("Incidents"), reverse("incidents:list"))]


class IncidentListView(FilteredListMixin, PaginatedMixin, PublishedListMixin, ListView):
    model = Incident
    paginate_by = 20
    filterset_class = IncidentFilter

    def get_queryset(self):
        return super().get_queryset().for_cards()

    def get_context_data(self, **kwargs):
        form = self.filterset.form
        context = super().get_context_data(
            form=form,
            filter_query=form.querystring(),
            # Feeds follow places and categories; a date range makes no sense for a feed.
            feed_query=form.querystring(date_from=None, date_to=None),
            **kwargs,
        )
        page = context["page_obj"]
        context["page_range"] = context["paginator"].get_elided_page_range(
            page.number, on_each_side=2, on_ends=1
        )
        # Search engines index the stream itself; its filtered views and later pages only lead to reports.
        if form.is_filtered() or page.number > 1:
            context["robots"] = "noindex, follow"
        return context


class IncidentDetailView(PublishedDetailMixin, DetailView):
    model = Incident

    def get_queryset(self):
        return (
            super()
            .get_queryset()
            .with_details()
            .select_related("department")
            .prefetch_related("status_changes")
        )

    def get_context_data(self, **kwargs):
        incident = self.object
        others = Incident.objects.listed_in(translation.get_language()).for_cards().exclude(pk=incident.pk)
        context = super().get_context_data(
            breadcrumbs=incidents_breadcrumbs(),
            more_in_district=others.in_district(incident.district_id)[:RELATED_COUNT],
            more_in_category=others.in_category(incident.category_id)[:RELATED_COUNT],
            **kwargs,
        )
        # The report's own words, in the language it is shown in; the labels stay in the page's.
        with translation.override(context["content_language"]):
            context["content"] = {
                "reporting_unit": incident.reporting_unit,
                "code_article_label": incident.code_article_label,
            }
            context["history"] = [(change, change.note) for change in incident.status_changes.all()]
        return context


class IncidentStatisticsView(TemplateView):
    """Counts of everything published, in any language: a statistic must not shrink with a translation."""

    template_name = "incidents/incident_statistics.html"

    def get_context_data(self, **kwargs):
        filterset = IncidentFilter(self.request.GET, queryset=Incident.objects.published())
        form = filterset.form
        filters = form.filters
        first_day, last_day = default_period(timezone.localdate(), filters["date_from"], filters["date_to"])
        region = filters["region"]
        districts = [d for d in filterset.districts.values() if region and d.region_id == region.pk]
        stats = IncidentStatistics.collect(
            filterset.qs,
            first_day,
            last_day,
            categories=filterset.categories.values(),
            regions=filterset.regions.values(),
            districts=districts,
            cache_key=form.querystring(),
        )
        # Each row links to the stream of the reports it counts.
        list_url = reverse("incidents:list")
        for rows, narrowing in (
            (stats.by_category, "category"),
            (stats.by_region, "region"),
            (stats.by_district, "district"),
        ):
            for row in rows:
                query = {narrowing: row.key, "date_from": first_day, "date_to": last_day}
                if narrowing == "region":
                    query["district"] = None
                row.url = f"{list_url}?{form.querystring(**query)}"
        return super().get_context_data(
            breadcrumbs=incidents_breadcrumbs(),
            robots="noindex, follow" if form.is_filtered() else "",
            form=form,
            filter_query=form.querystring(),
            period_query=form.querystring(date_from=first_day, date_to=last_day),
            stats=stats,
            category_chart=horizontal_bar_chart(stats.by_category),
            region_chart=horizontal_bar_chart(stats.by_region),
            district_chart=horizontal_bar_chart(stats.by_district) if districts else None,
            period_chart=column_chart(stats.by_period),
            **kwargs,
        )
