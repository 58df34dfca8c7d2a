from modeltranslation.translator import TranslationOptions, register

from announcements.models import Announcement, Clarification, Document, Position, TenderAddendum


@register(Announcement)
class AnnouncementTranslationOptions(TranslationOptions):
    # No language is required: an item may be saved with one language complete and is listed
    # only in the languages whose title and text are filled (``available_in``).
    fields = (
        "title",
        "body",
        "procuring_entity",
        "event_place",
        "requirements",
        "how_to_apply",
        "awarded_to",
        "outcome_note",
        "withdrawal_note",
    )
    required_languages = ()


@register(Position)
class PositionTranslationOptions(TranslationOptions):
    fields = ("title", "duty_station")
    required_languages = ()


@register(TenderAddendum)
class TenderAddendumTranslationOptions(TranslationOptions):
    fields = ("text",)
    required_languages = ()


@register(Clarification)
class ClarificationTranslationOptions(TranslationOptions):
    fields = ("question", "answer")
    required_languages = ()


@register(Document)
class DocumentTranslationOptions(TranslationOptions):
    fields = ("title",)
    required_languages = ()
