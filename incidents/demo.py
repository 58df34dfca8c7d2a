"""Demo incident reports: the ten of today's site, and a year of generated ones for the statistics.

The generated reports come from a seeded random generator, so every run writes the same
reports, dated relative to the day they are added: a new site's statistics show the last twelve
months. ``load()`` adds the reports that are missing (known by slug) and changes nothing that
exists. Names of real people are reduced to initials.
"""

import random
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from django.conf import settings
from django.utils import timezone

from contacts.models import District, RegionalDepartment
from incidents.models import CaseStatus, Incident, IncidentCategory
from mia_portal.publishing import Status
from mia_portal.slugs import latin_slug

LANGUAGES = ("tg", "ru", "en")
GENERATED_COUNT = 150
SEED = 4

CATEGORIES = [
    ("theft", 1, ("Дуздӣ", "Кража", "Theft")),
    ("fraud", 2, ("Қаллобӣ", "Мошенничество", "Fraud")),
    ("road-accident", 3, ("Садамаи нақлиётӣ", "Дорожно-транспортное происшествие", "Road traffic accident")),
    (
        "grievous-bodily-harm",
        4,
        ("Расонидани зарари вазнин ба саломатӣ", "Причинение тяжкого вреда здоровью", "Grievous bodily harm"),
    ),
    ("livestock-theft", 5, ("Дуздии чорво", "Кража скота", "Livestock theft")),
    ("robbery", 6, ("Ғоратгарӣ", "Грабёж", "Robbery")),
    (
        "drugs",
        7,
        ("Муомилоти ғайриқонунии маводи мухаддир", "Незаконный оборот наркотиков", "Drug trafficking"),
    ),
    ("hooliganism", 8, ("Авбошӣ", "Хулиганство", "Hooliganism")),
    (
        "weapons",
        9,
        ("Нигоҳдории ғайриқонунии силоҳ", "Незаконное хранение оружия", "Illegal possession of weapons"),
    ),
]

# The articles of the Criminal Code of the Republic of Tajikistan the reports cite.
ARTICLES = {
    "244": ("дуздӣ", "кража", "theft"),
    "247": ("қаллобӣ", "мошенничество", "fraud"),
    "248": ("ғоратгарӣ", "грабёж", "robbery"),
    "110": (
        "қасдан расонидани зарари вазнин ба саломатӣ",
        "умышленное причинение тяжкого вреда здоровью",
        "intentional infliction of grievous bodily harm",
    ),
    "211": (
        "вайрон кардани қоидаҳои ҳаракат дар роҳ ва истифодаи воситаҳои нақлиёт",
        "нарушение правил дорожного движения и эксплуатации транспортных средств",
        "violation of traffic rules and of the operation of vehicles",
    ),
    "237": ("авбошӣ", "хулиганство", "hooliganism"),
    "200": (
        "муомилоти ғайриқонунии маводи мухаддир бо мақсади фурӯш",
        "незаконный оборот наркотических средств с целью сбыта",
        "illegal trafficking of narcotic drugs for sale",
    ),
    "195": (
        "ба таври ғайриқонунӣ нигоҳ доштани силоҳ",
        "незаконное хранение оружия",
        "illegal possession of weapons",
    ),
}

# For each district: the local unit that reports ("to the ..."), and "in <place>".
PLACES = {
    "sino": (
        ("ШВКД дар ноҳияи Сино", "ОМВД района Сино г. Душанбе", "DMIA in the Sino district of Dushanbe"),
        ("дар ноҳияи Сино", "в районе Сино", "in the Sino district of Dushanbe"),
    ),
    "somoni": (
        (
            "ШВКД дар ноҳияи И. Сомонӣ",
            "ОМВД района И. Сомони г. Душанбе",
            "DMIA in the I. Somoni district of Dushanbe",
        ),
        ("дар ноҳияи И. Сомонӣ", "в районе И. Сомони", "in the I. Somoni district of Dushanbe"),
    ),
    "firdavsi": (
        (
            "ШВКД дар ноҳияи Фирдавсӣ",
            "ОМВД района Фирдавси г. Душанбе",
            "DMIA in the Firdavsi district of Dushanbe",
        ),
        ("дар ноҳияи Фирдавсӣ", "в районе Фирдавси", "in the Firdavsi district of Dushanbe"),
    ),
    "shohmansur": (
        (
            "ШВКД дар ноҳияи Шоҳмансур",
            "ОМВД района Шохмансур г. Душанбе",
            "DMIA in the Shohmansur district of Dushanbe",
        ),
        ("дар ноҳияи Шоҳмансур", "в районе Шохмансур", "in the Shohmansur district of Dushanbe"),
    ),
    "khujand": (
        ("ШВКД дар шаҳри Хуҷанд", "ОМВД города Худжанд", "DMIA for the city of Khujand"),
        ("дар шаҳри Хуҷанд", "в городе Худжанд", "in Khujand"),
    ),
    "isfara": (
        ("ШВКД дар шаҳри Исфара", "ОМВД города Исфара", "DMIA for the city of Isfara"),
        ("дар шаҳри Исфара", "в городе Исфара", "in Isfara"),
    ),
    "istaravshan": (
        ("ШВКД дар шаҳри Истаравшан", "ОМВД города Истаравшан", "DMIA for the city of Istaravshan"),
        ("дар шаҳри Истаравшан", "в городе Истаравшан", "in Istaravshan"),
    ),
    "bokhtar": (
        ("ШВКД дар шаҳри Бохтар", "ОМВД города Бохтар", "DMIA for the city of Bokhtar"),
        ("дар шаҳри Бохтар", "в городе Бохтар", "in Bokhtar"),
    ),
    "kulob": (
        ("ШВКД дар шаҳри Кӯлоб", "ОМВД города Куляб", "DMIA for the city of Kulob"),
        ("дар шаҳри Кӯлоб", "в городе Куляб", "in Kulob"),
    ),
    "khuroson": (
        ("ШВКД дар ноҳияи Хуросон", "ОМВД Хуросонского района", "DMIA in the Khuroson district"),
        ("дар ноҳияи Хуросон", "в Хуросонском районе", "in the Khuroson district"),
    ),
    "dusti": (
        ("ШВКД дар ноҳияи Дӯстӣ", "ОМВД района Дусти", "DMIA in the Dusti district"),
        ("дар ноҳияи Дӯстӣ", "в районе Дусти", "in the Dusti district"),
    ),
    "khorog": (
        ("ШВКД дар шаҳри Хоруғ", "ОМВД города Хорог", "DMIA for the city of Khorog"),
        ("дар шаҳри Хоруғ", "в городе Хорог", "in Khorog"),
    ),
    "hisor": (
        ("ШВКД дар шаҳри Ҳисор", "ОМВД города Гиссар", "DMIA for the city of Hisor"),
        ("дар шаҳри Ҳисор", "в городе Гиссар", "in Hisor"),
    ),
    "vahdat": (
        ("ШВКД дар шаҳри Ваҳдат", "ОМВД города Вахдат", "DMIA for the city of Vahdat"),
        ("дар шаҳри Ваҳдат", "в городе Вахдат", "in Vahdat"),
    ),
    "rasht": (
        ("ШВКД дар ноҳияи Рашт", "ОМВД Раштского района", "DMIA in the Rasht district"),
        ("дар ноҳияи Рашт", "в Раштском районе", "in the Rasht district"),
    ),
}

