"""Fill the database with a realistic archive for the benchmark: fast, repeatable, removable.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/mia_bench DJANGO_DEBUG=1 \\
        .venv/bin/python -m bench.generate [--articles N] [--incidents N] [--announcements N]
        [--force | --wipe]

(``bench.run`` calls it with the production settings; ``DJANGO_SETTINGS_MODULE`` defaults to
``mia_portal.settings``. It works on SQLite too: ``DATABASE_URL=sqlite:////tmp/bench.sqlite3``.)

What it writes, by default: 100,000 news articles, 200,000 incident reports (with their case
histories) and 5,000 announcements, tenders (dossier documents, addenda, clarifications,
outcomes) and vacancies (positions), published over twelve years, most in Tajik, Russian and
English, some in one or two languages only, a few drafts, withdrawn or scheduled. News texts
come from the sentence pools in ``bench.texts``; incident reports from the writers of the demo
(``demo.report_writers``). Photos are six real files whose renditions are made once with
``mia_portal.images.make_renditions``; many rows point at them. Documents are four real PDFs.

Rows go in with ``bulk_create`` in batches of 2,000 (no per-row signals, so the page cache is
invalidated once at the end), in chunks of 10,000 items written by one process per CPU on
PostgreSQL (``--jobs``); each chunk has its own seed, so the archive is the same however many
processes write it. Every generated row has ``created_by`` = the inactive user
``bench-generator``: a second run finds the counts and skips, ``--force`` wipes those rows and
writes them again, ``--wipe`` only removes them. The random generator is seeded: the same
options give the same archive. The reference data (regions, districts, rubrics, categories,
helplines, departments) comes from ``load_demo``, run before the archive is written: do not run
``load_demo`` on a database that holds the archive (its loaders find their rows by slug, and
generated items share slugs with them); ``--force`` does it in the right order.
"""

import argparse
import hashlib
import io
import json
import multiprocessing
import os
import random
import time
from contextlib import contextmanager
from datetime import datetime, timedelta
from decimal import Decimal
from functools import partial
from zoneinfo import ZoneInfo

if __name__ == "__main__":  # as a script: set Django up before the models are imported
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "mia_portal.settings")
    django.setup()

from django.conf import settings
from django.contrib.auth.models import User
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.db import connection, connections, transaction
from django.utils import timezone, translation
from PIL import Image, ImageDraw

from announcements.closing import Outcome
from announcements.models import (
    Announcement,
    Clarification,
    Document,
    DocumentVersion,
    Kind,
    Position,
    TenderAddendum,
)
from bench import texts
from contacts.models import District, Region, RegionalDepartment
from demo import reports
from demo.pdf import minimal_pdf
from demo.report_writers import WRITERS
from incidents.models import Incident, IncidentCategory, IncidentStatusChange
from mia_portal.caching import content_changed
from mia_portal.documents.files import document_storage
from mia_portal.images import make_renditions
from mia_portal.publishing import Status
from mia_portal.slugs import latin_slug
from news.models import Article, ArticlePhoto, ArticleUpdate, Rubric
from photos.models import Photo

LANGUAGES = ("tg", "ru", "en")
SEED = 8
BATCH = 2000
CHUNK = 10_000
TIMESTAMPS = ("created_at", "updated_at")
FIRST_YEAR = 2014
BENCH_USERNAME = "bench-generator"
PHOTO_COUNT = 6
PHOTO_INDEX = "bench/photos.json"

# Which languages an item is written in, and how often (weights).
ARTICLE_LANGUAGES = [
    (("tg", "ru", "en"), 70),
    (("tg", "ru"), 14),
    (("tg",), 6),
    (("ru",), 3),
    (("ru", "en"), 3),
    (("tg", "en"), 2),
    (("en",), 2),
]
INCIDENT_LANGUAGES = [(("tg", "ru", "en"), 80), (("tg", "ru"), 14), (("tg",), 3), (("ru",), 3)]
ANNOUNCEMENT_LANGUAGES = [(("tg", "ru", "en"), 75), (("tg", "ru"), 20), (("tg",), 5)]
KINDS = [(Kind.ANNOUNCEMENT, 50), (Kind.TENDER, 35), (Kind.VACANCY, 15)]


def weighted(rng, pairs):
    values, weights = zip(*pairs, strict=True)
    return rng.choices(values, weights)[0]


