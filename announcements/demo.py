"""Demo announcements: the round table, the seed page's two tender dossiers (closed), an open
tender and the vacancy.

``load()`` adds the items that are missing (known by slug), each with its documents, addenda,
clarifications and positions, and changes nothing that exists.
"""

from datetime import date, datetime, time, timedelta

from django.core.files.base import ContentFile
from django.utils import timezone

from announcements.models import Announcement, Clarification, Document, Kind, Position, TenderAddendum
from mia_portal.publishing import Status

LANGUAGES = ("tg", "ru", "en")

MINISTRY = (
    "Вазорати корҳои дохилии Ҷумҳурии Тоҷикистон",
    "Министерство внутренних дел Республики Таджикистан",
    "Ministry of Internal Affairs of the Republic of Tajikistan",
)


def minimal_pdf(lines):
    """A small valid one-page PDF with a few lines of Latin text, written by hand."""

    def escape(text):
        return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    text = " T* ".join(f"({escape(line)}) Tj" for line in lines)
    stream = f"BT /F1 12 Tf 16 TL 72 770 Td {text} ET".encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> "
        b"/Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]
    output = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(output))
        output += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(output)
    output += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    output += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    output += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(output)


def translated(field, values):
    return {f"{field}_{code}": value for code, value in zip(LANGUAGES, values, strict=True)}


def dushanbe(year, month, day, hour=0, minute=0):
    return timezone.make_aware(datetime(year, month, day, hour, minute))


ROUND_TABLE = {
    "slug": "round-table-public-councils-2019",
    "kind": Kind.ANNOUNCEMENT,
    "published_at": dushanbe(2019, 10, 2, 14, 31),
    "event_starts_on": date(2019, 10, 3),
    "event_ends_on": date(2019, 10, 5),
    "title": (
        "Эълон! Мизи мудаввар дар мавзӯи «Баланд бардоштани иқтидори шӯроҳои ҷамъиятӣ дар ҳамкорӣ бо милитсия»",
        "Объявление! Круглый стол на тему «Повышение потенциала общественных советов во взаимодействии с милицией»",
        "Announcement: round table on “Improving the capacity of public councils to cooperate with the police”",
    ),
    "event_place": (
        "шаҳри Хуҷанд, вилояти Суғд",
        "город Худжанд, Согдийская область",
        "Khujand, Sughd region",
    ),
    "body": (
        "<p>Аз 3 то 5 октябри соли 2019 бо ташаббуси Вазорати корҳои дохилии Ҷумҳурии Тоҷикистон ва бо дастгирии "
        "Дафтари барномаҳои САҲА дар Душанбе дар шаҳри Хуҷанд мизи мудаввари ҷумҳуриявӣ дар мавзӯи «Баланд "
        "бардоштани иқтидори шӯроҳои ҷамъиятӣ дар ҳамкорӣ бо милитсия» баргузор мегардад.</p>"
        "<p>Дар кори мизи мудаввар роҳбарияти Вазорати корҳои дохилӣ, Ҳамоҳангсози миллӣ оид ба ислоҳоти "
        "милитсия, сардорони раёсатҳои минтақавӣ, намояндагони САҲА, инчунин раисон ва аъзои шӯроҳои ҷамъиятии "
        "шаҳру ноҳияҳои ҷумҳурӣ ширкат меварзанд.</p>"
        "<p>Дар рӯзномаи мизи мудаввар:</p>"
        "<ul><li>натиҷаҳои фаъолияти шӯроҳои ҷамъиятӣ дар доираи Барномаи ислоҳоти милитсия;</li>"
        "<li>таҷрибаи беҳтарини ҳамкории милитсия бо аҳолӣ дар шаҳру ноҳияҳо;</li>"
        "<li>омӯзиши аъзои шӯроҳо: баррасии муроҷиатҳои шаҳрвандон ва пешгирии ҳуқуқвайронкунӣ;</li>"
        "<li>нақшаи дарозмуддати фаъолияти шӯроҳо ва пешниҳодҳо оид ба такмили он.</li></ul>"
        "<p>Намояндагони воситаҳои ахбори омма, ки мехоҳанд чорабиниро инъикос намоянд, метавонанд то 2 октябр "
        "ба Маркази матбуоти ВКД муроҷиат кунанд.</p>",
        "<p>С 3 по 5 октября 2019 года по инициативе Министерства внутренних дел Республики Таджикистан и при "
        "поддержке Программного офиса ОБСЕ в Душанбе в городе Худжанде пройдёт республиканский круглый стол на тему "
        "«Повышение потенциала общественных советов во взаимодействии с милицией».</p>"
        "<p>В работе круглого стола примут участие руководство Министерства внутренних дел, Национальный "
        "координатор по реформе милиции, начальники региональных управлений, представители ОБСЕ, а также "
        "председатели и члены общественных советов городов и районов республики.</p>"
        "<p>В программе круглого стола:</p>"
        "<ul><li>итоги деятельности общественных советов в рамках Программы реформы милиции;</li>"
        "<li>лучшая практика взаимодействия милиции с населением в городах и районах;</li>"
        "<li>обучение членов советов: рассмотрение обращений граждан и профилактика правонарушений;</li>"
        "<li>долгосрочный план работы советов и предложения по его совершенствованию.</li></ul>"
        "<p>Представители средств массовой информации, желающие освещать мероприятие, могут до 2 октября "
        "обратиться в пресс-центр МВД.</p>",
        "<p>From 3 to 5 October 2019, at the initiative of the Ministry of Internal Affairs of the Republic of "
        "Tajikistan and with the support of the OSCE Programme Office in Dushanbe, a national round table on "
        "“Improving the capacity of public councils to cooperate with the police” will be held in Khujand.</p>"
        "<p>Taking part will be the leadership of the Ministry of Internal Affairs, the National Coordinator for "
        "Police Reform, the heads of the regional departments, representatives of the OSCE, and the chairs and "
        "members of the public councils of the country’s cities and districts.</p>"
        "<p>On the agenda:</p>"
        "<ul><li>what the public councils have achieved under the Police Reform Programme;</li>"
        "<li>good practice in police cooperation with residents of cities and districts;</li>"
        "<li>training for council members: handling citizens’ complaints and preventing offences;</li>"
        "<li>the councils’ long-term plan and proposals to improve it.</li></ul>"
        "<p>Journalists who wish to cover the event may contact the Ministry’s press centre until 2 October.</p>",
    ),
}

