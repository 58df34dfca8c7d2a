"""Settings for the MIA portal.

One module for every environment: deployments differ only by environment variables
(see the table in README.md). The defaults run the site on a laptop: SQLite, a cache
in files, DEBUG off.

It stays one file past the usual length on purpose: every environment variable is read once
at the top and every setting sits under its section heading below, so one read from top to
bottom shows everything a deployment can change and what it changes. Split into modules, the
settings would have to import each other in order, and the reader would follow the chain.
"""

import os
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlsplit

import dj_database_url
from csp.constants import NONE, SELF
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def env_int(name, default):
    value = os.environ.get(name)
    return int(value) if value else default


def env_float(name, default):
    value = os.environ.get(name)
    return float(value) if value else default


# --- Paths & environment -------------------------------------------------------------
BASE_DIR = Path(__file__).resolve().parent.parent

DEBUG = env_bool("DJANGO_DEBUG")
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured("Set DJANGO_SECRET_KEY (or DJANGO_DEBUG=1 for local development).")
    SECRET_KEY = "django-insecure-local-development-only"  # noqa: S105 (DEBUG only)

ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS")
# Absolute URLs in feeds and sitemaps come from here, never from the request's Host header.
SITE_URL = os.environ.get("DJANGO_SITE_URL", "http://127.0.0.1:8000").rstrip("/")
ADMIN_PATH = os.environ.get("DJANGO_ADMIN_PATH", "admin/").strip("/") + "/"
# Tenders as open contracting data (announcements/opendata.py). The real ocid prefix is the one
# the Open Contracting Partnership registers for the ministry; the default says it is not.
OCDS_PREFIX = os.environ.get("DJANGO_OCDS_PREFIX", "ocds-unregistered-mia").rstrip("-")
# The footer allows reuse with a link to the source: CC BY 4.0 is the standard licence saying so.
OCDS_LICENSE = os.environ.get("DJANGO_OCDS_LICENSE", "https://creativecommons.org/licenses/by/4.0/")
OCDS_PUBLICATION_POLICY = os.environ.get("DJANGO_OCDS_PUBLICATION_POLICY", "")
# Site administrators must set up two-factor login before they can use the admin.
ADMIN_REQUIRE_2FA = env_bool("DJANGO_ADMIN_REQUIRE_2FA")

# Citizens' appeals and the Mobile reporter (appeals/; README "Appeals"). The terms follow the
# Law on appeals of individuals and legal entities; the ministry's lawyers confirm them.
APPEALS_REGISTRATION_DAYS = env_int("DJANGO_APPEALS_REGISTRATION_DAYS", 3)  # working days
APPEALS_ANSWER_DAYS = env_int("DJANGO_APPEALS_ANSWER_DAYS", 15)  # no further study needed
APPEALS_STUDY_DAYS = env_int("DJANGO_APPEALS_STUDY_DAYS", 30)  # further study needed
APPEALS_EXTENSION_DAYS = env_int("DJANGO_APPEALS_EXTENSION_DAYS", 30)  # at most, once
APPEALS_FORWARD_DAYS = env_int("DJANGO_APPEALS_FORWARD_DAYS", 5)  # to another competent body
# Answer terms in calendar days (a last day off work moves to the next working day), or in
# working days when the law is read so.
APPEALS_TERMS_IN_WORKING_DAYS = env_bool("DJANGO_APPEALS_TERMS_IN_WORKING_DAYS")
# Public holidays: fixed dates (month-day) every year, plus the dates the government announces
# each year (Idi Ramazon, Idi Qurbon, days moved) as YYYY-MM-DD.
APPEALS_FIXED_HOLIDAYS = env_list(
    "DJANGO_APPEALS_FIXED_HOLIDAYS", "01-01,03-08,03-21,03-22,03-23,03-24,05-09,06-27,09-09,11-06"
)
APPEALS_HOLIDAYS = env_list("DJANGO_APPEALS_HOLIDAYS")
APPEALS_REMINDER_DAYS = env_int("DJANGO_APPEALS_REMINDER_DAYS", 3)  # before the due date
APPEALS_RETENTION_YEARS = env_int("DJANGO_APPEALS_RETENTION_YEARS", 5)  # after closing
APPEALS_MAX_FILES = env_int("DJANGO_APPEALS_MAX_FILES", 5)
APPEALS_MAX_FILE_BYTES = env_int("DJANGO_APPEALS_MAX_FILE_BYTES", 15 * 1024 * 1024)  # photos, PDF
APPEALS_MAX_VIDEO_BYTES = env_int("DJANGO_APPEALS_MAX_VIDEO_BYTES", 50 * 1024 * 1024)
APPEALS_LIMIT_PER_ADDRESS = env_int("DJANGO_APPEALS_LIMIT_PER_ADDRESS", 5)  # an hour
APPEALS_LIMIT_PER_EMAIL = env_int("DJANGO_APPEALS_LIMIT_PER_EMAIL", 3)  # a day
APPEALS_DUPLICATE_HOURS = env_int("DJANGO_APPEALS_DUPLICATE_HOURS", 24)
APPEALS_STATUS_FAILURE_LIMIT = env_int("DJANGO_APPEALS_STATUS_FAILURE_LIMIT", 10)  # in 15 minutes
# Leading zero bits of the browser's proof of work (14: about 16,000 hashes, a blink on a phone).
APPEALS_PROOF_BITS = env_int("DJANGO_APPEALS_PROOF_BITS", 14)
APPEALS_FROM_EMAIL = os.environ.get("DJANGO_APPEALS_FROM_EMAIL", "appeals@mia.tj")
# The privacy notice the forms link to (unset: the notice on the form page itself).
APPEALS_PRIVACY_URL = os.environ.get("DJANGO_APPEALS_PRIVACY_URL", "")
# Else the site's page at this path (under the language prefix), while it is public.
APPEALS_PRIVACY_PAGE = os.environ.get("DJANGO_APPEALS_PRIVACY_PAGE", "mahramiyat/")

