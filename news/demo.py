"""Demo news: rubrics, the seed page's round table, a dozen further items and the President's address.

``load()`` adds the items that are missing (known by slug), each with its photos (drawn here
with Pillow, nothing is downloaded), and changes nothing that exists.
"""

import io
import random
from datetime import date, datetime
from pathlib import Path

from django.core.files.base import ContentFile
from django.utils import timezone
from PIL import Image, ImageDraw, ImageFont

from contacts.models import Region
from mia_portal.publishing import Status
from news.models import Address, Article, ArticlePhoto, ArticleUpdate, Rubric

LANGUAGES = ("tg", "ru", "en")

RUBRICS = [
    ("news", 1, ("Хабарҳо", "Новости", "News")),
    ("police-reform", 2, ("Ислоҳоти милитсия", "Реформа милиции", "Police reform")),
    (
        "international-cooperation",
        3,
        ("Ҳамкориҳои байналмилалӣ", "Международное сотрудничество", "International cooperation"),
    ),
    ("road-safety", 4, ("Бехатарии ҳаракат дар роҳ", "Безопасность дорожного движения", "Road safety")),
    (
        "drug-control",
        5,
        ("Мубориза бо маводи мухаддир", "Борьба с наркотиками", "Fighting drug trafficking"),
    ),
]

# Bylines as the ministry's pages sign them: name, then rank.
SHAKURI = (
    ("Сироҷиддин Шакурӣ", "Сироджиддин Шакури", "Sirojiddin Shakuri"),
    ("капитани милитсия", "капитан милиции", "militia captain"),
)
SHARIF = (
    ("Акбар Шариф", "Акбар Шариф", "Akbar Sharif"),
    ("капитани милитсия", "капитан милиции", "captain of the militia"),
)
RAHIMOVA = (
    ("Меҳрангез Раҳимова", "Мехрангез Рахимова", "Mehrangez Rahimova"),
    ("лейтенанти калони милитсия", "старший лейтенант милиции", "senior lieutenant of the militia"),
)
PRESS_CENTRE = (("Маркази матбуоти ВКД", "Пресс-центр МВД", "MIA Press Centre"), ("", "", ""))

PHOTO_CREDIT = ("Маркази матбуоти ВКД", "Пресс-центр МВД", "MIA Press Centre")

