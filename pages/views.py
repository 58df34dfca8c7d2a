"""A page at its path: the page itself, a redirect from an address it had, or 404/410."""

from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.cache import add_never_cache_headers
from django.views import View
from django.views.generic import DetailView

from mia_portal import cache_tags
from mia_portal.documents.files import attachment_response
from mia_portal.published_views import PublishedDetailMixin
from mia_portal.publishing import Status, can_preview
from pages.contexts import page_type_context
from pages.models import Page


class PageView(PublishedDetailMixin, DetailView):
    """The page at ``path`` as its own type, with its ancestors for the breadcrumbs.

    Two queries find it whatever its depth: the page and its ancestors by their addresses
    (made by the route), then the page as its type. Other methods than GET and HEAD answer
    405. A page is public when it and every ancestor are live; staff who may view pages
    preview the rest.
    """

    model = Page
    context_object_name = "page"

    def get(self, request, *args, **kwargs):
        path = kwargs["path"]  # a PagePath, found by the route (pages.paths)
        # A page shows the tree (its breadcrumbs, its subpages, its address): every public
        # change of a page purges this tag.
        cache_tags.depends_on(cache_tags.list_tag(Page))
        if path.moved:
            return self.old_address(path.moved)
        trail = path.trail
        preview = can_preview(request.user, Page)
        *ancestors, page = trail
        if not preview and not all(ancestor.is_published() for ancestor in ancestors):
            raise Http404
        if page.status == Status.WITHDRAWN:
            context = {"object": page, "robots": "noindex"}
            return TemplateResponse(request, self.withdrawn_template_name, context, status=410)
        if not (preview or page.is_published()):
            raise Http404
        self.ancestors = ancestors
        self.object = page.specific
        response = self.render_to_response(self.get_context_data(object=self.object))
        if not all(item.is_published() for item in trail):
            add_never_cache_headers(response)
            response["X-Robots-Tag"] = self.preview_robots
        return response

    def old_address(self, moved):
        if not moved.page.is_published():
            raise Http404
        url = moved.page.get_absolute_url()
        if self.request.GET:
            url += "?" + self.request.GET.urlencode()
        return redirect(url, permanent=True)

    def get_template_names(self):
        return [self.object.template_name, "pages/standardpage.html"]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        page = self.object
        language = translation.get_language()
        if not context["is_preview"] and not all(ancestor.is_published() for ancestor in self.ancestors):
            context.update(is_preview=True, robots=self.preview_robots)
        crumbs = [
            (ancestor.title or str(ancestor), ancestor.get_absolute_url())
            for ancestor in self.ancestors
            if ancestor.is_published()
        ]
        context.update(
            breadcrumbs=[*crumbs, (getattr(page, f"title_{context['content_language']}") or str(page), None)],
            subpages=Page.objects.get_children(page).listed_in(language),
        )
        context.update(page_type_context(page, self.request))
        return context


class PageFileView(View):
    """A page's file as a download, while its page is public (or to staff who may preview)."""

    model = None

    def get(self, request, pk):
        document = get_object_or_404(self.model.objects.visible_to(request.user), pk=pk)
        response = attachment_response(document.file, document.original_name, document.content_type)
        if not document.page.is_published():
            add_never_cache_headers(response)
        return response
