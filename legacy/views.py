from django.http import Http404, HttpResponsePermanentRedirect
from django.utils import translation
from django.views.decorators.http import require_safe

from legacy.addresses import item_for, parse


@require_safe
def old_address(request, path):
    """An old item address answers 301 with the item's address in the same language.

    Anything else under ``/index.php/`` is the site's 404, in the old address's language when
    it names one; the redirects administrators enter (``django.contrib.redirects``) still
    answer those that lead elsewhere.
    """
    old = parse(path)
    if old is None:
        raise Http404
    language, rubrics, number = old
    translation.activate(language)
    item = item_for(number, rubrics)
    if item is None:
        raise Http404
    return HttpResponsePermanentRedirect(item.get_absolute_url())
