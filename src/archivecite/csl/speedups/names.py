"""``cs:names`` and ``cs:substitute`` without exceptions or searches for what is absent."""

from __future__ import annotations

from typing import Any

from citeproc import model
from citeproc.source import VariableError

from archivecite.csl.speedups._patching import children, replace

_NAMES_TAG = "{http://purl.org/net/xbiblio/csl}names"


def parent_names(substitute: Any) -> Any:
    """The ``cs:names`` holding a ``cs:substitute``, its XML parent, looked up once."""
    found = substitute.__dict__.get("_archivecite_names")
    if found is None:
        parent = substitute.getparent()
        if parent is None or parent.tag != _NAMES_TAG:
            raise IndexError("list index out of range")  # as citeproc-py's ``[0]``
        found = substitute._archivecite_names = parent
    return found


def _substitute() -> None:
    """``cs:substitute`` found the ``cs:names`` around it by an XPath search for every
    ``cs:names`` it tried, and listed its children through lxml at every use; the parent
    is its XML parent, and both are looked up once per element."""
    names_class = model.Names

    def render(self: Any, item: Any, context: Any = None, **kwargs: Any) -> Any:
        text = None
        rendered = False
        for child in children(self):
            try:
                if isinstance(child, names_class) and child.name is None:
                    text = child.render(
                        item, names_context=parent_names(self), context=context, **kwargs
                    )
                else:
                    text = child.render(item, context=context, **kwargs)
            except VariableError:
                continue
            rendered = True
            if text:
                self.add_to_repressed_list(child, context)
                break
        return text if rendered else None

    replace(model.Substitute, "render", render)


def _labelled(
    text: Any, names: Any, item: Any, role: str, *, plural: bool, options: dict[str, Any]
) -> Any:
    """The names ``text`` with the ``cs:label`` of ``names`` before or after it."""
    try:
        label_element = names.label
        label = label_element.render(item, role, plural, **options)
        if label is not None:
            if label_element is names.getchildren()[0]:
                return label + text
            return text + label
    except AttributeError:
        pass
    return text


def _names() -> None:
    """``cs:names`` with none of its variables in the item (most of the ~80 per Chicago
    entry) ended by raising NameError on an unbound variable and turning it into
    VariableError; the same outcome is now reached directly. Everything else is
    citeproc-py's ``Names.process`` as written."""
    name_class = model.Name
    original = model.Names.process

    def process(
        self: Any, item: Any, names_context: Any = None, context: Any = None, **kwargs: Any
    ) -> Any:
        if context is None:
            context = self
        if names_context is None:
            names_context = self
        roles = self.get("variable").split()
        try:
            reference = item.reference
        except VariableError:
            return original(self, item, names_context, context, **kwargs)
        try:
            ed_trans = (
                set(roles) == {"editor", "translator"}
                and reference.editor == reference.translator
                and self.get_term("editortranslator").getchildren()
            )
            if ed_trans:
                roles = ["editor"]
        except VariableError:
            ed_trans = False
        output = []
        for role in roles:
            if role in reference:
                name_elem = names_context.name
                if name_elem is None:
                    name_elem = name_class()
                    names_context.insert(0, name_elem)
                text = name_elem.render(item, role, context=context, **kwargs)
                plural = len(reference[role]) > 1
                label_role = "editortranslator" if ed_trans else role
                output.append(
                    _labelled(text, names_context, item, label_role, plural=plural, options=kwargs)
                )
        if output:
            try:
                total = sum(output)
            except TypeError:
                is_int = False
            else:
                is_int = isinstance(total, int)
            if is_int:
                return str(total) if total > 0 else None
            return self.join(output, self.get_parent_delimiter(context))
        substitute = self.substitute()
        if substitute is None:
            raise VariableError
        return substitute.render(item, context=context, **kwargs)

    replace(model.Names, "process", process)