# --- Security --------------------------------------------------------------------------
# DJANGO_HTTPS=1 in production, behind a TLS-terminating proxy that sets X-Forwarded-Proto.
HTTPS = env_bool("DJANGO_HTTPS")
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if HTTPS else None
SECURE_SSL_REDIRECT = HTTPS
SESSION_COOKIE_SECURE = HTTPS
CSRF_COOKIE_SECURE = HTTPS
LANGUAGE_COOKIE_SECURE = HTTPS
SECURE_HSTS_SECONDS = env_int("DJANGO_HSTS_SECONDS", 31_536_000 if HTTPS else 0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("DJANGO_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_bool("DJANGO_HSTS_PRELOAD", HTTPS)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_HTTPONLY = True
CSRF_COOKIE_SAMESITE = "Lax"
CSRF_FAILURE_VIEW = "sitewide.views.csrf_failure"
LANGUAGE_COOKIE_SAMESITE = "Lax"
LANGUAGE_COOKIE_HTTPONLY = True
SESSION_COOKIE_AGE = 60 * 60 * 12  # one working day
PERMISSIONS_POLICY = (
    "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()"
)
SECURITY_CONTACT = os.environ.get("DJANGO_SECURITY_CONTACT", "mailto:security@mia.tj")
# Appeals' personal data are encrypted with these Fernet keys, newest first; older ones only
# decrypt until `manage.py reencrypt_appeals` has run. Unset: a key derived from the secret key.
APPEALS_KEYS = env_list("DJANGO_APPEALS_KEYS")

# Public pages carry no inline script at all, so no nonce is needed and cached pages stay valid.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [NONE],
        "frame-ancestors": [NONE],
        "form-action": [SELF],
    },
}

