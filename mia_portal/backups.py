"""Site backups: the database and the uploaded files in one archive (``backup_site``), and
back (``restore_site``).

An archive holds

- the database: on PostgreSQL ``database.dump``, written by ``pg_dump`` in its custom format
  and read back by ``pg_restore`` and ``psql``, from and to disk, so that no size of database
  has to fit in memory (such an archive restores on PostgreSQL only); on SQLite ``data.json``,
  Django's serialization with natural keys, which restores on SQLite or PostgreSQL alike;
- the default storage's files under ``media/`` and, when documents have a storage of their
  own, its files under ``documents/``, whether they live on the local disk or in a bucket; a
  name inside is the file's name in its storage, the one the database holds.

Sessions and login attempts are left out: a restore logs everyone out and clears lockouts.

Content types keep the ids they have in the running database through a restore. Every app
process keeps them in memory (ContentType's cache) and files what it saves afterwards — admin
history, versions — under those ids; had a restore renumbered them, an article's history
would be filed under whichever model took the article's old id.
"""

import os
import subprocess
from contextlib import contextmanager
from itertools import count
from pathlib import Path
from tempfile import NamedTemporaryFile

from django.apps import apps
from django.conf import settings
from django.contrib.auth.management import create_permissions
from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.core.files.storage import storages
from django.core.management import call_command
from django.core.management.base import CommandError
from django.core.management.color import no_style
from django.db import connection, transaction

POSTGRESQL_DUMP = "database.dump"
JSON_DATA = "data.json"
# Short-lived, not worth restoring.
TRANSIENT_APPS = ["sessions", "axes"]


def upload_storages():
    """{folder in the archive: storage}."""
    found = {"media": storages["default"]}
    if "documents" in settings.STORAGES:
        found["documents"] = storages["documents"]
    return found


def storage_for(folder):
    """Where an archive's folder goes back: documents go to the default storage when this
    site keeps them there."""
    return upload_storages().get(folder, storages["default"])


def stored_files(storage, folder=""):
    """Every file name in ``storage``, below ``folder``."""
    try:
        directories, files = storage.listdir(folder)
    except FileNotFoundError:  # a local media folder that was never created
        return
    for name in files:
        yield f"{folder}/{name}" if folder else name
    for directory in directories:
        yield from stored_files(storage, f"{folder}/{directory}" if folder else directory)


# --- Private files ---------------------------------------------------------------------


def make_private_folders(folder):
    """Create ``folder`` and its missing parents, open to their owner only whatever the umask
    (``mkdir``'s mode only ever loses bits to it)."""
    for missing in reversed([folder, *folder.parents]):
        if not missing.exists():
            missing.mkdir()
            missing.chmod(0o700)


@contextmanager
def private_file(path):
    """An open file that becomes ``path`` once the block ends without error, readable by its
    owner only.

    It is written under a temporary name beside ``path`` (created 0600 whatever the umask)
    and renamed into place, so a failed backup never leaves half an archive behind and an
    earlier file at ``path`` is replaced with its permissions.
    """
    output = NamedTemporaryFile(dir=path.parent, prefix=f".{path.name}.", delete=False)  # noqa: SIM115
    try:
        with output:
            yield output
        os.replace(output.name, path)
    except BaseException:
        Path(output.name).unlink(missing_ok=True)
        raise


# --- The database ----------------------------------------------------------------------


def dump_database(folder):
    """Write the database into ``folder``; returns the file written."""
    if connection.vendor == "postgresql":
        dump = folder / POSTGRESQL_DUMP
        transient = [
            f"--exclude-table-data={model._meta.db_table}"
            for label in TRANSIENT_APPS
            for model in apps.get_app_config(label).get_models()
        ]
        _run_postgresql(
            "pg_dump", "--format=custom", "--no-owner", "--no-privileges", f"--file={dump}", *transient
        )
        return dump
    data = folder / JSON_DATA
    call_command(
        "dumpdata",
        natural_foreign=True,
        natural_primary=True,
        # Content types and permissions are made by migrate; objects refer to them by name.
        exclude=["contenttypes", "auth.permission", *TRANSIENT_APPS],
        output=str(data),
        verbosity=0,
    )
    return data


def restore_database(folder):
    """Replace the database's content with the one dumped into ``folder``."""
    dump, data = folder / POSTGRESQL_DUMP, folder / JSON_DATA
    if dump.is_file():
        if connection.vendor != "postgresql":
            raise CommandError("This archive holds a PostgreSQL dump: restore it on PostgreSQL.")
        _restore_postgresql(dump)
    elif data.is_file():
        _restore_json(data)
    else:
        raise CommandError(f"The archive holds no {POSTGRESQL_DUMP} or {JSON_DATA}; is it a site backup?")


def _restore_json(data):
    """Empty every table but the content types and permissions, which keep their ids, then
    load the data, whose references to them are names (natural keys)."""
    kept = {ContentType._meta.db_table, Permission._meta.db_table}
    tables = [
        table
        for table in connection.introspection.django_table_names(only_existing=True, include_views=False)
        if table not in kept
    ]
    with transaction.atomic():
        connection.ops.execute_sql_flush(connection.ops.sql_flush(no_style(), tables, reset_sequences=True))
        call_command("loaddata", str(data), verbosity=0)


