"""CSL 1.0.2 "Group": suppression judged, as citeproc-js does, on the elements rendered."""

from __future__ import annotations

from contextvars import ContextVar
from typing import Any, Final

from citeproc import model
from citeproc.source import VariableError


class _GroupFrame:
    """citeproc-js's group context: whether a variable was tried, one rendered, a term shown."""

    __slots__ = ("attempted", "succeeded", "term")

    def __init__(self) -> None:
        self.attempted = False
        self.succeeded = False
        self.term = False


_group: ContextVar[_GroupFrame | None] = ContextVar("group", default=None)


_CHOOSE_TAG: Final = "{http://purl.org/net/xbiblio/csl}choose"


def _attempt(frame: _GroupFrame | None, text: Any) -> None:
    if frame is not None:
        frame.attempted = True
        if text:
            frame.succeeded = True


def _shown(frame: _GroupFrame, rendered: bool) -> bool:
    """Whether a group (or macro call) with ``frame`` shows, telling the enclosing group."""
    parent = _group.get()
    shown = rendered and (frame.succeeded or (frame.term and not frame.attempted))
    if parent is not None:
        if shown:
            parent.succeeded = True
        else:
            parent.attempted = frame.attempted  # citeproc-js overwrites, it does not add
    return shown


def _group_process(self: Any, item: Any, context: Any = None, **kwargs: Any) -> Any:
    """``cs:group`` rendered in a frame of its own; suppressed as :func:`_shown` says."""
    frame = _GroupFrame()
    token = _group.set(frame)
    output = []
    delimiter = self.get("delimiter", "")
    try:
        for child in self.iterchildren():
            try:
                if child.tag == _CHOOSE_TAG:
                    text = child.render(item, context=context, delimiter=delimiter, **kwargs)
                else:
                    text = child.render(item, context=context, **kwargs)
            except VariableError:
                continue
            if text is not None:
                output.append(text)
    finally:
        _group.reset(token)
    if not _shown(frame, bool(output)):
        raise VariableError
    return self.join(output)


def _attempting(method: Any) -> Any:
    """``method`` renders a variable: the enclosing group learns whether it gave text."""

    def render(self: Any, *args: Any, **kwargs: Any) -> Any:
        frame = _group.get()
        try:
            text = method(self, *args, **kwargs)
        except VariableError:
            _attempt(frame, None)
            raise
        _attempt(frame, text)
        return text

    return render


def _intending(method: Any) -> Any:
    """``method`` renders a term or a label: the enclosing group learns it showed one."""

    def wrapper(self: Any, *args: Any, **kwargs: Any) -> Any:
        text = method(self, *args, **kwargs)
        frame = _group.get()
        if frame is not None and text:
            frame.term = True
        return text

    return wrapper


def _text_in_groups(original_variable: Any, original_process: Any) -> tuple[Any, Any]:
    """``Text._variable`` and ``Text.process`` that report to the enclosing group; a macro
    call is a group of its own, as citeproc-js expands it ("treated as a real node")."""

    def text_variable(self: Any, item: Any, context: Any) -> Any:
        if self.get("variable") in model.Text.generated_variables:
            text = original_variable(self, item, context)
            if text:  # a year-suffix counts once rendered (citeproc-js), never as missing
                _attempt(_group.get(), text)
            return text
        return _attempting(original_variable)(self, item, context)

    def text_process(self: Any, item: Any, context: Any = None, **kwargs: Any) -> Any:
        if "macro" not in self.attrib:
            text, language = original_process(self, item, context, **kwargs)
            frame = _group.get()
            if frame is not None and text and "value" in self.attrib:
                frame.term = True
            return text, language
        frame = _GroupFrame()
        token = _group.set(frame)
        try:
            text, language = original_process(self, item, context, **kwargs)
        finally:
            _group.reset(token)
        return (text if _shown(frame, bool(text)) else None), language

    return text_variable, text_process


def _group_suppression() -> None:
    """CSL 1.0.2 "Group": a ``cs:group`` is suppressed when it calls a variable (directly or
    through a macro) and every variable it calls is empty -- judged, as citeproc-js does, on
    the elements actually rendered: the branch of a ``cs:choose`` not taken calls nothing
    (citeproc-py counted any variable anywhere under a rendered ``cs:choose``, so APA's
    ``(Publication)`` for a thesis without a number was printed). As in citeproc-js, a group
    shows when one of its variables rendered, or when it shows a term and tried no variable;
    a nested group (or macro call) that shows counts as a rendered variable for the group
    around it."""
    model.Group.process = _group_process
    model.Text._variable, model.Text.process = _text_in_groups(
        model.Text._variable, model.Text.process
    )
    model.Text._term = _intending(model.Text._term)
    model.Label.process = _intending(model.Label.process)
    for cls in (model.Names, model.Date, model.Number):
        cls.render = _attempting(cls.render)