ARTICLES = [
    {
        "slug": "mizi-mudavvari-jumhuriyavi-dar-viloyati-sughd",
        "rubric": "police-reform",
        "region": "sughd",
        "published_at": (2019, 10, 4, 16, 40),
        "is_featured": True,
        "byline": SHAKURI,
        "scene": "table",
        "alt": (
            "Тасвир: мизи мудаввар, ки дар атрофи он иштирокчиён нишастаанд",
            "Иллюстрация: круглый стол, за которым сидят участники",
            "Illustration: participants seated around a round table",
        ),
        "gallery": [
            (
                "table",
                (
                    "Иштирокчиёни мизи мудаввар",
                    "Участники круглого стола",
                    "Participants in the round table",
                ),
            ),
            (
                "podium",
                (
                    "Баромади муовини вазир Икром Умарзода",
                    "Выступление заместителя министра Икрома Умарзода",
                    "Deputy Minister Ikrom Umarzoda speaking",
                ),
            ),
            (
                "city",
                (
                    "Намояндагони шӯроҳои ҷамъиятии шаҳру ноҳияҳо",
                    "Представители общественных советов городов и районов",
                    "Representatives of the public councils of cities and districts",
                ),
            ),
        ],
        "updates": [
            (
                date(2019, 10, 7),
                (
                    "Вазифаи намояндаи Дафтари барномавии САҲА дар Душанбе дақиқ карда шуд.",
                    "Уточнена должность представителя Программного офиса ОБСЕ в Душанбе.",
                    "The post of the representative of the OSCE Programme Office in Dushanbe was corrected.",
                ),
            )
        ],
        "tg": (
            "Дар вилояти Суғд мизи мудаввари ҷумҳуриявӣ оид ба ҳамкории милитсия бо аҳолӣ баргузор гардид",
            "4 октябр роҳбарони мақомоти корҳои дохилӣ, намояндагони САҲА ва аъзои шӯроҳои ҷамъиятӣ дар вилояти Суғд роҳҳои таҳкими ҳамкории милитсия ва шаҳрвандонро баррасӣ намуданд.",
            [
                "4 октябр дар вилояти Суғд мизи мудаввари ҷумҳуриявӣ дар мавзӯи «Баланд бардоштани сатҳи ҳамкории милитсия бо ҷомеа» баргузор гардид. Дар он муовини вазири корҳои дохилии Ҷумҳурии Тоҷикистон, генерал-майори милитсия Умарзода Икром Ислом, ҳамоҳангсози миллӣ оид ба ислоҳоти милитсия, генерал-майори милитсия Шодмонзода Фарҳодбек Алиёр, сардори Раёсати ҳифзи тартиботи ҷамъиятии ВКД, генерал-майори милитсия Зикрулло Ҳукуматулло, сардори Раёсати ВКД дар вилояти Суғд, генерал-майори милитсия Назарзода Қудратулло Бобо, намояндаи Дафтари барномавии САҲА дар Душанбе Баҳром Абдуллоев, кормандони милитсия, раисон ва аъзои шӯроҳои ҷамъиятии ҳамкорӣ бо милитсия ширкат варзиданд.",
                "Ҳангоми ифтитоҳи чорабинӣ муовини вазир Икром Умарзода ба иштирокчиён барои кӯмаки машваратӣ ва амалӣ дар таҳкими ҳамкории милитсия бо аҳолӣ ва баланд бардоштани дониш ва малакаи касбии кормандон изҳори сипос намуд. «Умедворем, ки имрӯз тадбирҳои дар доираи барномаи ислоҳоти милитсия андешидашуда, бахусус дар самти густариши ҳамкории милитсия бо ҷомеа, баррасӣ мегарданд. Мизи мудаввар ба табодули андеша ва афзоиши дониш ва маҳорати касбӣ мусоидат менамояд», – қайд намуд ӯ.",
                "Ба гуфтаи ӯ, яке аз вазифаҳои асосии милитсия барқарор намудани ҳамкории зич бо аҳолӣ мебошад. Дар ин хусус Асосгузори сулҳу ваҳдати миллӣ – Пешвои миллат, Президенти Ҷумҳурии Тоҷикистон муҳтарам Эмомалӣ Раҳмон дар маҷлиси тантанавӣ ба ифтихори Рӯзи милитсия таъкид намуда буданд: «Ҳадафи ислоҳоти милитсия минбаъд ҳамкории зич бо аҳолӣ, баланд бардоштани эътимоди ҷомеа ба ин мақомоти калидӣ, таъмини шаффофияти фаъолият ва муборизаи муштарак бар зидди ҷинояткорӣ мебошад».",
                "Дар мизи мудаввар таъкид гардид, ки иштироки ҷомеа дар ҳалли масъалаҳои ҷиддии амниятӣ, таъмини тартиботи ҷамъиятӣ, ошкор ва пешгирии ҷиноятҳо яке аз тадбирҳои муассиртарин ва хеле муҳим ба шумор меравад. Бинобар ин шаклҳои нисбатан самараноки ҳамкории милитсия бо ҷомеа бояд то ҳадди имкон таҳия ва ҷорӣ карда шаванд.",
                "Сипас намояндаи Дафтари барномавии САҲА дар Душанбе қайд кард, ки ҳамкории зичи ҷомеа ва милитсия асоси барномаи ислоҳоти милитсия мебошад ва роҳбарияти Вазорати корҳои дохилӣ дар ҳамаи шаҳру ноҳияҳои ҷумҳурӣ барои наздик сохтани шаҳрвандон ва кормандони милитсия як қатор чораҳо андешидааст.",
                "Дар идомаи мизи мудаввар роҳбарон ва намояндагони шӯроҳои ҷамъиятии шаҳру ноҳияҳо ва вилоятҳои ҷумҳурӣ оид ба фаъолияти шӯроҳо, барномаҳои амалигардида ва камбудиҳои ҷойдошта баромад намуданд. Дар қисми ниҳоии чорабинӣ иштирокчиён нақшаи дарозмуҳлати шӯроҳоро муаррифӣ карда, оид ба рушди фаъолияти онҳо пешниҳодҳо манзур намуданд.",
            ],
        ),
        "ru": (
            "В Согдийской области прошёл республиканский круглый стол о сотрудничестве милиции с населением",
            "4 октября руководители органов внутренних дел, представители ОБСЕ и члены общественных советов обсудили в Согдийской области, как сделать взаимодействие милиции и граждан более тесным.",
            [
                "4 октября в Согдийской области состоялся республиканский круглый стол на тему «Повышение уровня сотрудничества милиции с обществом». В нём приняли участие заместитель министра внутренних дел Республики Таджикистан генерал-майор милиции Умарзода Икром Ислом, национальный координатор по реформе милиции генерал-майор милиции Шодмонзода Фарходбек Алиёр, начальник Управления охраны общественного порядка МВД генерал-майор милиции Зикрулло Хукуматулло, начальник УМВД по Согдийской области генерал-майор милиции Назарзода Кудратулло Бобо, представитель Программного офиса ОБСЕ в Душанбе Бахром Абдуллоев, сотрудники милиции, председатели и члены общественных советов по сотрудничеству с милицией.",
                "Открывая мероприятие, заместитель министра Икром Умарзода поблагодарил участников за консультативную и практическую помощь в укреплении взаимодействия милиции с населением и в повышении профессиональных знаний и навыков сотрудников. «Надеемся, что сегодня будут рассмотрены меры, принятые в рамках программы реформы милиции, прежде всего в направлении развития сотрудничества милиции с обществом. Круглый стол способствует обмену мнениями и росту профессионального мастерства», — отметил он.",
                "По его словам, одна из главных задач милиции — наладить тесное сотрудничество с населением. Об этом говорил и Основатель мира и национального единства — Лидер нации, Президент Республики Таджикистан уважаемый Эмомали Рахмон на торжественном собрании, посвящённом Дню милиции: «Цель реформы милиции — дальнейшее тесное сотрудничество с населением, повышение доверия общества к этому ключевому ведомству, обеспечение прозрачности работы и совместная борьба с преступностью».",
                "Участники подчеркнули, что вовлечение общества в решение серьёзных вопросов безопасности, охрану общественного порядка, раскрытие и предупреждение преступлений — одна из самых действенных и важных мер. Поэтому необходимо всемерно разрабатывать и внедрять более эффективные формы взаимодействия милиции с обществом.",
                "Затем представитель Программного офиса ОБСЕ в Душанбе отметил, что тесное сотрудничество общества и милиции составляет основу программы реформы милиции, и руководство Министерства внутренних дел во всех городах и районах республики приняло ряд мер, чтобы сблизить граждан и сотрудников милиции.",
                "Далее руководители и представители общественных советов городов, районов и областей республики рассказали о работе советов, реализованных программах и имеющихся недостатках. В завершение участники представили долгосрочный план работы советов и внесли предложения по её развитию.",
            ],
        ),
        "en": (
            "Sughd region hosts a national round table on police cooperation with the public",
            "On 4 October police commanders, OSCE representatives and members of public councils met in Sughd region to discuss how the militia and citizens can work together more closely.",
            [
                "A national round table on “Improving police cooperation with the public” took place in Sughd region on 4 October. Taking part were the Deputy Minister of Internal Affairs of the Republic of Tajikistan, Major General of Militia Ikrom Islom Umarzoda; the national coordinator for police reform, Major General of Militia Farkhodbek Aliyor Shodmonzoda; the head of the ministry's Public Order Department, Major General of Militia Zikrullo Hukumatullo; the head of the ministry's department for Sughd region, Major General of Militia Qudratullo Bobo Nazarzoda; Bahrom Abdulloev of the OSCE Programme Office in Dushanbe; militia officers; and the chairs and members of the public councils for cooperation with the militia.",
                "Opening the meeting, Deputy Minister Ikrom Umarzoda thanked the participants for their advice and practical help in bringing the police and the public closer together and in raising officers' professional skills. “We expect today to review the steps taken under the police reform programme, above all in deepening cooperation between the police and society. A round table is a good place to exchange views and to learn from one another,” he said.",
                "One of the militia's main tasks, he stressed, is close cooperation with the people. The Founder of Peace and National Unity – Leader of the Nation, President of the Republic of Tajikistan Emomali Rahmon said as much at the solemn meeting on Militia Day: “The goal of the police reform is ever closer cooperation with the population, greater public trust in this key agency, transparency in its work and a joint fight against crime.”",
                "Speakers agreed that involving society in serious security questions, in keeping public order and in solving and preventing crime is among the most effective measures there are, and that more effective forms of cooperation between the police and the public must be developed and put into practice.",
                "The representative of the OSCE Programme Office in Dushanbe said that close cooperation between the public and the police is the core of the police reform programme, and noted the steps the ministry's leadership has taken in every city and district to bring citizens and officers closer together.",
                "Chairs and members of public councils from the country's cities, districts and regions then reported on their councils' work, the programmes carried out and the shortcomings that remain. In the closing session, participants presented the councils' long-term plan and made proposals for developing their work.",
            ],
        ),
    },
    {
        "slug": "rozi-militsiya-qadrdonii-kormandoni-farqkarda",
        "rubric": "news",
        "region": "dushanbe",
        "published_at": (2020, 2, 6, 11, 15),
        "is_featured": True,
        "byline": SHARIF,
        "scene": "podium",
        "alt": (
            "Тасвир: минбар дар толори маҷлис бо парчами Тоҷикистон",
            "Иллюстрация: трибуна в зале собраний с флагом Таджикистана",
            "Illustration: a lectern in an assembly hall with the flag of Tajikistan",
        ),
        "gallery": [
            ("podium", ("Супоридани мукофотҳо", "Вручение наград", "Presentation of awards")),
            (
                "city",
                (
                    "Собиқадорони хизмат дар маҷлис",
                    "Ветераны службы на собрании",
                    "Veterans of the service at the meeting",
                ),
            ),
        ],
        "tg": (
            "Рӯзи милитсия: дар Душанбе кормандони фарқкарда қадрдонӣ шуданд",
            "Дар Вазорати корҳои дохилӣ ба ифтихори Рӯзи милитсия маҷлиси тантанавӣ баргузор гардид ва ба кормандоне, ки дар ҳифзи тартиботи ҷамъиятӣ фарқ кардаанд, мукофотҳои давлатӣ ва идоравӣ супурда шуданд.",
            [
                "Дар Вазорати корҳои дохилӣ маҷлиси тантанавӣ бахшида ба Рӯзи милитсия баргузор гардид. Дар он роҳбарияти вазорат, собиқадорони хизмат ва кормандони ҳамаи минтақаҳои кишвар ширкат варзиданд.",
                "Баромадкунандагон таърихи милитсияи тоҷикро ёдовар шуда, хотираи кормандонеро, ки ҳангоми иҷрои вазифаи хизматӣ ҷон бохтаанд, гиромӣ доштанд. Аъзои оилаҳои онҳо ба ҳайси меҳмонони фахрӣ ба маҷлис даъват шуда буданд.",
                "Ба кормандоне, ки дар ҳифзи тартиботи ҷамъиятӣ, мубориза бо ҷинояткорӣ ва расонидани кӯмак ба шаҳрвандон фарқ кардаанд, мукофотҳои давлатӣ, нишонҳои идоравӣ ва ифтихорномаҳо супурда шуданд. Дар воҳидҳои минтақавии саросари кишвар инчунин консертҳо ва рӯзҳои дарҳои боз барои хонандагон баргузор гардиданд.",
            ],
        ),
        "ru": (
            "День милиции: в Душанбе чествовали отличившихся сотрудников",
            "В Министерстве внутренних дел прошло торжественное собрание, посвящённое Дню милиции: сотрудникам, отличившимся в охране общественного порядка, вручены государственные и ведомственные награды.",
            [
                "В Министерстве внутренних дел состоялось торжественное собрание, посвящённое Дню милиции. В нём приняли участие руководство министерства, ветераны службы и сотрудники из всех регионов страны.",
                "Выступавшие напомнили об истории таджикской милиции и почтили память сотрудников, погибших при исполнении служебного долга. Их семьи были приглашены на собрание в качестве почётных гостей.",
                "Сотрудникам, отличившимся в охране общественного порядка, борьбе с преступностью и помощи гражданам, вручены государственные награды, ведомственные знаки отличия и почётные грамоты. В региональных подразделениях по всей стране также прошли концерты и дни открытых дверей для школьников.",
            ],
        ),
        "en": (
            "Militia Day: officers honoured at a solemn meeting in Dushanbe",
            "The ministry marked Militia Day with a solemn meeting at which officers who distinguished themselves in keeping public order received state and departmental awards.",
            [
                "A solemn meeting dedicated to Militia Day was held at the Ministry of Internal Affairs. The ministry's leadership, veterans of the service and officers from every region of the country attended.",
                "Speakers recalled the history of the Tajik militia and honoured the memory of officers who lost their lives in the line of duty. Their families were invited to the meeting as guests of honour.",
                "Officers who distinguished themselves in protecting public order, fighting crime and helping citizens received state awards, departmental decorations and certificates of honour. Regional departments across the country also held concerts and open days for schoolchildren.",
            ],
        ),
    },
    {
        "slug": "amaliyoti-diqqat-kudakon",
        "rubric": "road-safety",
        "region": "dushanbe",
        "published_at": (2019, 9, 2, 9, 30),
        "byline": RAHIMOVA,
        "scene": "road",
        "alt": (
            "Тасвир: гузаргоҳи пиёдагард ва чароғаки роҳнамо дар назди мактаб",
            "Иллюстрация: пешеходный переход и светофор у школы",
            "Illustration: a pedestrian crossing and traffic lights near a school",
        ),
        "tg": (
            "Бо оғози соли нави таҳсил амалиёти «Диққат, кӯдакон!» шурӯъ шуд",
            "Бо оғози соли таҳсил кормандони нозироти давлатии автомобилӣ дар назди мактабҳои Душанбе ва дигар шаҳрҳо навбатдорӣ мекунанд ва дар синфхонаҳо дарсҳои бехатарии ҳаракат дар роҳ мегузаронанд.",
            [
                "Бо оғози соли нави таҳсил Хадамоти давлатии нозироти автомобилии ВКД амалиёти пешгирикунандаи «Диққат, кӯдакон!»-ро оғоз намуд. То охири моҳи сентябр нозирон дар гузаргоҳҳои пиёдагарди назди мактабҳо дар соатҳои серҳаракати субҳу нисфирӯзӣ навбатдорӣ хоҳанд кард.",
                "Кормандон дар синфҳои ибтидоӣ дарсҳои бехатарии ҳаракат дар роҳ гузаронида, ба кӯдакон мефаҳмонанд, ки чӣ тавр аз роҳ бехатар гузаранд ва чаро дар наздикии қисми мошингард бозӣ кардан мумкин нест. Ба волидон хотиррасон карда мешавад, ки кӯдаконро бояд дар курсиҳои махсуси кӯдакона ва бо камарбанди бехатарӣ интиқол диҳанд.",
                "Аз ронандагон хоҳиш карда мешавад, ки дар назди мактабу кӯдакистонҳо суръатро паст кунанд ва дар гузаргоҳҳо ба пиёдагардон роҳ диҳанд. Дар бораи ҳар гуна қонунвайронкунии хатарнок метавон ба милитсия тавассути рақами 102 хабар дод.",
            ],
        ),
        "ru": (
            "Госавтоинспекция начала акцию «Внимание, дети!» к новому учебному году",
            "С началом учебного года сотрудники Госавтоинспекции дежурят у школ Душанбе и других городов, а в классах проходят уроки безопасности дорожного движения.",
            [
                "С началом нового учебного года Служба государственной автомобильной инспекции МВД начала профилактическую акцию «Внимание, дети!». До конца сентября инспекторы будут дежурить у пешеходных переходов возле школ в утренние и дневные часы пик.",
                "Сотрудники проводят уроки безопасности дорожного движения в начальных классах: объясняют детям, как безопасно переходить дорогу и почему нельзя играть у проезжей части. Родителям напоминают, что детей необходимо перевозить в детских креслах и пристёгнутыми ремнями безопасности.",
                "Водителей просят снижать скорость у школ и детских садов и пропускать пешеходов на переходах. О любом опасном нарушении можно сообщить в милицию по номеру 102.",
            ],
        ),
        "en": (
            "Traffic police launch the “Attention, children!” campaign for the new school year",
            "As pupils return to school, traffic inspectors are on duty near schools in Dushanbe and other cities, and officers are teaching road safety in classrooms.",
            [
                "With the start of the new school year, the State Automobile Inspectorate of the Ministry of Internal Affairs has launched its “Attention, children!” prevention campaign. Until the end of September, inspectors will be on duty at pedestrian crossings near schools during the morning and midday rush.",
                "Officers are giving road-safety lessons in primary classes, showing children how to cross the road safely and explaining why they must never play near the carriageway. Parents are reminded that children must travel in child seats and wear seat belts.",
                "Drivers are asked to slow down near schools and kindergartens and to give way to pedestrians at crossings. Any dangerous violation can be reported to the militia on 102.",
            ],
        ),
    },
    {
        "slug": "nozironi-mintaqavii-khatlon-bo-dastgirii-saha",
        "rubric": "international-cooperation",
        "region": "khatlon",
        "published_at": (2019, 11, 14, 15, 5),
        "byline": SHAKURI,
        "scene": "globe",
        "alt": (
            "Тасвир: кураи замин бо хатҳои меридиан",
            "Иллюстрация: земной шар с меридианами",
            "Illustration: a globe with meridians",
        ),
        "tg": (
            "Нозирони минтақавии милитсияи Хатлон бо дастгирии САҲА оид ба кор бо аҳолӣ омӯзонида шуданд",
            "Сӣ нафар нозири минтақавии милитсияи вилояти Хатлон курси панҷрӯзаи кор бо сокинонро, ки бо дастгирии Дафтари барномавии САҲА дар Душанбе ташкил шуда буд, хатм карданд.",
            [
                "Дар шаҳри Бохтар курси панҷрӯзаи омӯзишӣ барои нозирони минтақавии милитсия оид ба кор бо аҳолии маҳаллӣ ба охир расид. Онро Раёсати ВКД дар вилояти Хатлон бо дастгирии Дафтари барномавии САҲА дар Душанбе ташкил намуда буд.",
                "Сӣ нафар корманд омӯхтанд, ки чӣ тавр бо сокинон мунтазам вохӯрӣ гузаронанд, бо шӯроҳои ҷамъиятӣ ҳамкорӣ кунанд ва зӯроварӣ дар оила ва ҳуқуқвайронкунӣ дар байни ҷавононро пешгирӣ намоянд. Машғулиятҳои амалиро дар асоси ҳодисаҳои воқеӣ омӯзгорони ботаҷрибаи Академияи ВКД гузарониданд.",
                "Дар анҷоми курс ба иштирокчиён сертификатҳо супурда шуданд. Курсҳои монанд барои нозирони вилояти Суғд ва ноҳияҳои тобеи ҷумҳурӣ ба нақша гирифта шудаанд.",
            ],
        ),
        "ru": (
            "Участковые инспекторы Хатлона прошли обучение работе с населением при поддержке ОБСЕ",
            "Тридцать участковых инспекторов милиции Хатлонской области завершили пятидневный курс по работе с жителями, организованный при поддержке Программного офиса ОБСЕ в Душанбе.",
            [
                "В Бохтаре завершился пятидневный учебный курс для участковых инспекторов милиции по работе с местным населением. Его организовало УМВД по Хатлонской области при поддержке Программного офиса ОБСЕ в Душанбе.",
                "Тридцать сотрудников изучили, как проводить регулярные встречи с жителями, взаимодействовать с общественными советами и предупреждать бытовое насилие и правонарушения среди молодёжи. Практические занятия на основе реальных случаев провели опытные преподаватели Академии МВД.",
                "По окончании курса участники получили сертификаты. Такие же курсы запланированы для инспекторов Согдийской области и районов республиканского подчинения.",
            ],
        ),
        "en": (
            "District inspectors in Khatlon trained in community policing with OSCE support",
            "Thirty district militia inspectors from Khatlon region completed a five-day course on working with residents, run with the support of the OSCE Programme Office in Dushanbe.",
            [
                "A five-day course on community policing for district militia inspectors ended in Bokhtar. It was organised by the ministry's department for Khatlon region with the support of the OSCE Programme Office in Dushanbe.",
                "Thirty officers learned how to hold regular meetings with residents, work with public councils and prevent domestic violence and offences among young people. Experienced teachers from the Academy of the Ministry of Internal Affairs led practical sessions built on real cases.",
                "At the end of the course the participants received certificates. Similar courses are planned for inspectors in Sughd region and the Districts of Republican Subordination.",
            ],
        ),
    },
    {
        "slug": "dar-nohiyai-rasht-mavodi-mukhaddir-musodira-shud",
        "rubric": "drug-control",
        "region": "drs",
        "published_at": (2019, 10, 22, 10, 20),
        "byline": SHARIF,
        "scene": "shield",
        "alt": (
            "Тасвир: нишони милитсия дар шакли сипар",
            "Иллюстрация: щит с эмблемой милиции",
            "Illustration: a militia shield emblem",
        ),
        "tg": (
            "Дар ноҳияи Рашт зиёда аз 20 килограмм маводи мухаддир мусодира шуд",
            "Кормандони милитсия дар шоҳроҳи Рашт – Душанбе мошинеро боздошта, дар дарҳои он ҳашиш ва героин ошкор карданд; парвандаи ҷиноятӣ оғоз гардид.",
            [
                "Кормандони Раёсати мубориза бо гардиши ғайриқонунии маводи мухаддири ВКД якҷо бо милитсияи ноҳияи Рашт ҳангоми амалиёти банақшагирифта дар шоҳроҳи Рашт – Душанбе як мошинро боздоштанд. Ҳангоми азназаргузаронӣ дар дарҳои мошин 18,6 килограмм ҳашиш ва 2,3 килограмм героин ошкор гардид.",
                "Ронанда, сокини 41-солаи ноҳия, дастгир карда шуд. Тибқи моддаи 200 Кодекси ҷиноятии Ҷумҳурии Тоҷикистон (муомилоти ғайриқонунии маводи мухаддир бо мақсади фурӯш) парвандаи ҷиноятӣ оғоз гардида, тафтишот идома дорад.",
                "ВКД хотиррасон менамояд, ки дар бораи ҳолатҳои савдои маводи мухаддир метавон ба таври беном тавассути телефони боварӣ (+992 37) 221-21-21 хабар дод.",
            ],
        ),
        "ru": (
            "В Раштском районе изъято более 20 килограммов наркотиков",
            "Сотрудники милиции остановили автомобиль на трассе Рашт — Душанбе и обнаружили в его дверях гашиш и героин; возбуждено уголовное дело.",
            [
                "Сотрудники Управления по борьбе с незаконным оборотом наркотиков МВД совместно с милицией Раштского района в ходе плановой операции остановили автомобиль на трассе Рашт — Душанбе. При досмотре в дверях машины обнаружено 18,6 килограмма гашиша и 2,3 килограмма героина.",
                "Водитель, 41-летний житель района, задержан. Возбуждено уголовное дело по статье 200 Уголовного кодекса Республики Таджикистан (незаконный оборот наркотических средств с целью сбыта), ведётся следствие.",
                "МВД напоминает, что сообщить о фактах наркоторговли можно анонимно по телефону доверия (+992 37) 221-21-21.",
            ],
        ),
        "en": (
            "More than 20 kilograms of drugs seized in the Rasht district",
            "Militia officers stopped a car on the Rasht–Dushanbe road and found hashish and heroin hidden in its doors; a criminal case has been opened.",
            [
                "Officers of the ministry's Department for Combating Illicit Drug Trafficking and the Rasht district militia stopped a car on the Rasht–Dushanbe road during a planned operation. A search found 18.6 kilograms of hashish and 2.3 kilograms of heroin hidden in the doors.",
                "The driver, a 41-year-old resident of the district, has been detained. A criminal case has been opened under Article 200 of the Criminal Code of the Republic of Tajikistan (illicit trafficking in narcotic drugs for sale); an investigation is under way.",
                "The ministry reminds citizens that drug dealing can be reported anonymously on the helpline (+992 37) 221-21-21.",
            ],
        ),
    },
    {
        "slug": "ba-khonandagoni-khujand-dar-borai-khatari-mavodi-mukhaddir",
        "rubric": "drug-control",
        "region": "sughd",
        "published_at": (2019, 11, 26, 14, 0),
        "byline": RAHIMOVA,
        "scene": "classroom",
        "alt": (
            "Тасвир: синфхона бо тахтаи синф ва партаҳо",
            "Иллюстрация: класс с доской и партами",
            "Illustration: a classroom with a blackboard and desks",
        ),
        "tg": (
            "Ба хонандагони синфҳои болоии Хуҷанд дар бораи хатари маводи мухаддир нақл карданд",
            "Кормандони милитсия ва табибони нарколог бо хонандагони синфҳои болоии мактабҳои шаҳри Хуҷанд вохӯрӣ гузарониданд.",
            [
                "Дар доираи амалиёти пешгирикунандаи «Ҷавонон бар зидди маводи мухаддир» кормандони Раёсати ВКД дар вилояти Суғд якҷо бо табибони маркази наркологии вилоятӣ бо хонандагони синфҳои болоии мактабҳои шаҳри Хуҷанд вохӯрӣ гузарониданд.",
                "Ба наврасон дар бораи оқибатҳои истеъмоли маводи мухаддир барои саломатӣ ва ҷавобгарии ҷиноятӣ барои нигоҳдорӣ ва паҳн кардани он нақл карданд, инчунин фаҳмонданд, ки кӯшиши ҷалби наврасонро ба савдои маводи мухаддир, аз ҷумла тавассути шабакаҳои иҷтимоӣ, чӣ тавр бояд шинохт.",
                "Вохӯриҳо дар мактабҳои шаҳрҳои Истаравшан ва Исфара идома хоҳанд ёфт.",
            ],
        ),
        "ru": (
            "Старшеклассникам Худжанда рассказали об опасности наркотиков",
            "Сотрудники милиции и врачи-наркологи провели встречи с учениками старших классов школ Худжанда.",
            [
                "В рамках профилактической акции «Молодёжь против наркотиков» сотрудники УМВД по Согдийской области вместе с врачами областного наркологического центра встретились со старшеклассниками школ Худжанда.",
                "Ребятам рассказали о последствиях употребления наркотиков для здоровья, об уголовной ответственности за их хранение и распространение и о том, как распознать попытку вовлечь подростка в наркоторговлю, в том числе через социальные сети.",
                "Встречи продолжатся в школах Истаравшана и Исфары.",
            ],
        ),
    },
    {
        "slug": "shurohoi-jamiyatii-dushanbe-natijahoi-sol",
        "rubric": "police-reform",
        "region": "dushanbe",
        "published_at": (2019, 12, 20, 12, 45),
        "byline": SHAKURI,
        "scene": "city",
        "alt": (
            "Тасвир: манзараи шаҳр ва сокинон",
            "Иллюстрация: городской пейзаж и жители",
            "Illustration: a city skyline and residents",
        ),
        "tg": (
            "Шӯроҳои ҷамъиятии Душанбе натиҷаҳои як соли ҳамкорӣ бо милитсияро ҷамъбаст карданд",
            "Аъзои шӯроҳои ҷамъиятии чор ноҳияи пойтахт бо роҳбарияти милитсия вохӯрда, натиҷаҳои сол ва муроҷиатҳои бештар такроршавандаи сокиноро баррасӣ карданд.",
            [
                "Дар Раёсати ВКД дар шаҳри Душанбе ҷаласаи шӯроҳои ҷамъиятии ҳамкорӣ бо милитсияи ноҳияҳои Сино, Исмоили Сомонӣ, Фирдавсӣ ва Шоҳмансур баргузор гардид.",
                "Аъзои шӯроҳо дар бораи посбонии муштарак бо нозирони минтақавӣ, вохӯриҳо бо сокинони маҳаллаҳо ва кор бо оилаҳо ва ҷавонон маълумот доданд. Имсол сокинон бештар аз равшании нокифояи кӯчаҳо, ҷамъомадҳои пурсарусадои шабона ва дар назди мактабҳо хатарнок истодани мошинҳо шикоят кардаанд.",
                "Роҳбарияти раёсат ба шӯроҳо барои кӯмакашон изҳори миннатдорӣ намуд. Нақшаи чорабиниҳои муштарак барои соли оянда, аз ҷумла қабули мунтазами шаҳрвандон дар шуъбаҳои милитсияи ноҳияҳо, мувофиқа карда шуд.",
            ],
        ),
        "ru": (
            "Общественные советы Душанбе подвели итоги года сотрудничества с милицией",
            "Члены общественных советов четырёх районов столицы встретились с руководством милиции, чтобы обсудить итоги года и самые частые обращения жителей.",
            [
                "В Управлении МВД по городу Душанбе прошло совещание общественных советов по сотрудничеству с милицией районов Сино, Исмоили Сомони, Фирдавси и Шохмансур.",
                "Члены советов рассказали о совместном патрулировании с участковыми инспекторами, встречах с жителями махаллей и работе с семьями и молодёжью. Чаще всего в этом году жители жаловались на плохое уличное освещение, шумные ночные сборища и опасную парковку у школ.",
                "Руководство управления поблагодарило советы за помощь. Согласован план совместных мероприятий на следующий год, включая регулярные приёмы граждан в районных отделах милиции.",
            ],
        ),
        "en": (
            "Public councils in Dushanbe review a year of cooperation with the militia",
            "Members of the public councils of the capital's four districts met militia commanders to discuss the year's results and residents' most frequent concerns.",
            [
                "The public councils for cooperation with the militia of the Sino, Ismoili Somoni, Firdavsi and Shohmansur districts met at the Dushanbe department of the Ministry of Internal Affairs.",
                "Council members reported on joint patrols with district inspectors, meetings with residents of the mahallas and work with families and young people. This year residents most often complained about poor street lighting, noisy gatherings at night and unsafe parking near schools.",
                "The department's leadership thanked the councils for their help. A plan of joint events for next year was agreed, including regular receptions for residents at district militia stations.",
            ],
        ),
    },
    {
        "slug": "zimiston-dar-aghbaho",
        "rubric": "road-safety",
        "region": None,
        "published_at": (2019, 12, 12, 9, 10),
        "byline": RAHIMOVA,
        "scene": "mountains",
        "alt": (
            "Тасвир: роҳи кӯҳӣ дар байни қуллаҳои барфпӯш",
            "Иллюстрация: горная дорога среди заснеженных вершин",
            "Illustration: a mountain road between snow-capped peaks",
        ),
        "tg": (
            "Зимистон дар ағбаҳо: нозироти автомобилӣ ронандагонро ба эҳтиёткорӣ даъват мекунад",
            "Бо фаро расидани сармо нозироти давлатии автомобилӣ қоидаҳои гузаштан аз ағбаҳои Шаҳристон ва Анзоб ва нақбҳои шоҳроҳи Душанбе – Хуҷандро хотиррасон мекунад.",
            [
                "Бо сабаби барфборӣ ва яхбандӣ дар қитъаҳои кӯҳии роҳ Хадамоти давлатии нозироти автомобилии ВКД назоратро дар шоҳроҳи Душанбе – Хуҷанд, аз ҷумла дар назди ағбаҳои Шаҳристон ва Анзоб, пурзӯр намуд.",
                "Пеш аз сафар ба ронандагон тавсия дода мешавад, ки ҳолати техникии мошинро санҷанд, чархҳои зимистона гузоранд ва занҷирҳои зидди лағжиш, захираи сӯзишворӣ ва либоси гарм ҳамроҳ дошта бошанд. Дар қитъаҳои кӯҳӣ пешгузарӣ манъ аст ва масофаи бехатарро риоя кардан лозим аст.",
                "Дар бораи ҳолати роҳҳо ва маҳдудиятҳои муваққатии ҳаракат метавон тавассути рақами 102 маълумот гирифт.",
            ],
        ),
        "ru": (
            "Зима на перевалах: Госавтоинспекция призывает водителей к осторожности",
            "С наступлением холодов Госавтоинспекция напоминает о правилах проезда через перевалы Шахристан и Анзоб и тоннели на трассе Душанбе — Худжанд.",
            [
                "Из-за снегопадов и гололёда на горных участках дорог Служба государственной автомобильной инспекции МВД усилила контроль на трассе Душанбе — Худжанд, в том числе у перевалов Шахристан и Анзоб.",
                "Перед поездкой водителям рекомендуют проверить техническое состояние автомобиля, установить зимние шины и иметь при себе цепи противоскольжения, запас топлива и тёплую одежду. На горных участках обгон запрещён, нужно соблюдать безопасную дистанцию.",
                "Узнать о состоянии дорог и временных ограничениях движения можно по номеру 102.",
            ],
        ),
    },
    {
        "slug": "ruznomanigori-mobili-navori-sokin",
        "rubric": "road-safety",
        "region": "dushanbe",
        "published_at": (2020, 1, 15, 10, 5),
        "byline": SHARIF,
        "scene": "camera",
        "alt": (
            "Тасвир: телефони мобилӣ, ки мошинро сабт мекунад",
            "Иллюстрация: мобильный телефон снимает автомобиль",
            "Illustration: a mobile phone filming a car",
        ),
        "tg": (
            "«Рӯзноманигори мобилӣ»: навори сокин барои ёфтани ронандае, ки аз чароғи сурх гузашт, кӯмак кард",
            "Наворе, ки як сокини Душанбе ба бахши «Рӯзноманигори мобилӣ» фиристод, ба кормандони нозироти автомобилӣ дар ёфтани ронандае, ки аз се чорроҳа дар чароғи сурх гузашта буд, мусоидат кард.",
            [
                "Сокини шаҳри Душанбе ба вазорат наворе фиристод, ки аз курсии мусофир сабт шудааст: мошин дар хиёбони Рӯдакӣ аз се чорроҳа дар ишораи манъкунандаи чароғаки роҳнамо мегузарад. Навор тавассути бахши «Рӯзноманигори мобилӣ» ворид шуд, ки шаҳрвандон ба он наворҳои ҳуқуқвайронкунӣ, садамаҳо ва сӯхторҳоро мефиристанд.",
                "Кормандони нозироти автомобилӣ дар давоми як шабонарӯз мошинро аз рӯи рақами давлатиаш муайян карданд. Ронандаи 27-сола ҷарима карда шуд ва масъалаи аз ҳуқуқи рондани воситаи нақлиёт маҳрум кардани ӯро суд ҳал мекунад.",
                "ВКД ба ҳамаи онҳое, ки навор мефиристанд, миннатдорӣ баён мекунад. Лутфан ҳангоми рондани мошин сабт накунед: аз мусофир хоҳиш кунед ё аввал дар ҷои бехатар истед.",
            ],
        ),
        "ru": (
            "«Мобильный репортёр»: видео жителя помогло найти водителя, ехавшего на красный",
            "Видео, присланное жителем Душанбе в рубрику «Мобильный репортёр», помогло сотрудникам ГАИ найти водителя, проехавшего три перекрёстка на красный свет.",
            [
                "Житель Душанбе прислал в министерство видео, снятое с пассажирского сиденья: автомобиль пересекает три перекрёстка на проспекте Рудаки на запрещающий сигнал светофора. Запись поступила через рубрику «Мобильный репортёр», куда граждане присылают видео правонарушений, аварий и пожаров.",
                "Сотрудники ГАИ установили автомобиль по государственному номеру в течение суток. 27-летний водитель оштрафован, вопрос о лишении его права управления транспортным средством решит суд.",
                "МВД благодарит всех, кто присылает видео. Пожалуйста, не снимайте за рулём: попросите об этом пассажира или сначала остановитесь в безопасном месте.",
            ],
        ),
        "en": (
            "“Mobile reporter”: a resident's video helps find a driver who ran red lights",
            "A video sent by a Dushanbe resident to the “Mobile reporter” section led traffic police to a driver who had crossed three junctions on red.",
            [
                "A resident of Dushanbe sent the ministry a video, filmed from a passenger seat, of a car crossing three junctions on Rudaki Avenue against a red light. It came in through the “Mobile reporter” section, where citizens send footage of offences, accidents and fires.",
                "Traffic police identified the car by its registration number within a day. The 27-year-old driver has been fined, and a court will decide whether to suspend his driving licence.",
                "The ministry thanks everyone who sends in footage. Please do not film while driving: ask a passenger to do it, or first stop somewhere safe.",
            ],
        ),
    },
    {
        "slug": "zanghoi-102-dar-soli-2019",
        "rubric": "news",
        "region": None,
        "published_at": (2020, 1, 10, 9, 0),
        "is_featured": True,
        "byline": PRESS_CENTRE,
        "scene": "phone",
        "alt": (
            "Тасвир: гӯшии телефон ва рақами 102",
            "Иллюстрация: телефонная трубка и номер 102",
            "Illustration: a telephone handset and the number 102",
        ),
        "tg": (
            "Соли гузашта шаҳрвандон зиёда аз 52 ҳазор маротиба ба рақами 102-и милитсия занг заданд",
            "Дар соли 2019 қисмҳои навбатдории ВКД зиёда аз 52 ҳазор занг ба рақамҳои 02 ва 102 қабул карданд; шаҳрвандон бештар дар бораи низоъҳои оилавӣ, вайрон кардани тартиботи ҷамъиятӣ ва садамаҳои нақлиётӣ хабар доданд.",
            [
                "Дар соли 2019 қисмҳои навбатдории вазорат зиёда аз 52 ҳазор занги шаҳрвандонро ба рақамҳои фаврии 02 ва 102 қабул карданд. Ҳар як занг ба қайд гирифта шуд ва ба ҷойҳое, ки кӯмак зарур буд, гурӯҳи посбонӣ фиристода шуд.",
                "Шаҳрвандон бештар дар бораи низоъҳои оилавӣ, вайрон кардани тартиботи ҷамъиятӣ, ҳодисаҳои роҳу нақлиёт ва дуздӣ хабар доданд. Бо шарофати вокуниши фаврӣ бисёр ҳуқуқвайронкунандагон дар ҷои ҳодиса дастгир карда шуданд.",
                "ВКД хотиррасон мекунад: зангҳо ба рақамҳои 02 ва 102 ройгон буда, шабонарӯзӣ қабул карда мешаванд. Зангҳои бардурӯғ кормандонро аз онҳое, ки воқеан ба кӯмак ниёз доранд, дур месозанд.",
            ],
        ),
        "ru": (
            "В прошлом году граждане обратились в милицию по номеру 102 более 52 тысяч раз",
            "В 2019 году дежурные части МВД приняли свыше 52 тысяч звонков по номерам 02 и 102; чаще всего граждане сообщали о семейных конфликтах, нарушениях общественного порядка и ДТП.",
            [
                "В 2019 году дежурные части министерства приняли более 52 тысяч звонков граждан по экстренным номерам 02 и 102. Каждый звонок зарегистрирован, и туда, где требовалась помощь, направлялся наряд.",
                "Чаще всего граждане сообщали о семейных конфликтах, нарушениях общественного порядка, дорожно-транспортных происшествиях и кражах. Благодаря быстрому реагированию многие правонарушители задержаны на месте.",
                "МВД напоминает: звонки по номерам 02 и 102 бесплатны и принимаются круглосуточно. Ложные вызовы отвлекают сотрудников от тех, кому действительно нужна помощь.",
            ],
        ),
        "en": (
            "Citizens called the militia on 102 more than 52,000 times last year",
            "The ministry's duty units took over 52,000 calls on the emergency numbers 02 and 102 in 2019, most of them about family disputes, breaches of public order and road accidents.",
            [
                "In 2019 the ministry's duty units answered more than 52,000 calls from citizens on the emergency numbers 02 and 102. Every call was registered, and a patrol was sent wherever help was needed.",
                "Most callers reported family disputes, breaches of public order, road accidents and thefts. Thanks to quick responses, many offenders were detained at the scene.",
                "The ministry reminds citizens that calls to 02 and 102 are free and answered day and night. False calls take officers away from people who really need help.",
            ],
        ),
    },
    {
        "slug": "akademiyai-vkd-ruzi-darhoi-boz",
        "rubric": "news",
        "region": "dushanbe",
        "published_at": (2020, 1, 24, 15, 30),
        "byline": PRESS_CENTRE,
        "scene": "building",
        "alt": (
            "Тасвир: бинои академия бо сутунҳо ва парчам",
            "Иллюстрация: здание академии с колоннами и флагом",
            "Illustration: the academy building with columns and a flag",
        ),
        "tg": (
            "Академияи ВКД хатмкунандагони мактабҳоро ба рӯзи дарҳои боз даъват менамояд",
            "Довталабони оянда ва волидони онҳо метавонанд бо факултаҳои академия, шароити таҳсил ва қоидаҳои қабул шинос шаванд.",
            [
                "Академияи Вазорати корҳои дохилии Ҷумҳурии Тоҷикистон барои хатмкунандагони мактабҳо ва волидони онҳо рӯзи дарҳои боз мегузаронад.",
                "Ба меҳмонон синфхонаҳои таълимӣ, озмоишгоҳи криминалистӣ ва маҷмааи варзиширо нишон медиҳанд ва дар бораи факултаҳо, талабот ба ҳолати саломатӣ ва омодагии ҷисмонӣ, инчунин тартиби дохилшавӣ маълумот медиҳанд.",
                "Тафсилоти қоидаҳои қабулро метавон дар комиссияи қабули академия ва шуъбаҳои кадрҳои раёсатҳои минтақавии ВКД дарёфт намуд.",
            ],
        ),
        "ru": (
            "Академия МВД приглашает выпускников школ на день открытых дверей",
            "Будущие абитуриенты и их родители смогут познакомиться с факультетами академии, условиями обучения и правилами приёма.",
            [
                "Академия Министерства внутренних дел Республики Таджикистан проводит день открытых дверей для выпускников школ и их родителей.",
                "Гостям покажут учебные аудитории, криминалистическую лабораторию и спортивный комплекс, расскажут о факультетах, требованиях к состоянию здоровья и физической подготовке, а также о порядке поступления.",
                "Подробнее о правилах приёма можно узнать в приёмной комиссии академии и в отделах кадров региональных управлений МВД.",
            ],
        ),
    },
    {
        "slug": "dar-khorugh-nozironi-mintaqavi-hisobot-dodand",
        "rubric": "police-reform",
        "region": "gbao",
        "published_at": (2019, 12, 5, 11, 0),
        "byline": SHAKURI,
        "scene": "mountains",
        "alt": (
            "Тасвир: кӯҳҳои Помир",
            "Иллюстрация: горы Памира",
            "Illustration: the Pamir mountains",
        ),
        "tg": (
            "Дар Хоруғ нозирони минтақавӣ дар назди сокинон ҳисобот доданд",
            "Нозирони минтақавии милитсияи шаҳри Хоруғ бо сокинони маҳаллаҳо вохӯрӣ гузаронида, дар бораи корҳои анҷомдода маълумот доданд.",
            [
                "Дар шаҳри Хоруғ вохӯриҳои нозирони минтақавии милитсия бо сокинони маҳаллаҳо баргузор гардиданд, ки онҳоро Раёсати ВКД дар Вилояти Мухтори Кӯҳистони Бадахшон якҷо бо шӯроҳои ҷамъиятии маҳаллӣ ташкил намуда буд.",
                "Нозирон дар бораи фаъолияти худ дар давоми сол ҳисобот дода, ба саволҳои сокинон оид ба амнияти кӯчаҳо, пешгирии дуздии чорво дар деҳаҳои атроф ва кӯмак ба пиронсолоне, ки дар деҳоти дурдаст зиндагӣ мекунанд, ҷавоб доданд.",
                "Чунин вохӯриҳо дар доираи ислоҳоти милитсия гузаронида мешаванд ва ҳар семоҳа баргузор хоҳанд гардид.",
            ],
        ),
        "ru": (
            "В Хороге участковые инспекторы отчитались перед жителями",
            "Участковые инспекторы милиции Хорога провели встречи с жителями микрорайонов и рассказали о проделанной работе.",
            [
                "В Хороге прошли встречи участковых инспекторов милиции с жителями микрорайонов, организованные УМВД по Горно-Бадахшанской автономной области вместе с местными общественными советами.",
                "Инспекторы отчитались о работе за год и ответили на вопросы жителей о безопасности на улицах, профилактике краж скота в окрестных кишлаках и помощи пожилым людям, живущим в отдалённых сёлах.",
                "Такие встречи проводятся в рамках реформы милиции и будут проходить ежеквартально.",
            ],
        ),
    },
    {
        "slug": "milisiya-az-qalloboni-telefoni-ogoh-menamoyad",
        "rubric": "news",
        "region": "dushanbe",
        "published_at": (2020, 1, 20, 16, 10),
        "byline": SHARIF,
        "scene": "phone",
        "alt": (
            "Тасвир: телефони мобилӣ ва корти бонкӣ",
            "Иллюстрация: мобильный телефон и банковская карта",
            "Illustration: a mobile phone and a bank card",
        ),
        "tg": (
            "Милитсия аз қаллобони телефонӣ, ки худро корманди бонк муаррифӣ мекунанд, огоҳ менамояд",
            "Аз аввали сол сокинони Душанбе дар бораи якчанд ҳолате хабар доданд, ки зангзанандагон аз номи бонк маълумоти кортҳоро фаҳмида, аз ҳисоби онҳо пул гирифтаанд.",
            [
                "Аз аввали моҳи январ ба Раёсати ВКД дар шаҳри Душанбе якчанд сокин муроҷиат карданд, ки пас аз занги гӯё корманди бонк аз маблағҳояшон маҳрум шудаанд. Зангзанандагон дар бораи «амалиёти шубҳанок» хабар дода, рақами корт ва рамзи паёмаки SMS-ро пурсидаанд.",
                "Тибқи моддаи 247 Кодекси ҷиноятӣ (қаллобӣ) парвандаҳои ҷиноятӣ оғоз гардида, тафтишот идома дорад.",
                "Милитсия хотиррасон менамояд: кормандони бонк ҳеҷ гоҳ тавассути телефон рамз ва пароли кортро намепурсанд. Агар чунин занг гиред, гӯширо гузоред ва ба бонк бо рақаме, ки дар корт навишта шудааст, занг занед ё тавассути рақами 102 ба милитсия хабар диҳед.",
            ],
        ),
        "ru": (
            "Милиция предупреждает о телефонных мошенниках, представляющихся сотрудниками банков",
            "С начала года жители Душанбе сообщили о нескольких случаях, когда звонившие от имени банка узнавали данные карт и снимали с них деньги.",
            [
                "С начала января в Управление МВД по городу Душанбе обратились несколько жителей, лишившихся денег после звонка якобы сотрудника банка. Звонившие сообщали о «подозрительной операции» и просили назвать номер карты и код из SMS.",
                "Возбуждены уголовные дела по статье 247 Уголовного кодекса (мошенничество), ведётся следствие.",
                "Милиция напоминает: сотрудники банков никогда не спрашивают по телефону коды и пароли от карт. Получив такой звонок, положите трубку и перезвоните в банк по номеру, указанному на карте, или сообщите в милицию по номеру 102.",
            ],
        ),
        "en": (
            "Militia warns of telephone fraudsters posing as bank staff",
            "Since the start of the year, residents of Dushanbe have reported several cases in which callers claiming to be from a bank obtained card details and took money from their accounts.",
            [
                "Since the beginning of January, several residents have told the ministry's Dushanbe department that they lost money after a call from a supposed bank employee. The callers warned of a “suspicious transaction” and asked for the card number and the code from a text message.",
                "Criminal cases have been opened under Article 247 of the Criminal Code (fraud), and an investigation is under way.",
                "The militia reminds citizens that bank staff never ask for card codes or passwords over the phone. If you receive such a call, hang up and ring your bank on the number printed on your card, or report it to the militia on 102.",
            ],
        ),
    },
    {
        "slug": "hayati-belarus-az-akademiyai-vkd-didan-kard",
        "rubric": "international-cooperation",
        "region": "dushanbe",
        "published_at": (2019, 10, 28, 14, 20),
        "byline": PRESS_CENTRE,
        "scene": "building",
        "alt": (
            "Тасвир: бинои академия бо сутунҳо ва парчам",
            "Иллюстрация: здание академии с колоннами и флагом",
            "Illustration: the academy building with columns and a flag",
        ),
        "tg": (
            "Ҳайати Беларус аз Академияи ВКД дидан кард",
            "Омӯзгорони Академияи ВКД-и Ҷумҳурии Беларус бо мақсади табодули таҷриба дар соҳаи тайёр кардани кормандони милитсия ба Душанбе омаданд.",
            [
                "Ҳайати Академияи Вазорати корҳои дохилии Ҷумҳурии Беларус аз Академияи ВКД-и Ҷумҳурии Тоҷикистон дидан кард. Ба меҳмонон синфхонаҳои таълимӣ, озмоишгоҳи криминалистӣ ва китобхонаи академия нишон дода шуданд.",
                "Дар семинари муштарак омӯзгорони ҳарду академия усулҳои омӯзиши амалии муфаттишон ва нозирони минтақавӣ, таҳсили фосилавӣ ва таҳқиқоти муштараки илмиро муҳокима карданд. Ҷонибҳо ба мувофиқа расиданд, ки маводи таълимиро мубодила намуда, соли оянда конференсияи муштарак баргузор намоянд.",
            ],
        ),
        "ru": (
            "Академию МВД посетила делегация из Беларуси",
            "Преподаватели Академии МВД Республики Беларусь побывали в Душанбе, чтобы обменяться опытом подготовки сотрудников милиции.",
            [
                "Академию МВД Республики Таджикистан посетила делегация Академии МВД Республики Беларусь. Гостям показали учебные аудитории, криминалистическую лабораторию и библиотеку академии.",
                "На совместном семинаре преподаватели двух академий обсудили методики практической подготовки следователей и участковых инспекторов, дистанционное обучение и совместные научные исследования. Стороны договорились обмениваться учебными материалами и провести в следующем году совместную конференцию.",
            ],
        ),
        "en": (
            "The ministry's Academy hosts a delegation from Belarus",
            "Teachers from the Academy of the Ministry of Internal Affairs of Belarus visited Dushanbe to share experience in training police officers.",
            [
                "A delegation from the Academy of the Ministry of Internal Affairs of the Republic of Belarus visited the Academy of the Ministry of Internal Affairs of Tajikistan. The guests were shown its classrooms, forensic laboratory and library.",
                "At a joint seminar, teachers from both academies discussed practical training for investigators and district inspectors, distance learning and joint research. The two sides agreed to exchange teaching materials and to hold a joint conference next year.",
            ],
        ),
    },
    {
        # A draft, so that the admin's preview has something to show.
        "slug": "natijahoi-faoliyati-vkd-dar-soli-2019",
        "status": Status.DRAFT,
        "rubric": "news",
        "region": None,
        "published_at": (2020, 2, 10, 10, 0),
        "byline": PRESS_CENTRE,
        "scene": "shield",
        "alt": ("Тасвир: нишони милитсия", "", ""),
        "tg": (
            "Натиҷаҳои фаъолияти Вазорати корҳои дохилӣ дар соли 2019",
            "Дар ҷаласаи васеи Ҳайати мушовараи ВКД натиҷаҳои фаъолияти вазорат дар соли 2019 ҷамъбаст гардиданд.",
            [
                "Матни хабар омода карда мешавад: рақамҳои ниҳоии омор пас аз тасдиқи онҳо аз ҷониби Маркази иттилоотии ВКД илова мегарданд.",
            ],
        ),
    },
]

