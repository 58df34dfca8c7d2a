"""The kinds of items rich text may link to; each content app registers its own.

In ``AppConfig.ready()``::

    from mia_portal.links.registry import register
    register(self.get_model("Article"), url_name="news:detail")

The model follows the one life cycle (``published()``, the ``available_<language>`` flags),
has a translated ``title`` and a ``get_absolute_url()`` that gives its address in the active
language, from its id and ``url_fields`` (the slug by default). ``url_name`` is its detail
page's URL name, whose ``pk`` argument names the item: addresses of the site's own items
pasted into rich text are stored as references through it. A kind addressed otherwise (the
ministry's pages, by their path) gives ``id_from_route``: the item's id from the route's
keyword arguments, or None. ``public`` names the queryset method selecting what readers may
open, when more than ``published()`` (a page under a draft is not).
"""

from dataclasses import dataclass

from django.conf import settings


# The availability flags Publishable keeps (``translation_status.availability_field``), read
# here without importing it: the allow-list of ``richtext`` reads this registry.
def _available(item, language, default):
    return getattr(item, f"available_{language}", default)


@dataclass(frozen=True)
class Linkable:
    model: type
    url_name: str
    title_field: str = "title"
    # What get_absolute_url() reads besides the id.
    url_fields: tuple = ("slug",)
    id_from_route: object = None  # kwargs -> id or None; default: the ``pk`` argument
    public: str = "published"

    def item_id(self, kwargs):
        """The id of the item a resolved address of ``url_name`` names, else None."""
        if self.id_from_route is not None:
            return self.id_from_route(kwargs)
        return kwargs.get("pk")

    @property
    def label(self):
        return self.model._meta.label_lower

    @property
    def kind(self):
        return self.model._meta.verbose_name

    def public_items(self):
        return getattr(self.model.objects, self.public)()

    def live(self, ids):
        """The items among ``ids`` that readers may open now, read for their addresses only."""
        flags = [f"available_{code}" for code, _name in settings.LANGUAGES]
        return self.public_items().filter(pk__in=ids).only(*self.url_fields, *flags).order_by()


# Linkable kinds by their model's label ("news.article"), in the order of INSTALLED_APPS.
LINKABLES = {}


def register(
    model, url_name, title_field="title", url_fields=("slug",), id_from_route=None, public="published"
):
    linkable = Linkable(model, url_name, title_field, tuple(url_fields), id_from_route, public)
    LINKABLES[linkable.label] = linkable
    return linkable


def shown_language(item, language):
    """The language a reader of ``language`` is sent to the item in: theirs when the item has
    it, else the best available one, in the order the detail pages fall back."""
    if _available(item, language, True):
        return language
    fallbacks = settings.MODELTRANSLATION_FALLBACK_LANGUAGES
    for code in fallbacks.get(language, fallbacks["default"]):
        if _available(item, code, False):
            return code
    return language
