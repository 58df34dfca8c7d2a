"""The project's WSGI application, plus ``/bench-baseline`` for the benchmark.

    gunicorn bench.wsgi:application …

Every request goes through the project's settings and middleware as under
``mia_portal.wsgi``; only ``/bench-…`` paths (the baseline and the reference pages) are
resolved against ``bench.urls`` (Django honours ``request.urlconf``), so the baseline costs
what a page costs minus the page itself, and the project's URLconf stays free of benchmark
code.
"""

import os

import django
from django.core.handlers.wsgi import WSGIHandler

BENCH_PREFIX = "/bench-"

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "mia_portal.settings")
django.setup(set_prefix=False)


class BenchmarkHandler(WSGIHandler):
    def get_response(self, request):
        if request.path_info.startswith(BENCH_PREFIX):
            request.urlconf = "bench.urls"
        return super().get_response(request)


application = BenchmarkHandler()