# --- Apps & middleware -----------------------------------------------------------------
INSTALLED_APPS = [
    # modeltranslation patches the admin, so it comes before it.
    "modeltranslation",
    "mia_portal.apps.PortalAdminConfig",  # Django's admin, with two-factor login
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.sitemaps",
    "django.contrib.sites",
    "django.contrib.redirects",  # old site addresses mapped to new pages by administrators
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "csp",
    "django_ckeditor_5",
    "reversion",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "mailer",  # the outgoing mail queue (see "Outgoing mail" below)
    "mia_portal",
    "contacts",
    "photos",
    "news",
    "incidents",
    "announcements",
    "appeals",
    "pages",
    "menus",
    "legacy",
    "demo",  # only for its load_demo command: no models, and no app imports it
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "mia_portal.security.SecurityHeadersMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # ETags and 304s for every response, cached ones included.
    "django.middleware.http.ConditionalGetMiddleware",
    # Before sessions and auth: a cached page costs no database query at all.
    "mia_portal.caching.PublicPageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "mia_portal.security.ContentSecurityPolicyMiddleware",
    "django.contrib.redirects.middleware.RedirectFallbackMiddleware",
    # Last, as django-axes requires: it turns a locked-out login into its lockout page.
    "axes.middleware.AxesMiddleware",
]

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

ROOT_URLCONF = "sitewide.urls"
SITE_ID = 1
WSGI_APPLICATION = "mia_portal.wsgi.application"

# --- Database --------------------------------------------------------------------------
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=env_int("DJANGO_DB_CONN_MAX_AGE", 60),
        conn_health_checks=True,
    )
}
# A database that accepts connections but never answers must cost a visitor seconds (then the
# 503 page), not hang every worker until gunicorn kills it. Options in DATABASE_URL win.
statement_timeout = env_int("DJANGO_DB_STATEMENT_TIMEOUT", 10)
database_options = DATABASES["default"].setdefault("OPTIONS", {})
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    database_options.setdefault("connect_timeout", env_int("DJANGO_DB_CONNECT_TIMEOUT", 3))
    database_options.setdefault("options", f"-c statement_timeout={statement_timeout}s")
elif DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Writers wait for each other (up to the timeout) rather than fail with "database is
    # locked": a transaction takes the write lock when it begins. Taken later, at its first
    # write after a read, SQLite could only break the deadlock by failing one of them.
    # (0 lifts PostgreSQL's statement timeout; to SQLite it would mean "never wait".)
    database_options.setdefault("timeout", statement_timeout or 60)
    database_options.setdefault("transaction_mode", "IMMEDIATE")
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Cache -----------------------------------------------------------------------------
# One cache that every process shares: whichever process answers, pages, the versions of
# their tags and what is remembered with them must be the same.
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            # django-redis; once a call fails or times out, the site works without Redis for
            # RETRY_AFTER seconds instead of paying the timeout on every call.
            "BACKEND": "mia_portal.cache_backends.ResilientRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "mia",
            "OPTIONS": {
                "SOCKET_CONNECT_TIMEOUT": 0.25,
                "SOCKET_TIMEOUT": 0.25,
                "RETRY_AFTER": env_int("DJANGO_CACHE_RETRY_AFTER", 5),
            },
        }
    }
else:
    # Files in one folder, which every process of this machine reads and writes.
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": os.environ.get("DJANGO_CACHE_DIR", BASE_DIR / "cache"),
            # Django lists the folder on each write; past this many files it deletes a third.
            "OPTIONS": {"MAX_ENTRIES": env_int("DJANGO_CACHE_MAX_ENTRIES", 2000)},
        }
    }
# Whole public pages for anonymous visitors (mia_portal/caching.py). A public change in an app
# that asks for it (caching.watch_app) purges the pages that show it (their tags); browsers and
# CDNs may keep a page PAGE_CACHE_MAX_AGE.
PAGE_CACHE_SECONDS = env_int("DJANGO_PAGE_CACHE_SECONDS", 300)
PAGE_CACHE_MAX_AGE = env_int("DJANGO_PAGE_CACHE_MAX_AGE", 60)
# After a publication, the previous copy of a page is served this long while one process
# rebuilds it (never after a withdrawal or an expiry).
PAGE_CACHE_STALE_SECONDS = env_int("DJANGO_PAGE_CACHE_STALE_SECONDS", 5)
# Caching proxies in front (Varnish with xkey, deploy/varnish/): the addresses purges are sent to
# (http://127.0.0.1:6081/, comma-separated), and how long a purge may take before it is given up.
PROXY_PURGE_URLS = env_list("DJANGO_PROXY_PURGE_URLS")
PROXY_PURGE_TIMEOUT = env_float("DJANGO_PROXY_PURGE_TIMEOUT", 1.0)
# The query parameters each cached view reads, by URL name; a page is cached under these alone
# and its view sees no others. A view that reads a parameter must have it listed here.
incident_filters = ["region", "district", "category", "date_from", "date_to"]
PAGE_CACHE_QUERY_PARAMETERS = {
    "search": ["q", "type", "page"],
    "news:list": ["rubric", "region", "page"],
    "news:year": ["page"],
    "news:month": ["page"],
    "news:address_list": ["page"],
    "incidents:list": [*incident_filters, "page"],
    "incidents:statistics": incident_filters,
    "incidents:feed": ["region", "district", "category"],
    "announcements:list": ["kind", "status", "page"],
    "page": ["year", "kind"],  # a documents page's filters
    "sitemap_section": ["p"],
}
# Sessions stay in the database so that logins survive a cache outage.
SESSION_ENGINE = "django.contrib.sessions.backends.db"

