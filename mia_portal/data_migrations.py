"""Steps the content apps' data migrations share."""

from django.db import migrations
from django.db.models import Case, Q, Value, When

from mia_portal.publishing import Publishable
from mia_portal.translation_status import LANGUAGE_CODES, availability_field


def fill_availability(app_label, *model_names):
    """A migration step: set the availability flags of the rows already there, in one UPDATE
    a model."""

    def fill(apps, schema_editor):
        for name in model_names:
            flags = {}
            for code in LANGUAGE_CODES:
                filled = Q()
                for field in Publishable.required_translations:
                    filled &= Q(**{f"{field}_{code}__isnull": False}) & ~Q(**{f"{field}_{code}": ""})
                flags[availability_field(code)] = Case(When(filled, then=Value(True)), default=Value(False))
            apps.get_model(app_label, name).objects.update(**flags)

    return migrations.RunPython(fill, migrations.RunPython.noop)