# The regional department whose contacts readers may use, by region (English name in contacts/demo.py).
DEPARTMENTS = {
    "dushanbe": "Main Department of Internal Affairs for Dushanbe",
    "sughd": "Department of the MIA for Sughd region",
    "khatlon": "Department of the MIA for Khatlon region",
    "gbao": "Department of the MIA for Gorno-Badakhshan Autonomous Region",
}

CASE_OPENED = (
    "Аз рӯи ин далел бо аломатҳои ҷинояти пешбининамудаи моддаи {article} Кодекси ҷиноятии Ҷумҳурии Тоҷикистон ({label_tg}) парвандаи ҷиноятӣ оғоз карда шуд.",
    "По данному факту возбуждено уголовное дело по признакам преступления, предусмотренного статьёй {article} Уголовного кодекса Республики Таджикистан ({label_ru}).",
    "A criminal case has been opened under Article {article} of the Criminal Code of the Republic of Tajikistan ({label_en}).",
)
INVESTIGATION_GOES_ON = ("Тафтишот идома дорад.", "Ведётся следствие.", "An investigation is under way.")
CALL_102 = (
    "Аз шаҳрвандоне, ки дар бораи ин ҳодиса маълумот доранд, хоҳиш карда мешавад, ки ба рақами 102 занг зананд.",
    "Лиц, располагающих сведениями о происшествии, просят сообщить по номеру 102.",
    "Anyone with information about the incident is asked to call 102.",
)
NOTE_SENT_TO_COURT = (
    "Парвандаи ҷиноятӣ барои баррасӣ ба суд ирсол гардид.",
    "Уголовное дело направлено в суд для рассмотрения по существу.",
    "The criminal case has been sent to court for trial.",
)
NOTE_RECONCILED = (
    "Парванда бо сабаби оштии тарафҳо қатъ карда шуд.",
    "Дело прекращено в связи с примирением сторон.",
    "The case was closed after the parties were reconciled.",
)


def paragraphs(*texts):
    return "".join(f"<p>{text}</p>" for text in texts)


def translated(field, values):
    return {f"{field}_{code}": value for code, value in zip(LANGUAGES, values, strict=True)}


def local(year, month, day, hour, minute):
    return datetime(year, month, day, hour, minute, tzinfo=ZoneInfo(settings.TIME_ZONE))


# --- The ten reports of today's site -----------------------------------------------------------

