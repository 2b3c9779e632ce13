"""``archivecite.csl.speedups`` changes how fast citeproc-py renders, never what it renders; nor
do the fixes' shortcuts (sort keys computed only where they decide, work shared by works of
one content)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from citeproc import model

from archivecite.csl import Cite, engine, fused, speedups
from archivecite.csl.fixes import disambiguation, sorting
from archivecite.csl.speedups import CiteList, KeyList
from tests.csl.conformance import DATA
from tests.csl.speedups_corpus import STYLES, render_corpus

ROOT = Path(__file__).resolve().parent.parent.parent


@pytest.mark.skipif(not speedups.enabled(), reason="ARCHIVECITE_CSL_SPEEDUPS=0 for this run")
def test_speedups_render_the_conformance_corpus_identically(tmp_path: Path) -> None:
    """Every bibliography entry and note of the conformance corpus, in the six conformance
    styles (text, and HTML for two) and our bundled styles, is the same string with the
    speedups as with citeproc-py and the conformance fixes alone (rendered in a subprocess
    with ``ARCHIVECITE_CSL_SPEEDUPS=0``)."""
    out = tmp_path / "plain.json"
    paths = [str(ROOT / "src"), str(ROOT), *filter(None, [os.environ.get("PYTHONPATH")])]
    env = {**os.environ, "ARCHIVECITE_CSL_SPEEDUPS": "0", "PYTHONPATH": os.pathsep.join(paths)}
    plain_run = subprocess.Popen(
        [sys.executable, "-m", "tests.csl.speedups_corpus", str(out)], cwd=ROOT, env=env
    )
    fast = render_corpus()
    assert plain_run.wait() == 0
    plain = json.loads(out.read_text(encoding="utf-8"))
    assert sorted(plain) == sorted(fast)
    assert {key.split("/")[0] for key in fast} >= set(STYLES)
    for key, strings in plain.items():
        assert len(fast[key]) == len(strings), key
        differing = [
            f"{key} #{number}\n  citeproc-py: {old}\n  speedups:    {new}"
            for number, (old, new) in enumerate(zip(strings, fast[key], strict=True))
            if old != new
        ]
        assert not differing, "\n".join(differing[:5])


def test_speedups_turned_off_by_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ARCHIVECITE_CSL_SPEEDUPS", "0")
    assert not speedups.enabled()
    monkeypatch.setenv("ARCHIVECITE_CSL_SPEEDUPS", "1")
    assert speedups.enabled()


def test_key_list_answers_as_a_list_does() -> None:
    keys = KeyList(["b", "a", "c", "a"])
    plain = ["b", "a", "c", "a"]
    assert keys.index("a") == plain.index("a") == 1
    assert keys.index("a", 2) == plain.index("a", 2) == 3
    assert "c" in keys
    assert "z" not in keys
    with pytest.raises(ValueError, match="not in list"):
        keys.index("z")
    keys.append("z")
    assert keys.index("z") == 4
    keys.sort()
    plain = sorted([*plain, "z"])
    for key in plain:
        assert keys.index(key) == plain.index(key)
    keys.remove("a")
    plain.remove("a")
    assert [keys.index(key) for key in plain] == [plain.index(key) for key in plain]
    keys.clear()
    assert "a" not in keys


class _Cite:
    def __init__(self, key: str) -> None:
        self.key = key


def test_cite_list_knows_which_works_it_cites() -> None:
    cites = CiteList([_Cite("a")])
    assert cites.cited("a")
    assert not cites.cited("b")
    cites.append(_Cite("b"))
    assert cites.cited("b")
    cites.pop()
    assert not cites.cited("b")
    cites.extend([_Cite("c")])
    assert cites.cited("c")


_SHARING_STYLES = (
    "chicago-notes-bibliography",  # names and disambiguate conditions, no year-suffix
    "apa",  # year-suffix: copies of one work get different entries
    "modern-language-association",  # subsequent-author-substitute: entries not shared
    "gost-r-7-0-5-2008",  # citation-number: nothing shared
)


def _with_copies(count: int) -> list[dict[str, Any]]:
    """The first ``count`` conformance items and a copy of each under another id."""
    items: list[dict[str, Any]] = json.loads((DATA / "items.json").read_text(encoding="utf-8"))
    return items[:count] + [{**item, "id": f"{item['id']}-copy"} for item in items[:count]]


def _rendered(style: str, items: list[dict[str, Any]]) -> tuple[list[Any], list[str]]:
    notes = [[Cite(str(item["id"]))] for item in items[::7]]
    notes.append([Cite(str(items[0]["id"])), Cite(str(items[-1]["id"]))])
    engine.cache_clear()
    fixed = engine(style)
    return fixed.bibliography_with_ids(items), fixed.notes(items, notes)


@pytest.mark.parametrize("style", _SHARING_STYLES)
def test_works_of_one_content_render_as_they_do_rendered_apart(
    style: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Sort keys, disambiguation cites and entries computed once for works with the same
    content (``fixes.contents``) give every string and the order that computing each work's
    own give (sharing turned off by telling the fixes no contents are known)."""
    items = _with_copies(120)
    shared = _rendered(style, items)
    for module in (sorting, disambiguation):
        monkeypatch.setattr(module, "content_keys", lambda *_args, **_kwargs: None)
    apart = _rendered(style, items)
    assert shared[0] == apart[0]
    assert shared[1] == apart[1]
    assert len(shared[0]) > len(items) // 2


