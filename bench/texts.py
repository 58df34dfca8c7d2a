# ruff: noqa: E501  (whole sentences in three languages: breaking them would hurt reading them)
"""What the generated archive says: places, topics and sentences in Tajik, Russian and English.

Every entry is a triple (tg, ru, en) of the same meaning, so an item generated in several
languages says the same thing in each, and search finds real word forms in each language.
Incident reports reuse the slot-filling writers of ``demo.report_writers``.
"""

# Where news happens: (tg, ru, en, region slug or None for the whole country).
PLACES = [
    ("дар шаҳри Душанбе", "в Душанбе", "in Dushanbe", "dushanbe"),
    ("дар вилояти Суғд", "в Согдийской области", "in the Sughd region", "sughd"),
    ("дар шаҳри Хуҷанд", "в Худжанде", "in Khujand", "sughd"),
    ("дар шаҳри Истаравшан", "в Истаравшане", "in Istaravshan", "sughd"),
    ("дар шаҳри Исфара", "в Исфаре", "in Isfara", "sughd"),
    ("дар вилояти Хатлон", "в Хатлонской области", "in the Khatlon region", "khatlon"),
    ("дар шаҳри Бохтар", "в Бохтаре", "in Bokhtar", "khatlon"),
    ("дар шаҳри Кӯлоб", "в Кулябе", "in Kulob", "khatlon"),
    (
        "дар Вилояти Мухтори Кӯҳистони Бадахшон",
        "в Горно-Бадахшанской автономной области",
        "in the Gorno-Badakhshan Autonomous Region",
        "gbao",
    ),
    ("дар шаҳри Хоруғ", "в Хороге", "in Khorog", "gbao"),
    ("дар шаҳри Ҳисор", "в Гиссаре", "in Hisor", "drs"),
    ("дар шаҳри Ваҳдат", "в Вахдате", "in Vahdat", "drs"),
    ("дар ноҳияи Рашт", "в Раштском районе", "in the Rasht district", "drs"),
    ("дар Академияи ВКД", "в Академии МВД", "at the MIA Academy", "dushanbe"),
    (
        "дар Вазорати корҳои дохилӣ",
        "в Министерстве внутренних дел",
        "at the Ministry of Internal Affairs",
        None,
    ),
]