SEED_REPORTS = [
    {
        "published_at": local(2020, 1, 28, 9, 21),
        "occurred_at": local(2020, 1, 25, 15, 0),
        "district": "sino",
        "category": "theft",
        "article": "244",
        "unit": (
            "ШВКД-2 дар ноҳияи Сино",
            "ОМВД-2 района Сино г. Душанбе",
            "DMIA-2 in the Sino district of Dushanbe",
        ),
        "history": [(CaseStatus.CASE_OPENED, (2020, 1, 26)), (CaseStatus.UNDER_INVESTIGATION, (2020, 1, 28))],
        "title": (
            "Сокини 15-солаи шаҳри Душанбе ба дуздӣ гумонбар дониста мешавад",
            "15-летний житель Душанбе подозревается в краже",
            "15-year-old resident of Dushanbe suspected of theft",
        ),
        "text": (
            (
                "Сокини 38-солаи кӯчаи Ободкорони пойтахт ба ШВКД-2 дар ноҳияи Сино муроҷиат намуда, изҳор дошт, ки 25 январи соли 2020 ҳангоми дар хона набудани аъзои оила аз манзили ӯ ноутбук ва 2 500 сомонӣ пули нақд дуздида шудааст.",
                "Дар натиҷаи чорабиниҳои оперативӣ-ҷустуҷӯӣ кормандони милитсия муайян карданд, ки ба ин дуздӣ навраси 15-солаи ҳамин ноҳия Ф. Р. даст доштааст. Қисми амволи дуздидашуда ёфта шуда, ба соҳибаш баргардонида шуд.",
                CASE_OPENED[0].format(article="244", label_tg="дуздӣ") + " " + INVESTIGATION_GOES_ON[0],
            ),
            (
                "38-летний житель улицы Ободкорон столицы обратился в ОМВД-2 района Сино г. Душанбе с заявлением о том, что 25 января 2020 года, в отсутствие членов семьи, из его квартиры были похищены ноутбук и 2 500 сомони наличными.",
                "В ходе оперативно-розыскных мероприятий сотрудники милиции установили, что к краже причастен 15-летний житель этого же района Ф. Р. Часть похищенного имущества обнаружена и возвращена владельцу.",
                CASE_OPENED[1].format(article="244", label_ru="кража") + " " + INVESTIGATION_GOES_ON[1],
            ),
            (
                "A 38-year-old resident of Obodkoron Street in the capital made a statement to DMIA-2 in the Sino district of Dushanbe that on 25 January 2020, while his family was away, a laptop and 2,500 somoni in cash had been stolen from his flat.",
                "During operational and search activities, police officers established that a 15-year-old resident of the same district, F. R., was involved in the theft. Part of the stolen property was found and returned to its owner.",
                CASE_OPENED[2].format(article="244", label_en="theft") + " " + INVESTIGATION_GOES_ON[2],
            ),
        ),
    },
    {
        "published_at": local(2020, 1, 28, 9, 16),
        "occurred_at": local(2020, 1, 27, 6, 0),
        "district": "shohmansur",
        "category": "road-accident",
        "article": "211",
        "killed": 1,
        "history": [(CaseStatus.CASE_OPENED, (2020, 1, 27)), (CaseStatus.SUSPECT_DETAINED, (2020, 1, 27))],
        "title": (
            "Пиёдагард зери чархҳои Hyundai Solaris ҳалок шуд",
            "Пешеход погиб под колёсами Hyundai Solaris",
            "A pedestrian dies under the wheels of a Hyundai Solaris",
        ),
        "text": (
            (
                "27 январи соли 2020 тақрибан соати 6:00 ронандаи автомашинаи Hyundai Solaris А. Ф., соли таваллудаш 1990, сокини шаҳри Душанбе, ҳангоми ҳаракат дар кӯчаи Айнии ноҳияи Шоҳмансур пиёдагарди 62-соларо, ки роҳро дар ҷои муқаррарнашуда убур мекард, зер кард.",
                "Пиёдагард аз ҷароҳатҳои бардошта дар ҷои ҳодиса ҷон дод. Ронанда боздошт карда шуд.",
                CASE_OPENED[0].format(article="211", label_tg=ARTICLES["211"][0]),
            ),
            (
                "27 января 2020 года около 6:00 водитель автомашины Hyundai Solaris А. Ф., 1990 года рождения, житель г. Душанбе, двигаясь по улице Айни в районе Шохмансур, совершил наезд на 62-летнего пешехода, переходившего дорогу в неустановленном месте.",
                "От полученных травм пешеход скончался на месте. Водитель задержан.",
                CASE_OPENED[1].format(article="211", label_ru=ARTICLES["211"][1]),
            ),
            (
                "On 27 January 2020, at about 6:00 a.m., the driver of a Hyundai Solaris, A. F., born in 1990, a resident of Dushanbe, driving along Ayni Street in the Shohmansur district, hit a 62-year-old pedestrian who was crossing the road away from a crossing.",
                "The pedestrian died of his injuries at the scene. The driver has been detained.",
                CASE_OPENED[2].format(article="211", label_en=ARTICLES["211"][2]),
            ),
        ),
    },
    {
        "published_at": local(2020, 1, 25, 9, 16),
        "occurred_at": local(2020, 1, 20, 11, 0),
        "district": "somoni",
        "category": "fraud",
        "article": "247",
        "history": [(CaseStatus.CASE_OPENED, (2020, 1, 24)), (CaseStatus.UNDER_INVESTIGATION, (2020, 1, 25))],
        "title": ("Қаллобӣ ба миқдори калон", "Мошенничество в крупном размере", "Large-scale fraud"),
        "text": (
            (
                "Сокини 33-солаи шаҳри Душанбе ба ШВКД дар ноҳияи И. Сомонӣ муроҷиат намуда, изҳор дошт, ки дар моҳи декабри соли 2019 шиноси ӯ бо ваъдаи аз хориҷа овардани автомашина аз ӯ 48 000 сомонӣ гирифта, баъдан ғайб задааст ва ба телефон ҷавоб намедиҳад.",
                CASE_OPENED[0].format(article="247", label_tg="қаллобӣ") + " " + INVESTIGATION_GOES_ON[0],
                "Вазорати корҳои дохилӣ ба шаҳрвандон хотиррасон менамояд: ҳангоми харидани мошин ё дигар амволи гаронбаҳо пулро танҳо бо шартномаи хаттӣ супоред.",
            ),
            (
                "33-летний житель Душанбе обратился в ОМВД района И. Сомони с заявлением о том, что в декабре 2019 года знакомый, пообещав пригнать ему автомашину из-за рубежа, получил от него 48 000 сомони, после чего скрылся и не отвечает на звонки.",
                CASE_OPENED[1].format(article="247", label_ru="мошенничество")
                + " "
                + INVESTIGATION_GOES_ON[1],
                "МВД напоминает: покупая автомобиль или другое дорогое имущество, передавайте деньги только по письменному договору.",
            ),
            (
                "A 33-year-old resident of Dushanbe made a statement to the Department of the Ministry of Internal Affairs in the I. Somoni district that in December 2019 an acquaintance, promising to bring him a car from abroad, had taken 48,000 somoni from him, then disappeared and stopped answering his phone.",
                CASE_OPENED[2].format(article="247", label_en="fraud") + " " + INVESTIGATION_GOES_ON[2],
                "The ministry reminds citizens: when buying a car or other valuable property, hand over money only under a written contract.",
            ),
        ),
    },
    {
        "published_at": local(2020, 1, 23, 10, 23),
        "occurred_at": local(2020, 1, 22, 19, 0),
        "district": "hisor",
        "category": "grievous-bodily-harm",
        "article": "110",
        "injured": 1,
        "unit": ("ШВКД дар шаҳри Ҳисор", "ОМВД города Гиссар", "Department of the MIA for Gissar"),
        "history": [(CaseStatus.CASE_OPENED, (2020, 1, 22)), (CaseStatus.SUSPECT_DETAINED, (2020, 1, 23))],
        "title": (
            "Ба ҳамдеҳааш зарари вазнин ба саломатӣ расонид",
            "Причинил тяжкий вред здоровью односельчанину",
            "Inflicting grievous bodily harm to his fellow villager",
        ),
        "text": (
            (
                "Зани 35-сола, сокини маҳал, ба ШВКД дар шаҳри Ҳисор муроҷиат намуда, изҳор дошт, ки 22 январи соли 2020 тақрибан соати 19:00 ҳангоми ҷанҷол дар сари об ҳамдеҳаашон шавҳари ӯро сахт латукӯб кардааст. Ҷабрдида бо ҷароҳатҳои вазнин ба беморхона бистарӣ карда шуд.",
                "Гумонбар — сокини 41-солаи ҳамин деҳа Ш. К. боздошт гардид.",
                CASE_OPENED[0].format(article="110", label_tg=ARTICLES["110"][0]),
            ),
            (
                "35-летняя местная жительница обратилась в ОМВД города Гиссар и сообщила, что 22 января 2020 года около 19:00 в ходе ссоры из-за поливной воды односельчанин жестоко избил её мужа. Пострадавший с тяжёлыми травмами госпитализирован.",
                "Подозреваемый — 41-летний житель того же села Ш. К. — задержан.",
                CASE_OPENED[1].format(article="110", label_ru=ARTICLES["110"][1]),
            ),
            (
                "A 35-year-old woman, a local resident, applied to the Department of the Ministry of Internal Affairs for Gissar, stating that on 22 January 2020 at about 19:00, during a quarrel over irrigation water, a fellow villager had severely beaten her husband. The victim was taken to hospital with serious injuries.",
                "The suspect, Sh. K., a 41-year-old resident of the same village, has been detained.",
                CASE_OPENED[2].format(article="110", label_en=ARTICLES["110"][2]),
            ),
        ),
    },
    {
        "published_at": local(2020, 1, 23, 10, 21),
        "occurred_at": local(2020, 1, 20, 13, 0),
        "district": "khuroson",
        "category": "theft",
        "article": "244",
        "history": [(CaseStatus.CASE_OPENED, (2020, 1, 21)), (CaseStatus.SUSPECT_DETAINED, (2020, 1, 22))],
        "title": ("Дуздии телефони мобилӣ", "Кража мобильного телефона", "Mobile phone theft"),
        "text": (
            (
                "Сокини 44-солаи ин ноҳия ба ШВКД дар ноҳияи Хуросон муроҷиат намуда, изҳор дошт, ки 20 январ аз мошинаш, ки дар назди бозор истода буд, телефони мобилии ӯ ба маблағи 2 300 сомонӣ дуздида шудааст.",
                "Дар натиҷаи чорабиниҳои оперативӣ-ҷустуҷӯӣ гумонбар — сокини 27-солаи ноҳия Д. Н. боздошт гардид. Телефон ба соҳибаш баргардонида шуд.",
                CASE_OPENED[0].format(article="244", label_tg="дуздӣ"),
            ),
            (
                "44-летний житель района обратился в ОМВД Хуросонского района с заявлением о том, что 20 января из его автомашины, стоявшей у рынка, похищен мобильный телефон стоимостью 2 300 сомони.",
                "В ходе оперативно-розыскных мероприятий задержан подозреваемый — 27-летний житель района Д. Н. Телефон возвращён владельцу.",
                CASE_OPENED[1].format(article="244", label_ru="кража"),
            ),
            (
                "A 44-year-old resident of this district turned to the Department of the Ministry of Internal Affairs in the Khuroson district, stating that on 20 January his mobile phone, worth 2,300 somoni, had been stolen from his car parked near the market.",
                "As a result of operational and search activities, the suspect, D. N., a 27-year-old resident of the district, was detained. The phone has been returned to its owner.",
                CASE_OPENED[2].format(article="244", label_en="theft"),
            ),
        ),
    },
    {
        "published_at": local(2020, 1, 23, 10, 19),
        "occurred_at": local(2020, 1, 19, 2, 0),
        "district": "dusti",
        "category": "livestock-theft",
        "article": "244",
        "history": [(CaseStatus.CASE_OPENED, (2020, 1, 20)), (CaseStatus.UNDER_INVESTIGATION, (2020, 1, 23))],
        "title": (
            "Дуздии чорво аз заминҳои деҳқонӣ",
            "Кража скота с дехканских земель",
            "Theft of cattle from dekhkan lands",
        ),
        "text": (
            (
                "Сокини 33-солаи деҳаи Зарбдорӣ ба ШВКД дар ноҳияи Дӯстӣ муроҷиат намуда, изҳор дошт, ки шаби 19 январи соли 2020 аз оғили хоҷагии деҳқонии ӯ ду сар гов ба маблағи 9 000 сомонӣ дуздида шудааст.",
                CASE_OPENED[0].format(article="244", label_tg="дуздӣ") + " " + INVESTIGATION_GOES_ON[0],
                CALL_102[0],
            ),
            (
                "33-летний житель села Зарбдори обратился в ОМВД района Дусти с заявлением о том, что в ночь на 19 января 2020 года из хлева его дехканского хозяйства похищены две коровы стоимостью 9 000 сомони.",
                CASE_OPENED[1].format(article="244", label_ru="кража") + " " + INVESTIGATION_GOES_ON[1],
                CALL_102[1],
            ),
            (
                "The 33-year-old resident of the village of Zarbdori made a statement to the Department of the Ministry of Internal Affairs of the Dusti district that on the night of 19 January 2020 two cows worth 9,000 somoni had been stolen from the barn of his dekhkan farm.",
                CASE_OPENED[2].format(article="244", label_en="theft") + " " + INVESTIGATION_GOES_ON[2],
                CALL_102[2],
            ),
        ),
    },
    {
        "published_at": local(2020, 1, 23, 10, 18),
        "occurred_at": local(2020, 1, 21, 19, 30),
        "district": "isfara",
        "category": "road-accident",
        "article": "211",
        "killed": 1,
        "history": [(CaseStatus.CASE_OPENED, (2020, 1, 22))],
        "title": (
            "Марги велосипедрон дар садамаи нақлиётӣ",
            "Гибель велосипедиста в ДТП",
            "The death of a cyclist in an accident",
        ),
        "text": (
            (
                "21 январи соли 2020 тақрибан соати 19:30 ронандаи автомашинаи Opel Astra М. Н., соли таваллудаш 1974, сокини шаҳри Исфара, дар роҳи Исфара — Конибодом ба велосипедрони 16-сола бархӯрд. Наврас аз ҷароҳатҳои бардошта дар беморхона ҷон дод.",
                CASE_OPENED[0].format(article="211", label_tg=ARTICLES["211"][0]),
                "Нозироти давлатии автомобилӣ ба велосипедронҳо хотиррасон менамояд, ки дар торикӣ либоси инъикоскунанда пӯшанд ва велосипедро бо чароғ муҷаҳҳаз намоянд.",
            ),
            (
                "21 января 2020 года около 19:30 водитель автомашины Opel Astra М. Н., 1974 года рождения, житель города Исфара, на дороге Исфара — Канибадам совершил наезд на 16-летнего велосипедиста. Подросток скончался от полученных травм в больнице.",
                CASE_OPENED[1].format(article="211", label_ru=ARTICLES["211"][1]),
                "Госавтоинспекция напоминает велосипедистам: в тёмное время суток надевайте светоотражающую одежду и оснащайте велосипед фонарём.",
            ),
            (
                "On 21 January 2020, at about 19:30, the driver of an Opel Astra, M. N., born in 1974, a resident of Isfara, hit a 16-year-old cyclist on the Isfara–Konibodom road. The teenager died of his injuries in hospital.",
                CASE_OPENED[2].format(article="211", label_en=ARTICLES["211"][2]),
                "The State Automobile Inspectorate reminds cyclists to wear reflective clothing after dark and to fit their bicycles with lights.",
            ),
        ),
    },
    {
        "published_at": local(2020, 1, 16, 9, 17),
        "occurred_at": local(2020, 1, 14, 3, 0),
        "district": "khuroson",
        "category": "livestock-theft",
        "article": "244",
        "history": [
            (CaseStatus.CASE_OPENED, (2020, 1, 14)),
            (CaseStatus.SUSPECT_DETAINED, (2020, 1, 15)),
            (CaseStatus.SENT_TO_COURT, (2020, 3, 10), NOTE_SENT_TO_COURT),
        ],
        "title": ("Дуздии чорво", "Кража скота", "Cattle theft"),
        "text": (
            (
                "Сокини 45-солаи деҳаи Ҳаётии ҳамин ноҳия ба ШВКД дар ноҳияи Хуросон муроҷиат намуда, изҳор дошт, ки шаби 14 январи соли 2020 аз оғили ӯ се сар гӯсфанд ва як гӯсола дуздида шудааст.",
                "Кормандони милитсия чорворо ёфта, ба соҳибаш баргардонданд. Ду гумонбар — сокинони деҳаи ҳамсоя боздошт шуданд.",
                CASE_OPENED[0].format(article="244", label_tg="дуздӣ"),
            ),
            (
                "45-летний житель села Хаёти этого района обратился в ОМВД Хуросонского района с заявлением о том, что в ночь на 14 января 2020 года из его хлева похищены три овцы и телёнок.",
                "Сотрудники милиции нашли скот и вернули его владельцу. Задержаны двое подозреваемых — жители соседнего села.",
                CASE_OPENED[1].format(article="244", label_ru="кража"),
            ),
            (
                "A 45-year-old resident of the village of Khayoti in this district made a statement to the Khuroson DMIA that on the night of 14 January 2020 three sheep and a calf had been stolen from his barn.",
                "Police officers found the animals and returned them to their owner. Two suspects, residents of a neighbouring village, have been detained.",
                CASE_OPENED[2].format(article="244", label_en="theft"),
            ),
        ),
    },
    {
        "published_at": local(2020, 1, 16, 9, 16),
        "occurred_at": local(2020, 1, 15, 14, 0),
        "district": "dusti",
        "category": "road-accident",
        "article": "211",
        "killed": 1,
        "history": [(CaseStatus.CASE_OPENED, (2020, 1, 15)), (CaseStatus.SUSPECT_DETAINED, (2020, 1, 15))],
        "title": (
            "Дар ҳудуди ноҳияи Дӯстӣ пиёдагард дар садамаи нақлиётӣ ҳалок шуд",
            "На территории района Дусти в ДТП погиб пешеход",
            "On the territory of the Dusti District, a pedestrian died in an accident",
        ),
        "text": (
            (
                "15 январи соли 2020 тақрибан соати 14:00 ронандаи автомашинаи ВАЗ-2107 С. К., соли таваллудаш 1993, сокини ноҳияи Дӯстӣ, дар роҳи мошингарди Бохтар — Дӯстӣ пиёдагарди 58-соларо зер кард. Пиёдагард аз ҷароҳатҳои бардошта дар ҷои ҳодиса ҷон дод.",
                "Ронанда боздошт карда шуд.",
                CASE_OPENED[0].format(article="211", label_tg=ARTICLES["211"][0]),
            ),
            (
                "15 января 2020 года около 14:00 водитель автомашины ВАЗ-2107 С. К., 1993 года рождения, житель района Дусти, на автодороге Бохтар — Дусти совершил наезд на 58-летнего пешехода. От полученных травм пешеход скончался на месте.",
                "Водитель задержан.",
                CASE_OPENED[1].format(article="211", label_ru=ARTICLES["211"][1]),
            ),
            (
                "On 15 January 2020, at about 2:00 p.m., the driver of a VAZ-2107 car, S. K., born in 1993, a resident of the Dusti district, hit a 58-year-old pedestrian on the Bokhtar–Dusti road. The pedestrian died of his injuries at the scene.",
                "The driver has been detained.",
                CASE_OPENED[2].format(article="211", label_en=ARTICLES["211"][2]),
            ),
        ),
    },
    {
        "published_at": local(2020, 1, 9, 9, 19),
        "occurred_at": local(2020, 1, 8, 10, 0),
        "district": "bokhtar",
        "category": "road-accident",
        "article": "211",
        "killed": 1,
        "injured": 1,
        "history": [(CaseStatus.CASE_OPENED, (2020, 1, 8)), (CaseStatus.SUSPECT_DETAINED, (2020, 1, 8))],
        "title": (
            "Дар садамаи нақлиётӣ як велосипедрон ҳалок ва дигаре захмӣ шуд",
            "В ДТП погиб велосипедист, ещё один травмирован",
            "A cyclist died in an accident, another injured",
        ),
        "text": (
            (
                "8 январи соли 2020 тақрибан соати 10:00 ронандаи автомашинаи Mercedes-Benz Т. К., соли таваллудаш 1992, сокини шаҳри Бохтар, ҳангоми пешгузарӣ ба ду велосипедрон бархӯрд. Яке аз онҳо — ҷавони 19-сола дар ҷои ҳодиса ҳалок шуд, дигаре бо ҷароҳатҳо ба беморхона интиқол дода шуд.",
                "Ронанда боздошт карда шуд.",
                CASE_OPENED[0].format(article="211", label_tg=ARTICLES["211"][0]),
            ),
            (
                "8 января 2020 года около 10:00 водитель автомашины Mercedes-Benz Т. К., 1992 года рождения, житель города Бохтар, при обгоне совершил наезд на двух велосипедистов. Один из них, 19-летний юноша, погиб на месте, второй с травмами доставлен в больницу.",
                "Водитель задержан.",
                CASE_OPENED[1].format(article="211", label_ru=ARTICLES["211"][1]),
            ),
            (
                "On 8 January 2020, at about 10:00, the driver of a Mercedes-Benz car, T. K., born in 1992, a resident of Bokhtar, hit two cyclists while overtaking. One of them, a 19-year-old, died at the scene; the other was taken to hospital with injuries.",
                "The driver has been detained.",
                CASE_OPENED[2].format(article="211", label_en=ARTICLES["211"][2]),
            ),
        ),
    },
]


