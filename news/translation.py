from modeltranslation.translator import TranslationOptions, register

from mia_portal.translation_status import LANGUAGE_CODES
from news.models import Address, Article, ArticleUpdate, Rubric

# An article's own texts never borrow another language: a list in English must not show a
# Tajik lead. Detail pages pick the language to show (``content_language``) themselves.
NO_FALLBACK = {"default": (), **dict.fromkeys(LANGUAGE_CODES, ())}


@register(Rubric)
class RubricTranslationOptions(TranslationOptions):
    fields = ("name",)
    required_languages = ("tg",)


@register(Article)
class ArticleTranslationOptions(TranslationOptions):
    fields = (
        "title",
        "lead",
        "body",
        "byline_name",
        "byline_rank",
        "withdrawal_note",
    )
    fallback_languages = NO_FALLBACK


@register(ArticleUpdate)
class ArticleUpdateTranslationOptions(TranslationOptions):
    # A correction note in another language is better than a silent correction.
    fields = ("note",)


@register(Address)
class AddressTranslationOptions(TranslationOptions):
    fields = ("title", "speaker", "body", "withdrawal_note")
    fallback_languages = NO_FALLBACK
