"""The base of every page: its place in the tree, its address, its texts and its life cycle.

Each page type is a model of its own inheriting ``Page`` (one table each, joined to this one).
The base row records the concrete type, so a path is looked up in one query on this table and
the page as its type (``specific``) in one more.
"""

from functools import partial

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.db.models import Exists, F, OuterRef
from django.db.models.functions import Left
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from treebeard.mp_tree import MP_Node, MP_NodeManager, MP_NodeQuerySet

from mia_portal import cache_tags
from mia_portal.cache_changes import purge_everywhere
from mia_portal.publishing import Publishable, PublishableQuerySet, live
from mia_portal.richtext import RichTextField
from mia_portal.routing import cached_reverse
from mia_portal.slugs import latin_slug
from pages.models.tree import PageRedirect, reserved_top_level_slugs

MAX_DEPTH = 10  # levels below the language prefix; the public route matches no deeper path
URL_PATH_MAX_LENGTH = 600


def refuse(field, message, code):
    raise ValidationError({field: ValidationError(message, code=code)})


def tree_tags():
    """What a move or a new order changes: every page's breadcrumbs, subpages and address (a
    page shows the tree: ``PageView`` depends on the pages' list tag), the menus and searches."""
    return {cache_tags.list_tag(Page), cache_tags.CONTENT}


class PageQuerySet(PublishableQuerySet, MP_NodeQuerySet):
    def public(self):
        """Live pages whose every ancestor is live too: a draft or withdrawn page hides its
        subpages from the public."""
        hidden_ancestor = Page.objects.exclude(live()).filter(
            depth__lt=OuterRef("depth"), path=Left(OuterRef("path"), F("depth") * Page.steplen)
        )
        return self.published().filter(~Exists(hidden_ancestor))

    def only_shown(self, *fields):
        # A page's link is its address, which a list of pages always needs.
        return super().only_shown(*fields, "url_path")


class PageManager(MP_NodeManager.from_queryset(PageQuerySet)):
    def get_queryset(self):
        return self._queryset_class(self.model, using=self._db).order_by("path")


