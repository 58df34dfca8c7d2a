from modeltranslation.translator import TranslationOptions, register

from mia_portal.translation_status import LANGUAGE_CODES
from pages.models import Page, StandardPage

# A page's texts never borrow another language in lists; its own page picks the language to
# show (``content_language``).
NO_FALLBACK = {"default": (), **dict.fromkeys(LANGUAGE_CODES, ())}


@register(Page)
class PageTranslationOptions(TranslationOptions):
    fields = ("title", "lead", "body", "seo_title", "seo_description", "withdrawal_note")
    fallback_languages = NO_FALLBACK


@register(StandardPage)
class StandardPageTranslationOptions(TranslationOptions):
    fields = ()