# --- Internationalisation --------------------------------------------------------------
LANGUAGE_CODE = "tg"
LANGUAGES = [
    ("tg", _("Tajik")),
    ("ru", _("Russian")),
    ("en", _("English")),
]
# locale/admin fills the gaps in Django's own Tajik catalog (admin strings, genitive months);
# it is kept apart because makemessages would mark its entries obsolete in locale/tg.
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "locale" / "admin"]
# Django's Tajik date formats borrow the Russian «г.»; ours read as Tajik.
FORMAT_MODULE_PATH = ["mia_portal.formats"]
TIME_ZONE = "Asia/Dushanbe"
USE_I18N = True
USE_TZ = True

MODELTRANSLATION_DEFAULT_LANGUAGE = "tg"
MODELTRANSLATION_FALLBACK_LANGUAGES = {
    "default": ("tg", "ru", "en"),
    "en": ("ru", "tg"),
}
MODELTRANSLATION_CUSTOM_FIELDS = ("RichTextField",)
# The tabbed translation admin would load jQuery UI from a public CDN; serve our own copy.
JQUERY_UI_URL = "vendor/jquery-ui/jquery-ui.min.js"

# --- Static & media --------------------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("DJANGO_STATIC_ROOT", BASE_DIR / "staticfiles"))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("DJANGO_MEDIA_ROOT", BASE_DIR / "media"))
# Off when a web server, CDN or object storage serves MEDIA_URL (and keeps documents/ private).
SERVE_MEDIA = env_bool("DJANGO_SERVE_MEDIA", True)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
# Uploads in S3-compatible object storage (AWS S3, MinIO, Ceph, Yandex Object Storage…) when a
# bucket is named, so that any number of app hosts share them. Photos are public objects with
# plain URLs (cacheable by browsers and CDNs); documents stay private under documents/ and are
# served through the site, which counts downloads and sets their headers.
MEDIA_BUCKET = os.environ.get("DJANGO_MEDIA_BUCKET", "")
if MEDIA_BUCKET:
    media_storage = {
        "bucket_name": MEDIA_BUCKET,
        "endpoint_url": os.environ.get("DJANGO_MEDIA_ENDPOINT_URL") or None,
        "region_name": os.environ.get("DJANGO_MEDIA_REGION") or None,
        "access_key": os.environ.get("DJANGO_MEDIA_ACCESS_KEY") or None,
        "secret_key": os.environ.get("DJANGO_MEDIA_SECRET_KEY") or None,
        "custom_domain": os.environ.get("DJANGO_MEDIA_DOMAIN") or None,  # a CDN in front of the bucket
        "file_overwrite": False,
        "default_acl": None,
    }
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {**media_storage, "location": "media", "querystring_auth": False},
    }
    STORAGES["documents"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {**media_storage, "location": "documents", "querystring_auth": True},
    }
    SERVE_MEDIA = False
    # Where photos' URLs point, for the Content-Security-Policy: the CDN, or the bucket's own
    # host (path-style or virtual-hosted addresses).
    if media_storage["custom_domain"]:
        media_origins = [f"https://{media_storage['custom_domain']}"]
    elif media_storage["endpoint_url"]:
        endpoint = urlsplit(media_storage["endpoint_url"])
        media_origins = [f"{endpoint.scheme}://{endpoint.netloc}", f"{endpoint.scheme}://*.{endpoint.netloc}"]
    else:
        region = f".{media_storage['region_name']}" if media_storage["region_name"] else ""
        media_origins = [
            f"https://{MEDIA_BUCKET}.s3.amazonaws.com",
            f"https://{MEDIA_BUCKET}.s3{region}.amazonaws.com",
        ]
    CONTENT_SECURITY_POLICY["DIRECTIVES"]["img-src"] += list(dict.fromkeys(media_origins))