COMPUTERS_TENDER = {
    "slug": "tender-computer-equipment-2018",
    "kind": Kind.TENDER,
    "reference_number": "MIA-2018/014",
    "published_at": dushanbe(2018, 9, 14, 15, 24),
    "deadline": dushanbe(2018, 10, 15, 10, 0),
    "bid_opening_at": dushanbe(2018, 10, 15, 10, 30),
    "procuring_entity": MINISTRY,
    "title": (
        "Ҳуҷҷатҳои тендерӣ: харидории таҷҳизоти компютерӣ барои воҳидҳои минтақавии ВКД",
        "Тендерная документация: закупка компьютерного оборудования для региональных подразделений МВД",
        "Tender dossier: computer equipment for the Ministry’s regional units",
    ),
    "body": (
        "<p>Вазорати корҳои дохилии Ҷумҳурии Тоҷикистон ширкатҳоро ба иштирок дар тендери кушод оид ба харидории "
        "таҷҳизоти компютерӣ даъват менамояд. Маблағгузорӣ аз ҳисоби буҷети ҷумҳуриявӣ сурат мегирад.</p>"
        "<ul><li>Лоти 1: 120 компютери мизӣ бо монитор ва таъминоти барномавии иҷозатнома дошта;</li>"
        "<li>Лоти 2: 45 дастгоҳи бисёрфунксионалии лазерӣ (принтер, сканер, нусхабардор).</li></ul>"
        "<p>Мол бояд дар муддати 60 рӯзи пас аз имзои шартнома ба раёсатҳои ВКД дар шаҳрҳои Душанбе, Хуҷанд, "
        "Бохтар, Кӯлоб ва Хоруғ расонида шавад. Пешниҳодҳо ба забони тоҷикӣ ё русӣ дар лифофаҳои мӯҳршуда ба "
        "суроғаи 734025, ш. Душанбе, кӯчаи Теҳрон, 29, қабул карда мешаванд. Кафолати пешниҳод — 2 фоизи "
        "нархи он.</p>",
        "<p>Министерство внутренних дел Республики Таджикистан приглашает компании принять участие в открытом "
        "тендере на закупку компьютерного оборудования. Финансирование — из республиканского бюджета.</p>"
        "<ul><li>Лот 1: 120 настольных компьютеров с мониторами и лицензионным программным обеспечением;</li>"
        "<li>Лот 2: 45 лазерных многофункциональных устройств (принтер, сканер, копир).</li></ul>"
        "<p>Товар поставляется в течение 60 дней после подписания договора в управления МВД в городах Душанбе, "
        "Худжанд, Бохтар, Куляб и Хорог. Заявки на таджикском или русском языке принимаются в запечатанных "
        "конвертах по адресу: 734025, г. Душанбе, ул. Тегеранская, 29. Обеспечение заявки — 2 процента её "
        "цены.</p>",
        "<p>The Ministry of Internal Affairs of the Republic of Tajikistan invites companies to take part in an "
        "open tender for the supply of computer equipment, financed from the national budget.</p>"
        "<ul><li>Lot 1: 120 desktop computers with monitors and licensed software;</li>"
        "<li>Lot 2: 45 multifunction laser printers (print, scan, copy).</li></ul>"
        "<p>Goods are to be delivered within 60 days of the contract’s signature to the Ministry’s departments in "
        "Dushanbe, Khujand, Bokhtar, Kulob and Khorog. Bids in Tajik or Russian are accepted in sealed envelopes "
        "at 29 Tehron Street, Dushanbe 734025. Bid security: 2 per cent of the bid price.</p>",
    ),
    "documents": [
        {
            "title": (
                "Ҳуҷҷатҳои тендерӣ (матни пурра)",
                "Тендерная документация (полный текст)",
                "Tender dossier (full text)",
            ),
            "language": "ru",
            "filename": "Тендерная документация MIA-2018-014.pdf",
            "lines": [
                "Ministry of Internal Affairs of the Republic of Tajikistan",
                "Tender MIA-2018/014",
                "Tender dossier - demo document",
            ],
        },
        {
            "title": (
                "Тавсифи техникӣ, лотҳои 1–2",
                "Техническая спецификация, лоты 1–2",
                "Technical specifications, lots 1–2",
            ),
            "language": "ru",
            "filename": "Техническая спецификация MIA-2018-014.pdf",
            "lines": ["Tender MIA-2018/014", "Technical specifications, lots 1-2 - demo document"],
        },
    ],
    "addenda": [
        {
            "number": 1,
            "issued_at": dushanbe(2018, 9, 28, 11, 0),
            "text": (
                "Тавсифи техникии лоти 2 ислоҳ карда шуд: суръати чопи талабшаванда на камтар аз 30 саҳифа дар як "
                "дақиқа (на 40) мебошад. Мӯҳлати пешниҳоди дархостҳо тағйир наёфтааст.",
                "Исправлена техническая спецификация лота 2: требуемая скорость печати — не менее 30 страниц в "
                "минуту (а не 40). Срок подачи заявок не изменился.",
                "The technical specification of Lot 2 has been corrected: the required print speed is at least 30 "
                "pages per minute (not 40). The submission deadline is unchanged.",
            ),
            "documents": [
                {
                    "title": (
                        "Тавсифи техникии ислоҳшудаи лоти 2",
                        "Исправленная техническая спецификация лота 2",
                        "Corrected technical specification, lot 2",
                    ),
                    "language": "ru",
                    "filename": "Лот 2 - исправленная спецификация.pdf",
                    "lines": [
                        "Tender MIA-2018/014",
                        "Addendum No. 1: corrected specification of lot 2 - demo document",
                    ],
                },
            ],
        },
    ],
    "clarifications": [
        {
            "asked_on": date(2018, 9, 20),
            "answered_on": date(2018, 9, 24),
            "question": (
                "Оё иштирокчӣ метавонад танҳо барои як лот пешниҳод пешкаш намояд?",
                "Может ли участник подать заявку только на один лот?",
                "May a bidder submit a bid for one lot only?",
            ),
            "answer": (
                "Бале. Пешниҳодҳо барои як ё ҳар ду лот қабул мешаванд; ҳар лот алоҳида арзёбӣ ва ба ғолиб "
                "супорида мешавад.",
                "Да. Заявки принимаются на один или оба лота; каждый лот оценивается и присуждается отдельно.",
                "Yes. Bids are accepted for one or both lots; each lot is evaluated and awarded separately.",
            ),
        },
    ],
}


