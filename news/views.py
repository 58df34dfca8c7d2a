from urllib.parse import quote, urlencode

from django.conf import settings
from django.db.models import Prefetch
from django.http import Http404
from django.urls import reverse
from django.utils import formats, translation
from django.utils.translation import gettext
from django.views.generic import DetailView, ListView, MonthArchiveView, YearArchiveView

from mia_portal.cache_tags import depends_on, list_tag
from mia_portal.caching import remember
from mia_portal.filtering import FilteredListMixin
from mia_portal.pagination import PaginatedMixin
from mia_portal.published_views import PublishedDetailMixin, PublishedListMixin
from mia_portal.routing import cached_reverse
from news.filters import ArticleFilter
from news.models import Address, Article, ArticlePhoto

ARTICLES_PER_PAGE = 12
RELATED_ARTICLES = 3
FIRST_ARCHIVE_YEAR = 1900


def news_breadcrumbs(*trail):
    """Home › News › ``trail``: the (label, url) pairs of the news pages (the last one, without
    a url, is the page itself)."""
    news = (gettext("News"), reverse("news:list") if trail else None)
    return [news, *trail]


class ArticleListMixin(PaginatedMixin, PublishedListMixin):
    model = Article
    paginate_by = ARTICLES_PER_PAGE

    def get_queryset(self):
        return super().get_queryset().for_cards()

    def get_context_data(self, **kwargs):
        language = translation.get_language()
        articles = self.model.objects.listed_in(language)
        years = remember(
            f"news-archive-years:{language}",
            lambda: list(articles.datetimes("published_at", "year", order="DESC")),
            tags=[list_tag(Article)],
        )
        archive_years = [
            {"year": year.year, "url": cached_reverse("news:year", year=year.year)} for year in years
        ]
        context = super().get_context_data(archive_years=archive_years, **kwargs)
        context["breadcrumbs"] = self.breadcrumbs(context)
        return context

    def breadcrumbs(self, context):
        return news_breadcrumbs()


class ArticleListView(FilteredListMixin, ArticleListMixin, ListView):
    """Newest first, optionally narrowed to a rubric and a region (``?rubric=&region=``)."""

    filterset_class = ArticleFilter

    def get_context_data(self, **kwargs):
        chosen = self.filterset.form.cleaned_data
        return super().get_context_data(
            rubric_choices=[(rubric.slug, rubric.name) for rubric in self.filterset.rubrics],
            region_choices=[(region.slug, region.name) for region in self.filterset.regions],
            rubric=chosen.get("rubric"),
            region=chosen.get("region"),
            ignored_filters=list(self.filterset.errors),
            **kwargs,
        )


class ArchiveYearsMixin:
    """Archives answer for years the site can hold; before ``FIRST_ARCHIVE_YEAR`` is a 404.

    Midnight of 1 January of year 1 in Dushanbe is still year 0 in UTC, which Python's dates
    cannot hold: without the bound ``/news/0001/`` would be a server error.
    """

    def get_year(self):
        year = super().get_year()
        if int(year) < FIRST_ARCHIVE_YEAR:
            raise Http404
        return year


class ArticleYearArchiveView(ArchiveYearsMixin, ArticleListMixin, YearArchiveView):
    date_field = "published_at"
    make_object_list = True

    def breadcrumbs(self, context):
        return news_breadcrumbs((str(context["year"].year), None))


class ArticleMonthArchiveView(ArchiveYearsMixin, ArticleListMixin, MonthArchiveView):
    date_field = "published_at"
    month_format = "%m"

    def breadcrumbs(self, context):
        month = context["month"]
        year_url = cached_reverse("news:year", year=month.year)
        return news_breadcrumbs((str(month.year), year_url), (formats.date_format(month, "F"), None))


class ArticleDetailView(PublishedDetailMixin, DetailView):
    model = Article

    def get_queryset(self):
        photos = ArticlePhoto.objects.select_related("photo").order_by("order", "pk")
        return (
            super()
            .get_queryset()
            .with_details()
            .select_related("cover_photo")
            .prefetch_related(Prefetch("photos", queryset=photos), "updates")
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        article = self.object
        depends_on(article.rubric_tag())  # its related articles
        language = translation.get_language()
        related = Article.objects.listed_in(language).related_to(article).for_cards()
        title = getattr(article, f"title_{context['content_language']}") or str(article)
        region_url = ""
        if article.region:
            region_url = reverse("news:list") + "?" + urlencode({"region": article.region.slug})
        context.update(
            breadcrumbs=news_breadcrumbs((title, None)),
            rubric_url=article.rubric.get_absolute_url(),
            region_url=region_url,
            related_articles=related[:RELATED_ARTICLES],
            share_links=share_links(settings.SITE_URL + article.get_absolute_url(), title),
        )
        return context


def share_links(url, title):
    """Plain links to the networks' own share pages: no scripts, no tracking on our pages."""
    return [
        {"name": "Facebook", "url": "https://www.facebook.com/sharer/sharer.php?" + urlencode({"u": url})},
        {"name": "Telegram", "url": "https://t.me/share/url?" + urlencode({"url": url, "text": title})},
        {"name": "X", "url": "https://x.com/intent/post?" + urlencode({"url": url, "text": title})},
        {
            "name": gettext("E-mail"),
            "url": "mailto:?" + urlencode({"subject": title, "body": url}, quote_via=quote),
        },
    ]


class AddressListView(PaginatedMixin, PublishedListMixin, ListView):
    model = Address
    paginate_by = ARTICLES_PER_PAGE

    def get_context_data(self, **kwargs):
        addresses = (gettext("Addresses of the President"), None)
        return super().get_context_data(breadcrumbs=news_breadcrumbs(addresses), **kwargs)


class AddressDetailView(PublishedDetailMixin, DetailView):
    model = Address

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        address = self.object
        title = getattr(address, f"title_{context['content_language']}") or str(address)
        addresses = (gettext("Addresses of the President"), reverse("news:address_list"))
        context["breadcrumbs"] = news_breadcrumbs(addresses, (title, None))
        return context
