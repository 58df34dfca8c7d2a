"""What is searched: the sections each content app registers."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Section:
    key: str
    label: str
    model: type
    # (field, weight): where a word counts most, as in the stored PostgreSQL documents (title A,
    # lead B, text C). Rich-text fields are searched without their tags.
    fields: tuple
    rich_text: tuple = ("body",)

    @property
    def rank_fields(self):
        """What SQLite's ranking reads: the short fields only, so it stays cheap on long texts."""
        return tuple(pair for pair in self.fields if pair[0] not in self.rich_text)

    def published(self, language):
        return self.model.objects.published().available_in(language)


# The sections by key, in the order the search page lists them. Each content app registers its
# own in AppConfig.ready() (so in the order of INSTALLED_APPS): this module names no app.
SECTIONS = {}


def register(section):
    """Search ``section`` too. On PostgreSQL its table needs the stored documents
    ``search_tg``/``_ru``/``_en`` and their trigger, which the app's own migration creates (see
    ``mia_portal.search_schema``)."""
    SECTIONS[section.key] = section
