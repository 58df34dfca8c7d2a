"""The public page types as paths with ``{lang}`` in place of the language, for the tests that
visit every kind of page in every language."""


def any_language(item):
    """The item's address with ``{lang}`` for its language."""
    return item.get_absolute_url().replace("/en/", "/{lang}/")


def page_paths(*, article, incident, tender, vacancy):
    """One page of each type a visitor reads, by name; the item pages are those of the items given."""
    return {
        "home": "/{lang}/",
        "news list": "/{lang}/news/",
        "article": any_language(article),
        "incident": any_language(incident),
        "statistics": "/{lang}/incidents/statistics/",
        "announcements": "/{lang}/announcements/",
        "tender": any_language(tender),
        "vacancy": any_language(vacancy),
        "contacts": "/{lang}/contacts/",
    }
