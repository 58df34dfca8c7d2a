from modeltranslation.translator import TranslationOptions, register

from contacts.models import District, Helpline, Region, RegionalDepartment


@register(Helpline)
class HelplineTranslationOptions(TranslationOptions):
    fields = ("label", "description")
    required_languages = ("tg",)


@register(Region)
class RegionTranslationOptions(TranslationOptions):
    fields = ("name",)
    required_languages = ("tg",)


@register(District)
class DistrictTranslationOptions(TranslationOptions):
    fields = ("name",)
    required_languages = ("tg",)


@register(RegionalDepartment)
class RegionalDepartmentTranslationOptions(TranslationOptions):
    fields = ("name", "head", "address", "reception_hours")
    required_languages = ("tg",)
