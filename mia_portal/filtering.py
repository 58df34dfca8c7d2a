"""Public lists narrowed by the query string, the same way everywhere: a django-filter FilterSet.

A value a filter cannot use (unknown, malformed, out of range) is left out of the form's
``cleaned_data``, so the FilterSet simply does not apply it: the page answers 200 with what the
other filters select, and says what it ignored. A filtered list is never a 400.
"""

import django_filters
from django import forms


class SlugChoiceField(forms.ChoiceField):
    """A choice among ``options`` (anything with a ``slug``) by slug; cleans to the option itself.

    The options come from a list the view already holds (cached until an editor changes one),
    so choosing one costs no query.
    """

    def __init__(self, *, options=(), **kwargs):
        self.options = {option.slug: option for option in options}
        super().__init__(**kwargs)

    def clean(self, value):
        return self.options.get(super().clean(value))


class SlugChoiceFilter(django_filters.Filter):
    """Narrows by an option chosen by slug; the FilterSet sets its ``options`` and ``choices``."""

    field_class = SlugChoiceField

    def set_options(self, options, *, empty_label, choices=None):
        """Offer ``options`` after ``empty_label``, shown as ``choices`` (each option's name by default)."""
        if choices is None:
            choices = [(option.slug, option.name) for option in options]
        self.extra.update(options=options, choices=[("", empty_label), *choices])


class FilteredListMixin:
    """A ListView narrowed by ``filterset_class``, built from the query string and given the
    queryset the view would otherwise list; the template gets it as ``filterset``."""

    filterset_class = None

    def get_filterset(self, queryset):
        return self.filterset_class(self.request.GET, queryset=queryset)

    def get_queryset(self):
        self.filterset = self.get_filterset(super().get_queryset())
        return self.filterset.qs

    def get_context_data(self, **kwargs):
        return super().get_context_data(filterset=self.filterset, **kwargs)