ADDRESS = {
    "slug": "payomi-prezident-ba-majlisi-olii-2018",
    "delivered_on": date(2018, 12, 26),
    "published_at": (2018, 12, 26, 15, 0),
    "alt": (
        "Тасвир: толори Маҷлиси Олӣ бо парчами Тоҷикистон",
        "Иллюстрация: зал Маджлиси Оли с флагом Таджикистана",
        "Illustration: the hall of the Majlisi Oli with the flag of Tajikistan",
    ),
    "speaker": (
        "Эмомалӣ Раҳмон, Президенти Ҷумҳурии Тоҷикистон",
        "Эмомали Рахмон, Президент Республики Таджикистан",
        "Emomali Rahmon, President of the Republic of Tajikistan",
    ),
    "tg": (
        "Паёми Президенти Ҷумҳурии Тоҷикистон ба Маҷлиси Олии Ҷумҳурии Тоҷикистон",
        [
            "Муҳтарам аъзои Маҷлиси миллӣ ва вакилони Маҷлиси намояндагон!",
            "Ҳамватанони азиз!",
            "Соли 2018 барои мардуми шарифи Тоҷикистон ва давлати соҳибистиқлоли тоҷикон бо рӯйдодҳои хеле муҳим ва хотирмон воқеан соли таърихӣ гардид.",
            "Дар Рӯзи ҷаҳонии об, 22 марти соли 2018, бо иштироки Президенти Тоҷикистон дар Маҷмаи умумии Созмони Милали Муттаҳид ташаббуси чоруми ҷаҳонии мо дар соҳаи захираҳои об – Даҳсолаи байналмилалии амал «Об барои рушди устувор» барои солҳои 2018–2028 расман оғоз гардид.",
            "Бо сабаби тағйирёбии иқлим ҳифзи манбаъҳо ва захираҳои оби тозаи ошомиданӣ ба яке аз мушкилоти асосии аҳолии сайёра табдил ёфтааст ва Тоҷикистон дар ин самт ҳамчун ташаббускор ва пешсаф эътироф гардидааст.",
        ],
    ),
    "ru": (
        "Послание Президента Республики Таджикистан Маджлиси Оли Республики Таджикистан",
        [
            "Уважаемые члены Маджлиси милли и депутаты Маджлиси намояндагон!",
            "Дорогие соотечественники!",
            "2018 год стал поистине историческим для благородного народа Таджикистана и независимого государства таджиков благодаря очень важным и памятным событиям.",
            "Во Всемирный день водных ресурсов, 22 марта 2018 года, при участии Президента Таджикистана в Генеральной Ассамблее Организации Объединённых Наций была официально начата наша четвёртая глобальная инициатива в сфере водных ресурсов — Международное десятилетие действий «Вода для устойчивого развития» на 2018–2028 годы.",
            "Из-за изменения климата защита источников и запасов чистой питьевой воды стала одной из главных проблем населения планеты, и Таджикистан признан инициатором и лидером в этой области.",
        ],
    ),
    "en": (
        "Address of the President of the Republic of Tajikistan to the Majlisi Oli of the Republic of Tajikistan",
        [
            "Distinguished Members of the Majlisi Milli and Deputies of the Majlisi Namoyandagon,",
            "Esteemed compatriots,",
            "The year 2018 was indeed a historic year for the noble people of Tajikistan and the independent state of the Tajiks, marked by very important and memorable events.",
            "On World Water Day, 22 March 2018, our fourth global initiative in the field of water resources – the International Decade for Action “Water for Sustainable Development”, 2018–2028 – was officially launched at the United Nations General Assembly with the participation of the President of Tajikistan.",
            "Because of climate change, the protection of sources and reserves of clean drinking water has become one of the main challenges facing the world's population, and Tajikistan is recognised as an initiator and champion in this area.",
        ],
    ),
}