# Appeals' evidence (photos, videos, PDF as received): never under MEDIA_ROOT or MEDIA_URL;
# served only to the appeals office through a permission-checked view.
APPEALS_EVIDENCE_ROOT = Path(os.environ.get("DJANGO_APPEALS_EVIDENCE_ROOT", BASE_DIR / "evidence"))
STORAGES["evidence"] = (
    {"BACKEND": "storages.backends.s3.S3Storage", "OPTIONS": {**media_storage, "location": "evidence"}}
    if MEDIA_BUCKET
    else {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {"location": str(APPEALS_EVIDENCE_ROOT)},
    }
)
WHITENOISE_MAX_AGE = 60 * 60  # unhashed files; hashed ones get a year automatically
FILE_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
DATA_UPLOAD_MAX_MEMORY_SIZE = 5_242_880
DATA_UPLOAD_MAX_NUMBER_FIELDS = 2000
# Upload limits for photos and documents.
IMAGE_MAX_PIXELS = env_int("DJANGO_IMAGE_MAX_PIXELS", 40_000_000)
IMAGE_MAX_BYTES = env_int("DJANGO_IMAGE_MAX_BYTES", 15 * 1024 * 1024)
DOCUMENT_MAX_BYTES = env_int("DJANGO_DOCUMENT_MAX_BYTES", 25 * 1024 * 1024)

# --- Templates -------------------------------------------------------------------------
TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "sitewide.context_processors.site",
            ],
        },
    },
]

# --- Outgoing mail ---------------------------------------------------------------------
# send_mail() and EmailMessage.send() only store the message in the database (django-mailer's
# queue); the worker, `manage.py send_queued_mail`, hands it to the mail server. A request never
# waits for the server, and nothing is lost while the server is down.
EMAIL_BACKEND = "mailer.backend.DbBackend"
EMAIL_HOST = os.environ.get("DJANGO_EMAIL_HOST", "")
EMAIL_USE_SSL = env_bool("DJANGO_EMAIL_USE_SSL")  # TLS from the first byte (port 465)
EMAIL_USE_TLS = env_bool("DJANGO_EMAIL_USE_TLS", not EMAIL_USE_SSL)  # STARTTLS (port 587)
if EMAIL_USE_SSL and EMAIL_USE_TLS:
    raise ImproperlyConfigured("Set DJANGO_EMAIL_USE_SSL or DJANGO_EMAIL_USE_TLS, not both.")
EMAIL_PORT = env_int("DJANGO_EMAIL_PORT", 465 if EMAIL_USE_SSL else 587)
EMAIL_HOST_USER = os.environ.get("DJANGO_EMAIL_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("DJANGO_EMAIL_PASSWORD", "")
# Seconds the worker waits on each step of a conversation with the server: a server that hangs
# holds the worker (and, on SQLite, the database's write lock) no longer than this.
EMAIL_TIMEOUT = env_int("DJANGO_EMAIL_TIMEOUT", 10)
DEFAULT_FROM_EMAIL = os.environ.get("DJANGO_DEFAULT_FROM_EMAIL", "noreply@mia.tj")
SERVER_EMAIL = os.environ.get("DJANGO_SERVER_EMAIL", DEFAULT_FROM_EMAIL)
# What the worker sends with: the SMTP server, or, with none configured (a laptop, `make run`),
# the worker's console output.
MAILER_EMAIL_BACKEND = "django.core.mail.backends.{}.EmailBackend".format("smtp" if EMAIL_HOST else "console")
# Workers take each message under a row lock in the database (PostgreSQL; on SQLite the
# write lock), which holds across machines; django-mailer's lock file would hold on one
# machine only, and one left behind by a killed worker stops sending for good.
MAILER_USE_FILE_LOCK = False
MAILER_ERROR_HANDLER = "mia_portal.mail_queue.handle_delivery_error"
# A message the server refuses for a while (4xx) is tried again after 1, 2, 4… minutes, then
# hourly; after this many tries (about three days), or at once for a permanent refusal (5xx),
# it is marked failed and waits in the admin for an administrator.
MAILER_EMAIL_MAX_RETRIES = 72
# A pass of the worker sends at most this many messages, so that it stops soon when asked to.
MAILER_EMAIL_MAX_BATCH = 100
# Seconds between the worker's looks at the queue.
MAIL_QUEUE_POLL_SECONDS = env_int("DJANGO_MAIL_QUEUE_POLL_SECONDS", 5)

# --- Logging ---------------------------------------------------------------------------
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": os.environ.get("DJANGO_LOG_LEVEL", "WARNING")},
    "loggers": {
        # Bad Host headers are attacks or misconfigured probes, not errors worth a page.
        "django.security.DisallowedHost": {"handlers": [], "propagate": False},
    },
}