UNIFORMS_TENDER = {
    "slug": "tender-patrol-uniforms-2018",
    "kind": Kind.TENDER,
    "reference_number": "MIA-2018/013",
    "published_at": dushanbe(2018, 9, 14, 15, 21),
    "deadline": dushanbe(2018, 10, 15, 14, 0),
    "bid_opening_at": dushanbe(2018, 10, 15, 14, 30),
    "procuring_entity": MINISTRY,
    "title": (
        "Ҳуҷҷатҳои тендерӣ: харидории либоси хизматӣ барои кормандони хадамоти патрулӣ",
        "Тендерная документация: закупка форменного обмундирования для сотрудников патрульной службы",
        "Tender dossier: uniforms for patrol service officers",
    ),
    "body": (
        "<p>Вазорати корҳои дохилии Ҷумҳурии Тоҷикистон ширкатҳоро ба иштирок дар тендери кушод оид ба харидории "
        "либоси хизматӣ барои кормандони хадамоти патрулии милитсия даъват менамояд. Маблағгузорӣ аз ҳисоби "
        "буҷети ҷумҳуриявӣ сурат мегирад.</p>"
        "<ul><li>Лоти 1: 900 маҷмӯи либоси тобистона;</li>"
        "<li>Лоти 2: 900 маҷмӯи либоси зимистона бо куртаи гарм.</li></ul>"
        "<p>Либос бояд ба намунаҳои тасдиқшуда мувофиқ бошад ва дар муддати 90 рӯзи пас аз имзои шартнома ба "
        "анбори марказии ВКД дар шаҳри Душанбе расонида шавад. Пешниҳодҳо ба забони тоҷикӣ ё русӣ дар "
        "лифофаҳои мӯҳршуда ба суроғаи 734025, ш. Душанбе, кӯчаи Теҳрон, 29, қабул карда мешаванд. Кафолати "
        "пешниҳод — 2 фоизи нархи он.</p>",
        "<p>Министерство внутренних дел Республики Таджикистан приглашает компании принять участие в открытом "
        "тендере на закупку форменного обмундирования для сотрудников патрульной службы милиции. "
        "Финансирование — из республиканского бюджета.</p>"
        "<ul><li>Лот 1: 900 комплектов летней формы;</li>"
        "<li>Лот 2: 900 комплектов зимней формы с утеплённой курткой.</li></ul>"
        "<p>Обмундирование должно соответствовать утверждённым образцам и поставляется в течение 90 дней после "
        "подписания договора на центральный склад МВД в городе Душанбе. Заявки на таджикском или русском языке "
        "принимаются в запечатанных конвертах по адресу: 734025, г. Душанбе, ул. Тегеранская, 29. Обеспечение "
        "заявки — 2 процента её цены.</p>",
        "<p>The Ministry of Internal Affairs of the Republic of Tajikistan invites companies to take part in an "
        "open tender for the supply of uniforms for officers of the militia’s patrol service, financed from the "
        "national budget.</p>"
        "<ul><li>Lot 1: 900 sets of summer uniform;</li>"
        "<li>Lot 2: 900 sets of winter uniform with an insulated jacket.</li></ul>"
        "<p>The uniforms must match the approved samples and are to be delivered within 90 days of the "
        "contract’s signature to the Ministry’s central warehouse in Dushanbe. Bids in Tajik or Russian are "
        "accepted in sealed envelopes at 29 Tehron Street, Dushanbe 734025. Bid security: 2 per cent of the bid "
        "price.</p>",
    ),
    "documents": [
        {
            "title": (
                "Ҳуҷҷатҳои тендерӣ (матни пурра)",
                "Тендерная документация (полный текст)",
                "Tender dossier (full text)",
            ),
            "language": "ru",
            "filename": "Тендерная документация MIA-2018-013.pdf",
            "lines": [
                "Ministry of Internal Affairs of the Republic of Tajikistan",
                "Tender MIA-2018/013",
                "Tender dossier - demo document",
            ],
        },
    ],
}