def per_language(languages, values):
    """``{"tg": …, "ru": …, "en": …}`` with the languages an item lacks left empty."""
    return {code: value if code in languages else "" for code, value in zip(LANGUAGES, values, strict=True)}


def translated(field, languages, values):
    return {f"{field}_{code}": value for code, value in per_language(languages, values).items()}


def formatted(triple, **slots):
    return tuple(
        text.format(**{key: value[n] for key, value in slots.items()}) for n, text in enumerate(triple)
    )


def slug_for(title, languages):
    """Slugs come from the first language the item is written in, as the admin makes them."""
    return latin_slug(title[LANGUAGES.index(languages[0])])


def capitalized(triple):
    return tuple(text[:1].upper() + text[1:] for text in triple)


def paragraphs(*sentence_groups):
    """Rich text from groups of (tg, ru, en) sentences: one <p> per group, per language."""
    return tuple(
        "".join("<p>" + " ".join(sentence[n] for sentence in group) + "</p>" for group in sentence_groups)
        for n in range(len(LANGUAGES))
    )


def timeline(rng, count, now, first_year=FIRST_YEAR):
    """``count`` publication times from ``first_year`` to an hour ago, denser lately, in order."""
    tz = ZoneInfo(settings.TIME_ZONE)
    start = datetime(first_year, 1, 1, tzinfo=tz)
    span = (now - timedelta(hours=1) - start).total_seconds()
    moments = []
    for _number in range(count):
        moment = start + timedelta(seconds=span * rng.random() ** 0.8)
        moments.append(moment.astimezone(tz).replace(hour=rng.randint(8, 19), minute=rng.randint(0, 59)))
    moments.sort()
    return [min(moment, now - timedelta(hours=1)) for moment in moments]


def publication_state(rng, published_at, now):
    """Mostly live; a few drafts, withdrawn and scheduled items, as a real archive has."""
    roll = rng.random()
    if roll < 0.015:
        return Status.DRAFT, published_at
    if roll < 0.025:
        return Status.WITHDRAWN, published_at
    if roll < 0.03:
        # Scheduled at least two days ahead, so cached pages keep their full lifetime during a run.
        return Status.PUBLISHED, now + timedelta(days=rng.randint(2, 30), hours=rng.randint(0, 12))
    return Status.PUBLISHED, published_at


# --- Files: a few real photos and documents, shared by many rows -------------------------------


def draw_photo(number, width=1600, height=1067):
    """A photo-like JPEG (a gradient, shapes and grain) so renditions weigh what real ones do."""
    rng = random.Random(number)
    top = tuple(rng.randint(40, 200) for _channel in range(3))
    bottom = tuple(rng.randint(20, 160) for _channel in range(3))
    image = Image.new("RGB", (width, height))
    draw = ImageDraw.Draw(image)
    for y in range(height):
        mix = y / height
        draw.line(
            [(0, y), (width, y)],
            fill=tuple(round(a + (b - a) * mix) for a, b in zip(top, bottom, strict=True)),
        )
    for _shape in range(40):
        x, y = rng.randint(0, width), rng.randint(0, height)
        size = rng.randint(30, 260)
        colour = tuple(rng.randint(0, 255) for _channel in range(3))
        draw.ellipse([x, y, x + size, y + size * 0.7], fill=colour)
    grain = Image.effect_noise((width, height), 24).convert("RGB")
    image = Image.blend(image, grain, 0.18)
    output = io.BytesIO()
    image.save(output, "JPEG", quality=88)
    return output.getvalue()


def ensure_photos():
    """Six stored photos and their renditions; made once, then read from a small index file."""
    if default_storage.exists(PHOTO_INDEX):
        with default_storage.open(PHOTO_INDEX) as index:
            photos = json.load(index)
        files = [
            entry[key]
            for photo in photos
            for entry in photo["renditions"]["renditions"]
            for key in ("webp", "jpeg")
        ]
        if all(default_storage.exists(name) for name in files):
            return photos
    photos = []
    for number in range(1, PHOTO_COUNT + 1):
        name = f"bench/photo-{number}.jpg"
        if default_storage.exists(name):
            default_storage.delete(name)
        name = default_storage.save(name, ContentFile(draw_photo(number)))
        photos.append({"name": name, "renditions": make_renditions(name)})
    if default_storage.exists(PHOTO_INDEX):
        default_storage.delete(PHOTO_INDEX)
    default_storage.save(PHOTO_INDEX, ContentFile(json.dumps(photos, indent=1).encode()))
    return photos