def load():
    rubrics = {rubric.slug: rubric for rubric in Rubric.objects.all()}
    new_rubrics = [
        Rubric.objects.create(slug=slug, order=order, **_translated("name", names))
        for slug, order, names in RUBRICS
        if slug not in rubrics
    ]
    rubrics.update((rubric.slug, rubric) for rubric in new_rubrics)
    regions = {region.slug: region for region in Region.objects.all()}
    existing = set(
        Article.objects.filter(slug__in=[item["slug"] for item in ARTICLES]).values_list("slug", flat=True)
    )
    new_articles = [_add_article(item, rubrics, regions) for item in ARTICLES if item["slug"] not in existing]
    new_addresses = [] if Address.objects.filter(slug=ADDRESS["slug"]).exists() else [_add_address()]
    return f"new rubrics: {len(new_rubrics)}, articles: {len(new_articles)}, addresses: {len(new_addresses)}"


def _add_address():
    return Address.objects.create(
        slug=ADDRESS["slug"],
        status=Status.PUBLISHED,
        published_at=_aware(ADDRESS["published_at"]),
        delivered_on=ADDRESS["delivered_on"],
        # Featured unless the site features another address already: marking one unmarks the others.
        is_current=not Address.objects.filter(is_current=True).exists(),
        photo=_photo("hall", "26.12.2018", ADDRESS["slug"]),
        **_translated("speaker", ADDRESS["speaker"]),
        **_translated("photo_alt", ADDRESS["alt"]),
        **{f"title_{code}": ADDRESS[code][0] for code in LANGUAGES},
        **{f"body_{code}": _paragraphs(ADDRESS[code][1]) for code in LANGUAGES},
    )


