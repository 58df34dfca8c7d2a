from modeltranslation.translator import TranslationOptions, register

from mia_portal.translation_status import LANGUAGE_CODES
from photos.models import Collection, Photo

# A description in another language would be read to someone in a language they did not choose.
NO_FALLBACK = {"default": (), **dict.fromkeys(LANGUAGE_CODES, ())}


@register(Collection)
class CollectionTranslationOptions(TranslationOptions):
    fields = ("name",)
    required_languages = ("tg",)


@register(Photo)
class PhotoTranslationOptions(TranslationOptions):
    fields = ("alt", "caption", "credit")
    fallback_languages = NO_FALLBACK