def library_photos(photos):
    """The six photos as rows of the photo library (with their focal crops), made once; their
    primary keys, which the articles point at."""
    keys = []
    for number, stored in enumerate(photos):
        photo = Photo.objects.filter(image=stored["name"]).first()
        if photo is None:
            photo = Photo(
                image=stored["name"],
                renditions=stored["renditions"],
                title=texts.PHOTO_ALTS[number][2],
                **translated("alt", LANGUAGES, texts.PHOTO_ALTS[number]),
                **translated("credit", LANGUAGES, texts.PRESS_CENTRE),
            )
            photo.save()
        keys.append(photo.pk)
    return keys


def ensure_documents():
    """Four stored PDFs with what a Document row records about its file."""
    storage = document_storage()
    documents = []
    for number, title in enumerate(texts.DOCUMENT_TITLES, start=1):
        content = minimal_pdf(
            [
                texts.MINISTRY[2],
                title[2],
                f"Benchmark document {number}",
                "Tender dossier, see the tender page.",
            ]
        )
        name = f"documents/bench-{number}.pdf"
        if not storage.exists(name) or storage.size(name) != len(content):
            if storage.exists(name):
                storage.delete(name)
            name = storage.save(name, ContentFile(content))
        documents.append(
            {
                "file": name,
                "original_name": latin_slug(title[2]) + ".pdf",
                "size": len(content),
                "content_type": "application/pdf",
                "sha256": hashlib.sha256(content).hexdigest(),
            }
        )
    return documents


# --- News --------------------------------------------------------------------------------------


def news_texts(rng, rubric_slug):
    topic = rng.choice(texts.TOPICS[rubric_slug])
    place = rng.choice(texts.PLACES)
    number = str(rng.choice([3, 5, 7, 12, 18, 25, 40, 64, 120, 250]))
    slots = {"place": place[:3], "n": (number, number, number)}
    title = capitalized(formatted(topic["title"], **slots))
    lead = formatted(topic["lead"], **slots)
    own = [formatted(sentence, **slots) for sentence in topic["sentences"]]
    general = [formatted(sentence, **slots) for sentence in rng.sample(texts.GENERAL_SENTENCES, 5)]
    rng.shuffle(own)
    groups = [[lead, *own[:2]], [*own[2:], *general[:2]], general[2:4]]
    if rng.random() < 0.5:
        groups.append(general[4:])
    return title, lead, paragraphs(*groups), place[3]


def write_articles(rng, moments, user, photos, now):
    rubrics = {rubric.slug: rubric for rubric in Rubric.objects.filter(slug__in=texts.TOPICS)}
    regions = {region.slug: region for region in Region.objects.all()}
    rubric_slugs = sorted(rubrics)
    for start in range(0, len(moments), BATCH):
        articles, extras = [], []
        for published_at in moments[start : start + BATCH]:
            languages = weighted(rng, ARTICLE_LANGUAGES)
            rubric_slug = rng.choice(rubric_slugs)
            title, lead, body, region_slug = news_texts(rng, rubric_slug)
            status, published_at = publication_state(rng, published_at, now)
            author = rng.choice(texts.AUTHORS) if rng.random() < 0.8 else texts.PRESS_CENTRE
            rank = rng.choice(texts.RANKS) if author != texts.PRESS_CENTRE else ("", "", "")
            fields = {
                **translated("title", languages, title),
                **translated("lead", languages, lead),
                **translated("body", languages, body),
                **translated("byline_name", languages, author),
                **translated("byline_rank", languages, rank),
            }
            photo_number = rng.randrange(PHOTO_COUNT) if rng.random() < 0.6 else None
            if photo_number is not None:
                fields["cover_photo_id"] = photos[photo_number]
            articles.append(
                Article(
                    slug=slug_for(title, languages),
                    status=status,
                    published_at=published_at,
                    withdrawal_note=texts.WITHDRAWAL_NOTE[0] if status == Status.WITHDRAWN else "",
                    rubric=rubrics[rubric_slug],
                    region=regions.get(region_slug),
                    is_featured=rng.random() < 0.02,
                    created_by=user,
                    updated_by=user,
                    created_at=min(published_at, now),
                    updated_at=min(published_at, now),
                    **fields,
                )
            )
            gallery = rng.randint(2, 4) if rng.random() < 0.08 else 0
            update = rng.choice(texts.UPDATE_NOTES) if rng.random() < 0.02 else None
            extras.append((languages, gallery, update, published_at))
        with transaction.atomic():
            for item in articles:
                item.set_availability()  # what save() does, which bulk_create() skips
            Article.objects.bulk_create(articles, batch_size=BATCH)
            photos_rows, updates = [], []
            for article, (languages, gallery, update, published_at) in zip(articles, extras, strict=True):
                for order in range(gallery):
                    number = rng.randrange(PHOTO_COUNT)
                    photos_rows.append(
                        ArticlePhoto(
                            article=article,
                            photo_id=photos[number],
                            order=order,
                        )
                    )
                if update:
                    day = (published_at + timedelta(days=rng.randint(1, 3))).date()
                    updates.append(
                        ArticleUpdate(article=article, date=day, **translated("note", languages, update))
                    )
            ArticlePhoto.objects.bulk_create(photos_rows, batch_size=BATCH)
            ArticleUpdate.objects.bulk_create(updates, batch_size=BATCH)