# News topics by rubric slug (the demo's, in ``demo/data/news.json``). A title may use {place} and {n}.
TOPICS = {
    "news": [
        {
            "title": (
                "{place} ҷаласаи ҳайати мушовара баргузор гардид",
                "{place} состоялось заседание коллегии",
                "Board meeting held {place}",
            ),
            "lead": (
                "Дар ҷаласа натиҷаҳои фаъолияти мақомоти корҳои дохилӣ дар нимсолаи аввал ҷамъбаст карда шуданд.",
                "На заседании подведены итоги деятельности органов внутренних дел за первое полугодие.",
                "The meeting reviewed the results of the internal affairs bodies' work in the first half of the year.",
            ),
            "sentences": [
                (
                    "Дар кори ҷаласа роҳбарони раёсату шӯъбаҳои Вазорати корҳои дохилӣ ширкат варзиданд.",
                    "В работе заседания приняли участие руководители управлений и отделов Министерства внутренних дел.",
                    "Heads of the ministry's directorates and departments took part in the meeting.",
                ),
                (
                    "Қайд гардид, ки шумораи ҷиноятҳои вазнин нисбат ба ҳамин давраи соли гузашта коҳиш ёфтааст.",
                    "Отмечено, что число тяжких преступлений по сравнению с тем же периодом прошлого года снизилось.",
                    "It was noted that the number of serious crimes had fallen compared with the same period last year.",
                ),
                (
                    "Ба роҳбарони воҳидҳои сохторӣ супориш дода шуд, ки кор бо муроҷиатҳои шаҳрвандонро беҳтар созанд.",
                    "Руководителям структурных подразделений поручено улучшить работу с обращениями граждан.",
                    "Heads of units were instructed to improve how they handle citizens' applications.",
                ),
            ],
        },
        {
            "title": (
                "{place} ба кормандони милитсия унвонҳои махсус супорида шуданд",
                "{place} сотрудникам милиции присвоены специальные звания",
                "Police officers receive special ranks {place}",
            ),
            "lead": (
                "Ба муносибати Рӯзи милитсия гурӯҳе аз кормандон бо унвонҳои навбатии махсус ва мукофотҳои идоравӣ қадрдонӣ карда шуданд.",
                "В честь Дня милиции группе сотрудников присвоены очередные специальные звания и вручены ведомственные награды.",
                "To mark Police Day, a group of officers received their next special ranks and departmental awards.",
            ),
            "sentences": [
                (
                    "Дар маросим ба хизмати софдилонаи кормандон ба Ватан ва мардум баҳои баланд дода шуд.",
                    "На церемонии высоко оценена добросовестная служба сотрудников Родине и народу.",
                    "The ceremony paid tribute to the officers' faithful service to the country and its people.",
                ),
                (
                    "Ҳангоми табрик роҳбарият кормандонро ба риояи қатъии қонун ва эҳтироми ҳуқуқҳои шаҳрвандон даъват намуд.",
                    "Поздравляя сотрудников, руководство призвало их строго соблюдать закон и уважать права граждан.",
                    "Congratulating the officers, the leadership called on them to uphold the law strictly and respect citizens' rights.",
                ),
                (
                    "Ба фарзандони кормандони ҳалокгардида тӯҳфаҳо супорида шуданд.",
                    "Детям погибших сотрудников вручены подарки.",
                    "Gifts were presented to the children of fallen officers.",
                ),
            ],
        },
        {
            "title": (
                "{place} ёди кормандони ҳалокгардидаи милитсия гиромӣ дошта шуд",
                "{place} почтили память погибших сотрудников милиции",
                "Fallen police officers remembered {place}",
            ),
            "lead": (
                "Кормандони милитсия, собиқадорон ва аҳли оилаи ҳалокшудагон ба пои лавҳаи ёдбуд гулчанбар гузоштанд.",
                "Сотрудники милиции, ветераны и родственники погибших возложили венки к мемориальной доске.",
                "Police officers, veterans and the families of the fallen laid wreaths at the memorial plaque.",
            ),
            "sentences": [
                (
                    "Ҳозирин бо як дақиқа сукут хотираи қаҳрамононро ёд карданд.",
                    "Присутствующие почтили память героев минутой молчания.",
                    "Those present honoured the heroes with a minute of silence.",
                ),
                (
                    "Собиқадорони мақомоти корҳои дохилӣ аз хизмати ҳамкасбони худ дар солҳои душвор ҳикоя карданд.",
                    "Ветераны органов внутренних дел рассказали о службе своих товарищей в трудные годы.",
                    "Veterans of the internal affairs bodies spoke about their comrades' service in difficult years.",
                ),
            ],
        },
        {
            "title": (
                "{place} вохӯрии кормандони милитсия бо ҷавонон доир гардид",
                "{place} прошла встреча сотрудников милиции с молодёжью",
                "Police officers meet young people {place}",
            ),
            "lead": (
                "Дар вохӯрӣ масъалаҳои пешгирии ҳуқуқвайронкунӣ байни ноболиғон ва ҷавонон баррасӣ шуданд.",
                "На встрече обсуждены вопросы профилактики правонарушений среди несовершеннолетних и молодёжи.",
                "The meeting discussed preventing offences among minors and young people.",
            ),
            "sentences": [
                (
                    "Кормандони милитсия ба ҷавонон дар бораи масъулияти ҷиноятӣ барои авбошӣ ва рафтори хилофи қонун маълумот доданд.",
                    "Сотрудники милиции рассказали молодым людям об уголовной ответственности за хулиганство и противоправное поведение.",
                    "Police officers told the young people about criminal liability for hooliganism and unlawful behaviour.",
                ),
                (
                    "Ҷавонон ба саволҳои худ оид ба хизмат дар мақомоти корҳои дохилӣ ҷавоб гирифтанд.",
                    "Молодые люди получили ответы на свои вопросы о службе в органах внутренних дел.",
                    "The young people had their questions about serving in the police answered.",
                ),
                (
                    "Дар охир ба ғолибони озмуни варзишӣ ифтихорномаҳо супорида шуданд.",
                    "В завершение победителям спортивного конкурса вручены грамоты.",
                    "At the end, the winners of a sports contest received certificates.",
                ),
            ],
        },
    ],
    "police-reform": [
        {
            "title": (
                "{place} мизи мудаввар оид ба ислоҳоти милитсия баргузор гардид",
                "{place} прошёл круглый стол по реформе милиции",
                "Round table on police reform held {place}",
            ),
            "lead": (
                "Иштирокчиён роҳҳои таҳкими эътимоди аҳолӣ ба милитсия ва шаффофияти фаъолияти онро муҳокима карданд.",
                "Участники обсудили, как укрепить доверие населения к милиции и сделать её работу прозрачнее.",
                "Participants discussed ways to strengthen public trust in the police and make its work more transparent.",
            ),
            "sentences": [
                (
                    "Дар мизи мудаввар намояндагони ҷомеаи шаҳрвандӣ, созмонҳои байналмилалӣ ва васоити ахбори омма иштирок доштанд.",
                    "В круглом столе участвовали представители гражданского общества, международных организаций и средств массовой информации.",
                    "Representatives of civil society, international organisations and the media took part in the round table.",
                ),
                (
                    "Таъкид гардид, ки ислоҳоти милитсия ба хизматрасонии босифат ба аҳолӣ нигаронида шудааст.",
                    "Подчёркнуто, что реформа милиции направлена на качественное обслуживание населения.",
                    "Speakers stressed that police reform aims at better service to the public.",
                ),
                (
                    "Дар охир тавсияҳо оид ба беҳтар намудани ҳамкории милитсия бо ҷомеа қабул карда шуданд.",
                    "В завершение приняты рекомендации по улучшению взаимодействия милиции с обществом.",
                    "Recommendations on improving cooperation between the police and the public were adopted at the end.",
                ),
            ],
        },
        {
            "title": (
                "{place} шӯрои ҷамъиятии ҳамкорӣ бо милитсия таъсис ёфт",
                "{place} создан общественный совет по взаимодействию с милицией",
                "Public council for cooperation with the police set up {place}",
            ),
            "lead": (
                "Ба ҳайати шӯро намояндагони мақомоти худидоракунии шаҳрак ва деҳот, муаллимон ва собиқадорон шомил шуданд.",
                "В состав совета вошли представители органов самоуправления посёлков и сёл, учителя и ветераны.",
                "The council brings together representatives of local self-government, teachers and veterans.",
            ),
            "sentences": [
                (
                    "Вазифаи асосии шӯро кумак ба пешгирии ҷинояткорӣ ва ҳалли мушкилоти маҳаллӣ мебошад.",
                    "Главная задача совета — помогать в профилактике преступности и решении местных проблем.",
                    "The council's main task is to help prevent crime and solve local problems.",
                ),
                (
                    "Аъзои шӯро ҳар семоҳа бо роҳбарони шӯъбаи милитсия вохӯрӣ мегузаронанд.",
                    "Члены совета ежеквартально встречаются с руководством отдела милиции.",
                    "Council members will meet the heads of the police department every quarter.",
                ),
            ],
        },
        {
            "title": (
                "{place} нозирони минтақавӣ бо сокинон вохӯрданд",
                "{place} участковые инспекторы встретились с жителями",
                "District inspectors meet residents {place}",
            ),
            "lead": (
                "Сокинон дар бораи мушкилоти маҳаллаи худ ба нозирони минтақавии милитсия бевосита хабар доданд.",
                "Жители напрямую рассказали участковым инспекторам милиции о проблемах своего квартала.",
                "Residents told the local police inspectors directly about the problems of their neighbourhood.",
            ),
            "sentences": [
                (
                    "Нозирони минтақавӣ рақамҳои телефони худро ба сокинон доданд ва соатҳои қабулро эълон карданд.",
                    "Участковые оставили жителям номера своих телефонов и сообщили часы приёма.",
                    "The inspectors gave residents their phone numbers and announced their reception hours.",
                ),
                (
                    "Бештари муроҷиатҳо ба бехатарии ҳаракат дар роҳ ва равшании кӯчаҳо дахл доштанд.",
                    "Большинство обращений касалось безопасности дорожного движения и освещения улиц.",
                    "Most requests concerned road safety and street lighting.",
                ),
            ],
        },
        {
            "title": (
                "{place} нуқтаи нави хизматрасонии милитсия ба истифода дода шуд",
                "{place} открыт новый опорный пункт милиции",
                "New police service point opens {place}",
            ),
            "lead": (
                "Дар нуқтаи нав шаҳрвандон метавонанд ба нозири минтақавӣ муроҷиат кунанд ва аризаҳои худро пешниҳод намоянд.",
                "В новом пункте граждане могут обратиться к участковому инспектору и подать заявления.",
                "At the new point, residents can see their district inspector and file applications.",
            ),
            "sentences": [
                (
                    "Бино бо таҷҳизоти муосири алоқа ва компютерҳо муҷаҳҳаз гардидааст.",
                    "Здание оснащено современными средствами связи и компьютерами.",
                    "The building is equipped with modern communications equipment and computers.",
                ),
                (
                    "Нуқта ҳамарӯза аз соати 8:00 то 17:00 фаъолият мекунад.",
                    "Пункт работает ежедневно с 8:00 до 17:00.",
                    "The point is open daily from 8:00 to 17:00.",
                ),
            ],
        },
    ],
    "international-cooperation": [
        {
            "title": (
                "{place} семинари омӯзишӣ бо дастгирии САҲА баргузор шуд",
                "{place} прошёл учебный семинар при поддержке ОБСЕ",
                "OSCE-supported training seminar held {place}",
            ),
            "lead": (
                "Кормандони милитсия таҷрибаи байналмилалиро дар самти ҳифзи ҳуқуқи инсон ҳангоми боздошт омӯхтанд.",
                "Сотрудники милиции изучили международный опыт защиты прав человека при задержании.",
                "Police officers studied international practice in protecting human rights during arrests.",
            ),
            "sentences": [
                (
                    "Семинарро коршиносони Дафтари барномавии САҲА дар Душанбе гузарониданд.",
                    "Семинар провели эксперты Программного офиса ОБСЕ в Душанбе.",
                    "The seminar was run by experts from the OSCE Programme Office in Dushanbe.",
                ),
                (
                    "Ба иштирокчиён дар охири семинар шаҳодатномаҳо супорида шуданд.",
                    "По окончании семинара участникам вручены сертификаты.",
                    "Participants received certificates at the end of the seminar.",
                ),
            ],
        },
        {
            "title": (
                "{place} ба кормандони милитсия таҷҳизоти нав супорида шуд",
                "{place} сотрудникам милиции передано новое оборудование",
                "New equipment handed over to police officers {place}",
            ),
            "lead": (
                "Таҷҳизот дар доираи барномаи ҳамкорӣ бо шарикони байналмилалӣ харидорӣ шудааст.",
                "Оборудование приобретено в рамках программы сотрудничества с международными партнёрами.",
                "The equipment was bought under a cooperation programme with international partners.",
            ),
            "sentences": [
                (
                    "Ба ҳайати таҷҳизот компютерҳо, воситаҳои алоқа ва камераҳои назоратӣ дохил мешаванд.",
                    "В комплект вошли компьютеры, средства связи и камеры наблюдения.",
                    "It includes computers, radios and surveillance cameras.",
                ),
                (
                    "Ҷонибҳо омодагии худро ба идомаи ҳамкорӣ изҳор доштанд.",
                    "Стороны выразили готовность продолжить сотрудничество.",
                    "Both sides said they were ready to continue working together.",
                ),
            ],
        },
        {
            "title": (
                "{place} мулоқот бо ҳайати созмони байналмилалӣ баргузор гардид",
                "{place} состоялась встреча с делегацией международной организации",
                "Meeting with an international delegation held {place}",
            ),
            "lead": (
                "Ҷонибҳо масъалаҳои мубориза бо ҷинояткории муташаккили фаромиллӣ ва савдои одамонро баррасӣ намуданд.",
                "Стороны обсудили борьбу с транснациональной организованной преступностью и торговлей людьми.",
                "The two sides discussed fighting transnational organised crime and human trafficking.",
            ),
            "sentences": [
                (
                    "Дар мулоқот аҳамияти мубодилаи иттилоот байни мақомоти ҳифзи ҳуқуқ таъкид гардид.",
                    "На встрече подчёркнута важность обмена информацией между правоохранительными органами.",
                    "The meeting underlined the importance of sharing information between law enforcement agencies.",
                ),
                (
                    "Ҷонибҳо оид ба гузаронидани курсҳои муштараки омӯзишӣ ба мувофиқа расиданд.",
                    "Стороны договорились о проведении совместных учебных курсов.",
                    "The parties agreed to hold joint training courses.",
                ),
            ],
        },
    ],
    "road-safety": [
        {
            "title": (
                "{place} амалиёти «Диққат, кӯдакон!» оғоз ёфт",
                "{place} стартовала акция «Внимание, дети!»",
                "“Attention, children!” campaign starts {place}",
            ),
            "lead": (
                "Нозирони Бозрасии давлатии автомобилӣ дар назди мактабҳо навбатдорӣ намуда, ба хонандагон қоидаҳои ҳаракат дар роҳро мефаҳмонанд.",
                "Инспекторы Государственной автоинспекции дежурят у школ и разъясняют ученикам правила дорожного движения.",
                "Traffic police officers are on duty outside schools, explaining the rules of the road to pupils.",
            ),
            "sentences": [
                (
                    "Амалиёт то охири моҳ идома меёбад.",
                    "Акция продлится до конца месяца.",
                    "The campaign runs until the end of the month.",
                ),
                (
                    "Ба ронандагон тавсия дода мешавад, ки дар наздикии муассисаҳои таълимӣ суръатро кам кунанд.",
                    "Водителям рекомендуется снижать скорость вблизи учебных заведений.",
                    "Drivers are urged to slow down near schools.",
                ),
                (
                    "Волидайн даъват карда мешаванд, ки бо фарзандони худ оид ба бехатарӣ дар роҳ суҳбат намоянд.",
                    "Родителей призывают поговорить с детьми о безопасности на дороге.",
                    "Parents are encouraged to talk to their children about road safety.",
                ),
            ],
        },
        {
            "title": (
                "{place} рейди профилактикии «Ронанда ва роҳ» гузаронида шуд",
                "{place} прошёл профилактический рейд «Водитель и дорога»",
                "“Driver and road” safety raid held {place}",
            ),
            "lead": (
                "Дар давоми рейд нозирони БДА ҳолати техникии воситаҳои нақлиёт ва ҳуҷҷатҳои ронандагонро санҷиданд.",
                "В ходе рейда инспекторы ГАИ проверили техническое состояние транспортных средств и документы водителей.",
                "During the raid, traffic police checked vehicles' technical condition and drivers' documents.",
            ),
            "sentences": [
                (
                    "Зиёда аз {n} ҳолати вайрон кардани қоидаҳои ҳаракат дар роҳ ошкор карда шуд.",
                    "Выявлено более {n} нарушений правил дорожного движения.",
                    "More than {n} traffic violations were found.",
                ),
                (
                    "Якчанд ронанда дар ҳолати мастӣ аз идораи мошин дур карда шуданд.",
                    "Несколько водителей в состоянии опьянения отстранены от управления автомобилем.",
                    "Several drunk drivers were taken off the road.",
                ),
            ],
        },
        {
            "title": (
                "{place} ба хонандагон қоидаҳои ҳаракат дар роҳ омӯзонида шуданд",
                "{place} школьникам рассказали о правилах дорожного движения",
                "Schoolchildren learn the rules of the road {place}",
            ),
            "lead": (
                "Нозирони БДА дар мактабҳо дарсҳои кушод гузаронида, кӯдаконро бо аломатҳои роҳ шинос карданд.",
                "Инспекторы ГАИ провели в школах открытые уроки и познакомили детей с дорожными знаками.",
                "Traffic police gave open lessons in schools and introduced children to road signs.",
            ),
            "sentences": [
                (
                    "Ба хонандагони синфҳои ибтидоӣ нишонҳои нурбозгардон тақдим гардиданд.",
                    "Ученикам начальных классов вручены светоотражающие значки.",
                    "Primary school pupils received reflective badges.",
                ),
                (
                    "Дар охири дарс кӯдакон дар озмуни расм оид ба бехатарии роҳ ширкат варзиданд.",
                    "В конце урока дети приняли участие в конкурсе рисунков о безопасности на дороге.",
                    "At the end of the lesson, the children took part in a road safety drawing contest.",
                ),
            ],
        },
    ],
    "drug-control": [
        {
            "title": (
                "{place} {n} килограмм маводи мухаддир мусодира шуд",
                "{place} изъято {n} кг наркотиков",
                "{n} kg of drugs seized {place}",
            ),
            "lead": (
                "Маводи мухаддир дар натиҷаи чорабиниҳои оперативӣ-ҷустуҷӯӣ аз муомилоти ғайриқонунӣ гирифта шуд.",
                "Наркотики изъяты из незаконного оборота в результате оперативно-розыскных мероприятий.",
                "The drugs were taken out of illegal circulation as a result of operational and search activities.",
            ),
            "sentences": [
                (
                    "Гумонбарон боздошт шуда, нисбати онҳо парвандаи ҷиноятӣ оғоз гардид.",
                    "Подозреваемые задержаны, в отношении них возбуждено уголовное дело.",
                    "The suspects were detained and a criminal case has been opened against them.",
                ),
                (
                    "Ташхиси кимиёвӣ тасдиқ намуд, ки моддаи мусодирашуда чарс мебошад.",
                    "Химическая экспертиза подтвердила, что изъятое вещество является гашишем.",
                    "A chemical analysis confirmed that the seized substance is hashish.",
                ),
            ],
        },
        {
            "title": (
                "{place} гурӯҳи муташаккили қочоқбарони маводи мухаддир безарар гардонида шуд",
                "{place} обезврежена организованная группа наркоторговцев",
                "Organised drug trafficking group broken up {place}",
            ),
            "lead": (
                "Аъзои гурӯҳ маводи мухаддирро аз хориҷи кишвар ворид намуда, дар шаҳрҳои ҷумҳурӣ ба фурӯш мерасониданд.",
                "Члены группы ввозили наркотики из-за рубежа и сбывали их в городах республики.",
                "The group smuggled drugs into the country and sold them in its cities.",
            ),
            "sentences": [
                (
                    "Ҳангоми кофтуков аз манзили гумонбарон маводи мухаддир, тарозуҳои электронӣ ва пули нақд ёфт шуданд.",
                    "При обыске в жилищах подозреваемых обнаружены наркотики, электронные весы и наличные деньги.",
                    "Searches of the suspects' homes found drugs, electronic scales and cash.",
                ),
                (
                    "Тафтишот идома дорад, дигар ҳамдастони гурӯҳ муайян карда мешаванд.",
                    "Следствие продолжается, устанавливаются другие соучастники группы.",
                    "The investigation continues, and other accomplices are being identified.",
                ),
            ],
        },
        {
            "title": (
                "{place} маводи мухаддири мусодирашуда сӯзонида шуд",
                "{place} уничтожены конфискованные наркотики",
                "Confiscated drugs burned {place}",
            ),
            "lead": (
                "Ба муносибати Рӯзи байналмилалии мубориза бо нашъамандӣ беш аз {n} килограмм маводи мухаддир нобуд карда шуд.",
                "К Международному дню борьбы с наркоманией уничтожено более {n} кг наркотиков.",
                "More than {n} kg of drugs were destroyed to mark the International Day against Drug Abuse.",
            ),
            "sentences": [
                (
                    "Маводи мухаддир бо қарори суд нобуд карда шуд.",
                    "Наркотики уничтожены по решению суда.",
                    "The drugs were destroyed by court order.",
                ),
                (
                    "Дар маросим намояндагони Агентии назорати маводи мухаддир ва прокуратура ширкат варзиданд.",
                    "В церемонии участвовали представители Агентства по контролю за наркотиками и прокуратуры.",
                    "Representatives of the Drug Control Agency and the prosecutor's office attended the ceremony.",
                ),
            ],
        },
        {
            "title": (
                "{place} бо хонандагон оид ба зарари маводи мухаддир суҳбат гузаронида шуд",
                "{place} со школьниками провели беседу о вреде наркотиков",
                "Pupils hear about the harm of drugs {place}",
            ),
            "lead": (
                "Кормандони милитсия ва табибон ба наврасон оқибатҳои истифодаи маводи мухаддирро фаҳмониданд.",
                "Сотрудники милиции и врачи рассказали подросткам о последствиях употребления наркотиков.",
                "Police officers and doctors explained to teenagers what drug use leads to.",
            ),
            "sentences": [
                (
                    "Ба наврасон филми ҳуҷҷатӣ дар бораи сарнавишти ҷавононе, ки ба маводи мухаддир гирифтор шудаанд, нишон дода шуд.",
                    "Подросткам показали документальный фильм о судьбах молодых людей, ставших зависимыми от наркотиков.",
                    "The teenagers watched a documentary about young people who became addicted to drugs.",
                ),
            ],
        },
    ],
}

