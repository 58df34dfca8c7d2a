"""Full-text search documents for pages, as the other content apps have them (PostgreSQL only)."""

from django.db import migrations

# Search documents (PostgreSQL only): search_tg, search_ru and search_en, tsvector columns the
# model does not declare (mia_portal.search.backends reads them), kept current by a trigger on
# every insert and every change of a title, lead or text, with a GIN index each. The title
# weighs A, the lead B, the text C; Tajik uses the 'simple' configuration over text folded as
# people type it (ғ→г ӣ→и қ→к ӯ→у ҳ→х ҷ→ч ё→е) and without ъ; Russian and English their own.
# The functions are shared by the content apps' tables: each app's migration (re)defines them,
# so what this migration does never changes with live code.
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
ALTER TABLE pages_page
    ADD COLUMN search_tg tsvector, ADD COLUMN search_ru tsvector, ADD COLUMN search_en tsvector;
CREATE TRIGGER pages_page_search
    BEFORE INSERT OR UPDATE OF title_tg, title_ru, title_en, lead_tg, lead_ru, lead_en, body_tg, body_ru, body_en
    ON pages_page FOR EACH ROW EXECUTE FUNCTION mia_search_documents_update();
CREATE INDEX pages_page_search_tg ON pages_page USING gin (search_tg);
CREATE INDEX pages_page_search_ru ON pages_page USING gin (search_ru);
CREATE INDEX pages_page_search_en ON pages_page USING gin (search_en);
"""

NO_SEARCH_DOCUMENTS = """
DROP TRIGGER IF EXISTS pages_page_search ON pages_page;
ALTER TABLE pages_page
    DROP COLUMN IF EXISTS search_tg, DROP COLUMN IF EXISTS search_ru, DROP COLUMN IF EXISTS search_en;
"""


def postgresql(sql):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            schema_editor.execute(sql)

    return run


class Migration(migrations.Migration):
    dependencies = [
        ("pages", "0001_tree"),
    ]

    operations = [
        migrations.RunPython(postgresql(SEARCH_FUNCTIONS + SEARCH_DOCUMENTS), postgresql(NO_SEARCH_DOCUMENTS)),
    ]