# --- Incident reports --------------------------------------------------------------------------


def write_incidents(rng, moments, user, now):
    tz = ZoneInfo(settings.TIME_ZONE)
    today = now.astimezone(tz).date()
    categories = {category.slug: category for category in IncidentCategory.objects.all()}
    districts = {district.slug: district for district in District.objects.select_related("region")}
    departments = {
        region: RegionalDepartment.objects.filter(name_en=name).first()
        for region, name in reports.DEPARTMENTS.items()
    }
    departments["rasht"] = RegionalDepartment.objects.filter(district__slug="rasht").first()
    district_slugs, district_weights = zip(*reports.DISTRICT_WEIGHTS.items(), strict=True)
    category_slugs, category_weights = zip(*reports.CATEGORY_WEIGHTS.items(), strict=True)
    for start in range(0, len(moments), BATCH):
        incidents, histories = [], []
        for published_at in moments[start : start + BATCH]:
            district_slug = rng.choices(district_slugs, district_weights)[0]
            category_slug = rng.choices(category_slugs, category_weights)[0]
            occurred_at = (published_at - timedelta(days=rng.randint(1, 3))).replace(hour=rng.randint(0, 23))
            report = reports.Report(rng, district_slug, occurred_at)
            written = WRITERS[category_slug](report, rng)
            languages = weighted(rng, INCIDENT_LANGUAGES)
            status, published_at = publication_state(rng, published_at, now)
            history = reports.history_for(rng, written, occurred_at.date(), today)
            district = districts[district_slug]
            unit = reports.PLACES[district_slug][0]
            incidents.append(
                Incident(
                    slug=slug_for(written["title"], languages),
                    status=status,
                    published_at=published_at,
                    withdrawal_note=texts.WITHDRAWAL_NOTE[0] if status == Status.WITHDRAWN else "",
                    occurred_at=occurred_at,
                    category=categories[category_slug],
                    region=district.region,
                    district=district,
                    department=departments.get(district.region.slug) or departments.get(district_slug),
                    code_article=written["article"],
                    killed=written.get("killed"),
                    injured=written.get("injured"),
                    case_status=history[-1][0],
                    created_by=user,
                    updated_by=user,
                    created_at=min(published_at, now),
                    updated_at=min(published_at, now),
                    **translated("title", languages, written["title"]),
                    **translated("lead", languages, written["lead"]),
                    **translated("body", languages, written["body"]),
                    **translated("reporting_unit", languages, unit),
                    **translated("code_article_label", languages, reports.ARTICLES[written["article"]]),
                )
            )
            histories.append((languages, history))
        with transaction.atomic():
            for item in incidents:
                item.set_availability()  # what save() does, which bulk_create() skips
            Incident.objects.bulk_create(incidents, batch_size=BATCH)
            changes = []
            for incident, (languages, history) in zip(incidents, histories, strict=True):
                for step in history:
                    status, day, note = (*step, None)[:3]
                    notes = translated("note", languages, note) if note else {}
                    changes.append(
                        IncidentStatusChange(incident=incident, status=status, changed_on=day, **notes)
                    )
            IncidentStatusChange.objects.bulk_create(changes, batch_size=BATCH)


