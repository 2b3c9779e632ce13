"""CSL-JSON items as citeproc-py references, ids kept as given and unknown keys skipped.

citeproc-py's own ``CiteProcJSON`` lower-cases ids and warns on every key it does not know;
here ids stay as written and keys outside CSL's variables (``custom``, Zotero's ``system_id``)
are left out quietly, as citeproc-js leaves them out. As citeproc-js does, Zotero's
``journalAbbreviation`` is the ``container-title-short``, and the rich-text tags of field values
(``<i>``, ``<b>``, ``<sc>``, ``<sup>``, ``<sub>``, small-caps spans) are markup, not text: they
are taken out (citeproc-py has no string that carries them; the text is what citeproc-js
prints in plain output), and ``<span class="nocase">`` keeps its words out of text-case.
Zotero's "Extra" lines in ``note`` (``DOI: 10.17863/CAM.11283``, ``original-date: 1850``) give
the variables they name when the item lacks them, and leave the note, as in citeproc-js.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any, Final

from citeproc import DATES, NAMES, VARIABLES
from citeproc.source import Name, Reference
from citeproc.source.json import CiteProcJSON
from citeproc.string import MixedString, NoCase, String

__all__ = ["NAME_AS_GIVEN", "NAME_LANGUAGE", "CslSource", "name_key", "parse_particles"]

NAME_LANGUAGE: Final = "multi-main"
"""A name's own language (CSL-JSON ``multi.main``), which decides its order as citeproc-js does."""

NAME_AS_GIVEN: Final = "name-as-given"
"""A name whose particles were split off on input: its parts as written, as :func:`name_key`."""
_KEY_ORDER: Final = (
    "non-dropping-particle",
    "family",
    "given",
    "dropping-particle",
    "suffix",
    "literal",
)


def name_key(name: Mapping[str, Any]) -> str:
    """A name as citeproc-js compares names for ``subsequent-author-substitute``: its parts as
    given in the input, run together (``setRenderedName``); "van Herwijnen" written in the
    family name and "van" given as a particle are different names to it."""
    given = name.get(NAME_AS_GIVEN)
    if isinstance(given, str):
        return given
    return "".join(str(name.get(part) or "") for part in _KEY_ORDER)


_RENAMED: Final = {
    "shortTitle": "title_short",
    "container-title-short": "container_title_short",
    "journalAbbreviation": "container_title_short",
}
_NOTE_FIELD: Final = re.compile(r"^\s*(?P<key>[A-Za-z][\w-]{1,40}):\s*(?P<value>\S.*?)\s*$")
_DATE_TEXT: Final = re.compile(
    r"^(?P<year>-?\d{1,4})(?:-(?P<month>\d{1,2})(?:-(?P<day>\d{1,2}))?)?$"
)
# citeproc-js prints the apostrophe inside a name as a typographic one (O'Meara: O’Meara)
_APOSTROPHE: Final = re.compile(r"(?<=\w)'(?=\w)")
_MARKUP: Final = re.compile(
    r"""<span\ class="nocase">(?P<nocase>.*?)</span>
       |</?(?:i|b|sc|sup|sub)>|<span\ style="font-variant:\ ?small-caps;?">|</span>""",
    re.VERBOSE | re.IGNORECASE | re.DOTALL,
)
# CSL 1.0.2 variables citeproc-py's lists predate; the styles and locales we use have them.
_NAMES_102: Final = (
    "chair", "compiler", "contributor", "curator", "director", "executive_producer", "guest",
    "host", "narrator", "organizer", "performer", "producer", "script_writer", "series_creator",
)  # fmt: skip
_VARIABLES_102: Final = (
    "volume_title", "part_title", "part_number", "printing_number", "supplement_number",
    "event_title", "division",
)  # fmt: skip
_NEWER: Final = frozenset((*_NAMES_102, *_VARIABLES_102))
_NAMES: Final = frozenset((*NAMES, *_NAMES_102))
_DATES: Final = frozenset(DATES)
_NAME_PARTS: Final = frozenset(
    ("family", "given", "literal", "suffix", "dropping-particle", "non-dropping-particle")
)


