# «Вторник, 28 января 2020, 09:21»: the same patterns as Tajik; the words come from each
# language's catalog (E is the month's genitive: «января», «январи»).
from mia_portal.formats.tg.formats import *  # noqa: F403
