"""The writers of generated incident reports, one per category: each draws what varies in its
category, and ``_written`` fills the texts of ``data/report_texts.json`` with them and with the
``Report``'s slots into a title, a lead and a body in Tajik, Russian and English, saying whether
the case is solved (a suspect detained) and whether it may be closed on reconciliation.

In ``report_texts.json`` a category has its article of the Criminal Code and its title, lead and
body (a list of paragraphs) in each language, or ``cases`` with those that differ between its
cases. The texts name their slots as ``str.format`` fields: ``{age}``, ``{suspect_age}``,
``{unit}``, ``{place}`` (``{Place}`` capitalized, to begin a sentence), ``{initials}``, ``{day}``,
``{hour}``, ``{opened}`` (the case opened under the article), ``{investigation_goes_on}``,
``{call_102}`` and those its writer draws.
"""

from django.utils import timezone

from demo.loading import LANGUAGES, data, paragraphs
from demo.reports import ANIMALS, CALL_102, CARS, DRUGS, INVESTIGATION_GOES_ON, STOLEN, amount, capitalized

TEXTS = data("report_texts")


def _written(report, category, case=None, slots=None, solved=True, **details):
    """What a writer gives: the category, the article of the Criminal Code, the texts of
    ``category`` (and its ``case``) filled in as (tg, ru, en), whether a suspect is detained, and
    the details of some categories (killed, injured, closable). ``slots`` are what the writer
    drew: a value or a (tg, ru, en) triple each."""
    texts = dict(TEXTS[category])
    texts.update(texts.pop("cases", {}).get(case, {}))
    article = texts["article"]
    shared = {
        "age": report.age,
        "suspect_age": report.suspect_age,
        "unit": report.unit,
        "place": report.place,
        "Place": tuple(capitalized(place) for place in report.place),
        "initials": report.initials,
        "day": report.day,
        "hour": report.hour,
        "opened": report.opened(article),
        "investigation_goes_on": INVESTIGATION_GOES_ON,
        "call_102": CALL_102,
        **(slots or {}),
    }
    filled = {"title": [], "lead": [], "body": []}
    for n, code in enumerate(LANGUAGES):
        values = {name: value[n] if isinstance(value, tuple) else value for name, value in shared.items()}
        filled["title"].append(texts["title"][code].format(**values))
        filled["lead"].append(texts["lead"][code].format(**values))
        filled["body"].append(paragraphs(*(text.format(**values) for text in texts["body"][code])))
    return {
        "category": category,
        "article": article,
        "title": tuple(filled["title"]),
        "lead": tuple(filled["lead"]),
        "body": filled["body"],
        "solved": solved,
        **details,
    }


def theft(report, rng):
    item = rng.choice(STOLEN)
    value = amount(rng.choice([800, 1200, 1500, 2300, 3400, 4800, 6500, 12000]))
    solved = rng.random() < 0.6
    case = "solved" if solved else "open"
    return _written(report, "theft", case, {"item": item, "value": value}, solved=solved)


def fraud(report, rng):
    value = amount(rng.choice([3000, 4500, 6000, 9000, 15000, 24000]))
    solved = rng.random() < 0.5
    case = "job-abroad" if solved else "telephone"
    return _written(report, "fraud", case, {"value": value}, solved=solved)


def road_accident(report, rng):
    car, other_car = rng.sample(CARS, 2)
    birth = timezone.localdate().year - rng.randint(20, 60)
    collision = rng.random() >= 0.55
    counts = {"killed": 0, "injured": rng.randint(1, 4)} if collision else {"killed": 1}
    slots = {"car": car, "other_car": other_car, "birth": birth}
    case = "collision" if collision else "pedestrian"
    return _written(report, "road-accident", case, slots, closable=collision, **counts)


def bodily_harm(report, rng):
    return _written(report, "grievous-bodily-harm", injured=1)


def livestock_theft(report, rng):
    animals = rng.choice(ANIMALS)
    solved = rng.random() < 0.5
    case = "found" if solved else "open"
    return _written(report, "livestock-theft", case, {"animals": animals}, solved=solved)


def robbery(report, rng):
    return _written(report, "robbery")


def drugs(report, rng):
    drug = rng.choice(DRUGS)
    grams = rng.choice([120, 250, 480, 730, 1100, 2400])
    return _written(report, "drugs", slots={"drug": drug, "grams": grams})


def hooliganism(report, rng):
    return _written(report, "hooliganism")


def weapons(report, rng):
    rounds = rng.choice([12, 15, 20, 25, 30])
    return _written(report, "weapons", slots={"rounds": rounds})


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
