from django.urls import path

from legacy import views

app_name = "legacy"

urlpatterns = [
    path("<path:path>", views.old_address, name="old_address"),
]
