"""A word as the search reads it: folded, stemmed, spelled in other letters, and its variants.

Tajik: many keyboards lack ғ ӣ қ ӯ ҳ ҷ, so both the text and the query are *folded*
(ғ→г ӣ→и қ→к ӯ→у ҳ→х ҷ→ч, and ё→е), and searched without ъ, which Latin spellings drop
(``malumot``, ``ma'lumot`` → «маълумот»). A word typed in Latin letters also looks for its
Cyrillic spelling (``dushanbe`` → «душанбе»), the reverse of ``mia_portal.slugs``, with y
before a vowel read both as one letter and as й (``hayat`` → «ҳаят», «ҳайат»). Endings are
cut lightly (-ро, -ҳо, -и, -он …) and the rest is matched as the beginning of a word.

Russian and English: words are stemmed with Snowball, the stemmer of PostgreSQL's
``russian`` and ``english`` configurations (the pinned ``snowballstemmer`` gives the same
stems), so both backends look for the same stems. Russian adds the stems a fleeting vowel
changes (отец/отца, окно/окон, церковь/церкви, заём/займа); English the other of a British
and an American spelling, -er/-ery nouns (robber/robbery) and f/v plurals (thief/thieves).
On a Russian page a word typed in Latin letters also looks for its Cyrillic spelling, and a
word typed with Tajik letters for its Russian spelling (ҷ→дж).
"""

import re
import threading
from functools import lru_cache
from itertools import product

import snowballstemmer

from mia_portal.richtext import plain_text
from mia_portal.search_schema import FOLD_FROM, FOLD_TO

MAX_SPELLINGS = 4  # of one query word: as typed, transliterated …

# As PostgreSQL's Tajik documents are folded; after lower() the lower-case letters suffice.
_FOLD = [(letter, folded) for letter, folded in zip(FOLD_FROM, FOLD_TO, strict=True) if letter.islower()]
# Letters a language's search leaves out, in the text and in the query (after folding): Tajik
# ъ, which Latin spellings and many who type Cyrillic drop (таъмин, tamin). PostgreSQL's
# documents leave it out too (search_schema.TAJIK_IGNORED).
IGNORED = {"tg": "ъ"}
WORD = re.compile(r"[^\W_]+")

# Latin → Cyrillic, longest spellings first (the reverse of mia_portal.slugs).
_LATIN_COMMON = [
    ("shch", "щ"), ("sh", "ш"), ("ch", "ч"), ("zh", "ж"), ("kh", "х"), ("yo", "ё"), ("yu", "ю"),
    ("ya", "я"), ("ye", "е"), ("a", "а"), ("b", "б"), ("c", "с"), ("d", "д"), ("e", "е"), ("f", "ф"),
    ("g", "г"), ("i", "и"), ("k", "к"), ("l", "л"), ("m", "м"), ("n", "н"), ("o", "о"), ("p", "п"),
    ("r", "р"), ("s", "с"), ("t", "т"), ("u", "у"), ("v", "в"), ("w", "в"), ("z", "з"),
]  # fmt: skip
_LATIN = {
    "tg": [("gh", "ғ"), *_LATIN_COMMON, ("h", "ҳ"), ("j", "ҷ"), ("q", "қ"), ("x", "х"), ("y", "й")],
    "ru": [("ts", "ц"), *_LATIN_COMMON, ("h", "х"), ("j", "дж"), ("q", "к"), ("x", "кс"), ("y", "й")],
}
_VOWELS = set("аеёиоуыэюяӣӯ")

# Light stemming of Tajik query words: common endings, longest first, with the shortest stem to keep.
_TAJIK_ENDINGS = (
    "хоятон хояшон хоямон хоро хоям хоят хояш хои хо онро они он ёнро ёни ён гонро гон "
    "ашон атон амон ро аш ат ам и"
)
_TAJIK_ENDINGS = sorted(set(_TAJIK_ENDINGS.split()), key=len, reverse=True)
MIN_STEM = 4

# Russian fleeting vowels: о or е that a word drops when an ending follows (отец/отца,
# окно/окон, девушка/девушек, церковь/церкви), before these consonants; after a vowel the
# е alternates with й (заём/займа, боец/бойца), and it may leave a soft sign (колец/кольца).
_RU_CONSONANTS = set("бвгджзклмнпрстфхцчшщ")
_RU_FLEETING_BEFORE = set("кцнлрвм")
_RU_NO_FLEETING = ("ств", "тв", "ск", "зм")  # -ство, -ский, -изм keep their clusters whole

# English words one spelling apart, as the beginnings of their Snowball stems: a stem that
# begins with one side of a pair is also looked for with the other. British and American
# spellings that the stemmer leaves apart (organisation → organis, organization → organ), and
# a deed and its doer (theft, thief, thieves). Kept to words that news of the Ministry uses.
ENGLISH_PAIRS = [
    ("organis", "organ"),  # organise, organisation / organize, organization
    ("recognis", "recogn"),  # recognise / recognize
    ("authoris", "author"),  # authorised / authorized
    ("analys", "analyz"),  # analyse / analyze
    ("defenc", "defens"),  # defence / defense
    ("offenc", "offens"),  # offence / offense
    ("licenc", "licens"),  # licence / license
    ("centr", "center"),  # centre / center
    ("programm", "program"),  # programme / program
    ("neighbour", "neighbor"),
    ("labour", "labor"),
    ("behaviour", "behavior"),
    ("favour", "favor"),
    ("honour", "honor"),
    ("judgement", "judgment"),
    ("jewelleri", "jewelri"),  # jewellery / jewelry
    ("theft", "thief"),
    ("theft", "thiev"),  # thieves
]


