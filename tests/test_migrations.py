"""The migrations: a fresh database gets everything, the squashed migrations build what the old
chains built, and a database migrated with the old chains moves on with its content.

The old chains (news, incidents 0001–0007, announcements 0001–0008, contacts 0001–0002,
mia_portal 0001–0002, at commit 9b93b4a) are gone; what they built is recorded in
``tests/data/migrations/``, once for each database:

- ``schema_<vendor>.json``: the schema of their tables (columns, constraints and indexes; on
  PostgreSQL also the search triggers and functions) and the staff roles;
- ``old_<vendor>.sql``: a whole database at 9b93b4a with a few items in it.

Both were written by running this module at 9b93b4a (``git archive 9b93b4a``, this file copied
into ``tests/``): ``python -m tests.test_migrations record`` against a freshly migrated database.
They never change: the old chains do not. Each test runs on the database of the suite's
``DATABASE_URL`` (SQLite or PostgreSQL) in a scratch database of its own.
"""

import json
import os
import sys
import uuid
from io import StringIO
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.db import connection, connections
from django.db.migrations.executor import MigrationExecutor
from django.db.migrations.loader import MigrationLoader
from django.db.migrations.recorder import MigrationRecorder

from mia_portal.search_schema import FOLD_FROM, FOLD_TO, TAJIK_IGNORED

DATA = Path(__file__).parent / "data" / "migrations"
APPS = ("contacts", "news", "incidents", "announcements")
SQUASHED = {
    "contacts": "0001_squashed_0002_department_phones",
    "news": "0001_squashed_0007_legacy_id",
    "incidents": "0001_squashed_0007_legacy_id",
    "announcements": "0001_squashed_0008_outcome_labels",
    "mia_portal": "0001_squashed_0002_tajik_search_without_hard_sign",
}
CONTENT = {  # table: the rows record() wrote, by a column that tells them apart
    "news_article": ("title_tg", ["Мизи мудаввар (tg)", "Таъмини амният (tg)"]),
    "incidents_incident": ("title_tg", ["Дуздӣ дар Хуҷанд (tg)"]),
    "announcements_announcement": ("title_tg", ["Озмун (tg)"]),
    "contacts_regionaldepartment": ("phones", ["+992372212121"]),
}


def schema(alias):
    """What the migrations of ``APPS`` and ``mia_portal`` built in database ``alias``, as plain
    data: columns (in any order), constraints and indexes by name, PostgreSQL's search triggers
    and functions, and the staff roles with their permissions."""
    db = connections[alias]
    with db.cursor() as cursor:
        tables = sorted(t.name for t in db.introspection.get_table_list(cursor) if t.name.startswith(APPS))
        described = {}
        for table in tables:
            columns = sorted(
                [column.name, str(column.type_code), column.null_ok, column.default]
                for column in db.introspection.get_table_description(cursor, table)
            )
            constraints = {
                name: {key: value for key, value in sorted(details.items()) if value not in (None, False)}
                for name, details in sorted(db.introspection.get_constraints(cursor, table).items())
                if not name.startswith("__unnamed")  # SQLite's inline ones, in the columns' order
            }
            described[table] = {"columns": columns, "constraints": constraints}
        if db.vendor == "postgresql":
            for table in tables:
                cursor.execute(
                    "SELECT indexname, indexdef FROM pg_indexes WHERE tablename = %s ORDER BY 1", [table]
                )
                described[table]["indexes"] = dict(cursor.fetchall())
                cursor.execute(
                    "SELECT tgname, pg_get_triggerdef(oid) FROM pg_trigger "
                    "WHERE tgrelid = %s::regclass AND NOT tgisinternal ORDER BY 1",
                    [table],
                )
                described[table]["triggers"] = dict(cursor.fetchall())
            cursor.execute("SELECT proname, prosrc FROM pg_proc WHERE proname LIKE 'mia\\_%%' ORDER BY 1")
            described["functions"] = {name: source.strip() for name, source in cursor.fetchall()}
        cursor.execute(
            "SELECT g.name, ct.app_label || '.' || p.codename FROM auth_group g "
            "JOIN auth_group_permissions gp ON gp.group_id = g.id "
            "JOIN auth_permission p ON p.id = gp.permission_id "
            "JOIN django_content_type ct ON ct.id = p.content_type_id ORDER BY 1, 2"
        )
        roles = {}
        for group, permission in cursor.fetchall():
            roles.setdefault(group, []).append(permission)
        described["roles"] = roles
    return json.loads(json.dumps(described))  # as the recorded one reads: lists, not tuples


