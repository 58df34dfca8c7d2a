"""Demo helplines, regions, districts and the ministry's departments.

``load()`` adds what is missing and changes nothing that exists: regions and districts are
known by slug; helplines and departments, every field of which is the administrators' to
change, are added only while there are none at all. The departments' addresses, phones and
e-mail addresses are illustrative: the numbers use each town's dialling code and the e-mail
addresses the ministry's domain, but both are made up.
"""

from contacts.models import District, Helpline, Region, RegionalDepartment
from demo.loading import data, named_rows, translated

CONTACTS = data("contacts")
HELPLINES = CONTACTS["helplines"]
REGIONS = CONTACTS["regions"]
DISTRICTS = CONTACTS["districts"]
DEPARTMENTS = CONTACTS["departments"]


def load():
    regions, new_regions = named_rows(Region, REGIONS)
    districts = {district.slug: district for district in District.objects.all()}
    new_districts = [
        District.objects.create(
            slug=district["slug"],
            region=regions[district["region"]],
            kind=district["kind"],
            **translated("name", district["name"]),
        )
        for district in DISTRICTS
        if district["slug"] not in districts
    ]
    districts.update((district.slug, district) for district in new_districts)
    new_helplines = []
    if not Helpline.objects.exists():
        new_helplines = [
            Helpline.objects.create(
                number=helpline["number"],
                display_number=helpline["display_number"],
                order=helpline["order"],
                **translated("label", helpline["label"]),
                **translated("description", helpline["description"]),
            )
            for helpline in HELPLINES
        ]
    new_departments = []
    if not RegionalDepartment.objects.exists():
        new_departments = [
            RegionalDepartment.objects.create(
                region=regions[department["region"]],
                district=districts.get(department["district"]),
                order=department["order"],
                phones=department["phones"],
                email=department["email"],
                **translated("name", department["name"]),
                **translated("address", department["address"]),
                **translated("reception_hours", department["reception_hours"]),
            )
            for department in DEPARTMENTS
        ]
    return (
        f"new helplines: {len(new_helplines)}, regions: {new_regions}, districts: {len(new_districts)}, "
        f"departments: {len(new_departments)}"
    )