# --- Generated reports -------------------------------------------------------------------------

TG_MONTHS = [
    "январи",
    "феврали",
    "марти",
    "апрели",
    "майи",
    "июни",
    "июли",
    "августи",
    "сентябри",
    "октябри",
    "ноябри",
    "декабри",
]
RU_MONTHS = [
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
]
EN_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]

INITIALS = [
    ("А", "A"),
    ("Б", "B"),
    ("Д", "D"),
    ("Ф", "F"),
    ("К", "K"),
    ("М", "M"),
    ("Н", "N"),
    ("Р", "R"),
    ("С", "S"),
    ("Т", "T"),
    ("У", "U"),
    ("Ш", "Sh"),
    ("З", "Z"),
    ("И", "I"),
    ("Х", "Kh"),
    ("О", "O"),
]
CARS = [
    ("Toyota Camry", "Toyota Camry", "Toyota Camry"),
    ("Opel Vectra", "Opel Vectra", "Opel Vectra"),
    ("Mercedes-Benz E 200", "Mercedes-Benz E 200", "Mercedes-Benz E 200"),
    ("Daewoo Matiz", "Daewoo Matiz", "Daewoo Matiz"),
    ("ВАЗ-2107", "ВАЗ-2107", "VAZ-2107"),
    ("Honda Fit", "Honda Fit", "Honda Fit"),
    ("Hyundai Sonata", "Hyundai Sonata", "Hyundai Sonata"),
    ("Chevrolet Cobalt", "Chevrolet Cobalt", "Chevrolet Cobalt"),
]
STOLEN = [
    ("телефони мобилиашро", "мобильный телефон", "his mobile phone"),
    ("ноутбукашро", "ноутбук", "his laptop"),
    ("ҷавоҳироти тиллоиро", "золотые украшения", "gold jewellery"),
    ("велосипедашро", "велосипед", "his bicycle"),
    ("аккумулятори мошинашро", "аккумулятор его автомашины", "the battery of his car"),
    ("пули нақдашро", "наличные деньги", "his cash"),
]
ANIMALS = [
    ("ду сар гов", "две коровы", "two cows"),
    ("се сар гӯсфанд", "три овцы", "three sheep"),
    ("як сар гов ва як гӯсола", "корова и телёнок", "a cow and a calf"),
    ("панҷ сар буз", "пять коз", "five goats"),
    ("як сар асп", "лошадь", "a horse"),
]
DRUGS = [
    ("чарс", "гашиша", "hashish"),
    ("марихуана", "марихуаны", "marijuana"),
    ("героин", "героина", "heroin"),
]

