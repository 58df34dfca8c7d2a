from django.utils import timezone
from django.utils.functional import SimpleLazyObject

from contacts.models import Helpline
from mia_portal.views import SITE_NAME


def site(request):
    return {
        "site_name": SITE_NAME,
        "helplines": SimpleLazyObject(lambda: list(Helpline.objects.active())),
        "current_year": timezone.localdate().year,
    }