def fold(text):
    """Lower case and Tajik folding, one character for one (so positions map back)."""
    lowered = text.lower()
    if len(lowered) != len(text):  # a letter whose lower case is longer (İ): keep it as it is
        lowered = "".join(char.lower() if len(char.lower()) == 1 else char for char in text)
    for letter, folded in _FOLD:  # str.replace: many times faster than translate on Cyrillic
        lowered = lowered.replace(letter, folded)
    return lowered


def light_stem(word):
    """A Tajik word without its ending, if enough of it is left."""
    for ending in _TAJIK_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= MIN_STEM:
            return word[: -len(ending)]
    return word


_stemmers = threading.local()  # Snowball's stemmers keep state while they work


@lru_cache(maxsize=100_000)
def stem(word, language):
    """A folded word's Snowball stem, as PostgreSQL's configuration for the language stems it
    (it stems Latin words of a Russian text as English)."""
    algorithm = "english" if language == "en" or word.isascii() else "russian"
    stemmer = getattr(_stemmers, algorithm, None)
    if stemmer is None:
        stemmer = snowballstemmer.stemmer(algorithm)
        setattr(_stemmers, algorithm, stemmer)
    return stemmer.stemWord(word)


def searched_words(text, language, is_html=False):
    """A text's words as PostgreSQL's document holds them: Tajik folded and without ъ, Russian
    and English in lower case and stemmed (Snowball reads ё as е)."""
    if not text:
        return []
    if is_html:
        text = plain_text(text)
    if language != "tg":
        return [stem(word, language) for word in WORD.findall(text.lower())]
    return WORD.findall(fold(text).replace(IGNORED["tg"], ""))


def transliterations(word, language):
    """Cyrillic spellings of a word typed in Latin letters on a Tajik or Russian page."""
    rules = _LATIN.get(language)
    if not rules or not word.isascii() or not word.isalpha():
        return []
    options, position = [], 0
    while position < len(word):
        for latin, cyrillic in rules:
            if word.startswith(latin, position):
                if latin == "y" and language == "ru" and options and options[-1][0][-1] not in _VOWELS:
                    cyrillic = "ы"
                choices = [cyrillic]
                if language == "tg" and len(latin) == 2 and latin[0] == "y":
                    choices.append("й" + dict(rules)[latin[1]])  # hayat: ҳаят or ҳайат
                options.append(choices)
                position += len(latin)
                break
        else:
            return []
    spellings = []
    for letters in product(*options):
        spelled = fold("".join(letters))
        # A word-initial e is э as often as е (Эмомалӣ, экономика).
        spellings += [spelled, "э" + spelled[1:]] if spelled.startswith("е") else [spelled]
        if len(spellings) >= MAX_SPELLINGS:
            break
    return spellings[:MAX_SPELLINGS]


def fleeting_vowel_stems(word, word_stem):
    """Stems of the other forms of a Russian word whose last syllable has a fleeting vowel.

    The stem a form with an ending gives (отц, окн, займ) and the word without one (отец,
    окон, заём), which Snowball may cut further (заём → за): both are returned.
    """
    base = word.removesuffix("ь") if word[-1] in _RU_CONSONANTS | {"ь", "й"} else word_stem
    if len(base) < 3 or base[-1] not in _RU_FLEETING_BEFORE or base.endswith(_RU_NO_FLEETING):
        return []
    head, before, last = base[:-2], base[-2], base[-1]
    stems = []
    if before in "ое" and len(base) >= 4:  # отец → отц, окон → окн, заём → займ
        first = head[-1]
        if first in _VOWELS and before == "е":
            stems.append(head + "й" + last)
        elif first in _RU_CONSONANTS:
            stems.append(head + last)
            if before == "е":
                stems.append(head + "ь" + last)  # колец → кольц, писем → письм
    elif before in "йь":  # займ → заём, кольц → колец
        stems += [head + "е" + last]
    elif before in _RU_CONSONANTS:  # отц → отец, окн → окон, церкв → церковь
        stems += [base[:-1] + "о" + last, base[:-1] + "е" + last]
    if before not in "ое":  # the word without an ending is stemmed further by Snowball
        stems += [stem(alternative, "ru") for alternative in stems]
    return stems


def english_variants(word, word_stem):
    """Stems of English words one spelling apart: f/v plurals, -er/-ery nouns, ENGLISH_PAIRS."""
    words = []
    if len(word) >= 5 and word.endswith("ves"):  # thieves → thief, knives → knife
        words += [word[:-3] + "f", word[:-3] + "fe"]
    elif len(word) >= 4 and word.endswith(("f", "fe")) and not word.endswith("ff"):
        words.append(word.removesuffix("e").removesuffix("f") + "ves")
    stems = [stem(other, "en") for other in words]
    for found in [word_stem, *stems]:
        if found.endswith(("eri", "ari")):  # robbery → robber, burglary → burglar
            stems.append(found[:-1])
        elif found.endswith(("er", "ar")):
            stems.append(found + "i")
        for one, other in ENGLISH_PAIRS + [(b, a) for a, b in ENGLISH_PAIRS]:
            # organis begins with organ too, but is no organ spelled the other way (organisis)
            if found.startswith(one) and not (other.startswith(one) and found.startswith(other)):
                stems.append(other + found[len(one) :])
    return stems
