"""Announcements, tenders and vacancies with their positions, addenda, clarifications and
documents; their search documents.

The squash of 0001_initial … 0008_outcome_labels: a database that has them all applied counts
this one as applied and runs nothing.
"""

import mia_portal.documents.files
import announcements.models.document
import django.core.validators
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
ALTER TABLE announcements_announcement
    ADD COLUMN search_tg tsvector, ADD COLUMN search_ru tsvector, ADD COLUMN search_en tsvector;
CREATE TRIGGER announcements_announcement_search
    BEFORE INSERT OR UPDATE OF title_tg, title_ru, title_en, body_tg, body_ru, body_en
    ON announcements_announcement FOR EACH ROW EXECUTE FUNCTION mia_search_documents_update();
CREATE INDEX announcements_announcement_search_tg ON announcements_announcement USING gin (search_tg);
CREATE INDEX announcements_announcement_search_ru ON announcements_announcement USING gin (search_ru);
CREATE INDEX announcements_announcement_search_en ON announcements_announcement USING gin (search_en);
"""

NO_SEARCH_DOCUMENTS = """
DROP TRIGGER IF EXISTS announcements_announcement_search ON announcements_announcement;
ALTER TABLE announcements_announcement
    DROP COLUMN IF EXISTS search_tg, DROP COLUMN IF EXISTS search_ru, DROP COLUMN IF EXISTS search_en;
