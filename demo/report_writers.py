"""The writers of generated incident reports, one per category: each fills a ``Report``'s slots
into a title, a lead and a body in Tajik, Russian and English, and says whether the case is
solved (a suspect detained) and whether it may be closed on reconciliation.
"""

from django.utils import timezone

from demo.loading import paragraphs
from demo.reports import ANIMALS, CALL_102, CARS, DRUGS, INVESTIGATION_GOES_ON, STOLEN, amount, capitalized


def _written(category, article, title, lead, body, solved=True, **details):
    """What a writer gives: the category, the article of the Criminal Code, the texts as
    (tg, ru, en), whether a suspect is detained, and the details of some categories (killed,
    injured, closable)."""
    return {
        "category": category,
        "article": article,
        "title": title,
        "lead": lead,
        "body": body,
        "solved": solved,
        **details,
    }


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
    return _written("theft", "244", title, lead, body, solved=solved)


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
    return _written("fraud", "247", title, lead, body, solved=solved)


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
    return _written("road-accident", "211", title, lead, body, closable=collision, **counts)


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
    return _written("grievous-bodily-harm", "110", title, lead, body, injured=1)


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
    return _written("livestock-theft", "244", title, lead, body, solved=solved)


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
    return _written("robbery", "248", title, lead, body)


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
    return _written("drugs", "200", title, lead, body)


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
    return _written("hooliganism", "237", title, lead, body)


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
    return _written("weapons", "195", title, lead, body)


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
