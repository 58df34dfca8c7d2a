"""The benchmark's own URLconf: only the bare baseline view (see ``bench.wsgi``)."""

from django.http import HttpResponse
from django.urls import path


def baseline(request):
    """A short fixed answer: what Django and the site's middleware cost with no page at all."""
    return HttpResponse("OK\n", content_type="text/plain; charset=utf-8")


urlpatterns = [path("bench-baseline", baseline, name="bench_baseline")]
