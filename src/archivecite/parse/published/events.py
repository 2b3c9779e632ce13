"""The meeting a proceedings volume is named after: its place and dates after its name
(``Proc. of the Conf. «...», Moscow, May 23-24``) are not the volume's title."""

from __future__ import annotations

from archivecite.parse.published.romanized_items import (
    EDGES,
    is_city,
    starts_with,
)
from archivecite.parse.published.romanized_patterns import (
    DATE_WORDS_PATTERN,
    YEAR_ITEM_PATTERN,
)
from archivecite.parse.published.scanning import trim
from archivecite.parse.published.terms import CONTAINER_OPENERS


def strip_event(text: str, start: int, end: int, *, proceedings: bool = False) -> int:
    """``Proc. of the Conf. «...», Moscow, May 23-24``, ``Материалы конф. «...» 15-17 мая
    2017 г.``: the meeting's place and dates after its name are not part of the volume's title;
    return where the title ends."""
    if not (proceedings or starts_with(text[start:end], CONTAINER_OPENERS)):
        return end
    closing = text.find("»", start, end)
    while closing > 0:
        after = trim(text, closing + 1, end, " \t\n.,")[0]
        date = DATE_WORDS_PATTERN.match(text, after, end)
        if date is not None and any(char.isdigit() for char in date.group(0)) and after < end:
            end = closing + 1  # "«...» 15-17 мая 2017 г. ГК «Росатом»"
            break
        closing = text.find("»", closing + 1, end)
    while True:
        comma = text.rfind(", ", start, end)
        if comma <= start:
            break
        last = trim(text, comma + 1, end, EDGES)
        value = text[last[0] : last[1]]
        event = is_city(value) or DATE_WORDS_PATTERN.fullmatch(value)
        if not (event or YEAR_ITEM_PATTERN.fullmatch(value)):
            break
        end = trim(text, start, comma, EDGES)[1]
    space = text.rfind(" ", start, end)
    if space > start and text[space - 1] == "»" and is_city(text[space + 1 : end]):
        end = space  # "«...» Обнинск"
    return end