# Sentences that fit any news item; {n} is a number.
GENERAL_SENTENCES = [
    (
        "Вазорати корҳои дохилӣ аз шаҳрвандон хоҳиш менамояд, ки дар бораи ҳар гуна ҳуқуқвайронкунӣ ба рақами 102 хабар диҳанд.",
        "МВД просит граждан сообщать о любых правонарушениях по номеру 102.",
        "The ministry asks citizens to report any offence by calling 102.",
    ),
    (
        "Чорабинӣ дар доираи Барномаи ислоҳоти милитсия гузаронида шуд.",
        "Мероприятие проведено в рамках Программы реформы милиции.",
        "The event was part of the police reform programme.",
    ),
    (
        "Дар чорабинӣ намояндагони ҳукумати маҳаллӣ ва ҷомеаи шаҳрвандӣ низ иштирок доштанд.",
        "В мероприятии также участвовали представители местной власти и гражданского общества.",
        "Representatives of the local authorities and civil society also took part.",
    ),
    (
        "Роҳбарияти Вазорати корҳои дохилӣ ба ташкилкунандагон барои кори анҷомдода миннатдорӣ баён кард.",
        "Руководство МВД поблагодарило организаторов за проделанную работу.",
        "The ministry's leadership thanked the organisers for their work.",
    ),
    (
        "Хизмати «Телефони боварӣ»-и Вазир шабонарӯзӣ муроҷиатҳои шаҳрвандонро қабул мекунад.",
        "«Телефон доверия» министра круглосуточно принимает обращения граждан.",
        "The Minister's helpline takes citizens' calls around the clock.",
    ),
    (
        "Ин гуна чорабиниҳо мунтазам дар ҳамаи шаҳру ноҳияҳои ҷумҳурӣ гузаронида мешаванд.",
        "Подобные мероприятия регулярно проводятся во всех городах и районах республики.",
        "Such events are held regularly in every city and district of the country.",
    ),
    (
        "Иштирокчиён таъкид карданд, ки амнияти ҷомеа бе ҳамкории аҳолӣ ва милитсия таъмин шуда наметавонад.",
        "Участники подчеркнули, что безопасность общества невозможна без сотрудничества населения и милиции.",
        "Participants stressed that public safety cannot be ensured without cooperation between residents and the police.",
    ),
    (
        "Дар давоми сол дар ин самт зиёда аз {n} чорабинӣ баргузор гардид.",
        "За год в этом направлении проведено более {n} мероприятий.",
        "More than {n} such events were held during the year.",
    ),
    (
        "Дар охир шахсони масъул ба саволҳои рӯзноманигорон ҷавоб доданд.",
        "В завершение ответственные лица ответили на вопросы журналистов.",
        "Officials then answered journalists' questions.",
    ),
    (
        "Маълумоти муфассал дар бораи фаъолияти милитсия дар сомонаи расмии Вазорат нашр мегардад.",
        "Подробная информация о работе милиции публикуется на официальном сайте министерства.",
        "Detailed information about the police's work is published on the ministry's official website.",
    ),
]

