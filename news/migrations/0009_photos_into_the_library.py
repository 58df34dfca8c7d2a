"""One library photo per cover, gallery photo and address photo, its file left where it is.

The photo keeps the stored name and renditions of the image it replaces, so every public
address of an original or a rendition keeps working; its descriptions, caption and credit come
along in the three languages. The same file used twice becomes one photo used twice. Going
back copies them onto the old fields again and removes the photos made here.
"""

from django.db import migrations

LANGUAGES = ("tg", "ru", "en")


def _texts(item, source, target):
    """{target_tg: item.source_tg, ...} and the untranslated column as modeltranslation keeps it
    (the default language's text)."""
    texts = {f"{target}_{code}": getattr(item, f"{source}_{code}") or "" for code in LANGUAGES}
    return {target: texts[f"{target}_tg"], **texts}


def _title(item, fallback):
    for code in LANGUAGES:
        title = getattr(item, f"title_{code}", "")
        if title:
            return title[:255]
    return fallback[:255]


def into_library(apps, schema_editor):
    database = schema_editor.connection.alias  # the one being migrated, not always the default
    Photo = apps.get_model("photos", "Photo")
    Article = apps.get_model("news", "Article")
    ArticlePhoto = apps.get_model("news", "ArticlePhoto")
    Address = apps.get_model("news", "Address")
    made = {}

    def library_photo(name, renditions, title, owner, **texts):
        if name not in made:
            made[name] = Photo.objects.using(database).create(
                image=name,
                renditions=renditions or {},
                title=title,
                uploaded_at=owner.created_at,
                uploaded_by_id=owner.created_by_id,
                **texts,
            )
        return made[name]

    for article in Article.objects.using(database).exclude(cover="").order_by("pk").iterator():
        photo = library_photo(
            article.cover.name,
            article.cover_renditions,
            _title(article, article.cover.name),
            article,
            **_texts(article, "cover_alt", "alt"),
            **_texts(article, "cover_credit", "credit"),
        )
        Article.objects.using(database).filter(pk=article.pk).update(cover_photo=photo)
    for row in ArticlePhoto.objects.using(database).select_related("article").exclude(image="").order_by("pk").iterator():
        photo = library_photo(
            row.image.name,
            row.renditions,
            row.caption_tg or row.caption_ru or row.caption_en or _title(row.article, row.image.name),
            row.article,
            **_texts(row, "alt", "alt"),
            **_texts(row, "caption", "caption"),
        )
        ArticlePhoto.objects.using(database).filter(pk=row.pk).update(photo=photo)
    for address in Address.objects.using(database).exclude(photo="").order_by("pk").iterator():
        photo = library_photo(
            address.photo.name,
            address.photo_renditions,
            _title(address, address.photo.name),
            address,
            **_texts(address, "photo_alt", "alt"),
        )
        Address.objects.using(database).filter(pk=address.pk).update(featured_photo=photo)


def out_of_library(apps, schema_editor):
    database = schema_editor.connection.alias
    Photo = apps.get_model("photos", "Photo")
    Article = apps.get_model("news", "Article")
    ArticlePhoto = apps.get_model("news", "ArticlePhoto")
    Address = apps.get_model("news", "Address")
    used = set()
    for article in Article.objects.using(database).filter(cover_photo__isnull=False).select_related("cover_photo").iterator():
        photo = article.cover_photo
        Article.objects.using(database).filter(pk=article.pk).update(
            cover=photo.image.name,
            cover_renditions=photo.renditions,
            cover_photo=None,
            **_texts(photo, "alt", "cover_alt"),
            **_texts(photo, "credit", "cover_credit"),
        )
        used.add(photo.pk)
    for row in ArticlePhoto.objects.using(database).filter(photo__isnull=False).select_related("photo").iterator():
        photo = row.photo
        ArticlePhoto.objects.using(database).filter(pk=row.pk).update(
            image=photo.image.name,
            renditions=photo.renditions,
            photo=None,
            **_texts(photo, "alt", "alt"),
            **_texts(photo, "caption", "caption"),
        )
        used.add(photo.pk)
    for address in Address.objects.using(database).filter(featured_photo__isnull=False).select_related("featured_photo").iterator():
        photo = address.featured_photo
        Address.objects.using(database).filter(pk=address.pk).update(
            photo=photo.image.name,
            photo_renditions=photo.renditions,
            featured_photo=None,
            **_texts(photo, "alt", "photo_alt"),
        )
        used.add(photo.pk)
    # The files stay: they are the old fields' files again.
    Photo.objects.using(database).filter(pk__in=used).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("news", "0008_photo_library_links"),
        ("photos", "0001_photo_library"),
    ]

    operations = [migrations.RunPython(into_library, out_of_library)]
