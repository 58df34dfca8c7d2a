"""What a browser posts back from an admin change form: as the editor saves it unchanged, and
the management form of an inline."""

from mia_portal.concurrent_edits import VERSION_FIELD


def management_form(prefix, total=0):
    return {
        f"{prefix}-TOTAL_FORMS": str(total),
        f"{prefix}-INITIAL_FORMS": "0",
        f"{prefix}-MIN_NUM_FORMS": "0",
        f"{prefix}-MAX_NUM_FORMS": "1000",
    }


def change_form_data(response):
    """The POST data of the change form in ``response``: every field with its current value,
    each inline with its saved rows only (no extra blank forms) and files left as they are."""
    adminform = response.context["adminform"]
    data = _form_data(adminform.form)
    if hasattr(adminform.form, "stored_version"):  # the hidden input of content forms
        data[VERSION_FIELD] = adminform.form.stored_version
    for inline in response.context["inline_admin_formsets"]:
        formset = inline.formset
        management = {**formset.management_form.initial, "TOTAL_FORMS": len(formset.initial_forms)}
        data.update({f"{formset.prefix}-{key}": value for key, value in management.items()})
        for form in formset.initial_forms:
            data.update(_form_data(form))
    return data


def _form_data(form):
    data = {}
    for name, field in form.fields.items():
        key = form.add_prefix(name)
        value = form[name].value()
        if hasattr(field.widget, "decompress"):  # a date and a time in two inputs
            for index, part in enumerate(field.widget.decompress(value)):
                data[f"{key}_{index}"] = "" if part is None else part
        elif value is True:
            data[key] = "on"
        elif value is None or value is False or hasattr(value, "storage"):
            continue  # unchecked boxes and kept files are not sent
        else:
            data[key] = value
    return data