"""


def postgresql(sql):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            schema_editor.execute(sql)

    return run


class Migration(migrations.Migration):

    # Keeps databases migrated with the old files working, and resolves other migrations'
    # dependencies on the old names (('announcements', '0008_outcome_labels') is this one). It can
    # go, with those dependencies renamed, once every database in use has applied this migration.
    replaces = [
        ('announcements', '0001_initial'),
        ('announcements', '0002_withdrawal_note_languages'),
        ('announcements', '0003_translation_changes'),
        ('announcements', '0004_search_indexes'),
        ('announcements', '0005_availability'),
        ('announcements', '0006_admin_indexes'),
        ('announcements', '0007_legacy_id'),
        ('announcements', '0008_outcome_labels'),
    ]

    initial = True

    dependencies = [
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name='Announcement',
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
                ('kind', models.CharField(choices=[('announcement', 'Announcement'), ('tender', 'Tender'), ('vacancy', 'Vacancy')], default='announcement', max_length=16, verbose_name='kind')),
                ('title', models.CharField(blank=True, max_length=255, verbose_name='title')),
                ('title_tg', models.CharField(blank=True, max_length=255, null=True, verbose_name='title')),
                ('title_ru', models.CharField(blank=True, max_length=255, null=True, verbose_name='title')),
                ('title_en', models.CharField(blank=True, max_length=255, null=True, verbose_name='title')),
                ('body', mia_portal.richtext.RichTextField(blank=True, verbose_name='text')),
                ('body_tg', mia_portal.richtext.RichTextField(blank=True, null=True, verbose_name='text')),
                ('body_ru', mia_portal.richtext.RichTextField(blank=True, null=True, verbose_name='text')),
                ('body_en', mia_portal.richtext.RichTextField(blank=True, null=True, verbose_name='text')),
                ('deadline', models.DateTimeField(blank=True, help_text='Tenders: bid submission deadline; vacancies: application deadline. The item closes by itself at this moment. Dushanbe time (Asia/Dushanbe, UTC+5).', null=True, verbose_name='deadline')),
                ('reference_number', models.CharField(blank=True, max_length=64, verbose_name='reference number')),
                ('procuring_entity', models.CharField(blank=True, max_length=255, verbose_name='procuring entity')),
                ('procuring_entity_tg', models.CharField(blank=True, max_length=255, null=True, verbose_name='procuring entity')),
                ('procuring_entity_ru', models.CharField(blank=True, max_length=255, null=True, verbose_name='procuring entity')),
                ('procuring_entity_en', models.CharField(blank=True, max_length=255, null=True, verbose_name='procuring entity')),
                ('bid_opening_at', models.DateTimeField(blank=True, help_text='Date and time of the public bid opening. Dushanbe time (Asia/Dushanbe, UTC+5).', null=True, verbose_name='bid opening')),
                ('requirements', mia_portal.richtext.RichTextField(blank=True, verbose_name='requirements')),
                ('requirements_tg', mia_portal.richtext.RichTextField(blank=True, null=True, verbose_name='requirements')),
                ('requirements_ru', mia_portal.richtext.RichTextField(blank=True, null=True, verbose_name='requirements')),
                ('requirements_en', mia_portal.richtext.RichTextField(blank=True, null=True, verbose_name='requirements')),
                ('how_to_apply', mia_portal.richtext.RichTextField(blank=True, verbose_name='how to apply')),
                ('how_to_apply_tg', mia_portal.richtext.RichTextField(blank=True, null=True, verbose_name='how to apply')),
                ('how_to_apply_ru', mia_portal.richtext.RichTextField(blank=True, null=True, verbose_name='how to apply')),
                ('how_to_apply_en', mia_portal.richtext.RichTextField(blank=True, null=True, verbose_name='how to apply')),
                ('event_starts_on', models.DateField(blank=True, null=True, verbose_name='event starts')),
                ('event_ends_on', models.DateField(blank=True, null=True, verbose_name='event ends')),
                ('event_place', models.CharField(blank=True, max_length=255, verbose_name='event place')),
                ('event_place_tg', models.CharField(blank=True, max_length=255, null=True, verbose_name='event place')),
                ('event_place_ru', models.CharField(blank=True, max_length=255, null=True, verbose_name='event place')),
                ('event_place_en', models.CharField(blank=True, max_length=255, null=True, verbose_name='event place')),
                ('outcome', models.CharField(blank=True, choices=[('', 'None yet'), ('awarded', 'Awarded'), ('cancelled', 'Cancelled')], default='', help_text='Open and closed follow from the deadline; set only an award or a cancellation here.', max_length=16, verbose_name='outcome')),
                ('awarded_to', models.CharField(blank=True, max_length=255, verbose_name='awarded to')),
                ('awarded_to_tg', models.CharField(blank=True, max_length=255, null=True, verbose_name='awarded to')),
                ('awarded_to_ru', models.CharField(blank=True, max_length=255, null=True, verbose_name='awarded to')),
                ('awarded_to_en', models.CharField(blank=True, max_length=255, null=True, verbose_name='awarded to')),
                ('award_amount', models.DecimalField(blank=True, decimal_places=2, max_digits=16, null=True, verbose_name='contract amount')),
                ('award_currency', models.CharField(blank=True, default='TJS', max_length=3, verbose_name='currency')),
                ('awarded_on', models.DateField(blank=True, null=True, verbose_name='award date')),
                ('outcome_note', models.TextField(blank=True, help_text='The award or cancellation notice shown to the public.', verbose_name='outcome notice')),
                ('outcome_note_tg', models.TextField(blank=True, help_text='The award or cancellation notice shown to the public.', null=True, verbose_name='outcome notice')),
                ('outcome_note_ru', models.TextField(blank=True, help_text='The award or cancellation notice shown to the public.', null=True, verbose_name='outcome notice')),
                ('outcome_note_en', models.TextField(blank=True, help_text='The award or cancellation notice shown to the public.', null=True, verbose_name='outcome notice')),
                ('created_by', models.ForeignKey(blank=True, editable=False, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='created by')),
                ('updated_by', models.ForeignKey(blank=True, editable=False, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='last changed by')),
            ],
            options={
                'verbose_name': 'announcement, tender or vacancy',
                'verbose_name_plural': 'announcements, tenders and vacancies',
                'ordering': ['-published_at', '-pk'],
                'get_latest_by': 'published_at',
                'abstract': False,
            },
        ),
        migrations.CreateModel(
            name='Clarification',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('question', models.TextField(blank=True, help_text='Published without the name of who asked.', verbose_name='question')),
                ('question_tg', models.TextField(blank=True, help_text='Published without the name of who asked.', null=True, verbose_name='question')),
                ('question_ru', models.TextField(blank=True, help_text='Published without the name of who asked.', null=True, verbose_name='question')),
                ('question_en', models.TextField(blank=True, help_text='Published without the name of who asked.', null=True, verbose_name='question')),
                ('answer', models.TextField(blank=True, verbose_name='answer')),
                ('answer_tg', models.TextField(blank=True, null=True, verbose_name='answer')),
                ('answer_ru', models.TextField(blank=True, null=True, verbose_name='answer')),
                ('answer_en', models.TextField(blank=True, null=True, verbose_name='answer')),
                ('asked_on', models.DateField(default=django.utils.timezone.localdate, verbose_name='asked on')),
                ('answered_on', models.DateField(blank=True, help_text='The question appears on the site once answered.', null=True, verbose_name='answered on')),
                ('announcement', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='clarifications', to='announcements.announcement', verbose_name='tender')),
            ],
            options={
                'verbose_name': 'clarification',
                'verbose_name_plural': 'clarifications',
                'ordering': ['asked_on', 'pk'],
            },
        ),
        migrations.CreateModel(
            name='Document',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('original_name', models.CharField(editable=False, max_length=255, verbose_name='file name')),
                ('size', models.PositiveBigIntegerField(default=0, editable=False, verbose_name='size in bytes')),
                ('content_type', models.CharField(editable=False, max_length=100, verbose_name='content type')),
                ('sha256', models.CharField(editable=False, max_length=64, verbose_name='SHA-256')),
                ('uploaded_at', models.DateTimeField(default=django.utils.timezone.now, editable=False, verbose_name='uploaded')),
                ('title', models.CharField(blank=True, max_length=255, verbose_name='title')),
                ('title_tg', models.CharField(blank=True, max_length=255, null=True, verbose_name='title')),
                ('title_ru', models.CharField(blank=True, max_length=255, null=True, verbose_name='title')),
                ('title_en', models.CharField(blank=True, max_length=255, null=True, verbose_name='title')),
                ('language', models.CharField(choices=[('tg', 'Tajik'), ('ru', 'Russian'), ('en', 'English'), ('mul', 'several languages')], default='tg', max_length=3, verbose_name='language of the document')),
                ('file', models.FileField(help_text='PDF, DOC, DOCX, XLS, XLSX, ODT, ODS or ZIP. Choosing a new file replaces this one at the same address; the earlier file stays listed with its checksum.', max_length=255, storage=mia_portal.documents.files.document_storage, upload_to=mia_portal.documents.files.stored_name, validators=[mia_portal.documents.files.validate_upload], verbose_name='file')),
                ('order', models.PositiveSmallIntegerField(default=0, verbose_name='order')),
                ('created_at', models.DateTimeField(auto_now_add=True, verbose_name='first published')),
                ('download_count', models.PositiveIntegerField(default=0, editable=False, verbose_name='downloads')),
                ('announcement', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='documents', to='announcements.announcement', verbose_name='announcement')),
            ],
            options={
                'verbose_name': 'document',
                'verbose_name_plural': 'documents',
                'ordering': ['order', 'pk'],
            },
        ),
        migrations.CreateModel(
            name='DocumentVersion',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('original_name', models.CharField(editable=False, max_length=255, verbose_name='file name')),
                ('size', models.PositiveBigIntegerField(default=0, editable=False, verbose_name='size in bytes')),
                ('content_type', models.CharField(editable=False, max_length=100, verbose_name='content type')),
                ('sha256', models.CharField(editable=False, max_length=64, verbose_name='SHA-256')),
                ('uploaded_at', models.DateTimeField(default=django.utils.timezone.now, editable=False, verbose_name='uploaded')),
                ('file', models.FileField(max_length=255, storage=mia_portal.documents.files.document_storage, upload_to=mia_portal.documents.files.stored_name, verbose_name='file')),
                ('replaced_at', models.DateTimeField(auto_now_add=True, verbose_name='replaced')),
                ('document', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='versions', to='announcements.document', verbose_name='document')),
            ],
            options={
                'verbose_name': 'earlier version',
                'verbose_name_plural': 'earlier versions',
                'ordering': ['-replaced_at', '-pk'],
            },
        ),
        migrations.CreateModel(
            name='Position',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('title', models.CharField(blank=True, max_length=255, verbose_name='position')),
                ('title_tg', models.CharField(blank=True, max_length=255, null=True, verbose_name='position')),
                ('title_ru', models.CharField(blank=True, max_length=255, null=True, verbose_name='position')),
                ('title_en', models.CharField(blank=True, max_length=255, null=True, verbose_name='position')),
                ('posts', models.PositiveSmallIntegerField(default=1, validators=[django.core.validators.MinValueValidator(1)], verbose_name='number of posts')),
                ('recruitment', models.CharField(choices=[('international', 'international'), ('local', 'local')], default='local', max_length=16, verbose_name='international or local')),
                ('duty_station', models.CharField(blank=True, max_length=255, verbose_name='duty station')),
                ('duty_station_tg', models.CharField(blank=True, max_length=255, null=True, verbose_name='duty station')),
                ('duty_station_ru', models.CharField(blank=True, max_length=255, null=True, verbose_name='duty station')),
                ('duty_station_en', models.CharField(blank=True, max_length=255, null=True, verbose_name='duty station')),
                ('order', models.PositiveSmallIntegerField(default=0, verbose_name='order')),
                ('announcement', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='positions', to='announcements.announcement', verbose_name='vacancy')),
            ],
            options={
                'verbose_name': 'position',
                'verbose_name_plural': 'positions',
                'ordering': ['order', 'pk'],
            },
        ),
        migrations.CreateModel(
            name='TenderAddendum',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('number', models.PositiveSmallIntegerField(blank=True, help_text='Leave empty to take the next number.', verbose_name='number')),
                ('issued_at', models.DateTimeField(default=django.utils.timezone.now, help_text='Shown to the public from this moment. Dushanbe time (Asia/Dushanbe, UTC+5).', verbose_name='issued')),
                ('text', models.TextField(blank=True, verbose_name='text')),
                ('text_tg', models.TextField(blank=True, null=True, verbose_name='text')),
                ('text_ru', models.TextField(blank=True, null=True, verbose_name='text')),
                ('text_en', models.TextField(blank=True, null=True, verbose_name='text')),
                ('created_at', models.DateTimeField(auto_now_add=True, verbose_name='created')),
                ('updated_at', models.DateTimeField(auto_now=True, verbose_name='last changed')),
                ('announcement', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='addenda', to='announcements.announcement', verbose_name='tender')),
            ],
            options={
                'verbose_name': 'addendum',
                'verbose_name_plural': 'addenda',
                'ordering': ['announcement', 'number'],
            },
        ),
        migrations.AddField(
            model_name='document',
            name='addendum',
            field=models.ForeignKey(blank=True, help_text='Leave empty for the dossier itself. Save a new addendum first, then attach its documents.', null=True, on_delete=django.db.models.deletion.CASCADE, related_name='documents', to='announcements.tenderaddendum', verbose_name='addendum'),
        ),
        migrations.AddIndex(
            model_name='announcement',
            index=models.Index(fields=['status', '-published_at'], name='announcements_live'),
        ),
        migrations.AddIndex(
            model_name='announcement',
            index=models.Index(fields=['-published_at', '-id'], name='announcements_recent'),
        ),
        migrations.AddIndex(
            model_name='announcement',
            index=models.Index(fields=['-updated_at', '-id'], name='announcements_changed'),
        ),
        migrations.AddIndex(
            model_name='announcement',
            index=models.Index(fields=['outcome', 'deadline'], name='announcements_deadline'),
        ),
        migrations.AddIndex(
            model_name='announcement',
            index=models.Index(condition=models.Q(('available_tg', True), ('status', 'published')), fields=['-published_at', '-id'], name='announcements_live_tg'),
        ),
        migrations.AddIndex(
            model_name='announcement',
            index=models.Index(condition=models.Q(('available_ru', True), ('status', 'published')), fields=['-published_at', '-id'], name='announcements_live_ru'),
        ),
        migrations.AddIndex(
            model_name='announcement',
            index=models.Index(condition=models.Q(('available_en', True), ('status', 'published')), fields=['-published_at', '-id'], name='announcements_live_en'),
        ),
        migrations.AddConstraint(
            model_name='tenderaddendum',
            constraint=models.UniqueConstraint(fields=('announcement', 'number'), name='announcements_addendum_number'),
        ),
        migrations.RunPython(
            postgresql(SEARCH_FUNCTIONS + SEARCH_DOCUMENTS), postgresql(NO_SEARCH_DOCUMENTS)
        ),
    ]