# Bylines as the ministry signs them: name, then rank (empty for the press centre).
AUTHORS = [
    ("Сироҷиддин Шакурӣ", "Сироджиддин Шакури", "Sirojiddin Shakuri"),
    ("Акбар Шариф", "Акбар Шариф", "Akbar Sharif"),
    ("Меҳрангез Раҳимова", "Мехрангез Рахимова", "Mehrangez Rahimova"),
    ("Фарҳод Назаров", "Фарход Назаров", "Farhod Nazarov"),
    ("Дилноза Каримова", "Дилноза Каримова", "Dilnoza Karimova"),
    ("Шоҳрух Саидов", "Шохрух Саидов", "Shohrukh Saidov"),
]
RANKS = [
    ("капитани милитсия", "капитан милиции", "militia captain"),
    ("майори милитсия", "майор милиции", "militia major"),
    ("лейтенанти калони милитсия", "старший лейтенант милиции", "senior lieutenant of the militia"),
    ("подполковники милитсия", "подполковник милиции", "lieutenant colonel of the militia"),
]
PRESS_CENTRE = ("Маркази матбуоти ВКД", "Пресс-центр МВД", "MIA Press Centre")

# What the generated photos show (one per photo file), for their descriptions.
PHOTO_ALTS = [
    (
        "Иштирокчиёни чорабинӣ дар толори ҷаласа",
        "Участники мероприятия в зале заседаний",
        "Participants in the meeting hall",
    ),
    ("Кормандони милитсия дар саф", "Сотрудники милиции в строю", "Police officers standing in formation"),
    ("Нозири БДА дар чорраҳа", "Инспектор ГАИ на перекрёстке", "A traffic police officer at a crossroads"),
    ("Маводи мухаддири мусодирашуда", "Изъятые наркотики", "Seized drugs"),
    ("Вохӯрӣ бо сокинони маҳалла", "Встреча с жителями квартала", "A meeting with local residents"),
    (
        "Бинои Вазорати корҳои дохилӣ",
        "Здание Министерства внутренних дел",
        "The Ministry of Internal Affairs building",
    ),
]
UPDATE_NOTES = [
    (
        "Шумораи иштирокчиён дақиқ карда шуд.",
        "Уточнено число участников.",
        "The number of participants was corrected.",
    ),
    (
        "Вазифаи яке аз баромадкунандагон ислоҳ карда шуд.",
        "Исправлена должность одного из выступавших.",
        "The post of one of the speakers was corrected.",
    ),
]
WITHDRAWAL_NOTE = (
    "Хабар бинобар нодуруст будани маълумот бозпас гирифта шуд.",
    "Новость отозвана, так как содержала неточные сведения.",
    "This news item was withdrawn because it contained inaccurate information.",
)

