from django.urls import path

from announcements import views
from announcements.feeds import AnnouncementFeed

app_name = "announcements"

urlpatterns = [
    path("", views.AnnouncementListView.as_view(), name="list"),
    path("feed/", AnnouncementFeed(), name="feed"),
    path("tenders.json", views.ocds, name="ocds"),
    path("tenders/<id:pk>.json", views.tender_ocds, name="tender_ocds"),
    path("documents/<id:pk>/download/", views.document_download, name="document"),
    path(
        "documents/<id:pk>/versions/<id:version>/download/",
        views.document_version_download,
        name="document_version",
    ),
    path("<id:pk>-<slug:slug>/", views.AnnouncementDetailView.as_view(), name="detail"),
]
