from django.db.models import Prefetch
from django.views.generic import TemplateView

from contacts.models import Helpline, Region, RegionalDepartment
from mia_portal.cache_tags import DependsOnMixin


class ContactsView(DependsOnMixin, TemplateView):
    template_name = "contacts/contacts.html"
    cache_tags = []  # helplines and regions: every change of them purges every page

    def get_context_data(self, **kwargs):
        departments = RegionalDepartment.objects.select_related("district")
        regions = Region.objects.prefetch_related(Prefetch("departments", queryset=departments))
        return super().get_context_data(
            helplines=Helpline.objects.active(),
            regions=[region for region in regions if region.departments.all()],
            **kwargs,
        )