# --- Announcements, tenders and vacancies ------------------------------------------------------
MINISTRY = (
    "Вазорати корҳои дохилии Ҷумҳурии Тоҷикистон",
    "Министерство внутренних дел Республики Таджикистан",
    "Ministry of Internal Affairs of the Republic of Tajikistan",
)

EVENTS = [
    {
        "title": (
            "Қабули шаҳрвандон аз ҷониби роҳбарияти Вазорати корҳои дохилӣ {place}",
            "Приём граждан руководством МВД {place}",
            "Reception of citizens by the ministry's leadership {place}",
        ),
        "sentences": [
            (
                "Роҳбарияти Вазорати корҳои дохилӣ {date} шаҳрвандонро оид ба масъалаҳои шахсӣ қабул мекунад.",
                "Руководство МВД {date} проведёт приём граждан по личным вопросам.",
                "The ministry's leadership will receive citizens on personal matters on {date}.",
            ),
            (
                "Барои сабти ном ба шӯъбаи кор бо муроҷиатҳои шаҳрвандон занг занед.",
                "Для записи звоните в отдел по работе с обращениями граждан.",
                "To book an appointment, call the department for citizens' applications.",
            ),
            (
                "Ҳангоми омадан шиноснома ё дигар ҳуҷҷати тасдиқкунандаи шахсиятро ҳамроҳ дошта бошед.",
                "При себе необходимо иметь паспорт или иной документ, удостоверяющий личность.",
                "Please bring your passport or another identity document.",
            ),
        ],
    },
    {
        "title": (
            "Қабул ба Академияи Вазорати корҳои дохилӣ барои соли таҳсили {year}–{next_year}",
            "Приём в Академию МВД на {year}–{next_year} учебный год",
            "Admission to the MIA Academy for the {year}–{next_year} academic year",
        ),
        "sentences": [
            (
                "Академияи Вазорати корҳои дохилии Ҷумҳурии Тоҷикистон барои соли таҳсили нав довталабонро қабул мекунад.",
                "Академия МВД Республики Таджикистан объявляет приём абитуриентов на новый учебный год.",
                "The Academy of the Ministry of Internal Affairs of the Republic of Tajikistan is accepting applicants for the new academic year.",
            ),
            (
                "Ба Академия ҷавонони аз 17 то 25-сола, ки маълумоти миёнаи умумӣ доранд ва аз ҷиҳати саломатӣ ба хизмат қобиланд, қабул карда мешаванд.",
                "Принимаются юноши и девушки в возрасте от 17 до 25 лет со средним общим образованием, годные к службе по состоянию здоровья.",
                "Applicants aged 17 to 25 with secondary education who are fit for service may apply.",
            ),
            (
                "Ҳуҷҷатҳо дар шӯъбаҳои кадрҳои раёсатҳои вилоятӣ то {date} қабул карда мешаванд.",
                "Документы принимаются в отделах кадров областных управлений до {date}.",
                "Documents are accepted by the personnel departments of the regional directorates until {date}.",
            ),
        ],
    },
    {
        "title": (
            "Рӯзи дарҳои кушод дар Академияи Вазорати корҳои дохилӣ",
            "День открытых дверей в Академии МВД",
            "Open day at the MIA Academy",
        ),
        "sentences": [
            (
                "Хатмкунандагони мактабҳо ва волидайни онҳо {date} метавонанд бо шароити таҳсил ва хизмат шинос шаванд.",
                "Выпускники школ и их родители {date} смогут познакомиться с условиями учёбы и службы.",
                "On {date}, school leavers and their parents can learn about studying and serving at the Academy.",
            ),
            (
                "Дар барнома намоиши таҷҳизоти махсус ва вохӯрӣ бо омӯзгорон пешбинӣ шудааст.",
                "В программе — показ специальной техники и встреча с преподавателями.",
                "The programme includes a display of special equipment and a meeting with teachers.",
            ),
        ],
    },
    {
        "title": (
            "Мизи мудаввар оид ба пешгирии ҷинояткорӣ байни ноболиғон {place}",
            "Круглый стол по профилактике преступности среди несовершеннолетних {place}",
            "Round table on preventing juvenile crime {place}",
        ),
        "sentences": [
            (
                "Ба мизи мудаввар, ки {date} баргузор мегардад, намояндагони мактабҳо, волидайн ва ташкилотҳои ҷамъиятӣ даъват карда мешаванд.",
                "К участию в круглом столе, который пройдёт {date}, приглашаются представители школ, родители и общественные организации.",
                "Schools, parents and civic organisations are invited to the round table on {date}.",
            ),
            (
                "Барои иштирок то як рӯз пеш аз чорабинӣ сабти ном кунед.",
                "Для участия зарегистрируйтесь не позднее чем за день до мероприятия.",
                "Please register at least one day before the event.",
            ),
        ],
    },
    {
        "title": (
            "Тағйир дар соатҳои қабули шӯъбаи иҷозатномадиҳӣ",
            "Изменение часов приёма отдела лицензирования",
            "New reception hours of the licensing department",
        ),
        "sentences": [
            (
                "Аз {date} шӯъбаи иҷозатномадиҳӣ аз рӯзи душанбе то ҷумъа аз соати 8:00 то 16:00 қабул мекунад.",
                "С {date} отдел лицензирования принимает посетителей с понедельника по пятницу с 8:00 до 16:00.",
                "From {date}, the licensing department receives visitors Monday to Friday from 8:00 to 16:00.",
            ),
            (
                "Танаффуси нисфирӯзӣ аз соати 12:00 то 13:00 аст.",
                "Перерыв на обед — с 12:00 до 13:00.",
                "The lunch break is from 12:00 to 13:00.",
            ),
        ],
    },
]

