"""``cs:names`` with nothing to render decided at once.

A ``cs:names`` whose variables the work does not have (most of the ~15 per
Chicago entry) went through five calls -- the group report, the author-substitute and
substitute wrappers (walking up the tree for the layout and for an enclosing substitute),
citeproc-py's ``process`` -- only to raise ``VariableError``; when it has no
``cs:substitute`` the outcome is known from the work's fields alone. A ``cs:substitute``
(the substitute fix's bookkeeping around the speedup's walk of its children) tries such
``cs:names`` through the same shortcut.
"""

from __future__ import annotations

from typing import Any, Final

from citeproc import model
from citeproc.source import VariableError

from archivecite.csl.fixes.groups import _group
from archivecite.csl.speedups._patching import children
from archivecite.csl.speedups.names import parent_names

_has: Final = dict.__contains__
_NAMES_SLOT: Final = "_archivecite_fused_names"


def _names_spec(element: Any) -> tuple[tuple[str, ...], tuple[str, ...], bool]:
    """A ``cs:names``'s variables (also as references store them) and whether it has a
    ``cs:substitute``."""
    variables = tuple((element.get("variable") or "").split())
    stored = tuple(variable.replace("-", "_") for variable in variables)
    return variables, stored, element.substitute() is not None


def names_spec(element: Any) -> tuple[tuple[str, ...], tuple[str, ...], bool]:
    """:func:`_names_spec`, read once per element."""
    spec = element.__dict__.get(_NAMES_SLOT)
    if spec is None:
        spec = element.__dict__[_NAMES_SLOT] = _names_spec(element)
    return spec  # type: ignore[no-any-return]


_unfused_names: list[Any] = []


SUPPRESSED: Final = object()
"""What a fused element returns, between fused callers, where its method raises
``VariableError`` (which every such caller treats as rendering nothing): an exception
raised and caught ~100,000 times per 1,000 Chicago entries is not free."""


def names_fast(self: Any, item: Any, kw: dict[str, Any]) -> Any:
    """``Names.render(item, **kw)``, :data:`SUPPRESSED` for its ``VariableError``; for a
    work with none of the variables and no substitute, what the chain ends in: the
    enclosing group learns a variable was tried, and the names render nothing (``None``
    when a substituted variable was among them)."""
    spec = self.__dict__.get(_NAMES_SLOT)
    if spec is None:
        spec = _names_spec(self)
        self.__dict__[_NAMES_SLOT] = spec
    variables, stored, has_substitute = spec
    if not has_substitute and variables:
        try:
            reference = item.reference
        except VariableError:
            reference = None
        absent = reference is not None
        if absent:
            for name in stored:
                if _has(reference, name):
                    absent = False
                    break
        if absent:
            frame = _group.get()
            if frame is not None:
                frame.attempted = True
            context = kw.get("context")
            layout = (context if context is not None else self).get_layout()
            repressed = layout.repressed.get("*")
            if repressed and any(variable in repressed for variable in variables):
                return None
            return SUPPRESSED
    try:
        return _unfused_names[0](self, item, **kw)
    except VariableError:
        return SUPPRESSED


def names_render(self: Any, item: Any, *args: Any, **kwargs: Any) -> Any:
    """``Names.render`` through :func:`names_fast`."""
    if args:
        return _unfused_names[0](self, item, *args, **kwargs)
    text = names_fast(self, item, kwargs)
    if text is SUPPRESSED:
        raise VariableError
    return text


def _no_choose_plan(_element: Any, _item: Any) -> Any:
    return _NO_CHOOSE_PLAN


_NO_CHOOSE_PLAN: Final = object()
CHOOSE_PLAN: list[Any] = [_no_choose_plan, _NO_CHOOSE_PLAN]
""":func:`archivecite.csl.fused.absent.choose_plan` and its "no plan" once the walk is
fused: most of a substitute's children are chooses that render nothing for most works."""


_NOTHING: Final = 2
"""What :func:`_skipped` says of a child that renders nothing (``None``, not ``VariableError``)."""


_OTHER: Final = 0
_FUSED_NAMES: Final = 1  # a ``cs:names`` rendered by :func:`names_fast`
_NAMES: Final = 2  # any other ``cs:names``
_CHOOSE: Final = 3


