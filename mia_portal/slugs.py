"""Latin slugs for Tajik, Russian and English titles.

Tajik letters follow the Tajik Latin convention (ғ→gh, қ→q, ҳ→h, ҷ→j, ӣ→i, ӯ→u), Russian
ones the usual passport transliteration, so a slug reads the same way the ministry spells
names in Latin script.
"""

from django.utils.text import slugify

CYRILLIC_TO_LATIN = {
    "а": "a", "б": "b", "в": "v", "г": "g", "ғ": "gh", "д": "d", "е": "e", "ё": "yo",
    "ж": "zh", "з": "z", "и": "i", "ӣ": "i", "й": "y", "к": "k", "қ": "q", "л": "l",
    "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
    "ӯ": "u", "ф": "f", "х": "kh", "ҳ": "h", "ч": "ch", "ҷ": "j", "ш": "sh", "щ": "shch",
    "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
}  # fmt: skip

SLUG_MAX_LENGTH = 80


def transliterate(text):
    return "".join(
        CYRILLIC_TO_LATIN.get(char, char)
        if char.islower()
        else CYRILLIC_TO_LATIN.get(char.lower(), char).capitalize()
        for char in text
    )


def latin_slug(text, max_length=SLUG_MAX_LENGTH):
    """A lowercase ASCII slug, cut at a word boundary, never empty."""
    slug = slugify(transliterate(text or ""))
    if len(slug) > max_length:
        slug = slug[:max_length].rsplit("-", 1)[0] or slug[:max_length]
    return slug or "item"
