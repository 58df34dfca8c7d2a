"""Demo helplines, regions, districts and departments.

``load()`` adds what is missing and changes nothing that exists: regions and districts are
known by slug; helplines and departments, every field of which is the administrators' to
change, are added only while there are none at all.
"""

from contacts.models import District, Helpline, Region, RegionalDepartment

HELPLINES = [
    {
        "number": "+992372212121",
        "display_number": "(+992 37) 221-21-21",
        "order": 1,
        "label": ("Телефони боварии Вазир", "Телефон доверия министра", "Minister's helpline"),
        "description": (
            "Шикоят ва пешниҳодҳо ба Вазири корҳои дохилӣ",
            "Жалобы и предложения министру внутренних дел",
            "Complaints and suggestions to the Minister of Internal Affairs",
        ),
    },
    {
        "number": "1919",
        "display_number": "19-19",
        "order": 2,
        "label": ("Хизмати Мадад", "Служба помощи", "Assistance service"),
        "description": (
            "Хизмати ёрии Вазорати корҳои дохилӣ",
            "Служба помощи Министерства внутренних дел",
            "Assistance service of the Ministry of Internal Affairs",
        ),
    },
    {
        "number": "102",
        "display_number": "102",
        "order": 3,
        "label": ("Милитсия", "Милиция", "Police emergency"),
        "description": (
            "Занги фаврӣ, шабонарӯзӣ (аз телефони мобилӣ низ 02)",
            "Экстренный вызов, круглосуточно (также 02)",
            "Emergency calls, day and night (also 02)",
        ),
    },
]

REGIONS = [
    ("dushanbe", 1, ("шаҳри Душанбе", "город Душанбе", "Dushanbe")),
    ("sughd", 2, ("вилояти Суғд", "Согдийская область", "Sughd region")),
    ("khatlon", 3, ("вилояти Хатлон", "Хатлонская область", "Khatlon region")),
    (
        "gbao",
        4,
        (
            "Вилояти Мухтори Кӯҳистони Бадахшон",
            "Горно-Бадахшанская автономная область",
            "Gorno-Badakhshan Autonomous Region",
        ),
    ),
    (
        "drs",
        5,
        (
            "Ноҳияҳои тобеи ҷумҳурӣ",
            "Районы республиканского подчинения",
            "Districts of Republican Subordination",
        ),
    ),
]

DISTRICTS = [
    ("dushanbe", "sino", "district", ("ноҳияи Сино", "район Сино", "Sino district")),
    ("dushanbe", "somoni", "district", ("ноҳияи И. Сомонӣ", "район И. Сомони", "I. Somoni district")),
    ("dushanbe", "firdavsi", "district", ("ноҳияи Фирдавсӣ", "район Фирдавси", "Firdavsi district")),
    ("dushanbe", "shohmansur", "district", ("ноҳияи Шоҳмансур", "район Шохмансур", "Shohmansur district")),
    ("sughd", "khujand", "city", ("шаҳри Хуҷанд", "город Худжанд", "Khujand")),
    ("sughd", "isfara", "city", ("шаҳри Исфара", "город Исфара", "Isfara")),
    ("sughd", "istaravshan", "city", ("шаҳри Истаравшан", "город Истаравшан", "Istaravshan")),
    ("khatlon", "bokhtar", "city", ("шаҳри Бохтар", "город Бохтар", "Bokhtar")),
    ("khatlon", "kulob", "city", ("шаҳри Кӯлоб", "город Куляб", "Kulob")),
    ("khatlon", "khuroson", "district", ("ноҳияи Хуросон", "Хуросонский район", "Khuroson district")),
    ("khatlon", "dusti", "district", ("ноҳияи Дӯстӣ", "район Дусти", "Dusti district")),
    ("gbao", "khorog", "city", ("шаҳри Хоруғ", "город Хорог", "Khorog")),
    ("drs", "hisor", "city", ("шаҳри Ҳисор", "город Гиссар", "Hisor (Gissar)")),
    ("drs", "vahdat", "city", ("шаҳри Ваҳдат", "город Вахдат", "Vahdat")),
    ("drs", "rasht", "district", ("ноҳияи Рашт", "Раштский район", "Rasht district")),
]