# --- Announcements, tenders and vacancies ------------------------------------------------------


def at_five_pm(moment):
    return moment.replace(hour=17, minute=0, second=0, microsecond=0)


def write_announcements(rng, moments, first_number, user, documents, now):
    for start in range(0, len(moments), BATCH):
        items, extras = [], []
        for number, published_at in enumerate(moments[start : start + BATCH], start=first_number + start + 1):
            kind = weighted(rng, KINDS)
            languages = weighted(rng, ANNOUNCEMENT_LANGUAGES)
            status, published_at = publication_state(rng, published_at, now)
            fields = {"kind": kind}
            if kind == Kind.TENDER:
                item = rng.choice(texts.TENDER_ITEMS)
                title = formatted(texts.TENDER_TITLE, item=item)
                body = paragraphs(
                    [formatted(texts.TENDER_SENTENCES[0], item=item)], texts.TENDER_SENTENCES[1:]
                )
                deadline = at_five_pm(published_at + timedelta(days=rng.randint(21, 35)))
                fields.update(
                    reference_number=f"ВКД/{published_at.year}/{number:04d}",
                    deadline=deadline,
                    bid_opening_at=deadline + timedelta(minutes=30),
                    **translated("procuring_entity", languages, texts.MINISTRY),
                )
                if deadline < now:
                    roll = rng.random()
                    if roll < 0.55:
                        bidder = rng.choice(texts.BIDDERS)
                        fields.update(
                            outcome=Outcome.AWARDED,
                            award_amount=Decimal(rng.randrange(40_000, 2_500_000, 500)),
                            awarded_on=(deadline + timedelta(days=rng.randint(10, 30))).date(),
                            **translated("awarded_to", languages, bidder),
                            **translated("outcome_note", languages, texts.AWARD_NOTE),
                        )
                    elif roll < 0.6:
                        fields.update(
                            outcome=Outcome.CANCELLED,
                            **translated("outcome_note", languages, texts.CANCEL_NOTE),
                        )
            elif kind == Kind.VACANCY:
                post = rng.choice(texts.POSTS)
                title = formatted(texts.VACANCY_TITLE, post=post)
                body = paragraphs([formatted(texts.VACANCY_SENTENCE, post=post)])
                fields.update(
                    deadline=at_five_pm(published_at + timedelta(days=rng.randint(14, 30))),
                    **translated("requirements", languages, texts.REQUIREMENTS),
                    **translated("how_to_apply", languages, texts.HOW_TO_APPLY),
                )
            else:
                event = rng.choice(texts.EVENTS)
                starts_on = (published_at + timedelta(days=rng.randint(5, 20))).date()
                year = str(published_at.year)
                slots = {
                    "place": rng.choice(texts.PLACES)[:3],
                    "date": reports.day_phrase(starts_on),
                    "year": (year,) * 3,
                    "next_year": (str(published_at.year + 1),) * 3,
                }
                title = formatted(event["title"], **slots)
                body = paragraphs([formatted(sentence, **slots) for sentence in event["sentences"]])
                fields.update(
                    event_starts_on=starts_on,
                    event_ends_on=starts_on + timedelta(days=rng.choice([0, 0, 1])),
                    **translated("event_place", languages, texts.DUTY_STATIONS[0]),
                )
            items.append(
                Announcement(
                    slug=slug_for(title, languages),
                    status=status,
                    published_at=published_at,
                    created_by=user,
                    updated_by=user,
                    created_at=min(published_at, now),
                    updated_at=min(published_at, now),
                    **translated("title", languages, title),
                    **translated("body", languages, body),
                    **fields,
                )
            )
            extras.append(languages)
        with transaction.atomic():
            for item in items:
                item.set_availability()  # what save() does, which bulk_create() skips
            Announcement.objects.bulk_create(items, batch_size=BATCH)
            write_announcement_details(rng, items, extras, documents)


