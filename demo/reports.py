"""What a generated incident report is made of: the places and units that report, the articles
of the Criminal Code, the phrases every report shares, the words a writer picks from, and a
case history that could have happened by today.

The report writers (``report_writers.py``) fill a ``Report``'s slots in the three languages;
``demo.incidents`` writes a year of reports with them for the demo, ``bench/`` an archive.
"""

from datetime import timedelta

from demo.loading import data, triple
from incidents.models import CaseStatus

INCIDENTS = data("incidents")
# The articles of the Criminal Code of the Republic of Tajikistan the reports cite.
ARTICLES = {number: triple(label) for number, label in INCIDENTS["code_articles"].items()}
# For each district: the local unit that reports ("to the ..."), and "in <place>".
PLACES = {
    slug: (triple(place["unit"]), triple(place["place"])) for slug, place in INCIDENTS["places"].items()
}
# The regional department whose contacts readers may use, by region (its English name).
DEPARTMENTS = INCIDENTS["departments"]

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
