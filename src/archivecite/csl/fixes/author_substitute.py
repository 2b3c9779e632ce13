"""CSL 1.0.2 "Reference Grouping": ``subsequent-author-substitute``."""

from __future__ import annotations

from typing import Any

from citeproc import model
from citeproc.string import String

from archivecite.csl.fixes.entry import _entry, _run
from archivecite.csl.fixes.expansion import _expanding
from archivecite.csl.source import name_key


def _shown_names(element: Any, item: Any, variable: str, context: Any, kwargs: Any) -> str:
    """The names a ``cs:name`` shows for ``variable`` after et-al abbreviation, as a key."""
    names = list(item.reference.get(variable, []))
    options = kwargs.get("sort_options")
    et_al_min = element.get_option("et-al-min", context, options)
    use_first = element.get_option("et-al-use-first", context, options)
    if len(names) > 1 and et_al_min and len(names) >= et_al_min:
        names = names[:use_first]
    return "\x1f".join(name_key(name) for name in names)


def _subsequent_author_substitute() -> None:
    """CSL 1.0.2 "Reference Grouping": with ``subsequent-author-substitute`` the names that
    open an entry are replaced by the substitute string ("———") when they are the same as
    those of the entry before (rule ``complete-all``)."""
    original = model.Names.process

    def process(self: Any, item: Any, *args: Any, **kwargs: Any) -> Any:
        entry = _entry.get()
        if entry is None or not entry.in_bibliography:
            return original(self, item, *args, **kwargs)
        entry.names_depth += 1
        try:
            text = original(self, item, *args, **kwargs)
        finally:
            entry.names_depth -= 1
        run = _run.get()
        if entry.names_depth or entry.names is not None or not text or run is None:
            return text
        entry.names = entry.shown_names or str(text)
        if not entry.person_names or entry.names_label:
            # a title standing in for the names, or names with a role label ("editors"),
            # are not replaced (as citeproc-js does), nor do they end the run of a name
            return text
        previous, run.previous_names = run.previous_names, entry.names
        bibliography = self.get_root().bibliography
        substitute = bibliography.get("subsequent-author-substitute")
        if substitute is not None and previous == entry.names:
            return String(substitute)
        return text

    original_name = model.Name.process

    def name_process(
        self: Any, item: Any, variable: str, context: Any = None, **kwargs: Any
    ) -> Any:
        text = original_name(self, item, variable, context=context, **kwargs)
        entry = _entry.get()
        if entry is not None and text:
            entry.person_names = True
            if (
                entry.in_bibliography
                and entry.names_depth
                and entry.shown_names is None
                and not _expanding.get()
            ):
                # compared without "et al." and "and": the names shown (citeproc-js)
                entry.shown_names = _shown_names(self, item, variable, context, kwargs)
        return text

    original_label = model.Label.markup

    def label_markup(self: Any, *args: Any, **kwargs: Any) -> Any:
        text = original_label(self, *args, **kwargs)
        entry = _entry.get()
        if entry is not None and text and entry.names_depth:
            entry.names_label = True
        return text

    model.Names.process = process
    model.Name.process = name_process
    model.Label.markup = label_markup
