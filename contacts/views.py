from django.db.models import Prefetch
from django.views.generic import TemplateView

from contacts.models import Helpline, Region, RegionalDepartment


class ContactsView(TemplateView):
    template_name = "contacts/contacts.html"

    def get_context_data(self, **kwargs):
        departments = RegionalDepartment.objects.select_related("district")
        regions = Region.objects.prefetch_related(Prefetch("departments", queryset=departments))
        return super().get_context_data(
            helplines=Helpline.objects.active(),
            regions=[region for region in regions if region.departments.all()],
            **kwargs,
        )