def furniture_tender(now):
    """The open tender: dates relative to today, so the demo always has one competition open."""
    today = timezone.localdate(now)
    deadline_day = today + timedelta(days=21)
    deadline = timezone.make_aware(datetime.combine(deadline_day, time(10, 0)))
    return {
        "slug": "tender-office-furniture",
        "kind": Kind.TENDER,
        "reference_number": f"MIA-{today.year}/031",
        "published_at": now - timedelta(days=5),
        "deadline": deadline,
        "bid_opening_at": deadline + timedelta(minutes=30),
        "procuring_entity": MINISTRY,
        "title": (
            "Ҳуҷҷатҳои тендерӣ: харидории мебели идорӣ барои бинои нави Раёсати ВКД дар шаҳри Душанбе",
            "Тендерная документация: закупка офисной мебели для нового здания ГУВД города Душанбе",
            "Tender dossier: office furniture for the new building of the Main Department of Internal Affairs for Dushanbe",
        ),
        "body": (
            "<p>Вазорати корҳои дохилии Ҷумҳурии Тоҷикистон ширкатҳоро ба тендери кушод оид ба харидорӣ, "
            "расонидан ва насби мебели идорӣ барои бинои нави Раёсати ВКД дар шаҳри Душанбе даъват менамояд.</p>"
            "<ul><li>150 мизи корӣ ва 300 курсии идорӣ;</li><li>80 ҷевони ҳуҷҷатҳо;</li>"
            "<li>12 мизи ҷаласаҳо бо курсиҳо.</li></ul>"
            "<p>Мӯҳлати расонидан ва насб — 45 рӯз пас аз имзои шартнома, кафолат — на камтар аз 24 моҳ. "
            "Пешниҳодҳо ба забони тоҷикӣ ё русӣ дар лифофаҳои мӯҳршуда ба суроғаи 734025, ш. Душанбе, кӯчаи "
            "Теҳрон, 29, то анҷоми мӯҳлати пешниҳоди дархостҳо қабул карда мешаванд. Пешниҳодҳое, ки баъд аз мӯҳлат "
            "ворид мешаванд, баррасӣ намегарданд.</p>",
            "<p>Министерство внутренних дел Республики Таджикистан приглашает компании к участию в открытом "
            "тендере на поставку и сборку офисной мебели для нового здания ГУВД города Душанбе.</p>"
            "<ul><li>150 рабочих столов и 300 офисных кресел;</li><li>80 шкафов для документов;</li>"
            "<li>12 столов для совещаний со стульями.</li></ul>"
            "<p>Срок поставки и сборки — 45 дней после подписания договора, гарантия — не менее 24 месяцев. "
            "Заявки на таджикском или русском языке принимаются в запечатанных конвертах по адресу: 734025, "
            "г. Душанбе, ул. Тегеранская, 29, до окончания срока подачи заявок. Заявки, поступившие после срока, не "
            "рассматриваются.</p>",
            "<p>The Ministry of Internal Affairs of the Republic of Tajikistan invites companies to an open "
            "tender for the supply and assembly of office furniture for the new building of the Main Department "
            "of Internal Affairs for Dushanbe.</p>"
            "<ul><li>150 desks and 300 office chairs;</li><li>80 document cabinets;</li>"
            "<li>12 meeting tables with chairs.</li></ul>"
            "<p>Delivery and assembly within 45 days of the contract’s signature, with a warranty of at least 24 "
            "months. Bids in Tajik or Russian are accepted in sealed envelopes at 29 Tehron Street, Dushanbe "
            "734025, until the submission deadline. Bids received after the deadline are not considered.</p>",
        ),
        "documents": [
            {
                "title": ("Ҳуҷҷатҳои тендерӣ", "Тендерная документация", "Tender dossier"),
                "language": "tg",
                "filename": "Ҳуҷҷатҳои тендерӣ - мебели идорӣ.pdf",
                "lines": [
                    "Ministry of Internal Affairs of the Republic of Tajikistan",
                    "Office furniture tender",
                    "Tender dossier (Tajik) - demo document",
                ],
            },
            {
                "title": (
                    "Ҳуҷҷатҳои тендерӣ (ба забони русӣ)",
                    "Тендерная документация (на русском языке)",
                    "Tender dossier (in Russian)",
                ),
                "language": "ru",
                "filename": "Тендерная документация - офисная мебель.pdf",
                "lines": [
                    "Ministry of Internal Affairs of the Republic of Tajikistan",
                    "Office furniture tender",
                    "Tender dossier (Russian) - demo document",
                ],
            },
            {
                "title": ("Ҷадвали ҳаҷми молҳо", "Ведомость объёмов поставки", "Bill of quantities"),
                "language": "mul",
                "filename": "Bill of quantities.pdf",
                "lines": [
                    "Office furniture tender",
                    "Bill of quantities: desks 150, chairs 300, cabinets 80, meeting tables 12",
                ],
            },
        ],
        "addenda": [
            {
                "number": 1,
                "issued_at": now - timedelta(days=2),
                "text": (
                    "Иштирокчиён метавонанд бинои навро то мӯҳлати пешниҳоди дархостҳо дар рӯзҳои корӣ аз соати 09:00 "
                    "то 12:00 бо пешакӣ хабар додан тавассути телефони (+992 37) 221-21-21 аз назар гузаронанд. "
                    "Нақшаи ошёнаҳо ба ҳуҷҷатҳои тендерӣ илова карда шуд.",
                    "Участники могут осмотреть новое здание до срока подачи заявок в рабочие дни с 09:00 до 12:00, "
                    "предварительно договорившись по телефону (+992 37) 221-21-21. Поэтажный план добавлен к "
                    "тендерной документации.",
                    "Bidders may visit the new building before the submission deadline on working days from 09:00 to "
                    "12:00 by arrangement on (+992 37) 221-21-21. The floor plans have been added to the dossier.",
                ),
                "documents": [
                    {
                        "title": (
                            "Нақшаи ошёнаҳои бино",
                            "Поэтажный план здания",
                            "Floor plans of the building",
                        ),
                        "language": "mul",
                        "filename": "План этажей.pdf",
                        "lines": ["Office furniture tender", "Addendum No. 1: floor plans - demo document"],
                    },
                ],
            },
        ],
        "clarifications": [
            {
                "asked_on": today - timedelta(days=3),
                "answered_on": today - timedelta(days=1),
                "question": (
                    "Оё пешниҳоди мебели истеҳсоли Тоҷикистон бо тавсифҳои баробар иҷозат дода мешавад?",
                    "Допускается ли предложение мебели производства Таджикистана с равноценными характеристиками?",
                    "May we offer furniture made in Tajikistan with equivalent characteristics?",
                ),
                "answer": (
                    "Бале. Моли ҳар гуна истеҳсол, ки ба тавсифи техникӣ мувофиқ аст, қабул карда мешавад; тавсифи "
                    "моли баробарро дар қисми техникии пешниҳод нишон диҳед.",
                    "Да. Принимаются товары любого происхождения, соответствующие технической спецификации; "
                    "равноценные характеристики опишите в технической части заявки.",
                    "Yes. Goods of any origin that meet the technical specification are accepted; describe the "
                    "equivalent characteristics in the technical part of your bid.",
                ),
            },
        ],
    }


