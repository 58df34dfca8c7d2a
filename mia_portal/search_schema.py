"""Full-text search documents in the database (PostgreSQL only; nothing happens on SQLite),
for the ``0004_search_indexes`` migrations of news, incidents and announcements.

``search_documents(table, columns)`` adds ``search_tg``, ``search_ru`` and ``search_en``
(tsvector) to the table — columns the model does not declare; ``mia_portal.search.backends``'s
``SearchDocument`` reads them — with a GIN index on each and a trigger that rebuilds them
whenever an item is inserted or a title, lead or text changes. The document weighs the title
A, the lead B and the text C (its HTML tags are left out by the parser); Tajik uses the
'simple' configuration over text folded as people type it (ғ→г ӣ→и қ→к ӯ→у ҳ→х ҷ→ч ё→е) and
without ъ, which Latin spellings drop (``TAJIK_IGNORED``); Russian and English their own
configurations. ``tajik_documents`` is the step that changes the letters left out.

A stored document, not an expression index: PostgreSQL's planner takes to_tsvector for cheap,
so over an expression index it computes it row by row for common words (about a millisecond
an article). Renaming a translated title, lead or text column needs the trigger function
updated too.
"""

from django.db import migrations

# Tajik folding, upper case too whatever the database's locale (mia_portal.search.words folds the
# query the same way), and the letters Tajik documents leave out.
FOLD_FROM = "ҒӢҚӮҲҶЁғӣқӯҳҷё"
FOLD_TO = "ГИКУХЧЕгикухче"
TAJIK_IGNORED = "Ъъ"

# translate() drops the letters of its second argument that have no counterpart in the third.
DOCUMENT_FUNCTION = """
CREATE OR REPLACE FUNCTION mia_search_document(
    config regconfig, fold boolean, title text, lead text, body text
) RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT setweight(to_tsvector(config, coalesce(CASE WHEN fold
               THEN translate(title, '{fold_from}', '{fold_to}') ELSE title END, '')), 'A')
        || setweight(to_tsvector(config, coalesce(CASE WHEN fold
               THEN translate(lead, '{fold_from}', '{fold_to}') ELSE lead END, '')), 'B')
        || setweight(to_tsvector(config, coalesce(CASE WHEN fold
               THEN translate(body, '{fold_from}', '{fold_to}') ELSE body END, '')), 'C')
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


def document_function(ignored=TAJIK_IGNORED):
    """The SQL that (re)defines the document function and the trigger's, Tajik leaving out ``ignored``."""
    return DOCUMENT_FUNCTION.format(fold_from=FOLD_FROM + ignored, fold_to=FOLD_TO)


LANGUAGES = {"tg": ("simple", "true"), "ru": ("russian", "false"), "en": ("english", "false")}


def document(language, columns):
    config, fold = LANGUAGES[language]
    arguments = [f"{field}_{language}" if field else "NULL" for field in columns]
    return f"mia_search_document('{config}', {fold}, {', '.join(arguments)})"


def _add(table, columns, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    watched = ", ".join(f"{field}_{code}" for field in columns if field for code in LANGUAGES)
    schema_editor.execute(document_function())
    schema_editor.execute(
        f"ALTER TABLE {table} " + ", ".join(f"ADD COLUMN search_{code} tsvector" for code in LANGUAGES)
    )
    documents = ", ".join(f"search_{code} = {document(code, columns)}" for code in LANGUAGES)
    schema_editor.execute(f"UPDATE {table} SET {documents}")  # noqa: S608 (names from the migrations)
    schema_editor.execute(
        f"CREATE TRIGGER {table}_search BEFORE INSERT OR UPDATE OF {watched} ON {table} "
        "FOR EACH ROW EXECUTE FUNCTION mia_search_documents_update()"
    )
    for code in LANGUAGES:
        schema_editor.execute(f"CREATE INDEX {table}_search_{code} ON {table} USING gin (search_{code})")


def _remove(table, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(f"DROP TRIGGER IF EXISTS {table}_search ON {table}")
    schema_editor.execute(
        f"ALTER TABLE {table} " + ", ".join(f"DROP COLUMN IF EXISTS search_{code}" for code in LANGUAGES)
    )


def search_documents(table, columns=("title", "lead", "body")):
    """The migration step for ``table``; a ``None`` column is one the table lacks (no lead)."""

    def add(apps, schema_editor):
        _add(table, columns, schema_editor)

    def remove(apps, schema_editor):
        _remove(table, schema_editor)

    return migrations.RunPython(add, remove)


def tajik_documents(tables, ignored, previously):
    """The migration step that makes Tajik documents leave out the letters ``ignored`` instead of
    ``previously``: it redefines the document function and rebuilds the Tajik documents that
    contain a letter of either (only those change). ``tables`` maps each table to its columns,
    as ``search_documents`` takes them."""
    changed = "".join(sorted(set(ignored) ^ set(previously)))

    def rebuild(letters):
        def step(apps, schema_editor):
            if schema_editor.connection.vendor != "postgresql":
                return
            schema_editor.execute(document_function(letters))
            for table, columns in tables.items():
                fields = [f"{field}_tg" for field in columns if field]
                where = " OR ".join(f"strpos({field}, %s) > 0" for field in fields for _letter in changed)
                params = [letter for _field in fields for letter in changed]
                schema_editor.execute(
                    f"UPDATE {table} SET search_tg = {document('tg', columns)} WHERE {where}",  # noqa: S608 (names from the migrations)
                    params,
                )

        return step

    return migrations.RunPython(rebuild(ignored), rebuild(previously))
