from modeltranslation.translator import TranslationOptions, register

from mia_portal.translation_status import LANGUAGE_CODES
from pages import models

# A page's texts never borrow another language in lists; its own page picks the language to
# show (``content_language``).
NO_FALLBACK = {"default": (), **dict.fromkeys(LANGUAGE_CODES, ())}


@register(models.Page)
class PageTranslationOptions(TranslationOptions):
    fields = ("title", "lead", "body", "seo_title", "seo_description", "withdrawal_note")
    fallback_languages = NO_FALLBACK


@register([models.StandardPage, models.LeadershipPage, models.DocumentsPage, models.FaqPage])
class PageTypeTranslationOptions(TranslationOptions):
    fields = ()


@register(models.PersonPage)
class PersonPageTranslationOptions(TranslationOptions):
    fields = ("rank", "post", "reception_hours")
    fallback_languages = NO_FALLBACK


@register(models.ServiceGuidePage)
class ServiceGuidePageTranslationOptions(TranslationOptions):
    fields = ("who_may_apply", "documents_needed", "fees", "time_limits")
    fallback_languages = NO_FALLBACK


# What belongs to a page is read in the page's language (``{% language content_language %}``);
# a part missing in it is better shown in another language than left out.
@register(models.LegalDocument)
class LegalDocumentTranslationOptions(TranslationOptions):
    fields = ("title", "issued_by")


@register(models.PageAttachment)
class PageAttachmentTranslationOptions(TranslationOptions):
    fields = ("title",)


@register(models.FaqItem)
class FaqItemTranslationOptions(TranslationOptions):
    fields = ("question", "answer")


@register(models.GuideStep)
class GuideStepTranslationOptions(TranslationOptions):
    fields = ("title", "text")