VACANCY = {
    "slug": "vacancy-community-policing-experts-2018",
    "kind": Kind.VACANCY,
    "published_at": dushanbe(2018, 5, 15, 11, 1),
    "deadline": dushanbe(2018, 5, 31, 17, 0),
    "title": (
        "Ҷойи холии корӣ: 1 коршиноси байналмилалӣ (дар шаҳри Душанбе) ва 3 коршиноси маҳаллӣ",
        "Вакансия: 1 международный эксперт (с местом работы в Душанбе) и 3 местных эксперта",
        "Job vacancy: 1 international (based in Dushanbe) and 3 local experts",
    ),
    "body": (
        "<p>Дар доираи лоиҳаи «Дастгирии ислоҳоти милитсия: фаъолияти милитсия дар ҳамкорӣ бо аҳолӣ», ки "
        "Вазорати корҳои дохилӣ бо дастгирии Дафтари барномаҳои САҲА дар Душанбе амалӣ менамояд, барои муддати "
        "шаш моҳ коршиносон ҷалб карда мешаванд. Онҳо курси омӯзиширо барои нозирони участкавии милитсия ва "
        "аъзои шӯроҳои ҷамъиятӣ таҳия ва дар минтақаҳо гузаронида, натиҷаҳои онро арзёбӣ мекунанд.</p>",
        "<p>В рамках проекта «Поддержка реформы милиции: работа милиции во взаимодействии с населением», "
        "который Министерство внутренних дел реализует при поддержке Программного офиса ОБСЕ в Душанбе, на шесть "
        "месяцев привлекаются эксперты. Они разработают учебный курс для участковых инспекторов милиции и членов "
        "общественных советов, проведут его в регионах и оценят результаты.</p>",
        "<p>Under the project “Support to police reform: community policing”, implemented by the Ministry of "
        "Internal Affairs with the support of the OSCE Programme Office in Dushanbe, experts are sought for six "
        "months. They will develop a training course for district police inspectors and members of public "
        "councils, deliver it in the regions and evaluate its results.</p>",
    ),
    "requirements": (
        "<ul><li>маълумоти олии ҳуқуқшиносӣ, ҷамъиятшиносӣ ё соҳаи ҳифзи ҳуқуқ;</li>"
        "<li>таҷрибаи на камтар аз 7 сол (коршиноси байналмилалӣ) ё 5 сол (коршиносони маҳаллӣ) дар ислоҳоти "
        "милитсия ё омӯзиши кормандони ҳифзи ҳуқуқ;</li>"
        "<li>донистани забони англисӣ (коршиноси байналмилалӣ) ва забонҳои тоҷикӣ ва русӣ (коршиносони "
        "маҳаллӣ).</li></ul>",
        "<ul><li>высшее образование в области права, социальных наук или правоохранительной деятельности;</li>"
        "<li>опыт не менее 7 лет (международный эксперт) или 5 лет (местные эксперты) в реформе милиции или "
        "обучении сотрудников правоохранительных органов;</li>"
        "<li>владение английским языком (международный эксперт), таджикским и русским языками (местные "
        "эксперты).</li></ul>",
        "<ul><li>a university degree in law, social sciences or law enforcement;</li>"
        "<li>at least 7 years (international expert) or 5 years (local experts) of experience in police reform or "
        "in training law-enforcement officers;</li>"
        "<li>fluent English (international expert); fluent Tajik and Russian (local experts).</li></ul>",
    ),
    "how_to_apply": (
        "<p>Тарҷумаи ҳол (CV) ва мактуби ангезишро бо нишони «Ҷойи холӣ: коршинос оид ба ҳамкории милитсия бо "
        'аҳолӣ» ба суроғаи <a href="mailto:info@mia.tj">info@mia.tj</a> то анҷоми мӯҳлати қабули '
        "ҳуҷҷатҳо фиристед. Танҳо номзадҳои ба рӯйхати кӯтоҳ дохилшуда барои суҳбат даъват карда мешаванд.</p>",
        "<p>Направьте резюме и мотивационное письмо с пометкой «Вакансия: эксперт по работе милиции с "
        'населением» на адрес <a href="mailto:info@mia.tj">info@mia.tj</a> до окончания срока приёма заявок. На '
        "собеседование приглашаются только кандидаты из короткого списка.</p>",
        "<p>Send your CV and a motivation letter marked “Vacancy: community policing expert” to "
        '<a href="mailto:info@mia.tj">info@mia.tj</a> by the application deadline. Only short-listed candidates '
        "will be invited to an interview.</p>",
    ),
    "positions": [
        {
            "posts": 1,
            "recruitment": "international",
            "title": (
                "Коршиноси байналмилалӣ оид ба ҳамкории милитсия бо аҳолӣ",
                "Международный эксперт по работе милиции с населением",
                "International expert on community policing",
            ),
            "duty_station": ("шаҳри Душанбе", "город Душанбе", "Dushanbe"),
        },
        {
            "posts": 3,
            "recruitment": "local",
            "title": (
                "Коршиноси маҳаллӣ оид ба омӯзиши нозирони участкавӣ",
                "Местный эксперт по обучению участковых инспекторов",
                "Local expert on training district police inspectors",
            ),
            "duty_station": ("Хуҷанд, Бохтар, Хоруғ", "Худжанд, Бохтар, Хорог", "Khujand, Bokhtar, Khorog"),
        },
    ],
    "documents": [
        {
            "title": (
                "Супориши техникӣ (ба забони англисӣ)",
                "Техническое задание (на английском языке)",
                "Terms of reference",
            ),
            "language": "en",
            "filename": "Terms of reference - community policing experts.pdf",
            "lines": ["Community policing experts", "Terms of reference - demo document"],
        },
        {
            "title": (
                "Супориши техникӣ (ба забони русӣ)",
                "Техническое задание",
                "Terms of reference (in Russian)",
            ),
            "language": "ru",
            "filename": "Техническое задание - эксперты.pdf",
            "lines": ["Community policing experts", "Terms of reference (Russian) - demo document"],
        },
    ],
}