@pytest.fixture
def scratch(django_db_setup, django_db_blocker, tmp_path):
    """The alias of a new, empty database of the suite's kind, gone after the test."""
    alias = f"scratch_{uuid.uuid4().hex[:8]}"
    default = connections.settings["default"]
    parameters = {**default, "OPTIONS": dict(default["OPTIONS"])}
    postgresql = connection.vendor == "postgresql"
    parameters["NAME"] = f"{parameters['NAME']}_{alias}" if postgresql else str(tmp_path / "scratch.sqlite3")
    if postgresql:  # a migration, a database created or dropped may take more than the site's limit
        parameters["OPTIONS"]["options"] = "-c statement_timeout=0"
    with django_db_blocker.unblock():
        if postgresql:
            with connection._nodb_cursor() as cursor:
                cursor.execute("SET statement_timeout = 0")
                # template0: nobody connects to it, so another CREATE DATABASE at the same time cannot fail
                cursor.execute(f'CREATE DATABASE "{parameters["NAME"]}" TEMPLATE template0')
        connections.settings[alias] = parameters
        try:
            yield alias
        finally:
            connections[alias].close()
            del connections[alias]
            del connections.settings[alias]
            if postgresql:
                with connection._nodb_cursor() as cursor:
                    cursor.execute("SET statement_timeout = 0")
                    cursor.execute(f'DROP DATABASE "{parameters["NAME"]}" WITH (FORCE)')


def unapplied(alias):
    executor = MigrationExecutor(connections[alias])
    return executor.migration_plan(executor.loader.graph.leaf_nodes())


def load_old_database(alias):
    """Fill the empty database ``alias`` with the one recorded at 9b93b4a."""
    dump = (DATA / f"old_{connection.vendor}.sql").read_text()
    if connection.vendor == "sqlite":
        import sqlite3

        with sqlite3.connect(connections[alias].settings_dict["NAME"]) as database:
            database.executescript(dump)
    else:
        with connections[alias].cursor() as cursor:
            cursor.execute(dump)
        connections[alias].close()  # the dump empties the session's search_path


def test_a_fresh_database_gets_every_migration_and_the_models_need_no_new_one(scratch):
    call_command("migrate", database=scratch, verbosity=0)
    assert unapplied(scratch) == []
    call_command("makemigrations", "--check", "--dry-run", verbosity=0)  # exits 1 on a change


def test_the_squashed_migrations_build_what_the_old_chains_built(scratch):
    executor = MigrationExecutor(connections[scratch])
    executor.migrate(list(SQUASHED.items()))
    expected = json.loads((DATA / f"schema_{connection.vendor}.json").read_text())
    built = schema(scratch)
    assert built.keys() == expected.keys()
    for part in expected:  # one at a time, for a readable difference
        assert built[part] == expected[part], part


def test_no_migration_imports_code_that_may_change_what_it_does():
    """Field classes, validators and upload paths are named, as Django writes them; the steps a
    migration runs are written out in it."""
    loader = MigrationLoader(None, ignore_no_migrations=True)
    for migration in loader.disk_migrations.values():
        path = Path(sys.modules[migration.__module__].__file__)
        if path.is_relative_to(settings.BASE_DIR) and ".venv" not in path.parts:
            source = path.read_text()
            for module in ("mia_portal.search_schema", "mia_portal.search", "mia_portal.publishing"):
                assert f"import {module}" not in source and f"from {module} " not in source, path


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's search documents")
def test_the_database_folds_tajik_as_the_search_folds_queries(db):
    with connection.cursor() as cursor:
        cursor.execute("SELECT prosrc FROM pg_proc WHERE proname = 'mia_search_document'")
        source = cursor.fetchone()[0]
    assert f"translate(title, '{FOLD_FROM}{TAJIK_IGNORED}', '{FOLD_TO}')" in source


