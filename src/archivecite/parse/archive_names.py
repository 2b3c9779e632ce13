"""Archive names as a citation romanizes them: the registry's Russian names in every scheme.

The registry keeps a name in Cyrillic and in the Latin forms its sources print; a citation may
romanize it in any scheme ("Arkhiv UFSB RF po Respublike Mariĭ Ėl" in ALA-LC, "Arxiv UFSB RF po
Respublike Marij Èl" in GOST 7.79-B, "Arhiv ..." in ISO 9). Each Russian name of every archive
is romanized here in each scheme, its diacritics folded and LC's ties dropped as the look-up
does to the text, and resolves to the Cyrillic name it was made from.
"""

from __future__ import annotations

from functools import cache

from archivecite.registry import default_registry, fold_latin_marks
from archivecite.translit import romanize_russian

__all__ = ["RUSSIAN_ROMANIZATIONS", "romanized_archive_names"]

# the schemes of archivecite.translit a Russian citation is printed in (archive names, keywords,
# the markers of a quoted-after note)
RUSSIAN_ROMANIZATIONS = ("bgn-pcgn", "ala-lc", "ala-lc-ascii", "gost-7.79-b", "scientific", "iso9")


@cache
def romanized_archive_names() -> dict[str, str]:
    """Each romanized form (diacritics folded, no ties) of a registered Russian name, and that
    name: "Arxiv UFSB RF po Respublike Marij El" -> "Архив УФСБ РФ по Республике Марий Эл"."""
    forms: dict[str, str] = {}
    for archive in default_registry():
        names = list(archive.names.get("ru", []))
        for predecessor in archive.predecessors:
            names.extend(predecessor.names.get("ru", []))
        for name in names:
            for scheme in RUSSIAN_ROMANIZATIONS:
                # LC's tie dropped leaves its two letters as printed: "T͡Sentralʹnyĭ" is
                # looked up as "TSentralʹnyĭ", beside the untied "Tsentralʹnyĭ"
                for tied in (False, True):
                    form = romanize_russian(name, scheme=scheme, tie="u0361" if tied else "none")
                    form = fold_latin_marks(form.replace("\u0361", ""))
                    forms.setdefault(" ".join(form.split()), name)
    return forms