# Where incidents happen, roughly as often as in the ministry's yearly figures by region.
DISTRICT_WEIGHTS = {
    "sino": 8, "somoni": 6, "firdavsi": 7, "shohmansur": 6,
    "khujand": 10, "isfara": 5, "istaravshan": 5,
    "bokhtar": 9, "kulob": 7, "khuroson": 5, "dusti": 4,
    "khorog": 3,
    "hisor": 6, "vahdat": 6, "rasht": 3,
}  # fmt: skip
CATEGORY_WEIGHTS = {
    "theft": 25, "road-accident": 20, "fraud": 12, "drugs": 10, "livestock-theft": 8,
    "grievous-bodily-harm": 8, "robbery": 7, "hooliganism": 6, "weapons": 4,
}  # fmt: skip


def day_phrase(day):
    return (
        f"{day.day} {TG_MONTHS[day.month - 1]} соли {day.year}",
        f"{day.day} {RU_MONTHS[day.month - 1]} {day.year} года",
        f"{day.day} {EN_MONTHS[day.month - 1]} {day.year}",
    )


def capitalized(text):
    return text[:1].upper() + text[1:]


def amount(value):
    """Somoni as each language writes them: 12 500 in Tajik and Russian, 12,500 in English."""
    return (f"{value:,}".replace(",", "\u00a0"), f"{value:,}".replace(",", "\u00a0"), f"{value:,}")


class Report:
    """The slots a generated report fills in, in the three languages."""

    def __init__(self, rng, district, occurred_at):
        self.rng = rng
        self.unit, self.place = PLACES[district]
        self.day = day_phrase(occurred_at.date())
        self.hour = occurred_at.hour
        self.age = rng.randint(19, 68)
        self.suspect_age = rng.randint(17, 52)
        first, second = rng.sample(INITIALS, 2)
        self.initials = (
            f"{first[0]}. {second[0]}.",
            f"{first[0]}. {second[0]}.",
            f"{first[1]}. {second[1]}.",
        )

    def opened(self, article):
        label = ARTICLES[article]
        return (
            CASE_OPENED[0].format(article=article, label_tg=label[0]),
            CASE_OPENED[1].format(article=article, label_ru=label[1]),
            CASE_OPENED[2].format(article=article, label_en=label[2]),
        )


def theft(report, rng):
    item = rng.choice(STOLEN)
    value = amount(rng.choice([800, 1200, 1500, 2300, 3400, 4800, 6500, 12000]))
    u, p, i = report.unit, report.place, report.initials
    solved = rng.random() < 0.6
    lead = (
        f"Сокини {report.age}-сола ба {u[0]} муроҷиат намуда, изҳор дошт, ки шахси номаълум {item[0]} ба маблағи {value[0]} сомонӣ дуздидааст.",
        f"{report.age}-летний житель обратился в {u[1]} с заявлением о том, что неизвестный похитил у него {item[1]} на сумму {value[1]} сомони.",
        f"A {report.age}-year-old resident turned to the {u[2]}, stating that an unknown person had stolen {item[2]} worth {value[2]} somoni.",
    )
    opened = report.opened("244")
    if solved:
        title = (
            f"{capitalized(p[0])} гумонбари дуздӣ боздошт шуд",
            f"{capitalized(p[1])} задержан подозреваемый в краже",
            f"Theft suspect detained {p[2]}",
        )
        more = (
            f"Дар натиҷаи чорабиниҳои оперативӣ-ҷустуҷӯӣ гумонбар — сокини {report.suspect_age}-солаи маҳал {i[0]} боздошт гардид. Амволи дуздидашуда ба соҳибаш баргардонида шуд.",
            f"В результате оперативно-розыскных мероприятий задержан подозреваемый — {report.suspect_age}-летний местный житель {i[1]} Похищенное возвращено владельцу.",
            f"As a result of operational and search activities, the suspect, {i[2]}, a {report.suspect_age}-year-old local resident, was detained. The stolen property has been returned to its owner.",
        )
        body = [paragraphs(more[n], opened[n]) for n in range(3)]
    else:
        title = (
            f"Дуздӣ аз хонаи истиқоматӣ {p[0]}",
            f"Кража из жилого дома {p[1]}",
            f"House burglary {p[2]}",
        )
        body = [paragraphs(opened[n] + " " + INVESTIGATION_GOES_ON[n], CALL_102[n]) for n in range(3)]
    return {
        "category": "theft",
        "article": "244",
        "title": title,
        "lead": lead,
        "body": body,
        "solved": solved,
    }