def _add_article(item, rubrics, regions):
    names, ranks = item["byline"]
    texts = {code: item[code] for code in LANGUAGES if code in item}
    published_at = _aware(item["published_at"])
    stamp = published_at.strftime("%d.%m.%Y")
    fields = {
        "status": item.get("status", Status.PUBLISHED),
        "published_at": published_at,
        "rubric": rubrics[item["rubric"]],
        "region": regions.get(item["region"]),
        "is_featured": item.get("is_featured", False),
        **_translated("byline_name", names, texts),
        **_translated("byline_rank", ranks, texts),
        **_translated("cover_alt", item["alt"], texts),
        **_translated("cover_credit", PHOTO_CREDIT, texts),
    }
    for code in LANGUAGES:
        title, lead, body = texts.get(code, ("", "", []))
        fields.update({f"title_{code}": title, f"lead_{code}": lead, f"body_{code}": _paragraphs(body)})
    article = Article.objects.create(
        slug=item["slug"], cover=_photo(item["scene"], stamp, item["slug"]), **fields
    )
    for order, (scene, captions) in enumerate(item.get("gallery", []), start=1):
        ArticlePhoto.objects.create(
            article=article,
            order=order,
            image=_photo(scene, stamp, f"{item['slug']}-{order}", size=(1200, 900)),
            **_translated("caption", captions, texts),
        )
    for day, notes in item.get("updates", []):
        ArticleUpdate.objects.create(article=article, date=day, **_translated("note", notes, texts))
    return article


