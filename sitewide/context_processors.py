from django.utils import timezone
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _

from contacts.models import Helpline
from menus.public import public_menus
from mia_portal.caching import remember
from mia_portal.reading import COOKIE_NAME as READING_COOKIE
from mia_portal.reading import ReadingMode

SITE_NAME = _("Ministry of Internal Affairs of the Republic of Tajikistan")


def site(request):
    return {
        "site_name": SITE_NAME,
        "helplines": SimpleLazyObject(
            lambda: remember("helplines", lambda: list(Helpline.objects.active()), tags=())
        ),
        "menus": SimpleLazyObject(public_menus),
        "current_year": timezone.localdate().year,
        "reading": ReadingMode.from_cookie(request.COOKIES.get(READING_COOKIE)),
    }
