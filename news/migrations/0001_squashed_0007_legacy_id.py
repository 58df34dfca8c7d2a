"""Rubrics, articles with their photos and update notes, and addresses; the articles' search
documents.

The squash of 0001_initial … 0007_legacy_id: a database that has them all applied counts this
one as applied and runs nothing.
"""

import django.db.models.deletion
import django.utils.timezone
import mia_portal.richtext
from django.conf import settings
from django.db import migrations, models

# Search documents (PostgreSQL only): search_tg, search_ru and search_en, tsvector columns the
# model does not declare (mia_portal.search.backends reads them), kept current by a trigger on
# every insert and every change of a title, lead or text, with a GIN index each. The title
# weighs A, the lead B, the text C; Tajik uses the 'simple' configuration over text folded as
# people type it (ғ→г ӣ→и қ→к ӯ→у ҳ→х ҷ→ч ё→е) and without ъ; Russian and English their own.
# The functions are shared by the content apps' tables: each app's migration (re)defines them.
SEARCH_FUNCTIONS = """
CREATE OR REPLACE FUNCTION mia_search_document(
    config regconfig, fold boolean, title text, lead text, body text
) RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT setweight(to_tsvector(config, coalesce(CASE WHEN fold
               THEN translate(title, 'ҒӢҚӮҲҶЁғӣқӯҳҷёЪъ', 'ГИКУХЧЕгикухче') ELSE title END, '')), 'A')
        || setweight(to_tsvector(config, coalesce(CASE WHEN fold
               THEN translate(lead, 'ҒӢҚӮҲҶЁғӣқӯҳҷёЪъ', 'ГИКУХЧЕгикухче') ELSE lead END, '')), 'B')
        || setweight(to_tsvector(config, coalesce(CASE WHEN fold
               THEN translate(body, 'ҒӢҚӮҲҶЁғӣқӯҳҷёЪъ', 'ГИКУХЧЕгикухче') ELSE body END, '')), 'C')
$$;

CREATE OR REPLACE FUNCTION mia_search_documents_update() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    item jsonb := to_jsonb(NEW);
BEGIN
    NEW.search_tg := mia_search_document(
        'simple', true, item->>'title_tg', item->>'lead_tg', item->>'body_tg'
    );
    NEW.search_ru := mia_search_document(
        'russian', false, item->>'title_ru', item->>'lead_ru', item->>'body_ru'
    );
    NEW.search_en := mia_search_document(
        'english', false, item->>'title_en', item->>'lead_en', item->>'body_en'
    );
    RETURN NEW;
END;
$$;
"""

SEARCH_DOCUMENTS = """
ALTER TABLE news_article
    ADD COLUMN search_tg tsvector, ADD COLUMN search_ru tsvector, ADD COLUMN search_en tsvector;
CREATE TRIGGER news_article_search
    BEFORE INSERT OR UPDATE OF title_tg, title_ru, title_en, lead_tg, lead_ru, lead_en, body_tg, body_ru, body_en
    ON news_article FOR EACH ROW EXECUTE FUNCTION mia_search_documents_update();
CREATE INDEX news_article_search_tg ON news_article USING gin (search_tg);
CREATE INDEX news_article_search_ru ON news_article USING gin (search_ru);
CREATE INDEX news_article_search_en ON news_article USING gin (search_en);
"""

NO_SEARCH_DOCUMENTS = """
DROP TRIGGER IF EXISTS news_article_search ON news_article;
ALTER TABLE news_article
    DROP COLUMN IF EXISTS search_tg, DROP COLUMN IF EXISTS search_ru, DROP COLUMN IF EXISTS search_en;
"""


def postgresql(sql):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            schema_editor.execute(sql)

    return run