TENDER_ITEMS = [
    ("компютерҳо ва таҷҳизоти офисӣ", "компьютеров и оргтехники", "computers and office equipment"),
    ("мебели офисӣ", "офисной мебели", "office furniture"),
    ("воситаҳои нақлиёти хизматӣ", "служебного автотранспорта", "service vehicles"),
    ("либоси расмии хизматӣ", "форменного обмундирования", "uniforms"),
    ("сӯзишворӣ ва равғанҳои молиданӣ", "горюче-смазочных материалов", "fuel and lubricants"),
    (
        "маводи сохтмонӣ барои таъмири биноҳои маъмурӣ",
        "строительных материалов для ремонта административных зданий",
        "building materials for repairing administrative buildings",
    ),
    ("таҷҳизоти алоқаи радиоӣ", "средств радиосвязи", "radio communications equipment"),
    ("хизматрасонии тозакунии биноҳо", "услуг по уборке помещений", "cleaning services"),
    (
        "маводи хӯрока барои муассисаҳои таълимӣ",
        "продуктов питания для учебных заведений",
        "food for training institutions",
    ),
    (
        "камераҳои назоратӣ барои чорраҳаҳо",
        "камер видеонаблюдения для перекрёстков",
        "surveillance cameras for crossroads",
    ),
]
TENDER_TITLE = (
    "Харидории {item} барои эҳтиёҷоти Вазорати корҳои дохилӣ",
    "Закупка {item} для нужд МВД",
    "Procurement of {item} for the Ministry of Internal Affairs",
)
TENDER_SENTENCES = [
    (
        "Вазорати корҳои дохилии Ҷумҳурии Тоҷикистон ширкатҳои дорои иҷозатномаро барои иштирок дар тендери кушод оид ба харидории {item} даъват менамояд.",
        "Министерство внутренних дел Республики Таджикистан приглашает компании, имеющие лицензию, принять участие в открытом тендере на закупку {item}.",
        "The Ministry of Internal Affairs of the Republic of Tajikistan invites licensed companies to take part in an open tender for the procurement of {item}.",
    ),
    (
        "Пешниҳодҳо дар лифофаи мӯҳрзада то ба охир расидани мӯҳлат ба суроғаи шаҳри Душанбе, кӯчаи Теҳрон, 29 қабул карда мешаванд.",
        "Предложения принимаются в запечатанных конвертах до окончания срока по адресу: г. Душанбе, ул. Тегеран, 29.",
        "Bids are accepted in sealed envelopes until the deadline at 29 Tehron Street, Dushanbe.",
    ),
    (
        "Ҳуҷҷатҳои тендериро аз ҳамин саҳифа бор кардан мумкин аст.",
        "Тендерную документацию можно скачать на этой странице.",
        "The tender documents can be downloaded from this page.",
    ),
]
DOCUMENT_TITLES = [
    ("Ҳуҷҷатҳои тендерӣ", "Тендерная документация", "Tender documents"),
    ("Мушаххасоти техникӣ", "Техническая спецификация", "Technical specifications"),
    ("Шакли пешниҳоди нарх", "Форма ценового предложения", "Price bid form"),
    ("Лоиҳаи шартнома", "Проект договора", "Draft contract"),
]
ADDENDUM_TEXT = (
    "Мӯҳлати пешниҳоди дархостҳо тамдид карда шуд ва мушаххасоти техникӣ дақиқ гардид.",
    "Срок подачи заявок продлён, уточнена техническая спецификация.",
    "The bid deadline has been extended and the technical specifications clarified.",
)
CLARIFICATIONS = [
    (
        (
            "Оё пешниҳоди нарх барои қисми лот қабул карда мешавад?",
            "Допускается ли подача предложения на часть лота?",
            "May a bid cover only part of the lot?",
        ),
        (
            "Не, пешниҳод бояд тамоми лотро фаро гирад.",
            "Нет, предложение должно охватывать весь лот.",
            "No, a bid must cover the whole lot.",
        ),
    ),
    (
        (
            "Оё ширкатҳои хориҷӣ метавонанд дар тендер иштирок кунанд?",
            "Могут ли иностранные компании участвовать в тендере?",
            "May foreign companies take part in the tender?",
        ),
        (
            "Бале, ба шарте ки онҳо дар Ҷумҳурии Тоҷикистон ба қайд гирифта шуда бошанд.",
            "Да, при условии регистрации в Республике Таджикистан.",
            "Yes, provided they are registered in the Republic of Tajikistan.",
        ),
    ),
]
BIDDERS = [
    ("ҶДММ «Сомон-Тех»", "ООО «Сомон-Тех»", "Somon-Tech LLC"),
    ("ҶДММ «Бинокор-2010»", "ООО «Бинокор-2010»", "Binokor-2010 LLC"),
    ("ҶДММ «Помир-Савдо»", "ООО «Памир-Савдо»", "Pamir-Savdo LLC"),
]
AWARD_NOTE = (
    "Шартнома бо ғолиби тендер баста шуд.",
    "Договор заключён с победителем тендера.",
    "The contract has been signed with the winning bidder.",
)
CANCEL_NOTE = (
    "Тендер бинобар пешниҳод нашудани дархостҳои ба талабот мувофиқ бекор карда шуд.",
    "Тендер отменён, так как не поступило заявок, отвечающих требованиям.",
    "The tender was cancelled because no compliant bids were received.",
)

