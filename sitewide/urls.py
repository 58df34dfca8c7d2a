from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path, register_converter

from mia_portal import editor
from pages.paths import PagePathConverter
from pages.views import PageView
from sitewide import sitemaps, views
from sitewide.context_processors import SITE_NAME

register_converter(PagePathConverter, "page_path")

admin.site.site_header = SITE_NAME
admin.site.site_title = SITE_NAME

urlpatterns = [
    path(settings.ADMIN_PATH, admin.site.urls),
    # The editor's image uploads go through our validated view, never the package's own.
    path("editor/upload/", editor.upload_image, name="ck_editor_5_upload_file"),
    path("language/<str:code>/", views.switch_language, name="switch_language"),
    path("reading-mode/", views.set_reading_mode, name="reading_mode"),
    path("healthz", views.health, name="health"),
    # Without a separate web server in front, the app serves uploads itself (SERVE_MEDIA).
    *([path("media/<path:path>", views.media, name="media")] if settings.SERVE_MEDIA else []),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path("sitemap.xml", sitemaps.index, name="sitemap"),
    path("sitemap-<slug:section>.xml", sitemaps.section, name="sitemap_section"),
    path(".well-known/security.txt", views.security_txt, name="security_txt"),
    # The old site's addresses of items (/index.php/en/news-archive/25704-…).
    path("index.php/", include("legacy.urls")),
]

urlpatterns += i18n_patterns(
    path("", views.HomeView.as_view(), name="home"),
    path("search/", views.SearchView.as_view(), name="search"),
    path("feeds/", views.FeedListView.as_view(), name="feeds"),
    path("news/", include("news.urls")),
    path("incidents/", include("incidents.urls")),
    path("announcements/", include("announcements.urls")),
    path("contacts/", include("contacts.urls")),
    path("appeals/", include("appeals.urls")),
    path("documents/", include("pages.urls")),
    # The ministry's pages by their path of slugs; last, so that every section above wins.
    path("<page_path:path>", PageView.as_view(), name="page"),
)

handler400 = "sitewide.views.bad_request"
handler403 = "sitewide.views.permission_denied"
handler404 = "sitewide.views.page_not_found"
handler500 = "sitewide.views.server_error"
