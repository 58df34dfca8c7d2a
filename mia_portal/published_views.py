"""The public views' side of the life cycle: lists show what is live in the visitor's
language; detail pages redirect a wrong slug, answer 410 for a withdrawn item, and let staff
preview the rest (never cached, never indexed)."""

from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.cache import add_never_cache_headers

from mia_portal import cache_tags
from mia_portal.publishing import Status, can_preview


class PublishedListMixin:
    """For list views: live items available in the visitor's language, nothing else."""

    def get_queryset(self):
        cache_tags.depends_on(cache_tags.list_tag(self.model))
        return self.model.objects.listed_in(translation.get_language())


class PublishedDetailMixin:
    """For detail views at ``<id:pk>-<slug:slug>/``.

    A wrong slug answers 301 to the right URL; staff with view permission may preview
    unpublished items (never cached, never indexed); a withdrawn item answers 410 with its note.
    """

    withdrawn_template_name = "withdrawn.html"
    preview_robots = "noindex, nofollow"

    def get_queryset(self):
        queryset = self.model.objects.all()
        if can_preview(self.request.user, self.model):
            return queryset
        return queryset.published_or_withdrawn()

    def get(self, request, *args, **kwargs):
        self.object = self.get_object()
        cache_tags.depends_on(cache_tags.item_tag(self.object))
        if self.object.status == Status.WITHDRAWN:
            context = {"object": self.object, "robots": "noindex"}
            return TemplateResponse(request, self.withdrawn_template_name, context, status=410)
        if kwargs.get("slug") != self.object.slug:
            url = self.object.get_absolute_url()
            if request.GET:
                url += "?" + request.GET.urlencode()
            return redirect(url, permanent=self.object.is_published())
        response = self.render_to_response(self.get_context_data(object=self.object))
        if not self.object.is_published():
            add_never_cache_headers(response)
            response["X-Robots-Tag"] = self.preview_robots
        return response

    def get_context_data(self, **kwargs):
        """What every detail page shows around the item: its languages (for the hreflang links and
        the notice in ``includes/item_notices.html``), whether this is a preview, and the robots
        meta of base.html."""
        context = super().get_context_data(**kwargs)
        is_preview = not self.object.is_published()
        context.update(
            available_languages=self.object.available_languages(),
            content_language=self.object.content_language(translation.get_language()),
            is_preview=is_preview,
            robots=self.preview_robots if is_preview else "",
        )
        return context
