"""Date and number formats per language (FORMAT_MODULE_PATH); what every language accepts
when a moment is typed is the same, and written here once."""

DATETIME_INPUT_FORMATS = [
    "%d.%m.%Y %H:%M:%S",
    "%d.%m.%Y %H:%M",
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d %H:%M",
    "%d.%m.%Y",
]
