"""The pages' section of the site search."""

from mia_portal.search.sections import Section


class PageSection(Section):
    """Pages the public can reach: live, under live pages."""

    def published(self, language):
        return self.model.objects.public().available_in(language)