def _kids(substitute: Any) -> tuple[tuple[Any, int, Any], ...]:
    """A substitute's children, each with its kind and, for a ``cs:names`` that
    :func:`_skipped` may pass over, its :func:`names_spec`; read once."""
    found = substitute.__dict__.get(_KIDS)
    if found is None:
        kids = []
        for child in children(substitute):
            code, spec = _OTHER, None
            if isinstance(child, model.Names):
                code = _FUSED_NAMES if type(child).render is names_render else _NAMES
                spec = names_spec(child) if code == _FUSED_NAMES else None
                if spec is not None and (spec[2] or not spec[0]):
                    spec = None  # a substitute of its own, or no variable: never passed over
            elif isinstance(child, model.Choose):
                code = _CHOOSE
            kids.append((child, code, spec))
        found = substitute.__dict__[_KIDS] = tuple(kids)
    return found  # type: ignore[no-any-return]


_KIDS: Final = "_archivecite_fused_substitute"


def _skipped(kid: tuple[Any, int, Any], item: Any, reference: Any, layout: Any) -> int:
    """Whether a substitute's child (one of its :func:`_kids`) renders nothing for the work
    cited, found without rendering it (the enclosing group's flag set as rendering it
    would): 0 when it may render, 1 for a ``VariableError``, :data:`_NOTHING` for ``None``."""
    child, code, spec = kid
    if code == _FUSED_NAMES:
        if reference is None or spec is None:
            return 0
        variables, stored, _has_substitute = spec
        for name in stored:
            if _has(reference, name):
                return 0
        frame = _group.get()  # what :func:`names_fast` does for them, without its arguments
        if frame is not None:
            frame.attempted = True
        repressed = layout.repressed.get("*")
        return _NOTHING if repressed and any(variable in repressed for variable in variables) else 1
    if code != _CHOOSE:
        return 0
    attempted = CHOOSE_PLAN[0](child, item)
    if attempted is CHOOSE_PLAN[1]:
        return 0
    if attempted is not None:
        frame = _group.get()
        if frame is not None:
            frame.attempted = attempted
    return _NOTHING


def substitute_render(self: Any, item: Any, context: Any = None, **kwargs: Any) -> Any:
    """``Substitute.render``: the substitute fix's record of the variables rendered around
    the speedup's walk, which tries a ``cs:names`` child through :func:`names_fast`, and
    passes over the children :func:`_skipped` knows render nothing."""
    layout = (context if context is not None else self).get_layout()
    saved = layout.__dict__.get("_archivecite_rendered", set())
    layout._archivecite_rendered = set()
    text = None
    rendered = False
    try:
        reference = item.reference
    except VariableError:
        reference = None
    for kid in _kids(self):
        child, code, _spec = kid
        is_names = code in (_FUSED_NAMES, _NAMES)
        skipped = _skipped(kid, item, reference, layout)
        if skipped:
            if skipped == _NOTHING:
                rendered = True
                text = None
            continue
        if is_names and child.name is None:
            kw = {"names_context": parent_names(self), "context": context, **kwargs}
        else:
            kw = {"context": context, **kwargs}
        if code == _FUSED_NAMES:
            tried = names_fast(child, item, kw)
            if tried is SUPPRESSED:
                continue  # ``text`` keeps what an earlier child gave, as when it raised
            text = tried
        else:
            try:
                text = child.render(item, **kw)
            except VariableError:
                continue
        rendered = True
        if text:
            self.add_to_repressed_list(child, context)
            break
    if not rendered:
        text = None
    variables = layout._archivecite_rendered
    layout._archivecite_rendered = saved | variables
    if text:
        layout.repressed.setdefault("*", set()).update(variables)
    return text


EXPECTED: Final[dict[tuple[type, str], tuple[str, ...]]] = {
    (model.Names, "render"): (
        "archivecite.csl.fixes.groups._attempting.<locals>.render",
        "citeproc.model.CitationStylesElement.render",
    ),
    (model.Names, "process"): (
        "archivecite.csl.fixes.author_substitute._subsequent_author_substitute.<locals>.process",
        "archivecite.csl.fixes.substitute._substitution.<locals>.names_process",
        "archivecite.csl.speedups.names._names.<locals>.process",
        "citeproc.model.Names.process",
    ),
    (model.Substitute, "render"): (
        "archivecite.csl.fixes.substitute._substitution.<locals>.substitute_render",
        "archivecite.csl.speedups.names._substitute.<locals>.render",
    ),
    (model.Substitute, "add_to_repressed_list"): (
        "citeproc.model.Substitute.add_to_repressed_list",
    ),
}
"""The chains these functions stand for; any other chain is left unfused."""


def install() -> None:
    _unfused_names.append(model.Names.render)
    model.Names.render = names_render
    model.Substitute.render = substitute_render
