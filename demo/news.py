"""Demo news: rubrics, the seed page's round table, a dozen further items (one of them a draft,
so that the admin's preview has something to show) and the President's address.

``load()`` adds the items that are missing (known by slug), each with its photos, and changes
nothing that exists.
"""

from contacts.models import Region
from demo.drawings import photo
from demo.loading import data, day, moment, named_rows, paragraphs, translated
from mia_portal.publishing import Status
from news.models import Address, Article, ArticlePhoto, ArticleUpdate, Rubric
from photos.models import Collection, Photo

NEWS = data("news")
RUBRICS = NEWS["rubrics"]
BYLINES = NEWS["bylines"]  # name and rank, as the ministry's pages sign articles
PHOTO_CREDIT = NEWS["photo_credit"]
ARTICLES = NEWS["articles"]
ADDRESS = NEWS["address"]


def load():
    rubrics, new_rubrics = named_rows(Rubric, RUBRICS)
    regions = {region.slug: region for region in Region.objects.all()}
    existing = set(
        Article.objects.filter(slug__in=[item["slug"] for item in ARTICLES]).values_list("slug", flat=True)
    )
    new_articles = [_add_article(item, rubrics, regions) for item in ARTICLES if item["slug"] not in existing]
    new_addresses = [] if Address.objects.filter(slug=ADDRESS["slug"]).exists() else [_add_address()]
    return f"new rubrics: {new_rubrics}, articles: {len(new_articles)}, addresses: {len(new_addresses)}"


def _add_address():
    published_at = moment(ADDRESS["published_at"])
    return Address.objects.create(
        slug=ADDRESS["slug"],
        status=Status.PUBLISHED,
        published_at=published_at,
        delivered_on=day(ADDRESS["delivered_on"]),
        # Featured unless the site features another address already: marking one unmarks the others.
        is_current=not Address.objects.filter(is_current=True).exists(),
        featured_photo=_library_photo(
            photo(ADDRESS["scene"], _stamp(published_at), ADDRESS["slug"]),
            ADDRESS["text"],
            translated("alt", ADDRESS["photo_alt"]),
        ),
        **translated("speaker", ADDRESS["speaker"]),
        **_texts(ADDRESS["text"], "title", "body"),
    )


def _add_article(item, rubrics, regions):
    # A language the article is not written in gets no byline, alt text or credit either.
    written = item["text"].keys()
    byline = BYLINES[item["byline"]]
    published_at = moment(item["published_at"])
    article = Article.objects.create(
        slug=item["slug"],
        status=item.get("status", Status.PUBLISHED),
        published_at=published_at,
        rubric=rubrics[item["rubric"]],
        region=regions.get(item["region"]),
        is_featured=item.get("is_featured", False),
        cover_photo=_library_photo(
            photo(item["scene"], _stamp(published_at), item["slug"]),
            item["text"],
            {**translated("alt", item["cover_alt"], written), **translated("credit", PHOTO_CREDIT, written)},
            rubrics[item["rubric"]],
        ),
        **translated("byline_name", byline["name"], written),
        **translated("byline_rank", byline["rank"], written),
        **_texts(item["text"], "title", "lead", "body"),
    )
    for order, picture in enumerate(item.get("gallery", []), start=1):
        ArticlePhoto.objects.create(
            article=article,
            order=order,
            photo=_library_photo(
                photo(picture["scene"], _stamp(published_at), f"{item['slug']}-{order}", size=(1200, 900)),
                item["text"],
                translated("caption", picture["caption"], written),
                rubrics[item["rubric"]],
            ),
        )
    for update in item.get("updates", []):
        ArticleUpdate.objects.create(
            article=article, date=day(update["date"]), **translated("note", update["note"], written)
        )
    return article


def _library_photo(image, text, texts, rubric=None):
    """A photo in the library, titled after its item and shelved in its rubric's collection."""
    title = next(written["title"] for written in text.values())
    library_photo = Photo.objects.create(image=image, title=title, **texts)
    if rubric is not None:
        collection = Collection.objects.filter(name_tg=rubric.name_tg).first()
        if collection is None:
            names = {f"name_{code}": getattr(rubric, f"name_{code}") for code in ("tg", "ru", "en")}
            collection = Collection.objects.create(**names)
        library_photo.collections.add(collection)
    return library_photo


def _texts(text, *fields):
    """The title, lead and body fields of ``{"tg": {"title": …, "body": [paragraphs]}, …}``."""
    values = {}
    for field in fields:
        texts = {code: written[field] for code, written in text.items()}
        if field == "body":
            texts = {code: paragraphs(*body) for code, body in texts.items()}
        values.update(translated(field, texts, text.keys()))
    return values


def _stamp(published_at):
    """The date on a photo's caption band."""
    return published_at.strftime("%d.%m.%Y")
