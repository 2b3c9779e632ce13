"""``archivecite.csl.speedups`` changes how fast citeproc-py renders, never what it renders."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from archivecite.csl import speedups
from archivecite.csl.speedups import CiteList, KeyList
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