def _with_and_without(
    hook: list[Any], counting: Any, off: Any, style: str, items: list[dict[str, Any]]
) -> tuple[Any, Any]:
    """The renders with a plan hook counting its skips, then with the hook turned off."""
    plan = hook[0]
    try:
        hook[0] = counting
        planned = _rendered(style, items)
        hook[0] = off
        walked = _rendered(style, items)
    finally:
        hook[0] = plan
    return planned, walked


@pytest.mark.parametrize("style", _SHARING_STYLES)
def test_groups_and_macros_skipped_for_absent_variables_render_as_walked(style: str) -> None:
    """A group or macro call that ``fused.absent`` says renders nothing for a work without
    its variables is skipped; walking it instead gives every string and the order (the
    plans turned off), and some elements are skipped."""
    items = _with_copies(120)
    plan = fused.text.PLAN[0]
    assert plan is fused.absent.plan
    skipped = []

    def counting(element: Any, item: Any, macro: bool) -> Any:
        found = plan(element, item, macro)
        if found is not None:
            skipped.append(element)
        return found

    planned, walked = _with_and_without(
        fused.text.PLAN, counting, lambda *_args: None, style, items
    )
    assert planned[0] == walked[0]
    assert planned[1] == walked[1]
    assert skipped


@pytest.mark.parametrize("style", _SHARING_STYLES)
def test_substitute_chooses_skipped_for_absent_variables_render_as_walked(style: str) -> None:
    """A ``cs:choose`` in a ``cs:substitute`` that ``fused.absent`` says renders nothing for
    a work without its variables is skipped; rendering it instead gives every string and
    the order (the plans turned off)."""
    items = _with_copies(120)
    plan, no_plan = fused.structure.CHOOSE_PLAN
    assert plan is fused.absent.choose_plan
    skipped = []

    def counting(element: Any, item: Any) -> Any:
        found = plan(element, item)
        if found is not no_plan:
            skipped.append(element)
        return found

    planned, walked = _with_and_without(
        fused.structure.CHOOSE_PLAN, counting, lambda *_args: no_plan, style, items
    )
    assert planned[0] == walked[0]
    assert planned[1] == walked[1]
    substitutes = [
        element
        for element in engine(style)._style.root.iter()
        if isinstance(element, model.Substitute)
    ]
    if any(isinstance(child, model.Choose) for element in substitutes for child in element):
        assert skipped


@pytest.mark.parametrize("style", ["chicago-notes-bibliography", "apa"])
def test_sort_computes_later_keys_only_for_ties_and_keeps_the_order(
    style: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A ``cs:key`` is computed only for works tied on every key before it, and the order is
    the one all keys computed for all works give (the order of the eager sort below)."""
    items = _with_copies(200)
    engine.cache_clear()
    fixed = engine(style)
    computed: list[int] = []
    original = model.Key.sort_keys

    def counting(self: Any, cites: Any, context: Any) -> Any:
        computed.append(len(cites))
        return original(self, cites, context)

    monkeypatch.setattr(model.Key, "sort_keys", counting)
    order = [key for key, _ in fixed.bibliography_with_ids(items)]
    monkeypatch.setattr(model.Key, "sort_keys", original)
    assert computed[0] == len(items) // 2  # each content once
    assert sum(computed[1:]) < len(computed[1:]) * len(items) // 2

    def eager(self: Any, cites: Any, context: Any) -> Any:
        cites = list(cites)
        columns = []
        for key in self.iterchildren("{http://purl.org/net/xbiblio/csl}key"):
            token = sorting._in_sort_macro.set("macro" in key.attrib)
            area = sorting._bibliography_sort.set(True)
            try:
                raw = key.sort_keys(cites, context)
            finally:
                sorting._bibliography_sort.reset(area)
                sorting._in_sort_macro.reset(token)
            values = [sorting._sort_key(value, "en") for value in raw]
            columns.append((values, key.get("sort", "ascending") == "descending"))

        def rank(index: int) -> tuple[Any, ...]:
            ranked = []
            for values, descending in columns:
                value = values[index]
                ranked.append((value is None, _Reversed(value) if descending else value))
            return (*ranked, index)

        return [cites[index] for index in sorted(range(len(cites)), key=rank)]

    monkeypatch.setattr(model.Sort, "sort", eager)
    assert order == [key for key, _ in fixed.bibliography_with_ids(items)]


class _Reversed:
    """A sort value that orders the other way round."""

    def __init__(self, value: Any) -> None:
        self.value = value

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Reversed) and self.value == other.value

    def __lt__(self, other: _Reversed) -> bool:
        return bool(other.value < self.value)

    __hash__ = None  # type: ignore[assignment]


@pytest.mark.skipif(not speedups.enabled(), reason="ARCHIVECITE_CSL_SPEEDUPS=0 for this run")
def test_every_fusion_applies() -> None:
    """Each fused function stands for the exact chain of wrappers the fixes build; a fix
    added to a chain leaves it unfused (slower, never wrong), which this test reports."""
    assert fused.fused() == fused.NAMES


class _Plain:
    def method(self) -> str:
        return "plain"


def _wrapping(method: Any) -> Any:
    def wrapper(self: Any) -> Any:
        return method(self).upper()

    return wrapper


def test_a_chain_is_the_methods_a_wrapper_wraps(monkeypatch: pytest.MonkeyPatch) -> None:
    plain = f"{__name__}._Plain.method"
    assert fused.chain(_Plain.method) == (plain,)
    assert fused.matches({(_Plain, "method"): (plain,)})
    monkeypatch.setattr(_Plain, "method", _wrapping(_Plain.method))
    assert fused.chain(_Plain.method) == (f"{__name__}._wrapping.<locals>.wrapper", plain)
    assert not fused.matches({(_Plain, "method"): (plain,)})
