from modeltranslation.translator import TranslationOptions, register

from incidents.models import Incident, IncidentCategory, IncidentStatusChange


@register(IncidentCategory)
class IncidentCategoryTranslationOptions(TranslationOptions):
    fields = ("name",)
    required_languages = ("tg",)


@register(Incident)
class IncidentTranslationOptions(TranslationOptions):
    fields = ("title", "lead", "body", "reporting_unit", "code_article_label", "withdrawal_note")


@register(IncidentStatusChange)
class IncidentStatusChangeTranslationOptions(TranslationOptions):
    fields = ("note",)
