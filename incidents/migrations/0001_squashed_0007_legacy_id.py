"""Incident categories, incident reports and their status changes; the reports' search documents.

The squash of 0001_initial … 0007_legacy_id: a database that has them all applied counts this
one as applied and runs nothing.
"""

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
ALTER TABLE incidents_incident
    ADD COLUMN search_tg tsvector, ADD COLUMN search_ru tsvector, ADD COLUMN search_en tsvector;
CREATE TRIGGER incidents_incident_search
    BEFORE INSERT OR UPDATE OF title_tg, title_ru, title_en, lead_tg, lead_ru, lead_en, body_tg, body_ru, body_en
    ON incidents_incident FOR EACH ROW EXECUTE FUNCTION mia_search_documents_update();
CREATE INDEX incidents_incident_search_tg ON incidents_incident USING gin (search_tg);
CREATE INDEX incidents_incident_search_ru ON incidents_incident USING gin (search_ru);
CREATE INDEX incidents_incident_search_en ON incidents_incident USING gin (search_en);
"""

NO_SEARCH_DOCUMENTS = """
DROP TRIGGER IF EXISTS incidents_incident_search ON incidents_incident;
ALTER TABLE incidents_incident
    DROP COLUMN IF EXISTS search_tg, DROP COLUMN IF EXISTS search_ru, DROP COLUMN IF EXISTS search_en;