def _add_documents(announcement, specs, addendum=None):
    published = addendum.issued_at if addendum else announcement.published_at
    for order, spec in enumerate(specs, start=1):
        document = Document.objects.create(
            announcement=announcement,
            addendum=addendum,
            order=order,
            language=spec["language"],
            file=ContentFile(minimal_pdf(spec["lines"]), name=spec["filename"]),
            **translated("title", spec["title"]),
        )
        # Demo documents appear uploaded when their tender or addendum was published.
        Document.objects.filter(pk=document.pk).update(uploaded_at=published, created_at=published)
    return len(specs)


def _add_item(spec):
    spec = dict(spec)
    documents = spec.pop("documents", [])
    addenda = spec.pop("addenda", [])
    clarifications = spec.pop("clarifications", [])
    positions = spec.pop("positions", [])
    fields = {"status": Status.PUBLISHED}
    for field, value in spec.items():
        if isinstance(value, tuple):
            fields.update(translated(field, value))
        else:
            fields[field] = value
    announcement = Announcement.objects.create(**fields)
    count = _add_documents(announcement, documents)
    for item in addenda:
        addendum = TenderAddendum.objects.create(
            announcement=announcement,
            number=item["number"],
            issued_at=item["issued_at"],
            **translated("text", item["text"]),
        )
        count += _add_documents(announcement, item["documents"], addendum=addendum)
    for item in clarifications:
        Clarification.objects.create(
            announcement=announcement,
            asked_on=item["asked_on"],
            answered_on=item["answered_on"],
            **translated("question", item["question"]),
            **translated("answer", item["answer"]),
        )
    for order, item in enumerate(positions, start=1):
        Position.objects.create(
            announcement=announcement,
            order=order,
            posts=item["posts"],
            recruitment=item["recruitment"],
            **translated("title", item["title"]),
            **translated("duty_station", item["duty_station"]),
        )
    return count


def load():
    specs = [ROUND_TABLE, COMPUTERS_TENDER, UNIFORMS_TENDER, furniture_tender(timezone.now()), VACANCY]
    existing = set(
        Announcement.objects.filter(slug__in=[spec["slug"] for spec in specs]).values_list("slug", flat=True)
    )
    missing = [spec for spec in specs if spec["slug"] not in existing]
    documents = sum(_add_item(spec) for spec in missing)
    return f"new announcements, tenders and vacancies: {len(missing)}, documents: {documents}"