def write_announcement_details(rng, items, extras, documents):
    """Dossier documents, addenda, clarifications and positions for a batch of saved items."""
    addenda, dossier, clarifications, positions = [], [], [], []
    for item, languages in zip(items, extras, strict=True):
        if item.kind == Kind.TENDER:
            for order, number in enumerate(rng.sample(range(len(documents)), rng.randint(1, 3)), start=1):
                dossier.append((item, None, order, number, languages))
            if rng.random() < 0.1:
                addenda.append(
                    TenderAddendum(
                        announcement=item,
                        number=1,
                        issued_at=item.published_at + timedelta(days=7),
                        **translated("text", languages, texts.ADDENDUM_TEXT),
                    )
                )
            if rng.random() < 0.2:
                asked_on = (item.published_at + timedelta(days=3)).date()
                for question, answer in rng.sample(texts.CLARIFICATIONS, rng.randint(1, 2)):
                    clarifications.append(
                        Clarification(
                            announcement=item,
                            asked_on=asked_on,
                            answered_on=asked_on + timedelta(days=2),
                            **translated("question", languages, question),
                            **translated("answer", languages, answer),
                        )
                    )
        elif item.kind == Kind.VACANCY:
            for order in range(1, rng.choice([1, 1, 2]) + 1):
                positions.append(
                    Position(
                        announcement=item,
                        order=order,
                        posts=rng.randint(1, 3),
                        **translated("title", languages, rng.choice(texts.POSTS)),
                        **translated("duty_station", languages, rng.choice(texts.DUTY_STATIONS)),
                    )
                )
    TenderAddendum.objects.bulk_create(addenda, batch_size=BATCH)
    for addendum in addenda:
        dossier.append((addendum.announcement, addendum, 1, 1, ("tg", "ru", "en")))
    rows = []
    for item, addendum, order, number, languages in dossier:
        stored = documents[number]
        uploaded_at = addendum.issued_at if addendum else item.published_at
        rows.append(
            Document(
                announcement=item,
                addendum=addendum,
                order=order,
                language=rng.choice(["tg", "ru", "mul"]),
                uploaded_at=uploaded_at,
                download_count=rng.randint(0, 400),
                **translated("title", languages, texts.DOCUMENT_TITLES[number]),
                **stored,
            )
        )
    Document.objects.bulk_create(rows, batch_size=BATCH)
    # A few dossiers were corrected after publication: the earlier file stays listed.
    versions = [
        DocumentVersion(document=row, replaced_at=row.uploaded_at + timedelta(days=2), **documents[0])
        for row in rows
        if rng.random() < 0.02
    ]
    DocumentVersion.objects.bulk_create(versions, batch_size=BATCH)
    Clarification.objects.bulk_create(clarifications, batch_size=BATCH)
    Position.objects.bulk_create(positions, batch_size=BATCH)


# --- Running -----------------------------------------------------------------------------------


def generated(user):
    return {
        "articles": Article.objects.filter(created_by=user).count(),
        "incidents": Incident.objects.filter(created_by=user).count(),
        "announcements": Announcement.objects.filter(created_by=user).count(),
    }


def wipe(user):
    """Remove every generated row, children first, in one statement per table (no signals)."""
    using = connection.alias
    tables = [
        ArticlePhoto.objects.filter(article__created_by=user),
        ArticleUpdate.objects.filter(article__created_by=user),
        Article.objects.filter(created_by=user),
        IncidentStatusChange.objects.filter(incident__created_by=user),
        Incident.objects.filter(created_by=user),
        DocumentVersion.objects.filter(document__announcement__created_by=user),
        Document.objects.filter(announcement__created_by=user),
        TenderAddendum.objects.filter(announcement__created_by=user),
        Clarification.objects.filter(announcement__created_by=user),
        Position.objects.filter(announcement__created_by=user),
        Announcement.objects.filter(created_by=user),
    ]
    with transaction.atomic():
        for queryset in tables:
            # A raw DELETE: Django's collector would load 300,000 rows and send a signal for each.
            queryset._raw_delete(using)


def finish():
    """Fresh planner statistics, and no cached page from before the archive."""
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            for model in (Article, ArticlePhoto, Incident, IncidentStatusChange, Announcement, Document):
                cursor.execute(f"VACUUM ANALYZE {connection.ops.quote_name(model._meta.db_table)}")
        else:
            cursor.execute("ANALYZE")
    content_changed()  # bulk inserts send no signals: cached pages must go now


