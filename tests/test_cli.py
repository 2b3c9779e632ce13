"""The command line: outputs, messages and exit codes that scripts can rely on."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from archivecite.cli import main
from tests.conftest import EXAMPLES

KATASONOVA = str(EXAMPLES / "katasonova2020_references.txt")


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_parse_writes_json_lines(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(["parse", KATASONOVA], capsys)
    assert code == 0
    rows = [json.loads(line) for line in out.splitlines()]
    assert len(rows) == 21
    assert rows[2]["references"][0]["locator"]["fond"] == "9401"
    assert rows[2]["line"] == 5


def test_parse_table(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(["parse", "--format", "table", KATASONOVA], capsys)
    assert code == 0
    assert "tsamo" in out


def test_parse_reads_stdin(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    stdin = io.TextIOWrapper(io.BytesIO("ГАРФ. Ф. Р-9401. Оп. 2. Д. 582. Л. 9.\n".encode()))
    monkeypatch.setattr(sys, "stdin", stdin)
    code, out, _ = _run(["parse"], capsys)
    assert code == 0
    assert json.loads(out)["references"][0]["locator"]["fond"] == "R-9401"


def test_lint_reports_lines_and_exits_zero_on_warnings(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(["lint", KATASONOVA], capsys)
    assert code == 0
    assert f"{KATASONOVA}:35: warning: tsamo fond 66: opis '178499'" in out
    assert "[letter-outside-scheme]" in out


def test_lint_exits_one_on_unparsed_entries(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    refs = tmp_path / "refs.txt"
    refs.write_text("1. ГАРФ. Ф. 5446. Оп. 1. Д. 7.\n2. ???\n", encoding="utf-8")
    code, out, _ = _run(["lint", str(refs)], capsys)
    assert code == 1
    assert f"{refs}:2: error: when expecting an archival locator" in out


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "the input is empty"),
        (b"\x00\x01binary", "binary data, not text (NUL byte at offset 0)"),
        ("ГАРФ".encode("cp1251"), "not UTF-8 text: byte 0xc3 at offset 0"),
    ],
    ids=["empty", "binary", "cp1251"],
)
def test_bad_input_gets_a_message_not_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes, message: str
) -> None:
    path = tmp_path / "input.txt"
    path.write_bytes(content)
    code, _, err = _run(["parse", str(path)], capsys)
    assert code in (1, 2)
    assert message in err
    assert "Traceback" not in err


def test_huge_line_is_an_unparsed_entry(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "huge.txt"
    path.write_text("x" * 1_000_000 + "\n", encoding="utf-8")
    code, _, err = _run(["parse", str(path)], capsys)
    assert code == 1
    assert "a citation of at most 5,000 characters (found 1,000,000)" in err


def test_missing_file_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _run(["parse", "no/such/file.txt"], capsys)
    assert code == 2
    assert "no/such/file.txt" in err


def test_unknown_command_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, _ = _run(["frobnicate"], capsys)
    assert code == 2


def test_registry_lookup(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(["registry", "ЦГАОР СССР"], capsys)
    assert code == 0
    assert json.loads(out)["id"] == "garf"


@pytest.mark.parametrize(
    ("argv", "line", "expected"),
    [
        (
            ["translit", "--scheme", "bgn-pcgn"],
            "Японские военнопленные",
            "Yaponskiye voyennoplennyye",
        ),
        (
            ["translit", "--reverse", "--scheme", "bgn-pcgn"],
            "Yaponskiye voyennoplennyye",
            "Японские военнопленные",
        ),
        (["translit", "--lang", "ja"], "シベリア抑留", "Shiberia yokuryū"),
        # University of Michigan catalogue record OCLC 23343161: 100 heading, 245 $c text order.
        (["translit", "--lang", "ja", "--scheme", "ala-lc"], "佐伯彰光", "Saeki, Akimitsu"),
        (
            ["translit", "--lang", "ja", "--scheme", "ala-lc", "--name-order", "text"],
            "佐伯彰光",
            "Saeki Akimitsu",
        ),
    ],
    ids=["romanize", "reverse", "japanese-seed-title", "name-heading", "name-in-text"],
)
def test_translit(
    argv: list[str],
    line: str,
    expected: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(line + "\n"))
    code, out, _ = _run(argv, capsys)
    assert code == 0
    assert out == expected + "\n"


def test_translit_unknown_scheme_is_a_usage_error(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("Москва\n"))
    code, _, err = _run(["translit", "--scheme", "bgn-pcg"], capsys)
    assert code == 2
    assert "did you mean 'bgn-pcgn'?" in err


def test_convert_reports_what_a_format_cannot_hold(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "refs.json"
    source.write_text(
        json.dumps(
            [
                {
                    "id": "garf1956",
                    "type": "manuscript",
                    "title": "Spravka o kolichestve voyennoplennykh byvshey yaponskoy armii",
                    "archive": "GA RF",
                    "archive_location": "F. 9401, op. 2, d. 582, l. 9-12",
                    "issued": {"date-parts": [[1956]]},
                }
            ]
        ),
        encoding="utf-8",
    )
    code, out, _ = _run(["convert", str(source), "--to", "bibtex"], capsys)
    assert code == 0
    assert "archive_location = {F. 9401, op. 2, d. 582, l. 9-12}" in out.replace("  ", " ")


def test_convert_needs_a_target(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _run(["convert", KATASONOVA], capsys)
    assert code == 2
    assert "convert needs --to" in err


def test_format_a_citation_list(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(["format", "--style", "chicago-notes-bibliography", KATASONOVA], capsys)
    assert code == 0
    lines = out.splitlines()
    assert len(lines) == 21
    assert sum("F. 9401, op. 2, d. 582, ll. 9–12" in line for line in lines) == 1


def test_dedupe_merges_one_archival_file_cited_twice_and_writes_a_report(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # The seed's GA RF file in the list's own Latin form, and as a Russian list cites it.
    refs = tmp_path / "refs.txt"
    refs.write_text(
        "GA RF. F. 9401, op. 2, d. 582, l. 9-12\n"
        "ГА РФ. Ф. Р-9401. Оп. 2. Д. 582. Л. 9–12.\n"
        "TSAMO. F. 66, op. 178499, d. 3, l. 220-221.\n",
        encoding="utf-8",
    )
    report = tmp_path / "report.html"
    variants = tmp_path / "variants.json"
    code, out, err = _run(
        [
            "dedupe",
            str(refs),
            "--to",
            "csljson",
            "--report",
            str(report),
            "--variants",
            str(variants),
            "--level",
            "file",
        ],
        capsys,
    )
    assert code == 0
    assert "3 references, 1 clusters proposed, 1 merged, 2 written" in err
    assert len(json.loads(out)) == 2
    assert "<html" in report.read_text(encoding="utf-8")
    merged = json.loads(variants.read_text(encoding="utf-8"))
    assert len(merged) == 1


def test_python_dash_m_runs_the_command_line() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "archivecite", "registry", "ГАРФ"],
        capture_output=True,
        text=True,
        check=False,
        env={"PYTHONPATH": str(Path(__file__).parent.parent / "src"), "PATH": ""},
    )
    assert result.returncode == 0, result.stderr
    assert "garf" in result.stdout


def test_dedupe_keeps_and_joins_citations_it_cannot_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Two co-authors' lists with the same line the parser cannot read (a pamphlet named by what
    # it is, cross_script_holdout22.toml) and one it reads.
    unreadable = "Long Live Mao Tse-tung Thought, a Red Guard Publication."
    first, second = tmp_path / "first.txt", tmp_path / "second.txt"
    first.write_text(f"{unreadable}\nGA RF. F. 9401, op. 2, d. 582, l. 9-12\n", encoding="utf-8")
    second.write_text(f"{unreadable}\n", encoding="utf-8")
    code, out, err = _run(["dedupe", str(first), str(second), "--to", "bibtex"], capsys)
    assert code == 1
    assert f"{first}:1:1: when expecting" in err
    assert "3 references, 1 clusters proposed, 1 merged, 2 written" in err
    assert out.count(f"note = {{{unreadable}}}") == 1
    assert out.count("@misc{") == 1