def fraud(report, rng):
    value = amount(rng.choice([3000, 4500, 6000, 9000, 15000, 24000]))
    u, p, i = report.unit, report.place, report.initials
    opened = report.opened("247")
    if rng.random() < 0.5:
        title = (
            f"Қаллобӣ бо ваъдаи кор дар хориҷа {p[0]}",
            f"Мошенничество под предлогом трудоустройства за рубежом {p[1]}",
            f"Fraud with a promise of work abroad {p[2]}",
        )
        lead = (
            f"Сокини {report.age}-сола ба {u[0]} муроҷиат намуда, изҳор дошт, ки шиноси ӯ бо ваъдаи ба кор ҷойгир кардан дар хориҷи кишвар аз ӯ {value[0]} сомонӣ гирифта, ваъдаашро иҷро накардааст.",
            f"{report.age}-летний житель обратился в {u[1]} с заявлением о том, что знакомый, пообещав устроить его на работу за рубежом, получил от него {value[1]} сомони и обещание не выполнил.",
            f"A {report.age}-year-old resident turned to the {u[2]}, stating that an acquaintance had taken {value[2]} somoni from him with a promise of a job abroad and had not kept it.",
        )
        more = (
            f"Гумонбар — сокини {report.suspect_age}-сола {i[0]} боздошт шуд.",
            f"Подозреваемый — {report.suspect_age}-летний {i[1]} — задержан.",
            f"The suspect, {i[2]}, aged {report.suspect_age}, has been detained.",
        )
        advice = (
            "Вазорати корҳои дохилӣ ба шаҳрвандон тавсия медиҳад, ки барои ба кор ҷойгиршавӣ дар хориҷа танҳо ба ташкилотҳои дорои иҷозатномаи расмӣ муроҷиат кунанд.",
            "МВД рекомендует гражданам по вопросам трудоустройства за рубежом обращаться только в организации с официальной лицензией.",
            "The ministry advises citizens to seek work abroad only through officially licensed agencies.",
        )
        body = [paragraphs(more[n] + " " + opened[n], advice[n]) for n in range(3)]
        solved = True
    else:
        title = (
            f"Қаллобӣ тавассути телефон {p[0]}",
            f"Телефонное мошенничество {p[1]}",
            f"Telephone fraud {p[2]}",
        )
        lead = (
            f"Сокини {report.age}-сола ба {u[0]} хабар дод, ки шахси номаълум худро корманди бонк муаррифӣ намуда, маълумоти корти бонкии ӯро фаҳмида, аз суратҳисобаш {value[0]} сомонӣ кашида гирифтааст.",
            f"{report.age}-летний житель сообщил в {u[1]}, что неизвестный, представившись сотрудником банка, выведал данные его банковской карты и снял с его счёта {value[1]} сомони.",
            f"A {report.age}-year-old resident reported to the {u[2]} that an unknown caller posing as a bank employee had obtained his bank card details and withdrawn {value[2]} somoni from his account.",
        )
        advice = (
            "Вазорати корҳои дохилӣ хотиррасон менамояд: маълумоти корти бонкӣ ва рамзҳои SMS-ро ба ҳеҷ кас надиҳед — бонкҳо онҳоро тавассути телефон намепурсанд.",
            "МВД напоминает: никому не сообщайте данные банковской карты и коды из SMS — банки не запрашивают их по телефону.",
            "The ministry reminds citizens never to give anyone their card details or SMS codes: banks do not ask for them by phone.",
        )
        body = [paragraphs(opened[n] + " " + INVESTIGATION_GOES_ON[n], advice[n]) for n in range(3)]
        solved = False
    return {
        "category": "fraud",
        "article": "247",
        "title": title,
        "lead": lead,
        "body": body,
        "solved": solved,
    }


def road_accident(report, rng):
    car, other_car = rng.sample(CARS, 2)
    birth = timezone.localdate().year - rng.randint(20, 60)
    p, i, d, h = report.place, report.initials, report.day, report.hour
    opened = report.opened("211")
    if rng.random() < 0.55:
        title = (
            f"{capitalized(p[0])} пиёдагард дар садамаи нақлиётӣ ҳалок шуд",
            f"{capitalized(p[1])} в ДТП погиб пешеход",
            f"Pedestrian killed in a road accident {p[2]}",
        )
        lead = (
            f"{d[0]} тақрибан соати {h}:00 ронандаи автомашинаи {car[0]} {i[0]}, соли таваллудаш {birth}, пиёдагарди {report.age}-соларо зер кард.",
            f"{d[1]} около {h}:00 водитель автомашины {car[1]} {i[1]}, {birth} года рождения, совершил наезд на {report.age}-летнего пешехода.",
            f"On {d[2]}, at about {h}:00, the driver of a {car[2]}, {i[2]}, born in {birth}, hit a {report.age}-year-old pedestrian.",
        )
        more = (
            "Пиёдагард аз ҷароҳатҳои бардошта дар ҷои ҳодиса ҷон дод. Ронанда боздошт карда шуд.",
            "От полученных травм пешеход скончался на месте. Водитель задержан.",
            "The pedestrian died of his injuries at the scene. The driver has been detained.",
        )
        counts = {"killed": 1}
        collision = False
    else:
        title = (
            f"{capitalized(p[0])} ду автомашина бо ҳам бархӯрданд",
            f"{capitalized(p[1])} столкнулись два автомобиля",
            f"Two cars collide {p[2]}",
        )
        lead = (
            f"{d[0]} тақрибан соати {h}:00 автомашинаи {car[0]} таҳти идораи {i[0]}, соли таваллудаш {birth}, бо автомашинаи {other_car[0]} бархӯрд.",
            f"{d[1]} около {h}:00 автомашина {car[1]} под управлением {i[1]}, {birth} года рождения, столкнулась с автомашиной {other_car[1]}.",
            f"On {d[2]}, at about {h}:00, a {car[2]} driven by {i[2]}, born in {birth}, collided with a {other_car[2]}.",
        )
        more = (
            "Ҷабрдидагон ба беморхона интиқол дода шуданд. Сабабҳои садама муайян карда мешаванд.",
            "Пострадавшие доставлены в больницу. Причины происшествия устанавливаются.",
            "The injured were taken to hospital. The causes of the accident are being established.",
        )
        counts = {"killed": 0, "injured": rng.randint(1, 4)}
        collision = True
    body = [paragraphs(more[n], opened[n]) for n in range(3)]
    return {
        "category": "road-accident",
        "article": "211",
        "title": title,
        "lead": lead,
        "body": body,
        "solved": True,
        "closable": collision,
        **counts,
    }