# --- Third-party -----------------------------------------------------------------------
# Admin login throttling (mia_portal/logins.py): wrong passwords lock an account together with
# the address they came from, so nobody can lock someone else out from elsewhere; an account
# attacked from many addresses closes only to addresses its owner never logged in from.
# Attempts are kept in the database, so lockouts hold in every process and when Redis is down.
AXES_HANDLER = "mia_portal.logins.LoginThrottle"
AXES_FAILURE_LIMIT = env_int("DJANGO_LOGIN_FAILURE_LIMIT", 5)
LOGIN_ACCOUNT_FAILURE_LIMIT = env_int("DJANGO_LOGIN_ACCOUNT_FAILURE_LIMIT", 20)
AXES_COOLOFF_TIME = timedelta(minutes=env_int("DJANGO_LOGIN_COOLOFF_MINUTES", 15))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "mia_portal.logins.lockout_response"
# Behind nginx or a load balancer every connection comes from the proxy: the number of proxies
# in front tells where in X-Forwarded-For the visitor's address stands (0: no proxy).
TRUSTED_PROXY_COUNT = env_int("DJANGO_TRUSTED_PROXY_COUNT", 0)
AXES_CLIENT_IP_CALLABLE = "mia_portal.logins.client_address"
AXES_VERBOSE = False
OTP_TOTP_ISSUER = "MIA Tajikistan"
# An administrator who may list the staff's devices must not read their secrets or QR codes
# (that would copy someone's second factor); each person sets up their own at /admin/two-factor/.
OTP_ADMIN_HIDE_SENSITIVE_DATA = True

CKEDITOR_5_FILE_UPLOAD_PERMISSION = "staff"
# The editor speaks the admin's language: the widget gives it the request's language and loads
# the translation files named here (Tajik is ours, static/django_ckeditor_5/dist/translations/tg.js;
# English is built in).
CKEDITOR_5_USER_LANGUAGE = True
CKEDITOR_5_CONFIGS = {
    "default": {
        "language": ["tg", "ru"],
        "toolbar": {
            "items": [
                "heading",
                "|",
                "bold",
                "italic",
                "link",
                "|",
                "bulletedList",
                "numberedList",
                "blockQuote",
                "|",
                "insertTable",
                "imageUpload",
                "|",
                "undo",
                "redo",
            ],
        },
        # Lazy titles: the configuration is written into each page in that page's language.
        "heading": {
            "options": [
                {"model": "paragraph", "title": _("Paragraph"), "class": "ck-heading_paragraph"},
                {"model": "heading2", "view": "h2", "title": _("Heading"), "class": "ck-heading_heading2"},
                {"model": "heading3", "view": "h3", "title": _("Subheading"), "class": "ck-heading_heading3"},
            ]
        },
        "image": {"toolbar": ["imageTextAlternative", "toggleImageCaption"]},
        "table": {"contentToolbar": ["tableColumn", "tableRow", "mergeTableCells"]},
        # item: links are references to the site's own items (mia_portal/links/references.py);
        # allowed, the editor shows them in its link balloon rather than "#".
        "link": {"defaultProtocol": "https://", "allowedProtocols": ["item"]},
    },
}
