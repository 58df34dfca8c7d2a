"""The filters of the stream and the statistics: region, district, category and dates, all in the URL.

A value the form cannot use (unknown, malformed, out of range) is dropped and explained to the
visitor in ``notices``; the page still answers with what the other filters select.
"""

from datetime import date

from django import forms
from django.forms.utils import ErrorDict
from django.http import QueryDict
from django.utils import formats, timezone
from django.utils.http import urlencode
from django.utils.text import Truncator
from django.utils.translation import gettext

from mia_portal.richtext import strip_control_characters

FIRST_DAY = date(2000, 1, 1)
EXAMPLE_DAY = date(2025, 12, 31)  # a day above 12, so the example shows which number is the day
SHOWN_VALUE_LENGTH = 40


class DayInput(forms.DateInput):
    """A text box for a day in the page language's format (DATE_INPUT_FORMATS, e.g. 31.12.2025).

    Browsers' date pickers show their own locale's format (mm/dd/yyyy) whatever the page's
    language. The filters' links carry ISO dates; the box shows them in the page's format.
    """

    def format_value(self, value):
        if isinstance(value, str):
            try:
                value = date.fromisoformat(value)
            except ValueError:
                return value
        return super().format_value(value)


class IncidentFilterForm(forms.Form):
    """The form of ``incidents.filters.IncidentFilter``: its fields are the filters'."""

    def __init__(self, data, **kwargs):
        # Bound even without parameters, so an empty query is simply a valid, empty filter.
        super().__init__(data, label_suffix="", **kwargs)
        self.notices = []
        example = EXAMPLE_DAY.strftime(formats.get_format("DATE_INPUT_FORMATS")[0])
        for name in ("date_from", "date_to"):
            self.fields[name].help_text = gettext("dd.mm.yyyy, e.g. %(example)s") % {"example": example}

    def _clean_day(self, name):
        day = self.cleaned_data[name]
        if day and not FIRST_DAY <= day <= timezone.localdate():
            raise forms.ValidationError("out of range", code="out_of_range")
        return day

    def clean_date_from(self):
        return self._clean_day("date_from")

    def clean_date_to(self):
        return self._clean_day("date_to")

    def clean(self):
        cleaned = super().clean()
        region, district = cleaned.get("region"), cleaned.get("district")
        if region and district and district.region_id != region.pk:
            self.notices.append(
                gettext("%(district)s is not in %(region)s, so the district filter is ignored.")
                % {"district": district.name, "region": region.name}
            )
            cleaned["district"] = None
        first, last = cleaned.get("date_from"), cleaned.get("date_to")
        if first and last and first > last:
            cleaned["date_from"], cleaned["date_to"] = last, first
            self.notices.append(gettext("The start date was after the end date, so the two were swapped."))
        return cleaned

    def full_clean(self):
        super().full_clean()
        problems = [self._problem(name) for name in self.fields if name in self._errors]
        self.notices = problems + self.notices
        # What is ignored is gone: the form shows (and links carry) only the filters in use.
        self._errors = ErrorDict()
        self.data = QueryDict(self.querystring())

    def _problem(self, name):
        value = Truncator(strip_control_characters(str(self.data.get(name, "")))).chars(SHOWN_VALUE_LENGTH)
        label = self.fields[name].label
        if isinstance(self.fields[name], forms.DateField):
            return gettext(
                "“%(value)s” is not a date between %(first)s and %(last)s, "
                "so the filter “%(field)s” is ignored."
            ) % {
                "value": value,
                "field": label,
                "first": formats.date_format(FIRST_DAY, "SHORT_DATE_FORMAT"),
                "last": formats.date_format(timezone.localdate(), "SHORT_DATE_FORMAT"),
            }
        return gettext("There is no “%(value)s” to choose for “%(field)s”, so that filter is ignored.") % {
            "value": value,
            "field": label,
        }

    @property
    def filters(self):
        """The usable filters: region, district, category, date_from, date_to (None when unset)."""
        if not hasattr(self, "cleaned_data"):
            self.is_valid()
        return {name: self.cleaned_data.get(name) for name in self.fields}

    def querystring(self, **overrides):
        """The valid filters as URL parameters, to keep them in pagination and cross-links."""
        values = {}
        for name, value in {**self.filters, **overrides}.items():
            if isinstance(value, date):
                values[name] = value.isoformat()
            elif value:
                values[name] = getattr(value, "slug", value)
        return urlencode(values)

    def is_filtered(self):
        return any(self.filters.values())
