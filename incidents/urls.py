from django.urls import path

from incidents import views
from incidents.feeds import IncidentFeed

app_name = "incidents"

urlpatterns = [
    path("", views.IncidentListView.as_view(), name="list"),
    path("statistics/", views.IncidentStatisticsView.as_view(), name="statistics"),
    path("feed/", IncidentFeed(), name="feed"),
    path("<id:pk>-<slug:slug>/", views.IncidentDetailView.as_view(), name="detail"),
]
