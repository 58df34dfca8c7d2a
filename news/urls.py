from django.urls import path, re_path

from news import feeds, views

app_name = "news"

urlpatterns = [
    path("", views.ArticleListView.as_view(), name="list"),
    path("feed/", feeds.ArticleFeed(), name="feed"),
    path("addresses/", views.AddressListView.as_view(), name="address_list"),
    path("addresses/<id:pk>-<slug:slug>/", views.AddressDetailView.as_view(), name="address_detail"),
    re_path(r"^(?P<year>[0-9]{4})/$", views.ArticleYearArchiveView.as_view(), name="year"),
    re_path(
        r"^(?P<year>[0-9]{4})/(?P<month>[0-9]{1,2})/$",
        views.ArticleMonthArchiveView.as_view(),
        name="month",
    ),
    path("<id:pk>-<slug:slug>/", views.ArticleDetailView.as_view(), name="detail"),
]