def bodily_harm(report, rng):
    u, p, i = report.unit, report.place, report.initials
    title = (
        f"Расонидани зарари вазнин ба саломатӣ {p[0]}",
        f"Причинение тяжкого вреда здоровью {p[1]}",
        f"Grievous bodily harm {p[2]}",
    )
    lead = (
        f"Сокини {report.age}-сола ба {u[0]} муроҷиат намуда, хабар дод, ки ҳангоми ҷанҷол ҳамсояаш ӯро сахт латукӯб кардааст.",
        f"{report.age}-летний житель обратился в {u[1]} и сообщил, что в ходе ссоры сосед жестоко избил его.",
        f"A {report.age}-year-old resident turned to the {u[2]}, reporting that a neighbour had beaten him severely during a quarrel.",
    )
    more = (
        f"Ҷабрдида бо ҷароҳатҳои вазнин ба беморхона бистарӣ карда шуд. Гумонбар — сокини {report.suspect_age}-сола {i[0]} боздошт гардид.",
        f"Пострадавший с тяжёлыми травмами госпитализирован. Подозреваемый — {report.suspect_age}-летний {i[1]} — задержан.",
        f"The victim was taken to hospital with serious injuries. The suspect, {i[2]}, aged {report.suspect_age}, has been detained.",
    )
    opened = report.opened("110")
    body = [paragraphs(more[n], opened[n]) for n in range(3)]
    return {
        "category": "grievous-bodily-harm",
        "article": "110",
        "title": title,
        "lead": lead,
        "body": body,
        "solved": True,
        "injured": 1,
    }


def livestock_theft(report, rng):
    animals = rng.choice(ANIMALS)
    u, p = report.unit, report.place
    solved = rng.random() < 0.5
    title = (f"Дуздии чорво {p[0]}", f"Кража скота {p[1]}", f"Livestock theft {p[2]}")
    lead = (
        f"Сокини {report.age}-сола ба {u[0]} муроҷиат намуда, изҳор дошт, ки шабона аз оғили ӯ {animals[0]} дуздида шудааст.",
        f"{report.age}-летний житель обратился в {u[1]} с заявлением о том, что ночью из его хлева похищены {animals[1]}.",
        f"A {report.age}-year-old resident turned to the {u[2]}, stating that {animals[2]} had been stolen from his barn during the night.",
    )
    opened = report.opened("244")
    if solved:
        more = (
            "Кормандони милитсия чорворо ёфта, ба соҳибаш баргардонданд. Ду гумонбар — сокинони деҳаи ҳамсоя боздошт шуданд.",
            "Сотрудники милиции нашли скот и вернули его владельцу. Задержаны двое подозреваемых — жители соседнего села.",
            "Police officers found the animals and returned them to their owner. Two suspects, residents of a neighbouring village, have been detained.",
        )
        body = [paragraphs(more[n], opened[n]) for n in range(3)]
    else:
        body = [paragraphs(opened[n] + " " + INVESTIGATION_GOES_ON[n], CALL_102[n]) for n in range(3)]
    return {
        "category": "livestock-theft",
        "article": "244",
        "title": title,
        "lead": lead,
        "body": body,
        "solved": solved,
    }


def robbery(report, rng):
    u, p, i = report.unit, report.place, report.initials
    title = (f"Ғоратгарӣ дар кӯча {p[0]}", f"Грабёж на улице {p[1]}", f"Street robbery {p[2]}")
    lead = (
        f"Сокини {report.age}-сола ба {u[0]} хабар дод, ки бегоҳӣ дар кӯча шахси номаълум телефони мобилӣ ва пули ӯро кашида гирифта, гурехтааст.",
        f"{report.age}-летний житель сообщил в {u[1]}, что вечером на улице неизвестный вырвал у него мобильный телефон и деньги и скрылся.",
        f"A {report.age}-year-old resident reported to the {u[2]} that in the evening an unknown man had snatched his mobile phone and money in the street and run away.",
    )
    more = (
        f"Дар натиҷаи чорабиниҳои фаврӣ гумонбар — сокини {report.suspect_age}-сола {i[0]} боздошт гардид.",
        f"В результате оперативных мероприятий по горячим следам задержан подозреваемый — {report.suspect_age}-летний {i[1]}",
        f"Officers tracked down and detained the suspect, {i[2]}, aged {report.suspect_age}, within hours.",
    )
    opened = report.opened("248")
    body = [paragraphs(more[n], opened[n]) for n in range(3)]
    return {
        "category": "robbery",
        "article": "248",
        "title": title,
        "lead": lead,
        "body": body,
        "solved": True,
    }


def drugs(report, rng):
    drug = rng.choice(DRUGS)
    grams = rng.choice([120, 250, 480, 730, 1100, 2400])
    u, p, i = report.unit, report.place, report.initials
    title = (
        f"{capitalized(p[0])} маводи мухаддир мусодира шуд",
        f"{capitalized(p[1])} изъяты наркотики",
        f"Drugs seized {p[2]}",
    )
    lead = (
        f"Ҳангоми гузаронидани чорабиниҳои оперативӣ аз ҷониби кормандони {u[0]} сокини {report.age}-сола {i[0]} боздошт гардид. Аз ӯ {grams} грамм {drug[0]} мусодира карда шуд.",
        f"Сотрудники {u[1]} в ходе оперативных мероприятий задержали {report.age}-летнего местного жителя {i[1]}, у которого изъято {grams} г {drug[1]}.",
        f"During an operation, officers of the {u[2]} detained {i[2]}, a {report.age}-year-old local resident, and seized {grams} grams of {drug[2]} from him.",
    )
    more = (
        "Ташхиси экспертӣ тасдиқ намуд, ки моддаи мусодирашуда маводи мухаддир мебошад.",
        "Экспертиза подтвердила, что изъятое вещество является наркотическим средством.",
        "Forensic tests have confirmed that the seized substance is a narcotic drug.",
    )
    opened = report.opened("200")
    body = [paragraphs(more[n], opened[n]) for n in range(3)]
    return {"category": "drugs", "article": "200", "title": title, "lead": lead, "body": body, "solved": True}


def hooliganism(report, rng):
    u, p, i = report.unit, report.place, report.initials
    title = (
        f"Авбошӣ дар ҷои ҷамъиятӣ {p[0]}",
        f"Хулиганство в общественном месте {p[1]}",
        f"Hooliganism in a public place {p[2]}",
    )
    lead = (
        f"Дар назди бозор сокини {report.age}-сола {i[0]} тартиботи ҷамъиятиро дағалона вайрон намуда, ба роҳгузарон дашном дод ва ба мошинҳои истода зарар расонид.",
        f"Возле рынка {report.age}-летний {i[1]} грубо нарушил общественный порядок: оскорблял прохожих и повредил припаркованные автомашины.",
        f"Near the market, {i[2]}, aged {report.age}, grossly violated public order, insulting passers-by and damaging parked cars.",
    )
    more = (
        f"Ӯ аз ҷониби кормандони {u[0]} боздошт гардид.",
        f"Он задержан сотрудниками {u[1]}.",
        f"He was detained by officers of the {u[2]}.",
    )
    opened = report.opened("237")
    body = [paragraphs(more[n] + " " + opened[n]) for n in range(3)]
    return {
        "category": "hooliganism",
        "article": "237",
        "title": title,
        "lead": lead,
        "body": body,
        "solved": True,
    }


