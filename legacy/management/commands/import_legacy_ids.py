"""Give items their old site numbers from a CSV file, all rows or none.

The file has a header naming three columns, in any order: ``kind`` (article, address,
incident, announcement), ``legacy_id`` (the number in the old address) and ``id`` (the item's
id on this site), comma- or semicolon-separated, UTF-8 (with or without a byte-order mark).
Every row is checked first; one wrong row and nothing is imported, with the wrong rows listed
by line. Importing the same file again changes nothing; a later file may move a number from
one item to another when it gives both.
"""

import csv
from collections import defaultdict

from django.core.management.base import BaseCommand, CommandError
from django.db import IntegrityError, connection, transaction

from legacy.addresses import KINDS
from mia_portal.publishing import LEGACY_ID_MAX
from mia_portal.routing import MAX_ID

COLUMNS = ("kind", "legacy_id", "id")
BATCH = 500  # ids an IN (…) holds, well below SQLite's limit on parameters


class Command(BaseCommand):
    help = "Give items their old site numbers from a CSV file (kind, legacy_id, id); all rows or none."

    def add_arguments(self, parser):
        parser.add_argument("file", help="the CSV file")
        parser.add_argument("--dry-run", action="store_true", help="check the file and change nothing")

    def handle(self, file, dry_run=False, **options):
        try:
            with open(file, encoding="utf-8-sig", newline="") as handle:
                rows = list(read_rows(handle))
        except (OSError, UnicodeDecodeError, csv.Error) as error:
            raise CommandError(f"Cannot read {file}: {error}") from error
        numbers, errors = check_rows(rows)
        if errors:
            for line, message in errors:
                self.stderr.write(f"line {line}: {message}")
            raise CommandError(f"{len(errors)} wrong rows in {file}; nothing was imported.")
        if dry_run:
            self.stdout.write(f"{file} is correct: {summary(numbers)} would be given.")
            return
        try:
            with transaction.atomic():
                changed = sum(give(KINDS[kind], numbers[kind]) for kind in numbers)
        except IntegrityError as error:  # another import or an editor gave a number meanwhile
            raise CommandError(f"Nothing was imported: {error}") from error
        self.stdout.write(f"Imported {summary(numbers)}; {changed} changed, the rest already had theirs.")


def read_rows(handle):
    """``(line, row)`` for each row of the file, its columns named by the header."""
    sample = handle.readline()
    handle.seek(0)
    dialect = csv.Sniffer().sniff(sample, delimiters=",;") if sample.strip() else csv.excel
    reader = csv.DictReader(handle, dialect=dialect)
    header = [name.strip().lower() for name in reader.fieldnames or []]
    missing = [column for column in COLUMNS if column not in header]
    if missing:
        raise CommandError(
            f"The header must name the columns {', '.join(COLUMNS)}; missing: {', '.join(missing)}."
        )
    reader.fieldnames = header
    for row in reader:
        yield reader.line_num, {column: (row.get(column) or "").strip() for column in COLUMNS}


def check_rows(rows):
    """``({kind: {item id: number}}, [(line, error), …])`` for the rows read."""
    numbers = defaultdict(dict)
    errors = []
    seen_numbers = {}  # (kind, number) → (item id, line)
    for line, row in rows:
        kind = row["kind"].lower()
        if kind not in KINDS:
            errors.append((line, f"unknown kind {row['kind']!r}; expected one of {', '.join(KINDS)}"))
            continue
        number, pk = whole_number(row["legacy_id"]), whole_number(row["id"])
        if number is None or not 0 < number <= LEGACY_ID_MAX:
            errors.append((line, f"legacy_id {row['legacy_id']!r} is not a number from 1 to {LEGACY_ID_MAX}"))
            continue
        if pk is None or not 0 < pk <= MAX_ID:
            errors.append((line, f"id {row['id']!r} is not an item's id"))
            continue
        earlier = seen_numbers.setdefault((kind, number), (pk, line))
        if earlier[0] != pk:
            other, other_line = earlier
            errors.append((line, f"old number {number} is given to {kind} {other} on line {other_line}"))
            continue
        if numbers[kind].setdefault(pk, number) != number:
            errors.append((line, f"{kind} {pk} is already given old number {numbers[kind][pk]}"))
    for kind, given in numbers.items():
        errors += missing_items(kind, given, rows)
    return numbers, sorted(errors)


def missing_items(kind, given, rows):
    """Errors for items that do not exist, or whose number another item keeps."""
    model = KINDS[kind]
    lines = {(row["kind"].lower(), whole_number(row["id"])): line for line, row in rows}
    existing = {pk for pk, _number in numbers_of(model, "pk", given)}
    holders = {number: pk for pk, number in numbers_of(model, "legacy_id", given.values())}
    errors = []
    for pk, number in given.items():
        line = lines[kind, pk]
        if pk not in existing:
            errors.append((line, f"there is no {kind} {pk}"))
        holder = holders.get(number)
        if holder is not None and holder != pk and holder not in given:
            errors.append((line, f"old number {number} belongs to {kind} {holder}, not in the file"))
    return errors


def give(model, given):
    """Set the numbers of one kind; the items that change first let go of their old ones, so that
    numbers can move between them. Returns how many changed."""
    current = dict(numbers_of(model, "pk", given))
    changing = [pk for pk, number in given.items() if current[pk] != number]
    for start in range(0, len(changing), BATCH):
        model.objects.filter(pk__in=changing[start : start + BATCH]).update(legacy_id=None)
    # One statement run for every item: building an UPDATE (or a CASE over thousands of rows)
    # through the ORM costs milliseconds an item.
    names = (model._meta.db_table, "legacy_id", model._meta.pk.column)
    table, column, key = map(connection.ops.quote_name, names)
    with connection.cursor() as cursor:
        cursor.executemany(
            f"UPDATE {table} SET {column} = %s WHERE {key} = %s",  # noqa: S608 (names from the model)
            [(given[pk], pk) for pk in changing],
        )
    return len(changing)


def numbers_of(model, field, values):
    """``(id, old number)`` of the items whose ``field`` is one of ``values``, read in batches."""
    values = list(values)
    for start in range(0, len(values), BATCH):
        batch = values[start : start + BATCH]
        yield from model.objects.filter(**{f"{field}__in": batch}).values_list("pk", "legacy_id")


def whole_number(text):
    return int(text) if text.isascii() and text.isdigit() and len(text) <= 19 else None


def summary(numbers):
    counts = [f"{len(given)} {kind} numbers" for kind, given in sorted(numbers.items())]
    return ", ".join(counts) or "no numbers"