@contextmanager
def given_timestamps():
    """Let ``created_at``/``updated_at`` keep the values given (as if written when published):
    Django's auto_now would stamp all 300,000 rows with the time of the run."""
    fields = [
        model._meta.get_field(name) for model in (Article, Incident, Announcement) for name in TIMESTAMPS
    ]
    saved = [(field.auto_now, field.auto_now_add) for field in fields]
    for field in fields:
        field.auto_now = field.auto_now_add = False
    try:
        yield
    finally:
        for field, (auto_now, auto_now_add) in zip(fields, saved, strict=True):
            field.auto_now, field.auto_now_add = auto_now, auto_now_add


def chunks(targets, now):
    """The work in chunks of ``CHUNK`` items, each with its own seed: the same archive however
    many processes write it."""
    work = []
    for kind, count in targets.items():
        moments = timeline(random.Random(f"{SEED}:{kind}:timeline"), count, now)
        work += [(kind, start, moments[start : start + CHUNK]) for start in range(0, count, CHUNK)]
    return work


def write_chunk(chunk, context):
    kind, start, moments = chunk
    rng = random.Random(f"{SEED}:{kind}:{start}")
    user = User.objects.get(pk=context["user"])
    if kind == "articles":
        write_articles(rng, moments, user, context["photos"], context["now"])
    elif kind == "incidents":
        write_incidents(rng, moments, user, context["now"])
    else:
        write_announcements(rng, moments, start, user, context["documents"], context["now"])
    return kind, len(moments)


def _write_chunk_in_worker(arguments):
    return write_chunk(*arguments)


def write_all(work, context, jobs):
    """Chunks written one after another, or by ``jobs`` forked processes (one connection each)."""
    if jobs <= 1:
        for chunk in work:
            yield write_chunk(chunk, context)
        return
    connections.close_all()  # each process opens its own
    with multiprocessing.get_context("fork").Pool(jobs) as pool:
        yield from pool.imap_unordered(_write_chunk_in_worker, [(chunk, context) for chunk in work])


def run(targets, force=False, only_wipe=False, jobs=None, out=print):
    translation.activate(settings.LANGUAGE_CODE)
    user, _created = User.objects.get_or_create(username=BENCH_USERNAME, defaults={"is_active": False})
    if only_wipe:
        wipe(user)
        finish()
        out("Generated rows removed.")
        return generated(user)
    started = time.monotonic()
    photos = library_photos(ensure_photos())
    documents = ensure_documents()
    counts = generated(user)
    if counts == targets and not force:
        out(f"The archive is already there ({counts}); nothing to do. --force writes it again.")
        return counts
    if any(counts.values()):
        out(f"Removing the previous archive ({counts})…")
        wipe(user)
    # Before the archive, never after: the demo loaders find their rows by slug, and generated
    # items share slugs with them (as real items of the same title do).
    call_command("load_demo", verbosity=0)
    if jobs is None:  # SQLite takes one writer at a time
        jobs = (os.cpu_count() or 1) if connection.vendor == "postgresql" else 1
    now = timezone.now()
    context = {"user": user.pk, "photos": photos, "documents": documents, "now": now}
    done = dict.fromkeys(targets, 0)
    out(f"Writing {sum(targets.values()):,} items with {jobs} process(es)…")
    with given_timestamps():
        for kind, written in write_all(chunks(targets, now), context, jobs):
            done[kind] += written
            out(f"  {kind}: {done[kind]:,} / {targets[kind]:,}  ({time.monotonic() - started:.0f} s)")
    out("Analysing the tables…")
    finish()
    counts = generated(user)
    out(f"Archive written in {time.monotonic() - started:.0f} s: {counts}")
    return counts


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--incidents", type=int, default=200_000)
    parser.add_argument("--announcements", type=int, default=5_000)
    parser.add_argument("--force", action="store_true", help="wipe the generated rows and write them again")
    parser.add_argument("--wipe", action="store_true", help="only remove the generated rows")
    parser.add_argument("--jobs", type=int, help="processes writing (default: one per CPU on PostgreSQL)")
    options = parser.parse_args(argv)
    targets = {name: getattr(options, name) for name in ("articles", "incidents", "announcements")}
    run(
        targets,
        force=options.force,
        only_wipe=options.wipe,
        jobs=options.jobs,
        out=partial(print, flush=True),
    )


if __name__ == "__main__":
    main()