POSTS = [
    ("барномасоз", "программист", "software developer"),
    ("тарҷумони забони англисӣ", "переводчик английского языка", "English translator"),
    ("ронанда", "водитель", "driver"),
    ("муҳосиб", "бухгалтер", "accountant"),
    ("мутахассиси робита бо ҷомеа", "специалист по связям с общественностью", "public relations officer"),
    (
        "коршиноси миллӣ оид ба ислоҳоти милитсия",
        "национальный эксперт по реформе милиции",
        "national police reform expert",
    ),
]
VACANCY_TITLE = ("Ҷойи холии корӣ: {post}", "Вакансия: {post}", "Vacancy: {post}")
VACANCY_SENTENCE = (
    "Вазорати корҳои дохилӣ барои ишғоли вазифаи холии {post} озмун эълон мекунад.",
    "МВД объявляет конкурс на замещение вакантной должности: {post}.",
    "The ministry is recruiting for the vacant post of {post}.",
)
REQUIREMENTS = (
    "<ul><li>маълумоти олии касбӣ;</li><li>на камтар аз се сол собиқаи корӣ;</li>"
    "<li>донистани забонҳои тоҷикӣ ва русӣ.</li></ul>",
    "<ul><li>высшее профессиональное образование;</li><li>стаж работы не менее трёх лет;</li>"
    "<li>знание таджикского и русского языков.</li></ul>",
    "<ul><li>a university degree;</li><li>at least three years' work experience;</li>"
    "<li>Tajik and Russian.</li></ul>",
)
HOW_TO_APPLY = (
    "<p>Тарҷумаи ҳол ва нусхаи ҳуҷҷатҳои маълумотро ба шӯъбаи кадрҳои Вазорат пешниҳод намоед.</p>",
    "<p>Резюме и копии документов об образовании представьте в отдел кадров министерства.</p>",
    "<p>Send your CV and copies of your diplomas to the ministry's personnel department.</p>",
)
DUTY_STATIONS = [
    ("шаҳри Душанбе", "г. Душанбе", "Dushanbe"),
    ("шаҳри Хуҷанд", "г. Худжанд", "Khujand"),
    ("шаҳри Бохтар", "г. Бохтар", "Bokhtar"),
]
