from django.urls import path

from pages import feeds
from pages.models import LegalDocument, PageAttachment
from pages.views import PageFileView

app_name = "pages"

urlpatterns = [
    path("<id:pk>/", PageFileView.as_view(model=LegalDocument), name="document"),
    path("attachments/<id:pk>/", PageFileView.as_view(model=PageAttachment), name="attachment"),
    path("changes/<id:pk>/", feeds.DocumentChangesFeed(), name="documents_feed"),
]