class Page(MP_Node, Publishable):
    # A page needs only a title in a language to be listed in it; types that need more say so.
    required_translations = ("title",)
    long_texts = ("body",)

    title = models.CharField(_("title"), max_length=255, blank=True)
    lead = models.TextField(
        _("lead"),
        blank=True,
        help_text=_("One or two sentences: shown in lists of pages and search results."),
    )
    body = RichTextField(_("text"), blank=True)
    seo_title = models.CharField(
        _("title for search engines"),
        max_length=70,
        blank=True,
        help_text=_(
            "Shown in the browser tab and search results instead of the title; 70 characters at most."
        ),
    )
    seo_description = models.CharField(
        _("description for search engines"),
        max_length=300,
        blank=True,
        help_text=_("Shown under the title in search results; the lead is used when empty."),
    )
    # The slugs from the top of the tree down, "vazorat/rohbariyat/": the page's address under
    # the language prefix, kept by save() and move_to().
    url_path = models.CharField(_("address"), max_length=URL_PATH_MAX_LENGTH, unique=True, editable=False)
    content_type = models.ForeignKey(
        ContentType, verbose_name=_("page type"), on_delete=models.PROTECT, editable=False, related_name="+"
    )

    objects = PageManager()

    # The field holding the library photo shown above the text and to social networks, in
    # the types that have one.
    main_photo_field = None

    class Meta(Publishable.Meta):
        verbose_name = _("page")
        verbose_name_plural = _("pages (the tree)")
        ordering = ["path"]

    def __str__(self):
        return self.title or self.first_filled("title")

    def get_absolute_url(self):
        return cached_reverse("page", path=self.url_path)

    @cached_property
    def specific(self):
        """This page as its own type (a person, a service guide…): one query, or none when it
        is already."""
        model = ContentType.objects.get_for_id(self.content_type_id).model_class()
        if model is None or isinstance(self, model):
            return self
        pages = model._base_manager.all()
        if model.main_photo_field:
            pages = pages.select_related(model.main_photo_field)
        return pages.get(pk=self.pk)

    @property
    def main_photo(self):
        return getattr(self, self.main_photo_field) if self.main_photo_field else None

    @property
    def template_name(self):
        return f"pages/{self._meta.model_name}.html"

    # --- place in the tree -----------------------------------------------------------------

    def parent_url_path(self):
        if self.depth <= 1:
            return ""
        parent = Page._base_manager.filter(path=self.path[: -self.steplen]).values_list("url_path", flat=True)
        return parent.first() or ""

    def check_place(self, parent, slug):
        """Refuse a place the page cannot take: under itself, beside a sibling with the same
        slug, at the top with a section's slug, or too deep. Messages speak to the editor."""
        slug = latin_slug(slug or self.first_filled("title"))
        moving = self.pk is not None and not self._state.adding
        if parent is not None and moving and parent.path.startswith(self.path):
            message = _("A page cannot be placed under itself or under one of its own subpages.")
            refuse("parent", message, "under_itself")
        if parent is None and slug in reserved_top_level_slugs():
            message = _(
                "The address “%(slug)s” at the top of the site belongs to a section of the site. "
                "Choose another slug, or place the page under another page."
            )
            refuse("slug", message % {"slug": slug}, "reserved")
        url_path = (parent.url_path if parent else "") + slug + "/"
        clash = Page._base_manager.filter(url_path=url_path)
        if moving:
            clash = clash.exclude(pk=self.pk)
        if clash.exists():
            message = _(
                "Another page at the same place already has the slug “%(slug)s”. Choose another slug, or "
                "place this page elsewhere."
            )
            refuse("slug", message % {"slug": slug}, "duplicate_slug")
        height = 0
        if moving:
            subtree = Page._base_manager.filter(path__startswith=self.path)
            height = (subtree.aggregate(deepest=models.Max("depth"))["deepest"] or self.depth) - self.depth
        depth = (parent.depth if parent else 0) + 1 + height
        if depth > MAX_DEPTH or len(url_path) > URL_PATH_MAX_LENGTH // 2:
            message = _("The page would be too deep in the tree; pages go at most %(levels)d levels down.")
            refuse("parent", message % {"levels": MAX_DEPTH}, "too_deep")

    def save(self, *args, **kwargs):
        if self.content_type_id is None:
            self.content_type = ContentType.objects.get_for_model(self, for_concrete_model=True)
        self.slug = latin_slug(self.slug or self.first_filled("title"))
        with transaction.atomic():
            old_url_path = None
            if not self._state.adding:
                # The tree's columns as stored: an instance read before a move must not undo it.
                stored = Page._base_manager.filter(pk=self.pk)
                stored = stored.values_list("path", "depth", "numchild", "url_path").first()
                if stored:
                    self.path, self.depth, self.numchild, old_url_path = stored
            self.url_path = self.parent_url_path() + self.slug + "/"
            super().save(*args, **kwargs)
            if old_url_path and old_url_path != self.url_path:
                self._readdress(old_url_path)
            elif old_url_path is None:
                # A new page takes back an address that had become a redirect.
                PageRedirect.objects.filter(old_path=self.url_path).delete()

    def move_to(self, parent):
        """Make this page the last subpage of ``parent`` (None: the last at the top); its old
        address and its subpages' answer with a redirect from now on."""
        self.check_place(parent, self.slug)
        with transaction.atomic():
            self.refresh_from_db(fields=["path", "depth", "numchild", "url_path"])
            old_url_path = self.url_path
            if parent is not None:
                parent.refresh_from_db(fields=["path", "depth", "numchild"])
                Page.objects.move(self, parent, "last-child")
            else:
                Page.objects.move(self, Page.objects.get_last_root_node(), "last-sibling")
            self.refresh_from_db(fields=["path", "depth", "numchild"])
            self.url_path = self.parent_url_path() + self.slug + "/"
            Page._base_manager.filter(pk=self.pk).update(url_path=self.url_path)
            if old_url_path != self.url_path:
                self._readdress(old_url_path)
            transaction.on_commit(partial(purge_everywhere, tree_tags(), hard=False))

    def shift(self, step):
        """One place earlier (-1) or later (+1) among its siblings; False at either end."""
        self.refresh_from_db(fields=["path", "depth", "numchild"])
        neighbour = Page.objects.get_prev_sibling(self) if step < 0 else Page.objects.get_next_sibling(self)
        if neighbour is None:
            return False
        with transaction.atomic():
            Page.objects.move(self, neighbour, "left" if step < 0 else "right")
            # The tree's own updates send no save signals: cached pages would keep the old order.
            transaction.on_commit(partial(purge_everywhere, tree_tags(), hard=False))
        return True

    def _readdress(self, old_url_path):
        """Record the old addresses of this page and its subpages, and give the subpages theirs."""
        subtree = list(
            Page._base_manager.filter(path__startswith=self.path).exclude(pk=self.pk).only("pk", "url_path")
        )
        moved = [(old_url_path, self.pk)]
        for page in subtree:
            moved.append((page.url_path, page.pk))
            page.url_path = self.url_path + page.url_path.removeprefix(old_url_path)
        Page._base_manager.bulk_update(subtree, ["url_path"])
        for old_path, pk in moved:
            PageRedirect.objects.update_or_create(old_path=old_path, defaults={"page_id": pk})
        # An address a page holds again is the page's, not a redirect's.
        taken_again = [self.url_path, *(page.url_path for page in subtree)]
        PageRedirect.objects.filter(old_path__in=taken_again).delete()