def _translated(field, values, texts=None):
    """``field_<code>`` for each language; empty for a language the item is not written in."""
    return {
        f"{field}_{code}": value if texts is None or code in texts else ""
        for code, value in zip(LANGUAGES, values, strict=True)
    }


def _paragraphs(paragraphs):
    return "".join(f"<p>{paragraph}</p>" for paragraph in paragraphs)


def _aware(parts):
    return timezone.make_aware(datetime(*parts))


# --- Photos, drawn with Pillow --------------------------------------------------------
BLUE = (11, 61, 110)
NAVY = (7, 42, 76)
GREEN = (10, 107, 58)
RED = (204, 0, 0)
WHITE = (255, 255, 255)
GOLD = (248, 196, 0)
FONT_FILES = (
    "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
)


def _font(size):
    for path in FONT_FILES:
        if Path(path).exists():
            return ImageFont.truetype(path, size)
    return ImageFont.load_default(size=size)


def _gradient(size, top, bottom):
    mask = Image.linear_gradient("L").resize(size)
    return Image.composite(Image.new("RGB", size, bottom), Image.new("RGB", size, top), mask)


def _flag(draw, x, y, width):
    """The flag of Tajikistan, simplified: red, white (wider) and green bands, a gold crown."""
    height = width // 2
    draw.rectangle((x, y, x + width, y + height * 2 // 7), fill=RED)
    draw.rectangle((x, y + height * 2 // 7, x + width, y + height * 5 // 7), fill=WHITE)
    draw.rectangle((x, y + height * 5 // 7, x + width, y + height), fill=GREEN)
    centre_x, centre_y = x + width // 2, y + height // 2
    draw.arc(
        (centre_x - width // 14, centre_y - height // 8, centre_x + width // 14, centre_y + height // 10),
        200,
        340,
        fill=GOLD,
        width=max(2, width // 60),
    )


def _people(draw, rng, left, right, baseline, count, scale):
    colours = [(60, 70, 90), (90, 60, 50), (40, 80, 70), (110, 100, 90), (30, 50, 100)]
    step = (right - left) / max(1, count)
    for index in range(count):
        x = int(left + step * (index + 0.5) + rng.uniform(-step / 6, step / 6))
        head = int(scale * rng.uniform(0.9, 1.1))
        draw.rounded_rectangle(
            (x - head * 2, baseline - head * 3, x + head * 2, baseline + head * 2),
            radius=head,
            fill=rng.choice(colours),
        )
        draw.ellipse((x - head, baseline - head * 5, x + head, baseline - head * 3), fill=(222, 184, 150))


def _scene(kind, image, rng):
    draw = ImageDraw.Draw(image)
    width, height = image.size
    if kind == "table":
        draw.rectangle((0, height * 3 // 5, width, height), fill=(196, 170, 140))
        _flag(draw, width // 12, height // 8, width // 5)
        table = (width // 5, height * 11 // 20, width * 4 // 5, height * 17 // 20)
        _people(draw, rng, width // 6, width * 5 // 6, height * 11 // 20, 9, height // 30)
        draw.ellipse(table, fill=(110, 70, 40), outline=(70, 45, 25), width=6)
        for index in range(8):
            x = table[0] + (table[2] - table[0]) * (index + 1) // 9
            draw.rectangle((x - 30, height * 13 // 20, x + 30, height * 13 // 20 + 18), fill=WHITE)
    elif kind == "podium":
        draw.rectangle((0, height * 3 // 4, width, height), fill=(120, 40, 40))
        _flag(draw, width * 3 // 5, height // 8, width // 4)
        draw.polygon(
            [
                (width * 2 // 5, height // 2),
                (width * 3 // 5, height // 2),
                (width * 29 // 50, height * 3 // 4),
                (width * 21 // 50, height * 3 // 4),
            ],
            fill=(90, 55, 30),
        )
        draw.line((width // 2, height // 2, width // 2 + 20, height * 2 // 5), fill=(30, 30, 30), width=6)
        _people(draw, rng, 0, width, height * 19 // 20, 11, height // 22)
    elif kind == "road":
        draw.rectangle((0, height // 2, width, height), fill=(70, 140, 70))
        draw.polygon(
            [
                (width * 9 // 20, height // 2),
                (width * 11 // 20, height // 2),
                (width * 17 // 20, height),
                (width * 3 // 20, height),
            ],
            fill=(80, 80, 85),
        )
        for step in range(6):
            top = height // 2 + (height // 2) * step // 6
            draw.rectangle(
                (width // 2 - 4 - step * 2, top, width // 2 + 4 + step * 2, top + height // 30), fill=WHITE
            )
        for stripe in range(7):
            x = width * 3 // 10 + stripe * width // 17
            draw.polygon(
                [
                    (x, height * 4 // 5),
                    (x + width // 30, height * 4 // 5),
                    (x + width // 26, height * 9 // 10),
                    (x + 4, height * 9 // 10),
                ],
                fill=WHITE,
            )
        draw.rectangle((width // 10, height // 5, width // 10 + 16, height * 4 // 5), fill=(50, 50, 50))
        draw.rounded_rectangle(
            (width // 10 - 50, height // 5, width // 10 + 66, height // 5 + 300), radius=20, fill=(30, 30, 30)
        )
        for index, colour in enumerate((RED, (90, 70, 0), (0, 70, 30))):
            draw.ellipse(
                (
                    width // 10 - 30,
                    height // 5 + 20 + index * 95,
                    width // 10 + 46,
                    height // 5 + 96 + index * 95,
                ),
                fill=colour,
            )
    elif kind == "mountains":
        for index in range(5):
            peak_x = width * (index * 2 + 1) // 10 + rng.randint(-60, 60)
            peak_y = height // 5 + rng.randint(0, height // 5)
            base = height * 4 // 5
            draw.polygon(
                [(peak_x - width // 4, base), (peak_x, peak_y), (peak_x + width // 4, base)],
                fill=(90 + index * 12, 100 + index * 10, 120 + index * 8),
            )
            draw.polygon(
                [
                    (peak_x - width // 20, peak_y + height // 12),
                    (peak_x, peak_y),
                    (peak_x + width // 20, peak_y + height // 12),
                ],
                fill=WHITE,
            )
        draw.rectangle((0, height * 4 // 5, width, height), fill=(235, 238, 242))
        draw.line(
            [
                (0, height * 9 // 10),
                (width // 3, height * 17 // 20),
                (width * 2 // 3, height * 23 // 25),
                (width, height * 21 // 25),
            ],
            fill=(60, 60, 65),
            width=28,
            joint="curve",
        )
    elif kind == "globe":
        centre_x, centre_y, radius = width // 2, height // 2, height * 2 // 5
        box = (centre_x - radius, centre_y - radius, centre_x + radius, centre_y + radius)
        draw.ellipse(box, fill=(30, 100, 170), outline=WHITE, width=6)
        for index in range(1, 4):
            inset = radius * index // 4
            draw.ellipse((box[0] + inset, box[1], box[2] - inset, box[3]), outline=WHITE, width=3)
        for index in range(-3, 4):
            offset = radius * index // 4
            half = int((radius**2 - offset**2) ** 0.5)
            draw.line(
                (centre_x - half, centre_y + offset, centre_x + half, centre_y + offset), fill=WHITE, width=3
            )
    elif kind == "shield":
        centre_x, top = width // 2, height // 8
        shield = [
            (centre_x - height // 3, top),
            (centre_x + height // 3, top),
            (centre_x + height // 3, top + height * 2 // 5),
            (centre_x, top + height * 3 // 4),
            (centre_x - height // 3, top + height * 2 // 5),
        ]
        draw.polygon(shield, fill=BLUE, outline=GOLD, width=10)
        star = [
            (centre_x, top + 90),
            (centre_x + 40, top + 200),
            (centre_x + 150, top + 200),
            (centre_x + 60, top + 270),
            (centre_x + 95, top + 380),
            (centre_x, top + 315),
            (centre_x - 95, top + 380),
            (centre_x - 60, top + 270),
            (centre_x - 150, top + 200),
            (centre_x - 40, top + 200),
        ]
        draw.polygon(star, fill=GOLD)
    elif kind == "building":
        draw.rectangle((0, height * 4 // 5, width, height), fill=(170, 170, 160))
        left, right, top = width // 5, width * 4 // 5, height * 2 // 5
        draw.polygon([(left - 30, top), (width // 2, height // 5), (right + 30, top)], fill=(230, 225, 210))
        draw.rectangle((left, top, right, height * 4 // 5), fill=(240, 236, 224))
        for index in range(8):
            x = left + 40 + index * (right - left - 80) // 7
            draw.rectangle((x - 18, top + 20, x + 18, height * 4 // 5 - 20), fill=(214, 208, 190))
        for step in range(3):
            draw.rectangle(
                (
                    left - 40 - step * 20,
                    height * 4 // 5 + step * 20,
                    right + 40 + step * 20,
                    height * 4 // 5 + step * 20 + 20,
                ),
                fill=(200, 198, 190),
            )
        draw.line((width // 2, height // 5, width // 2, height // 12), fill=(60, 60, 60), width=6)
        _flag(draw, width // 2, height // 12, width // 10)
    elif kind in {"phone", "camera"}:
        phone = (width // 2 - height // 5, height // 10, width // 2 + height // 5, height * 9 // 10)
        draw.rounded_rectangle(phone, radius=40, fill=(25, 25, 30))
        screen = (phone[0] + 20, phone[1] + 60, phone[2] - 20, phone[3] - 60)
        draw.rectangle(screen, fill=(235, 240, 248) if kind == "phone" else (120, 160, 200))
        if kind == "phone":
            text = "102"
            font = _font(height // 6)
            box = draw.textbbox((0, 0), text, font=font)
            draw.text(((screen[0] + screen[2] - box[2]) // 2, height // 3), text, font=font, fill=BLUE)
            for index in range(3):
                draw.arc(
                    (
                        phone[2] + 20 + index * 40,
                        height // 3 - index * 40,
                        phone[2] + 120 + index * 80,
                        height * 2 // 3 + index * 40,
                    ),
                    -50,
                    50,
                    fill=WHITE,
                    width=10,
                )
        else:
            car_y = (screen[1] + screen[3]) // 2
            draw.rounded_rectangle((screen[0] + 30, car_y, screen[2] - 30, car_y + 90), radius=20, fill=RED)
            draw.ellipse((screen[0] + 60, car_y + 60, screen[0] + 120, car_y + 120), fill=(20, 20, 20))
            draw.ellipse((screen[2] - 120, car_y + 60, screen[2] - 60, car_y + 120), fill=(20, 20, 20))
            draw.ellipse((screen[0] + 20, screen[1] + 20, screen[0] + 60, screen[1] + 60), fill=RED)
    elif kind == "classroom":
        draw.rectangle(
            (width // 6, height // 8, width * 5 // 6, height // 2),
            fill=(30, 70, 50),
            outline=(120, 80, 40),
            width=14,
        )
        for row in range(2):
            y = height * 7 // 10 + row * height // 8
            _people(draw, rng, width // 10, width * 9 // 10, y, 6, height // 36)
            draw.rectangle((width // 10, y, width * 9 // 10, y + 24), fill=(150, 110, 70))
    elif kind == "city":
        x = 0
        while x < width:
            block = rng.randint(width // 16, width // 8)
            top = rng.randint(height // 5, height // 2)
            draw.rectangle(
                (x, top, x + block - 8, height * 4 // 5),
                fill=(50 + rng.randint(0, 40), 70 + rng.randint(0, 40), 100),
            )
            for wy in range(top + 20, height * 4 // 5 - 20, 40):
                for wx in range(x + 12, x + block - 24, 30):
                    draw.rectangle((wx, wy, wx + 14, wy + 20), fill=(250, 220, 120))
            x += block
        draw.rectangle((0, height * 4 // 5, width, height), fill=(90, 90, 95))
        _people(draw, rng, width // 12, width * 11 // 12, height * 19 // 20, 8, height // 26)
    elif kind == "hall":
        draw.rectangle((0, height * 3 // 4, width, height), fill=(120, 40, 40))
        for index in range(6):
            x = width // 12 + index * width // 6
            draw.rectangle((x, height // 10, x + 40, height * 3 // 4), fill=(236, 228, 205))
        _flag(draw, width * 3 // 8, height // 6, width // 4)
        _people(draw, rng, 0, width, height * 19 // 20, 12, height // 24)


def _photo(scene, caption, seed, size=(1600, 900)):
    """A simple, decent illustration for demo content: a gradient, a scene, a caption band."""
    rng = random.Random(seed)  # noqa: S311 (pictures, not secrets)
    top, bottom = rng.choice(
        [
            ((150, 190, 230), (230, 240, 250)),
            ((120, 170, 220), (250, 235, 210)),
            ((90, 130, 180), (210, 225, 240)),
        ]
    )
    image = _gradient(size, top, bottom)
    _scene(scene, image, rng)
    draw = ImageDraw.Draw(image)
    band = size[1] // 12
    draw.rectangle((0, size[1] - band, size[0], size[1]), fill=NAVY)
    draw.text((band // 2, size[1] - band * 4 // 5), f"mia.tj · {caption}", font=_font(band // 2), fill=WHITE)
    output = io.BytesIO()
    image.save(output, "JPEG", quality=88)
    return ContentFile(output.getvalue(), name=f"{seed}.jpg")