"""


def postgresql(sql):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            schema_editor.execute(sql)

    return run


class Migration(migrations.Migration):

    # Keeps databases migrated with the old files working, and resolves other migrations'
    # dependencies on the old names (('incidents', '0007_legacy_id') is this one). It can go, with
    # those dependencies renamed, once every database in use has applied this migration.
    replaces = [
        ('incidents', '0001_initial'),
        ('incidents', '0002_withdrawal_note_languages'),
        ('incidents', '0003_translation_changes'),
        ('incidents', '0004_search_indexes'),
        ('incidents', '0005_availability'),
        ('incidents', '0006_admin_indexes'),
        ('incidents', '0007_legacy_id'),
    ]

    initial = True

    dependencies = [
        ('contacts', '0001_squashed_0002_department_phones'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name='IncidentCategory',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('name', models.CharField(max_length=120, verbose_name='name')),
                ('name_tg', models.CharField(max_length=120, null=True, verbose_name='name')),
                ('name_ru', models.CharField(max_length=120, null=True, verbose_name='name')),
                ('name_en', models.CharField(max_length=120, null=True, verbose_name='name')),
                ('slug', models.SlugField(help_text='Latin letters, used in filter links and feeds, e.g. theft or road-accident.', max_length=60, unique=True, verbose_name='URL slug')),
                ('order', models.PositiveSmallIntegerField(default=0, verbose_name='order')),
            ],
            options={
                'verbose_name': 'incident category',
                'verbose_name_plural': 'incident categories',
                'ordering': ['order', 'pk'],
            },
        ),
        migrations.CreateModel(
            name='Incident',
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
                ('title', models.CharField(max_length=255, verbose_name='title')),
                ('title_tg', models.CharField(max_length=255, null=True, verbose_name='title')),
                ('title_ru', models.CharField(max_length=255, null=True, verbose_name='title')),
                ('title_en', models.CharField(max_length=255, null=True, verbose_name='title')),
                ('lead', models.TextField(blank=True, help_text='One or two sentences shown in the stream of reports.', verbose_name='lead')),
                ('lead_tg', models.TextField(blank=True, help_text='One or two sentences shown in the stream of reports.', null=True, verbose_name='lead')),
                ('lead_ru', models.TextField(blank=True, help_text='One or two sentences shown in the stream of reports.', null=True, verbose_name='lead')),
                ('lead_en', models.TextField(blank=True, help_text='One or two sentences shown in the stream of reports.', null=True, verbose_name='lead')),
                ('body', mia_portal.richtext.RichTextField(blank=True, verbose_name='text')),
                ('body_tg', mia_portal.richtext.RichTextField(blank=True, null=True, verbose_name='text')),
                ('body_ru', mia_portal.richtext.RichTextField(blank=True, null=True, verbose_name='text')),
                ('body_en', mia_portal.richtext.RichTextField(blank=True, null=True, verbose_name='text')),
                ('occurred_at', models.DateTimeField(help_text='When it happened (Dushanbe time); may differ from the publication time.', verbose_name='time of the incident')),
                ('reporting_unit', models.CharField(blank=True, help_text='The local unit as the report names it, e.g. DMIA-2 in the Sino district of Dushanbe.', max_length=255, verbose_name='reporting unit')),
                ('reporting_unit_tg', models.CharField(blank=True, help_text='The local unit as the report names it, e.g. DMIA-2 in the Sino district of Dushanbe.', max_length=255, null=True, verbose_name='reporting unit')),
                ('reporting_unit_ru', models.CharField(blank=True, help_text='The local unit as the report names it, e.g. DMIA-2 in the Sino district of Dushanbe.', max_length=255, null=True, verbose_name='reporting unit')),
                ('reporting_unit_en', models.CharField(blank=True, help_text='The local unit as the report names it, e.g. DMIA-2 in the Sino district of Dushanbe.', max_length=255, null=True, verbose_name='reporting unit')),
                ('killed', models.PositiveSmallIntegerField(blank=True, null=True, verbose_name='people killed')),
                ('injured', models.PositiveSmallIntegerField(blank=True, null=True, verbose_name='people injured')),
                ('code_article', models.CharField(blank=True, help_text='Only the number, e.g. 247.', max_length=8, validators=[django.core.validators.RegexValidator('^[0-9]{1,3}(\\.[0-9]{1,2})?$', 'The article number as the Code writes it, e.g. 247 or 237.1.')], verbose_name='article of the Criminal Code')),
                ('code_article_label', models.CharField(blank=True, help_text='A few words, e.g. fraud.', max_length=120, verbose_name='what the article covers')),
                ('code_article_label_tg', models.CharField(blank=True, help_text='A few words, e.g. fraud.', max_length=120, null=True, verbose_name='what the article covers')),
                ('code_article_label_ru', models.CharField(blank=True, help_text='A few words, e.g. fraud.', max_length=120, null=True, verbose_name='what the article covers')),
                ('code_article_label_en', models.CharField(blank=True, help_text='A few words, e.g. fraud.', max_length=120, null=True, verbose_name='what the article covers')),
                ('case_status', models.CharField(blank=True, choices=[('case_opened', 'criminal case opened'), ('suspect_detained', 'suspect detained'), ('under_investigation', 'under investigation'), ('sent_to_court', 'sent to court'), ('closed', 'closed')], editable=False, help_text='Follows the latest entry of the case history.', max_length=24, verbose_name='case status')),
                ('created_by', models.ForeignKey(blank=True, editable=False, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='created by')),
                ('department', models.ForeignKey(blank=True, help_text='The department whose contacts readers should use about this case.', null=True, on_delete=django.db.models.deletion.PROTECT, related_name='incidents', to='contacts.regionaldepartment', verbose_name='regional department')),
                ('district', models.ForeignKey(help_text='Must lie in the region chosen above.', on_delete=django.db.models.deletion.PROTECT, related_name='incidents', to='contacts.district', verbose_name='district or city')),
                ('region', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='incidents', to='contacts.region', verbose_name='region')),
                ('updated_by', models.ForeignKey(blank=True, editable=False, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='last changed by')),
                ('category', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='incidents', to='incidents.incidentcategory', verbose_name='category')),
            ],
            options={
                'verbose_name': 'incident report',
                'verbose_name_plural': 'incident reports',
                'ordering': ['-published_at', '-pk'],
                'get_latest_by': 'published_at',
                'abstract': False,
            },
        ),
        migrations.CreateModel(
            name='IncidentStatusChange',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('status', models.CharField(choices=[('case_opened', 'criminal case opened'), ('suspect_detained', 'suspect detained'), ('under_investigation', 'under investigation'), ('sent_to_court', 'sent to court'), ('closed', 'closed')], max_length=24, verbose_name='case status')),
                ('changed_on', models.DateField(default=django.utils.timezone.localdate, verbose_name='date')),
                ('note', models.CharField(blank=True, help_text='Optional, shown to readers, e.g. the court the case was sent to.', max_length=255, verbose_name='note')),
                ('note_tg', models.CharField(blank=True, help_text='Optional, shown to readers, e.g. the court the case was sent to.', max_length=255, null=True, verbose_name='note')),
                ('note_ru', models.CharField(blank=True, help_text='Optional, shown to readers, e.g. the court the case was sent to.', max_length=255, null=True, verbose_name='note')),
                ('note_en', models.CharField(blank=True, help_text='Optional, shown to readers, e.g. the court the case was sent to.', max_length=255, null=True, verbose_name='note')),
                ('incident', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='status_changes', to='incidents.incident', verbose_name='incident report')),
            ],
            options={
                'verbose_name': 'case status change',
                'verbose_name_plural': 'case history',
                'ordering': ['changed_on', 'pk'],
            },
        ),
        migrations.AddIndex(
            model_name='incident',
            index=models.Index(fields=['status', '-published_at'], name='incidents_incident_live'),
        ),
        migrations.AddIndex(
            model_name='incident',
            index=models.Index(fields=['-published_at', '-id'], name='incidents_incident_recent'),
        ),
        migrations.AddIndex(
            model_name='incident',
            index=models.Index(fields=['-updated_at', '-id'], name='incidents_incident_changed'),
        ),
        migrations.AddIndex(
            model_name='incident',
            index=models.Index(fields=['occurred_at'], name='incidents_incident_occurred'),
        ),
        migrations.AddIndex(
            model_name='incident',
            index=models.Index(condition=models.Q(('available_tg', True), ('status', 'published')), fields=['-published_at', '-id'], name='incidents_live_tg'),
        ),
        migrations.AddIndex(
            model_name='incident',
            index=models.Index(condition=models.Q(('available_ru', True), ('status', 'published')), fields=['-published_at', '-id'], name='incidents_live_ru'),
        ),
        migrations.AddIndex(
            model_name='incident',
            index=models.Index(condition=models.Q(('available_en', True), ('status', 'published')), fields=['-published_at', '-id'], name='incidents_live_en'),
        ),
        migrations.RunPython(
            postgresql(SEARCH_FUNCTIONS + SEARCH_DOCUMENTS), postgresql(NO_SEARCH_DOCUMENTS)
        ),
    ]