def weapons(report, rng):
    rounds = rng.choice([12, 15, 20, 25, 30])
    u, p, i = report.unit, report.place, report.initials
    title = (
        f"{capitalized(p[0])} силоҳи оташфишон мусодира шуд",
        f"{capitalized(p[1])} изъято огнестрельное оружие",
        f"Firearm seized {p[2]}",
    )
    lead = (
        f"Ҳангоми чорабиниҳои оперативии кормандони {u[0]} дар хонаи сокини {report.age}-сола {i[0]} таппончаи Макаров ва {rounds} адад тир ёфта, мусодира карда шуд.",
        f"В ходе оперативных мероприятий сотрудники {u[1]} обнаружили и изъяли в доме {report.age}-летнего {i[1]} пистолет Макарова и {rounds} патронов.",
        f"During an operation, officers of the {u[2]} found and seized a Makarov pistol and {rounds} rounds of ammunition at the home of {i[2]}, aged {report.age}.",
    )
    more = (
        "Ташхиси криминалистӣ муқаррар намуд, ки силоҳ барои тирпарронӣ қобил аст.",
        "Криминалистическая экспертиза установила, что пистолет пригоден для стрельбы.",
        "Forensic examination has established that the pistol is in working order.",
    )
    opened = report.opened("195")
    body = [paragraphs(more[n], opened[n]) for n in range(3)]
    return {
        "category": "weapons",
        "article": "195",
        "title": title,
        "lead": lead,
        "body": body,
        "solved": True,
    }


WRITERS = {
    "theft": theft,
    "fraud": fraud,
    "road-accident": road_accident,
    "grievous-bodily-harm": bodily_harm,
    "livestock-theft": livestock_theft,
    "robbery": robbery,
    "drugs": drugs,
    "hooliganism": hooliganism,
    "weapons": weapons,
}


def history_for(rng, written, occurred_on, today):
    """Case steps that could have happened by today, each on its own plausible day."""
    opened_on = min(occurred_on + timedelta(days=rng.randint(0, 1)), today)
    steps = [(CaseStatus.CASE_OPENED, opened_on, None)]
    if written["solved"]:
        steps.append(
            (CaseStatus.SUSPECT_DETAINED, min(opened_on + timedelta(days=rng.randint(0, 3)), today), None)
        )
    else:
        steps.append(
            (CaseStatus.UNDER_INVESTIGATION, min(opened_on + timedelta(days=rng.randint(2, 10)), today), None)
        )
    age = (today - occurred_on).days
    if written.get("closable") and age > 90 and rng.random() < 0.4:
        steps.append((CaseStatus.CLOSED, occurred_on + timedelta(days=rng.randint(45, 90)), NOTE_RECONCILED))
    elif written["solved"] and age > 120 and rng.random() < 0.6:
        steps.append(
            (CaseStatus.SENT_TO_COURT, occurred_on + timedelta(days=rng.randint(60, 120)), NOTE_SENT_TO_COURT)
        )
    return steps


def generated_reports(now):
    """``GENERATED_COUNT`` reports over the last year: the same ones on every run."""
    rng = random.Random(SEED)  # noqa: S311 (demo data, not secrets)
    tz = ZoneInfo(settings.TIME_ZONE)
    today = now.astimezone(tz).date()
    districts, district_weights = zip(*DISTRICT_WEIGHTS.items(), strict=True)
    categories, category_weights = zip(*CATEGORY_WEIGHTS.items(), strict=True)
    for _number in range(GENERATED_COUNT):
        district = rng.choices(districts, district_weights)[0]
        category = rng.choices(categories, category_weights)[0]
        days_ago = rng.randint(1, 360)
        occurred_at = datetime.combine(
            today - timedelta(days=days_ago), datetime.min.time(), tzinfo=tz
        ).replace(hour=rng.randint(0, 23))
        published_at = (occurred_at + timedelta(days=1)).replace(
            hour=rng.randint(9, 11), minute=rng.randint(0, 59)
        )
        published_at = min(published_at, now - timedelta(minutes=30))
        written = WRITERS[category](Report(rng, district, occurred_at), rng)
        # Some reports are not translated into English yet.
        written["only_tg_ru"] = rng.random() < 0.15
        written.update(district=district, occurred_at=occurred_at, published_at=published_at)
        written["history"] = history_for(rng, written, occurred_at.date(), today)
        yield written


# --- Loading -----------------------------------------------------------------------------------


def ensure_places():
    if District.objects.filter(slug__in=PLACES).count() < len(PLACES):
        from contacts.demo import load as load_contacts

        load_contacts()


def add_report(report, slug, categories, districts, departments):
    if "text" in report:
        # Today's site leads with the report's first paragraph, cut short in the stream.
        report = {
            **report,
            "lead": tuple(text[0] for text in report["text"]),
            "body": tuple(paragraphs(*text[1:]) for text in report["text"]),
        }
    district = districts[report["district"]]
    languages = ("tg", "ru") if report.get("only_tg_ru") else LANGUAGES
    unit = report.get("unit") or PLACES[report["district"]][0]
    label = ARTICLES[report["article"]]
    fields = {
        "slug": slug,
        "status": Status.PUBLISHED,
        "published_at": report["published_at"],
        "occurred_at": report["occurred_at"],
        "category": categories[report["category"]],
        "region": district.region,
        "district": district,
        "department": departments.get(district.region.slug) or departments.get(report["district"]),
        "code_article": report["article"],
        "killed": report.get("killed"),
        "injured": report.get("injured"),
    }
    for n, code in enumerate(LANGUAGES):
        present = code in languages
        fields[f"title_{code}"] = report["title"][n] if present else ""
        fields[f"lead_{code}"] = report["lead"][n] if present else ""
        fields[f"body_{code}"] = report["body"][n] if present else ""
        fields[f"reporting_unit_{code}"] = unit[n] if present else ""
        fields[f"code_article_label_{code}"] = label[n] if present else ""
    incident = Incident.objects.create(**fields)
    for step in report["history"]:
        status, day, note = (*step, None)[:3]
        if isinstance(day, tuple):
            day = datetime(*day).date()
        notes = {}
        if note:
            notes = {f"note_{code}": note[n] for n, code in enumerate(LANGUAGES) if code in languages}
        incident.status_changes.create(status=status, changed_on=day, **notes)
    incident.sync_case_status()
    return incident


def load():
    ensure_places()
    categories = {category.slug: category for category in IncidentCategory.objects.all()}
    new_categories = [
        IncidentCategory.objects.create(slug=slug, order=order, **translated("name", names))
        for slug, order, names in CATEGORIES
        if slug not in categories
    ]
    categories.update((category.slug, category) for category in new_categories)
    districts = {district.slug: district for district in District.objects.select_related("region")}
    departments = {}
    for region, name in DEPARTMENTS.items():
        departments[region] = RegionalDepartment.objects.filter(name_en=name).first()
    departments["rasht"] = RegionalDepartment.objects.filter(district__slug="rasht").first()

    reports = [(latin_slug(report["title"][0]), report) for report in SEED_REPORTS]
    seen = set()
    for report in generated_reports(timezone.now()):
        slug = base = latin_slug(report["title"][0])
        number = 2
        while slug in seen:
            slug, number = f"{base}-{number}", number + 1
        seen.add(slug)
        reports.append((slug, report))
    existing = set(
        Incident.objects.filter(slug__in=[slug for slug, _report in reports]).values_list("slug", flat=True)
    )
    new_reports = [
        add_report(report, slug, categories, districts, departments)
        for slug, report in reports
        if slug not in existing
    ]
    return f"new categories: {len(new_categories)}, reports: {len(new_reports)}"