class Migration(migrations.Migration):

    # Keeps databases migrated with the old files working, and resolves other migrations'
    # dependencies on the old names (('news', '0007_legacy_id') is this one). It can go, with
    # those dependencies renamed, once every database in use has applied this migration.
    replaces = [
        ('news', '0001_initial'),
        ('news', '0002_withdrawal_note_languages'),
        ('news', '0003_translation_changes'),
        ('news', '0004_search_indexes'),
        ('news', '0005_availability'),
        ('news', '0006_admin_indexes'),
        ('news', '0007_legacy_id'),
    ]

    initial = True

    dependencies = [
        ('contacts', '0001_squashed_0002_department_phones'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name='Rubric',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('name', models.CharField(max_length=120, verbose_name='name')),
                ('name_tg', models.CharField(max_length=120, null=True, verbose_name='name')),
                ('name_ru', models.CharField(max_length=120, null=True, verbose_name='name')),
                ('name_en', models.CharField(max_length=120, null=True, verbose_name='name')),
                ('slug', models.SlugField(blank=True, help_text='Latin letters for the filter address; filled from the name when left empty.', max_length=60, unique=True, verbose_name='URL slug')),
                ('order', models.PositiveSmallIntegerField(default=0, verbose_name='order')),
            ],
            options={
                'verbose_name': 'rubric',
                'verbose_name_plural': 'rubrics',
                'ordering': ['order', 'pk'],
            },
        ),
        migrations.CreateModel(
            name='Article',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('slug', models.SlugField(blank=True, help_text='Latin letters for the web address; filled from the title when left empty.', max_length=100, verbose_name='URL slug')),
                ('status', models.CharField(choices=[('draft', 'Draft'), ('published', 'Published'), ('withdrawn', 'Withdrawn')], default='draft', help_text='Drafts are visible to staff only. A published item goes live at its publication time.', max_length=16, verbose_name='status')),
                ('published_at', models.DateTimeField(default=django.utils.timezone.now, help_text='Dushanbe time. A time in the future schedules the item: it appears by itself then.', verbose_name='publication time')),
                ('legacy_id', models.PositiveIntegerField(blank=True, help_text="The number in the item's address on the old site (…/index.php/en/news-archive/25704-…): those addresses lead here.", null=True, unique=True, verbose_name='old site number')),
                ('withdrawal_note', models.TextField(blank=True, help_text='Shown to visitors when the item is withdrawn, explaining why.', verbose_name='withdrawal note')),
                ('withdrawal_note_tg', models.TextField(blank=True, help_text='Shown to visitors when the item is withdrawn, explaining why.', null=True, verbose_name='withdrawal note')),
                ('withdrawal_note_ru', models.TextField(blank=True, help_text='Shown to visitors when the item is withdrawn, explaining why.', null=True, verbose_name='withdrawal note')),
                ('withdrawal_note_en', models.TextField(blank=True, help_text='Shown to visitors when the item is withdrawn, explaining why.', null=True, verbose_name='withdrawal note')),
                ('translation_changes', models.JSONField(blank=True, default=dict, editable=False, verbose_name='translation changes')),
                ('available_tg', models.BooleanField(default=False, editable=False, verbose_name='available in Tajik')),
                ('available_ru', models.BooleanField(default=False, editable=False, verbose_name='available in Russian')),
                ('available_en', models.BooleanField(default=False, editable=False, verbose_name='available in English')),
                ('created_at', models.DateTimeField(auto_now_add=True, verbose_name='created')),
                ('updated_at', models.DateTimeField(auto_now=True, verbose_name='last changed')),
                ('title', models.CharField(blank=True, max_length=255, verbose_name='title')),
                ('title_tg', models.CharField(blank=True, max_length=255, null=True, verbose_name='title')),
                ('title_ru', models.CharField(blank=True, max_length=255, null=True, verbose_name='title')),
                ('title_en', models.CharField(blank=True, max_length=255, null=True, verbose_name='title')),
                ('lead', models.TextField(blank=True, help_text='One paragraph summing up the news; shown in lists, feeds and search results.', verbose_name='lead')),
                ('lead_tg', models.TextField(blank=True, help_text='One paragraph summing up the news; shown in lists, feeds and search results.', null=True, verbose_name='lead')),
                ('lead_ru', models.TextField(blank=True, help_text='One paragraph summing up the news; shown in lists, feeds and search results.', null=True, verbose_name='lead')),
                ('lead_en', models.TextField(blank=True, help_text='One paragraph summing up the news; shown in lists, feeds and search results.', null=True, verbose_name='lead')),
                ('body', mia_portal.richtext.RichTextField(blank=True, verbose_name='text')),
                ('body_tg', mia_portal.richtext.RichTextField(blank=True, null=True, verbose_name='text')),
                ('body_ru', mia_portal.richtext.RichTextField(blank=True, null=True, verbose_name='text')),
                ('body_en', mia_portal.richtext.RichTextField(blank=True, null=True, verbose_name='text')),
                ('cover', models.ImageField(blank=True, help_text='JPEG, PNG or WebP. Location data is removed; smaller copies are made for phones.', upload_to='news/%Y/%m/', verbose_name='cover photo')),
                ('cover_renditions', models.JSONField(blank=True, default=dict, editable=False, verbose_name='cover photo sizes')),
                ('cover_alt', models.CharField(blank=True, help_text='What the photo shows, for readers who cannot see it. The title is used when empty.', max_length=255, verbose_name='cover photo description')),
                ('cover_alt_tg', models.CharField(blank=True, help_text='What the photo shows, for readers who cannot see it. The title is used when empty.', max_length=255, null=True, verbose_name='cover photo description')),
                ('cover_alt_ru', models.CharField(blank=True, help_text='What the photo shows, for readers who cannot see it. The title is used when empty.', max_length=255, null=True, verbose_name='cover photo description')),
                ('cover_alt_en', models.CharField(blank=True, help_text='What the photo shows, for readers who cannot see it. The title is used when empty.', max_length=255, null=True, verbose_name='cover photo description')),
                ('cover_credit', models.CharField(blank=True, max_length=255, verbose_name='photo credit')),
                ('cover_credit_tg', models.CharField(blank=True, max_length=255, null=True, verbose_name='photo credit')),
                ('cover_credit_ru', models.CharField(blank=True, max_length=255, null=True, verbose_name='photo credit')),
                ('cover_credit_en', models.CharField(blank=True, max_length=255, null=True, verbose_name='photo credit')),
                ('byline_name', models.CharField(blank=True, help_text='e.g. Sirojiddin Shakuri', max_length=120, verbose_name='author')),
                ('byline_name_tg', models.CharField(blank=True, help_text='e.g. Sirojiddin Shakuri', max_length=120, null=True, verbose_name='author')),
                ('byline_name_ru', models.CharField(blank=True, help_text='e.g. Sirojiddin Shakuri', max_length=120, null=True, verbose_name='author')),
                ('byline_name_en', models.CharField(blank=True, help_text='e.g. Sirojiddin Shakuri', max_length=120, null=True, verbose_name='author')),
                ('byline_rank', models.CharField(blank=True, help_text='e.g. militia captain', max_length=120, verbose_name="author's rank or post")),
                ('byline_rank_tg', models.CharField(blank=True, help_text='e.g. militia captain', max_length=120, null=True, verbose_name="author's rank or post")),
                ('byline_rank_ru', models.CharField(blank=True, help_text='e.g. militia captain', max_length=120, null=True, verbose_name="author's rank or post")),
                ('byline_rank_en', models.CharField(blank=True, help_text='e.g. militia captain', max_length=120, null=True, verbose_name="author's rank or post")),
                ('is_featured', models.BooleanField(default=False, help_text='Featured articles lead the home page.', verbose_name='featured')),
                ('created_by', models.ForeignKey(blank=True, editable=False, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='created by')),
                ('region', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='articles', to='contacts.region', verbose_name='region')),
                ('updated_by', models.ForeignKey(blank=True, editable=False, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='last changed by')),
                ('rubric', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='articles', to='news.rubric', verbose_name='rubric')),
            ],
            options={
                'verbose_name': 'article',
                'verbose_name_plural': 'articles',
                'ordering': ['-published_at', '-pk'],
                'get_latest_by': 'published_at',
                'abstract': False,
            },
        ),
        migrations.CreateModel(
            name='ArticlePhoto',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('image', models.ImageField(upload_to='news/%Y/%m/', verbose_name='photo')),
                ('renditions', models.JSONField(blank=True, default=dict, editable=False, verbose_name='photo sizes')),
                ('caption', models.CharField(blank=True, max_length=255, verbose_name='caption')),
                ('caption_tg', models.CharField(blank=True, max_length=255, null=True, verbose_name='caption')),
                ('caption_ru', models.CharField(blank=True, max_length=255, null=True, verbose_name='caption')),
                ('caption_en', models.CharField(blank=True, max_length=255, null=True, verbose_name='caption')),
                ('alt', models.CharField(blank=True, help_text='What the photo shows, for readers who cannot see it. The caption is used when empty.', max_length=255, verbose_name='description')),
                ('alt_tg', models.CharField(blank=True, help_text='What the photo shows, for readers who cannot see it. The caption is used when empty.', max_length=255, null=True, verbose_name='description')),
                ('alt_ru', models.CharField(blank=True, help_text='What the photo shows, for readers who cannot see it. The caption is used when empty.', max_length=255, null=True, verbose_name='description')),
                ('alt_en', models.CharField(blank=True, help_text='What the photo shows, for readers who cannot see it. The caption is used when empty.', max_length=255, null=True, verbose_name='description')),
                ('order', models.PositiveSmallIntegerField(default=0, verbose_name='order')),
                ('article', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='photos', to='news.article', verbose_name='article')),
            ],
            options={
                'verbose_name': 'gallery photo',
                'verbose_name_plural': 'gallery photos',
                'ordering': ['order', 'pk'],
            },
        ),
        migrations.CreateModel(
            name='ArticleUpdate',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('date', models.DateField(default=django.utils.timezone.localdate, verbose_name='date')),
                ('note', models.CharField(blank=True, help_text='Shown under the publication date, e.g. “The number of participants was corrected.”', max_length=500, verbose_name='what changed')),
                ('note_tg', models.CharField(blank=True, help_text='Shown under the publication date, e.g. “The number of participants was corrected.”', max_length=500, null=True, verbose_name='what changed')),
                ('note_ru', models.CharField(blank=True, help_text='Shown under the publication date, e.g. “The number of participants was corrected.”', max_length=500, null=True, verbose_name='what changed')),
                ('note_en', models.CharField(blank=True, help_text='Shown under the publication date, e.g. “The number of participants was corrected.”', max_length=500, null=True, verbose_name='what changed')),
                ('article', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='updates', to='news.article', verbose_name='article')),
            ],
            options={
                'verbose_name': 'update note',
                'verbose_name_plural': 'update notes',
                'ordering': ['date', 'pk'],
            },
        ),
        migrations.CreateModel(
            name='Address',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('slug', models.SlugField(blank=True, help_text='Latin letters for the web address; filled from the title when left empty.', max_length=100, verbose_name='URL slug')),
                ('status', models.CharField(choices=[('draft', 'Draft'), ('published', 'Published'), ('withdrawn', 'Withdrawn')], default='draft', help_text='Drafts are visible to staff only. A published item goes live at its publication time.', max_length=16, verbose_name='status')),
                ('published_at', models.DateTimeField(default=django.utils.timezone.now, help_text='Dushanbe time. A time in the future schedules the item: it appears by itself then.', verbose_name='publication time')),
                ('legacy_id', models.PositiveIntegerField(blank=True, help_text="The number in the item's address on the old site (…/index.php/en/news-archive/25704-…): those addresses lead here.", null=True, unique=True, verbose_name='old site number')),
                ('withdrawal_note', models.TextField(blank=True, help_text='Shown to visitors when the item is withdrawn, explaining why.', verbose_name='withdrawal note')),
                ('withdrawal_note_tg', models.TextField(blank=True, help_text='Shown to visitors when the item is withdrawn, explaining why.', null=True, verbose_name='withdrawal note')),
                ('withdrawal_note_ru', models.TextField(blank=True, help_text='Shown to visitors when the item is withdrawn, explaining why.', null=True, verbose_name='withdrawal note')),
                ('withdrawal_note_en', models.TextField(blank=True, help_text='Shown to visitors when the item is withdrawn, explaining why.', null=True, verbose_name='withdrawal note')),
                ('translation_changes', models.JSONField(blank=True, default=dict, editable=False, verbose_name='translation changes')),
                ('available_tg', models.BooleanField(default=False, editable=False, verbose_name='available in Tajik')),
                ('available_ru', models.BooleanField(default=False, editable=False, verbose_name='available in Russian')),
                ('available_en', models.BooleanField(default=False, editable=False, verbose_name='available in English')),
                ('created_at', models.DateTimeField(auto_now_add=True, verbose_name='created')),
                ('updated_at', models.DateTimeField(auto_now=True, verbose_name='last changed')),
                ('title', models.CharField(blank=True, max_length=255, verbose_name='title')),
                ('title_tg', models.CharField(blank=True, max_length=255, null=True, verbose_name='title')),
                ('title_ru', models.CharField(blank=True, max_length=255, null=True, verbose_name='title')),
                ('title_en', models.CharField(blank=True, max_length=255, null=True, verbose_name='title')),
                ('speaker', models.CharField(blank=True, help_text='e.g. Emomali Rahmon, President of the Republic of Tajikistan', max_length=255, verbose_name='speaker')),
                ('speaker_tg', models.CharField(blank=True, help_text='e.g. Emomali Rahmon, President of the Republic of Tajikistan', max_length=255, null=True, verbose_name='speaker')),
                ('speaker_ru', models.CharField(blank=True, help_text='e.g. Emomali Rahmon, President of the Republic of Tajikistan', max_length=255, null=True, verbose_name='speaker')),
                ('speaker_en', models.CharField(blank=True, help_text='e.g. Emomali Rahmon, President of the Republic of Tajikistan', max_length=255, null=True, verbose_name='speaker')),
                ('delivered_on', models.DateField(verbose_name='date delivered')),
                ('photo', models.ImageField(blank=True, upload_to='addresses/', verbose_name='photo')),
                ('photo_renditions', models.JSONField(blank=True, default=dict, editable=False, verbose_name='photo sizes')),
                ('photo_alt', models.CharField(blank=True, max_length=255, verbose_name='photo description')),
                ('photo_alt_tg', models.CharField(blank=True, max_length=255, null=True, verbose_name='photo description')),
                ('photo_alt_ru', models.CharField(blank=True, max_length=255, null=True, verbose_name='photo description')),
                ('photo_alt_en', models.CharField(blank=True, max_length=255, null=True, verbose_name='photo description')),
                ('body', mia_portal.richtext.RichTextField(blank=True, verbose_name='full text')),
                ('body_tg', mia_portal.richtext.RichTextField(blank=True, null=True, verbose_name='full text')),
                ('body_ru', mia_portal.richtext.RichTextField(blank=True, null=True, verbose_name='full text')),
                ('body_en', mia_portal.richtext.RichTextField(blank=True, null=True, verbose_name='full text')),
                ('is_current', models.BooleanField(default=False, help_text='The current address is featured on the home page; marking one unmarks the others.', verbose_name='current')),
                ('created_by', models.ForeignKey(blank=True, editable=False, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='created by')),
                ('updated_by', models.ForeignKey(blank=True, editable=False, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='last changed by')),
            ],
            options={
                'verbose_name': 'address',
                'verbose_name_plural': 'addresses',
                'ordering': ['-delivered_on', '-pk'],
                'get_latest_by': 'published_at',
                'abstract': False,
                'indexes': [models.Index(fields=['status', '-published_at'], name='news_address_live'), models.Index(fields=['-published_at', '-id'], name='news_address_recent'), models.Index(fields=['-updated_at', '-id'], name='news_address_changed')],
                'constraints': [models.UniqueConstraint(condition=models.Q(('is_current', True)), fields=('is_current',), name='news_address_one_current')],
            },
        ),
        migrations.AddIndex(
            model_name='article',
            index=models.Index(fields=['status', '-published_at'], name='news_article_live'),
        ),
        migrations.AddIndex(
            model_name='article',
            index=models.Index(fields=['-published_at', '-id'], name='news_article_recent'),
        ),
        migrations.AddIndex(
            model_name='article',
            index=models.Index(fields=['-updated_at', '-id'], name='news_article_changed'),
        ),
        migrations.AddIndex(
            model_name='article',
            index=models.Index(condition=models.Q(('available_tg', True), ('status', 'published')), fields=['-published_at', '-id'], name='news_article_live_tg'),
        ),
        migrations.AddIndex(
            model_name='article',
            index=models.Index(condition=models.Q(('available_ru', True), ('status', 'published')), fields=['-published_at', '-id'], name='news_article_live_ru'),
        ),
        migrations.AddIndex(
            model_name='article',
            index=models.Index(condition=models.Q(('available_en', True), ('status', 'published')), fields=['-published_at', '-id'], name='news_article_live_en'),
        ),
        migrations.RunPython(
            postgresql(SEARCH_FUNCTIONS + SEARCH_DOCUMENTS), postgresql(NO_SEARCH_DOCUMENTS)
        ),
    ]
