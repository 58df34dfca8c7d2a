from modeltranslation.translator import TranslationOptions, register

from menus.models import Menu, MenuItem
from mia_portal.translation_status import LANGUAGE_CODES

# The public menus choose the language to show themselves (``menus.public``).
NO_FALLBACK = {"default": (), **dict.fromkeys(LANGUAGE_CODES, ())}


@register(Menu)
class MenuTranslationOptions(TranslationOptions):
    fields = ("title",)
    fallback_languages = NO_FALLBACK


@register(MenuItem)
class MenuItemTranslationOptions(TranslationOptions):
    fields = ("label",)
    fallback_languages = NO_FALLBACK