def test_a_database_migrated_with_the_old_chains_moves_on_with_its_content(scratch):
    load_old_database(scratch)
    database = connections[scratch]
    old = {key for key in MigrationRecorder(database).applied_migrations() if key[0] in SQUASHED}
    graph = MigrationLoader(None).graph
    replaced = {key for squashed in SQUASHED.items() for key in graph.nodes[squashed].replaces}
    assert old == replaced  # every old name recorded stands for a squashed migration
    out = StringIO()
    call_command("migrate", database=scratch, verbosity=0)
    call_command("showmigrations", database=scratch, stdout=out)
    assert "[ ]" not in out.getvalue()
    for app_label, name in SQUASHED.items():
        assert f"[X] {name}" in out.getvalue(), app_label
    assert unapplied(scratch) == []
    with database.cursor() as cursor:
        for table, (column, values) in CONTENT.items():
            cursor.execute(f"SELECT {column} FROM {table} ORDER BY id")  # noqa: S608 (names from CONTENT)
            assert [row[0] for row in cursor.fetchall()] == values, table
        if database.vendor == "postgresql":
            cursor.execute("SELECT search_tg::text FROM news_article WHERE title_tg LIKE 'Таъмини%%'")
            assert "'тамини'" in cursor.fetchone()[0]  # the document written before, without ъ
            cursor.execute(
                "UPDATE news_article SET title_tg = 'Ҷамъияти шаҳрвандӣ' WHERE title_tg LIKE 'Таъмини%%'"
            )
            cursor.execute("SELECT search_tg::text FROM news_article WHERE title_tg LIKE 'Ҷамъияти%%'")
            assert "'чамияти'" in cursor.fetchone()[0]  # the trigger still rewrites it


# --- Recording, at 9b93b4a ---------------------------------------------------------------------


def record():  # pragma: no cover (run by hand, at 9b93b4a)
    """Write ``schema_<vendor>.json`` of the migrated default database, then add a few items and
    write the whole database as ``old_<vendor>.sql``."""
    import subprocess

    from contacts.models import Region
    from tests.announcements.factories import make_announcement
    from tests.factories import make_department
    from tests.incidents.factories import make_incident
    from tests.news.factories import make_article

    DATA.mkdir(parents=True, exist_ok=True)
    recorded = json.dumps(schema("default"), indent=1, ensure_ascii=False)
    (DATA / f"schema_{connection.vendor}.json").write_text(recorded)
    make_article("Мизи мудаввар")
    make_article("Таъмини амният")
    make_incident("Дуздӣ дар Хуҷанд")
    make_announcement(**{f"title_{code}": f"Озмун ({code})" for code in ("tg", "ru", "en")})
    make_department(region=Region.objects.get(), phones="+992372212121")  # the incident's
    dump = DATA / f"old_{connection.vendor}.sql"
    if connection.vendor == "sqlite":
        dump.write_text("\n".join(connection.connection.iterdump()) + "\n")
    else:
        parameters = connection.settings_dict
        dumped = subprocess.run(
            ["pg_dump", "--no-owner", "--no-privileges", "--inserts",
             "-h", parameters["HOST"], "-U", parameters["USER"], parameters["NAME"]],
            check=True, capture_output=True, text=True,
        )  # fmt: skip
        # psql's own commands (\restrict in newer pg_dump) are not SQL.
        dump.write_text("".join(line for line in dumped.stdout.splitlines(True) if not line.startswith("\\")))


if __name__ == "__main__" and sys.argv[1:] == ["record"]:
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "mia_portal.settings")

    django.setup()
    record()
