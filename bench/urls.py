"""The benchmark's own URLconf (see ``bench.wsgi``): the bare baseline view, two reference pages,
then the project's own URLs, so that the site's layout and its links resolve as on the site.

The reference pages show what is left for a page once the layout and the news list's query
are paid for: ``/bench-floor/layout`` is the layout every page extends with nothing in it,
``/bench-floor/cards`` the same layout around the news list's first twelve cards, each only a
linked title, a date, a rubric and a summary (no photos, filters, pagination or archive).
"""

from django.http import HttpResponse
from django.template import engines
from django.urls import path
from django.utils import translation

from news.models import Article
from news.views import ARTICLES_PER_PAGE
from sitewide import urls as site_urls

# The language of the news list in the bench's page mix.
FLOOR_LANGUAGE = "ru"

LAYOUT = engines["django"].from_string('{% extends "base.html" %}')
CARDS = engines["django"].from_string(
    """{% extends "base.html" %}{% load dates %}{% block content %}<ul class="article-cards">
{% for article in articles %}<li><article class="article-card"><h2 class="article-card__title">
<a href="{{ article.get_absolute_url }}">{{ article.title }}</a></h2>
<p class="article-card__meta">{% time article.published_at %} {{ article.rubric.name }}</p>
<p class="article-card__summary">{{ article.summary|truncatewords:30 }}</p></article></li>
{% endfor %}</ul>{% endblock content %}"""
)


def baseline(request):
    """A short fixed answer: what Django and the site's middleware cost with no page at all."""
    return HttpResponse("OK\n", content_type="text/plain; charset=utf-8")


def floor_layout(request):
    with translation.override(FLOOR_LANGUAGE):
        return HttpResponse(LAYOUT.render({}, request))


def floor_cards(request):
    with translation.override(FLOOR_LANGUAGE):
        articles = Article.objects.listed_in(FLOOR_LANGUAGE).for_cards()[:ARTICLES_PER_PAGE]
        return HttpResponse(CARDS.render({"articles": articles}, request))


urlpatterns = [
    path("bench-baseline", baseline, name="bench_baseline"),
    path("bench-floor/layout", floor_layout, name="bench_floor_layout"),
    path("bench-floor/cards", floor_cards, name="bench_floor_cards"),
    *site_urls.urlpatterns,
]

handler400 = site_urls.handler400
handler403 = site_urls.handler403
handler404 = site_urls.handler404
handler500 = site_urls.handler500