def _note_fields(item: Mapping[str, Any]) -> Mapping[str, Any]:
    """The item with the ``key: value`` lines of its note read as the variables they name
    (citeproc-js ``parseNoteFieldHacks``): only a CSL variable the item does not have; the
    lines read are taken out of the note."""
    note = item.get("note")
    if not isinstance(note, str) or ":" not in note:
        return item
    read: dict[str, Any] = {}
    kept: list[str] = []
    for line in note.split("\n"):
        found = _NOTE_FIELD.match(line)
        key = found["key"].lower() if found else ""
        variable = "DOI" if key == "doi" else "ISBN" if key == "isbn" else key
        name = variable.replace("-", "_")
        if found is None or name not in VARIABLES or variable in item:
            kept.append(line)
            continue
        if name in DATES:
            date = _DATE_TEXT.match(found["value"])
            if date is None:
                kept.append(line)
                continue
            parts = [int(part) for part in date.group("year", "month", "day") if part]
            read[variable] = {"date-parts": [parts]}
        else:
            read[variable] = found["value"]
    if not read:
        return item
    rest = "\n".join(kept).strip()
    return {
        **{k: v for k, v in item.items() if k != "note"},
        **({"note": rest} if rest else {}),
        **read,
    }


def _is_particle(word: str) -> bool:
    first = word.lstrip("-'\u02bb\u2019")[:1]
    return bool(first) and first.upper() != first


def parse_particles(name: dict[str, Any]) -> None:
    """Particles written into the name fields, split off as citeproc-js does on input
    (``CSL.parseParticles``; CSL 1.0.2 "Name-part Order"): leading lower-case words of
    ``family`` are its non-dropping particle (``van Gogh``), trailing lower-case words of
    ``given`` its dropping particle (``Ludwig van``)."""
    family, given = name.get("family"), name.get("given")
    if not isinstance(family, str) or not isinstance(given, str) or not given:
        return
    if "non-dropping-particle" in name:
        return
    words = family.split(" ")
    leading = []
    while len(words) > 1 and _is_particle(words[0]):
        leading.append(words.pop(0))
    if leading:
        name["family"] = " ".join(words)
        name["non-dropping-particle"] = " ".join(leading)
    if "dropping-particle" in name:
        return
    words = given.split(" ")
    trailing: list[str] = []
    while len(words) > 1 and _is_particle(words[-1]):
        trailing.insert(0, words.pop())
    if trailing:
        name["given"] = " ".join(words)
        name["dropping-particle"] = " ".join(trailing)


class CslSource(CiteProcJSON):  # type: ignore[misc]
    """A citeproc-py bibliography source built from CSL-JSON dictionaries."""

    def __init__(self, items: Sequence[Mapping[str, Any]]) -> None:
        # read here, not on import: the conformance fixes add variables to citeproc's list
        known = frozenset((*VARIABLES, *_NEWER))
        for item in items:
            fields: dict[str, Any] = {}
            for key, value in _note_fields(item).items():
                name = _RENAMED.get(key) or key.replace("-", "_")
                if name in ("id", "type") or name not in known or value in (None, "", []):
                    continue
                if name in fields and key == "journalAbbreviation":
                    continue  # an item's own container-title-short wins
                if name in _NAMES:
                    fields[name] = self.parse_names(value)
                elif name in _DATES:
                    parsed = self.parse_date(value)
                    if parsed is None:
                        continue
                    fields[name] = parsed
                elif name == "language":
                    fields[name] = str(value)
                else:
                    fields[name] = self.parse_string(value)
            newer = {name: fields.pop(name) for name in _NEWER if name in fields}
            reference = Reference(str(item["id"]), item.get("type", "document"), **fields)
            reference.update(newer)  # past citeproc-py's check, which warns on 1.0.2 names
            self.add(reference)

    def parse_string(self, value: Any) -> MixedString:
        """A field value with its rich-text markup read: tags out, nocase spans kept whole."""
        text = str(value)
        output = MixedString()
        end = 0
        for tag in _MARKUP.finditer(text):
            if tag.start() > end:
                output += String(text[end : tag.start()])
            if tag["nocase"]:
                output += NoCase(_MARKUP.sub("", tag["nocase"]))
            end = tag.end()
        if end < len(text):
            output += String(text[end:])
        return output

    def parse_names(self, json_data: Sequence[Mapping[str, Any]]) -> list[Name]:
        names = []
        for name in json_data:
            parts = {
                key: _APOSTROPHE.sub("\u2019", value) if isinstance(value, str) else value
                for key, value in name.items()
                if key in _NAME_PARTS and value
            }
            as_given = name_key(parts)
            if not name.get("static-particles"):
                parse_particles(parts)
            if parts.get("family") or parts.get("given") or parts.get("literal"):
                parsed = Name(**parts)
                if name_key(parts) != as_given:
                    parsed[NAME_AS_GIVEN] = as_given
                multi = name.get("multi")
                if isinstance(multi, Mapping) and isinstance(multi.get("main"), str):
                    parsed[NAME_LANGUAGE] = multi["main"]  # citeproc-js: overrides the item's
                names.append(parsed)
        return names
