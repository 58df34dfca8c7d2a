from django.urls import path

from appeals import views

app_name = "appeals"

urlpatterns = [
    path("", views.appeal_form, name="new"),
    path("reporter/", views.tip_form, name="tip"),
    path("receipt/", views.receipt, name="receipt"),
    path("status/", views.status, name="status"),
    path("statistics/", views.AppealStatisticsView.as_view(), name="statistics"),
]
