"""CSL 1.0.2 "Substitute": what a ``cs:substitute`` renders is suppressed, and it inherits names."""

from __future__ import annotations

from typing import Any, Final

from citeproc import model

from archivecite.csl.fixes.lookups import _LAYOUT_TAG, _MACRO_TAG
from archivecite.csl.fixes.numbers import text_number


def _substitution() -> None:
    """CSL 1.0.2 "Substitute": "Substituted variables are suppressed in the rest of the
    output" -- every variable the substituting element renders, also through macros, and
    by ``cs:number`` as by ``cs:text`` (APA's "(15th ed.)" was printed twice)."""

    def substitute_render(self: Any, item: Any, context: Any = None, **kwargs: Any) -> Any:
        layout = (context if context is not None else self).get_layout()
        saved = layout.__dict__.get("_archivecite_rendered", set())
        layout._archivecite_rendered = set()
        text = original_substitute(self, item, context=context, **kwargs)
        rendered = layout._archivecite_rendered
        layout._archivecite_rendered = saved | rendered
        if text:
            layout.repressed.setdefault("*", set()).update(rendered)
        return text

    original_substitute = model.Substitute.render
    original_variable = model.Text._variable

    def text_variable(self: Any, item: Any, context: Any) -> Any:
        variable = self.get("variable")
        layout = context.get_layout()
        if variable in layout.repressed.get("*", ()):
            return None
        text = text_number(self, variable, original_variable(self, item, context))
        if text:
            layout.__dict__.setdefault("_archivecite_rendered", set()).add(variable)
        return text

    original_names = model.Names.process

    def names_process(
        self: Any, item: Any, names_context: Any = None, context: Any = None, **kwargs: Any
    ) -> Any:
        layout = (context if context is not None else self).get_layout()
        repressed = layout.repressed.get("*", ())
        variables = (self.get("variable") or "").split()
        hidden = [name for name in variables if name in repressed]
        if hidden:
            shown = [name for name in variables if name not in repressed]
            if not any(name.replace("-", "_") in item.reference for name in shown):
                return None
        if names_context is None and self.name is None:
            names_context = _inherited_names(self)
        saved = {name: item.reference.pop(name.replace("-", "_"), None) for name in hidden}
        try:
            text = original_names(self, item, names_context, context, **kwargs)
        finally:
            for name, value in saved.items():
                if value is not None:
                    item.reference[name.replace("-", "_")] = value
        if text:
            layout.__dict__.setdefault("_archivecite_rendered", set()).update(variables)
        return text

    model.Substitute.render = substitute_render
    model.Text._variable = text_variable
    model.Number.process = _suppressed_number(model.Number.process)
    model.Names.process = names_process


def date_substituted(element: Any, variable: str, context: Any) -> Any:
    """For a ``cs:date`` of ``variable``: None when a substitute rendered the variable
    (suppressed), else the layout to tell when it renders (CSL 1.0.2 "Substitute")."""
    try:
        layout = (context if context is not None else element).get_layout()
    except (AttributeError, IndexError):
        return False
    if variable in layout.repressed.get("*", ()):
        return None
    return layout


def date_rendered(layout: Any, variable: str, text: Any) -> None:
    """A ``cs:date`` of ``variable`` rendered: within a substitute, it is substituted."""
    if text and layout is not False:
        layout.__dict__.setdefault("_archivecite_rendered", set()).add(variable)


def _suppressed_number(original: Any) -> Any:
    """``cs:number`` under the substitute rule, as ``cs:text``: not rendered once substituted,
    and counted as substituting when rendered inside ``cs:substitute``."""

    def number_process(self: Any, item: Any, context: Any = None, **kwargs: Any) -> Any:
        variable = self.get("variable")
        layout = (context if context is not None else self).get_layout()
        if variable in layout.repressed.get("*", ()):
            return None
        text = original(self, item, context, **kwargs)
        if text:
            layout.__dict__.setdefault("_archivecite_rendered", set()).add(variable)
        return text

    return number_process


_SUBSTITUTE_TAG: Final = "{http://purl.org/net/xbiblio/csl}substitute"


_NAMES_TAG: Final = "{http://purl.org/net/xbiblio/csl}names"


def _inherited_names(element: Any) -> Any:
    """CSL 1.0.2 "Substitute": a ``cs:names`` without ``cs:name`` inside ``cs:substitute`` (also
    inside a ``cs:choose`` there) takes the ``cs:name``, ``cs:et-al`` and ``cs:label`` of the
    ``cs:names`` that holds the substitute."""
    node = element.getparent()
    while node is not None:
        if node.tag == _SUBSTITUTE_TAG:
            parent = node.getparent()
            return parent if parent is not None and parent.tag == _NAMES_TAG else None
        if node.tag in (_LAYOUT_TAG, _MACRO_TAG):
            return None
        node = node.getparent()
    return None