# Illustrative addresses, phones and e-mail addresses for the departments: the numbers use each
# town's dialling code and the e-mail addresses the ministry's domain, but both are made up.
# Administrators keep the real ones in the admin.
DEPARTMENTS = [
    {
        "region": "dushanbe",
        "district": "somoni",
        "order": 1,
        "phones": "+992372212121",
        "email": "info@mia.tj",
        "name": (
            "Дастгоҳи марказии Вазорати корҳои дохилии Ҷумҳурии Тоҷикистон",
            "Центральный аппарат Министерства внутренних дел Республики Таджикистан",
            "Central office of the Ministry of Internal Affairs of the Republic of Tajikistan",
        ),
        "address": (
            "734025, ш. Душанбе, кӯчаи Теҳрон, 29",
            "734025, г. Душанбе, ул. Тегеранская, 29",
            "29 Tehron Street, Dushanbe 734025",
        ),
        "reception_hours": (
            "Душанбе–Ҷумъа, 08:00–17:00",
            "Понедельник–пятница, 08:00–17:00",
            "Monday to Friday, 08:00–17:00",
        ),
    },
    {
        "region": "dushanbe",
        "district": None,
        "order": 2,
        "phones": "+992372215050, +992372215151",
        "email": "guvd.dushanbe@mia.tj",
        "name": (
            "Раёсати ВКД дар шаҳри Душанбе",
            "ГУВД города Душанбе",
            "Main Department of Internal Affairs for Dushanbe",
        ),
        "address": ("ш. Душанбе", "г. Душанбе", "Dushanbe"),
        "reception_hours": (
            "Душанбе–Ҷумъа, 08:00–17:00",
            "Понедельник–пятница, 08:00–17:00",
            "Monday to Friday, 08:00–17:00",
        ),
    },
    {
        "region": "sughd",
        "district": "khujand",
        "order": 1,
        "phones": "+992342265432",
        "email": "sughd@mia.tj",
        "name": (
            "Раёсати ВКД дар вилояти Суғд",
            "УМВД по Согдийской области",
            "Department of the MIA for Sughd region",
        ),
        "address": ("ш. Хуҷанд", "г. Худжанд", "Khujand"),
        "reception_hours": (
            "Душанбе–Ҷумъа, 08:00–17:00",
            "Понедельник–пятница, 08:00–17:00",
            "Monday to Friday, 08:00–17:00",
        ),
    },
    {
        "region": "khatlon",
        "district": "bokhtar",
        "order": 1,
        "phones": "+992322224567",
        "email": "khatlon@mia.tj",
        "name": (
            "Раёсати ВКД дар вилояти Хатлон",
            "УМВД по Хатлонской области",
            "Department of the MIA for Khatlon region",
        ),
        "address": ("ш. Бохтар", "г. Бохтар", "Bokhtar"),
        "reception_hours": (
            "Душанбе–Ҷумъа, 08:00–17:00",
            "Понедельник–пятница, 08:00–17:00",
            "Monday to Friday, 08:00–17:00",
        ),
    },
    {
        "region": "gbao",
        "district": "khorog",
        "order": 1,
        "phones": "+992352223344",
        "email": "gbao@mia.tj",
        "name": (
            "Раёсати ВКД дар ВМКБ",
            "УМВД по ГБАО",
            "Department of the MIA for Gorno-Badakhshan Autonomous Region",
        ),
        "address": ("ш. Хоруғ", "г. Хорог", "Khorog"),
        "reception_hours": (
            "Душанбе–Ҷумъа, 08:00–17:00",
            "Понедельник–пятница, 08:00–17:00",
            "Monday to Friday, 08:00–17:00",
        ),
    },
    {
        "region": "drs",
        "district": "rasht",
        "order": 1,
        "phones": "+992313122233",
        "email": "rasht@mia.tj",
        "name": (
            "Раёсати ВКД дар минтақаи Рашт",
            "УМВД по Раштской зоне",
            "Department of the MIA for the Rasht district",
        ),
        "address": ("ноҳияи Рашт, шаҳраки Ғарм", "Раштский район, посёлок Гарм", "Gharm, Rasht district"),
        "reception_hours": (
            "Душанбе–Ҷумъа, 08:00–17:00",
            "Понедельник–пятница, 08:00–17:00",
            "Monday to Friday, 08:00–17:00",
        ),
    },
    {
        "region": "dushanbe",
        "district": None,
        "order": 3,
        "phones": "+992372219090",
        "email": "transport@mia.tj",
        "name": (
            "Раёсати ВКД дар нақлиёт",
            "Управление МВД на транспорте",
            "Department of the MIA for rail and air transport",
        ),
        "address": ("ш. Душанбе", "г. Душанбе", "Dushanbe"),
        "reception_hours": (
            "Душанбе–Ҷумъа, 08:00–17:00",
            "Понедельник–пятница, 08:00–17:00",
            "Monday to Friday, 08:00–17:00",
        ),
    },
]


def translated(field, values):
    return {f"{field}_{code}": value for code, value in zip(("tg", "ru", "en"), values, strict=True)}


def load():
    regions = {region.slug: region for region in Region.objects.all()}
    new_regions = [
        Region.objects.create(slug=slug, order=order, **translated("name", names))
        for slug, order, names in REGIONS
        if slug not in regions
    ]
    regions.update((region.slug, region) for region in new_regions)
    districts = {district.slug: district for district in District.objects.all()}
    new_districts = [
        District.objects.create(slug=slug, region=regions[region], kind=kind, **translated("name", names))
        for region, slug, kind, names in DISTRICTS
        if slug not in districts
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
        f"new helplines: {len(new_helplines)}, regions: {len(new_regions)}, districts: {len(new_districts)}, "
        f"departments: {len(new_departments)}"
    )