def _restore_postgresql(dump):
    """Restore the dump and give its content types this database's ids, in one transaction:
    app processes meanwhile wait for the tables, then find them renumbered as they remember."""
    script, renumbering = dump.with_suffix(".sql"), dump.with_name("renumbering.sql")
    _run_postgresql(
        "pg_restore", "--clean", "--if-exists", "--no-owner", "--no-privileges", f"--file={script}", dump
    )
    live = []  # an empty database, never migrated, has nothing to keep
    if ContentType._meta.db_table in connection.introspection.table_names():
        live = list(ContentType.objects.order_by("pk").values_list("pk", "app_label", "model"))
    renumbering.write_text(content_types_renumbering(_dumped_content_types(dump), live))
    _run_postgresql(
        "psql",
        "--no-psqlrc",
        "--quiet",
        "--set=ON_ERROR_STOP=1",
        "--single-transaction",
        f"--file={script}",
        f"--file={renumbering}",
    )
    # Models added since the backup got their content types back above; their permissions too.
    for app_config in apps.get_app_configs():
        create_permissions(app_config, verbosity=0)


def _dumped_content_types(dump):
    """[(id, app_label, model)] as the dump holds them, read from its COPY data."""
    table = f"--table={ContentType._meta.db_table}"
    script = _run_postgresql("pg_restore", "--data-only", table, "--file=-", dump)
    lines = iter(script.splitlines())
    for line in lines:
        if line.startswith("COPY ") and " FROM stdin;" in line:
            columns = [name.strip() for name in line[line.index("(") + 1 : line.index(")")].split(",")]
            break
    else:
        raise CommandError("The dump holds no content types; is it a site backup?")
    found = []
    for line in lines:
        if line == "\\.":
            break
        row = dict(zip(columns, line.split("\t"), strict=True))
        found.append((int(row["id"]), row["app_label"], row["model"]))
    return found


def content_types_renumbering(dumped, live):
    """SQL that gives restored content types, and every column referring to them, the ids
    ``live`` gives them; (id, app_label, model) triples. A model only the dump knows keeps its
    id unless a live content type holds it; a model only ``live`` knows gets its row back."""
    quote = connection.ops.quote_name
    live_ids = {(app_label, model): pk for pk, app_label, model in live}
    taken = set(live_ids.values())
    fresh = count(max(taken | {pk for pk, *_key in dumped}, default=0) + 1)
    moves = {}
    for pk, *key in dumped:
        if tuple(key) in live_ids:
            target = live_ids[tuple(key)]
        elif pk in taken:
            target = next(fresh)
        else:
            target = pk
        if target != pk:
            moves[pk] = target
    dumped_keys = {tuple(key) for _pk, *key in dumped}
    missing = [(pk, *key) for key, pk in live_ids.items() if key not in dumped_keys]

    # pg_restore's script empties search_path; back to the one the site's connections use.
    statements = ["RESET search_path;"]
    # SQL built from integers and the models' own table and column names, quoted.
    if moves:
        cases = " ".join(f"WHEN {old} THEN {new}" for old, new in moves.items())
        olds = ", ".join(str(old) for old in moves)
        for table, column in [(ContentType._meta.db_table, "id"), *_content_type_references()]:
            table, column = quote(table), quote(column)
            # Through negative ids: unique constraints are checked row by row, and two content
            # types may swap ids. References are checked at commit (deferred foreign keys).
            renumbered = f"-(CASE {column} {cases} END)"
            statements.append(f"UPDATE {table} SET {column} = {renumbered} WHERE {column} IN ({olds});")  # noqa: S608
            statements.append(f"UPDATE {table} SET {column} = -{column} WHERE {column} < 0;")  # noqa: S608
    table = quote(ContentType._meta.db_table)
    for pk, app_label, model in missing:
        values = f"{pk}, {_literal(app_label)}, {_literal(model)}"
        statements.append(f"INSERT INTO {table} (id, app_label, model) VALUES ({values});")  # noqa: S608
    statements += connection.ops.sequence_reset_sql(no_style(), [ContentType])
    return "\n".join(statements) + "\n"


def _content_type_references():
    """(table, column) of every foreign key to ContentType: admin history, versions,
    permissions, generic relations."""
    for model in apps.get_models(include_auto_created=True):
        for field in model._meta.local_concrete_fields:
            if field.is_relation and field.related_model is ContentType:
                yield model._meta.db_table, field.column


def _literal(text):
    return "'" + text.replace("'", "''") + "'"


def postgresql_environment():
    """The environment PostgreSQL's programs need to reach Django's database: its host, port,
    user and name (the test database's under tests), the password through PGPASSWORD and the
    SSL options, exactly as ``manage.py dbshell`` passes them."""
    settings_dict = connection.settings_dict
    _arguments, extra = connection.client.settings_to_cmd_args_env(settings_dict, [])
    environment = {**os.environ, **(extra or {})}
    for variable, key in (("PGHOST", "HOST"), ("PGPORT", "PORT"), ("PGUSER", "USER"), ("PGDATABASE", "NAME")):
        if settings_dict.get(key):
            environment[variable] = str(settings_dict[key])
    return environment


def _run_postgresql(program, *arguments):
    """Run one of PostgreSQL's client programs on Django's database; returns its output."""
    try:
        result = subprocess.run(  # noqa: S603 (a fixed program, arguments never through a shell)
            [program, *map(str, arguments)],
            env=postgresql_environment(),
            capture_output=True,
            text=True,
            check=False,
        )
    except FileNotFoundError as missing:
        raise CommandError(
            f"{program} is missing: install PostgreSQL's client programs (postgresql-client), "
            "of the server's version or newer."
        ) from missing
    if result.returncode:
        raise CommandError(f"{program} failed: {result.stderr.strip()}")
    return result.stdout
