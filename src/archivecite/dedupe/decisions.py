"""A person's accept/reject choices on proposed clusters, saved and replayed.

A decisions file is JSON::

    {"format": "archivecite-dedupe-decisions", "version": 1,
     "decisions": {"<cluster key>": "accept", "<cluster key>": "reject"}}

(a bare ``{"<cluster key>": "accept", ...}`` object is read too). The cluster key is a content
hash of the members' identities, not of their positions: the same references read in another
order, from other files or at other lines give the same key, so the choices survive a re-run.
A member's identity is its content without provenance (file and line); two identical members
count twice.

``apply_decisions`` returns the clusters to merge: accepted ones and the ones no decision
names (kept as proposed); rejected ones are split back into their members.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Literal

from archivecite.dedupe.cluster import Cluster
from archivecite.errors import ArchiveciteError
from archivecite.model.reference import ReferenceKind

__all__ = [
    "DECISIONS_FORMAT",
    "Decision",
    "DecisionsError",
    "apply_decisions",
    "cluster_key",
    "dump_decisions",
    "load_decisions",
    "member_identity",
    "parse_decisions",
    "save_decisions",
]

DECISIONS_FORMAT = "archivecite-dedupe-decisions"
Decision = Literal["accept", "reject"]
_VALUES: frozenset[str] = frozenset({"accept", "reject"})


class DecisionsError(ArchiveciteError, ValueError):
    """A decisions file that is not of the documented form."""


def member_identity(reference: ReferenceKind) -> str:
    """A hash of the reference's content without its provenance (file, line, raw text)."""
    content = reference.model_dump(mode="json", exclude={"provenance"}, exclude_none=True)
    canonical = json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def cluster_key(cluster: Cluster, references: Sequence[ReferenceKind]) -> str:
    """The stable key of a cluster: a hash of the sorted identities of its members."""
    identities = sorted(member_identity(references[index]) for index in cluster.members)
    return hashlib.sha256("\n".join(identities).encode("ascii")).hexdigest()[:32]


def parse_decisions(text: str, *, source: str = "<decisions>") -> dict[str, Decision]:
    """Decisions from the JSON text of a decisions file."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise DecisionsError(f"{source}: not JSON: {error}") from error
    if not isinstance(data, dict):
        raise DecisionsError(f"{source}: expected a JSON object, found {type(data).__name__}")
    if "decisions" in data:
        if data.get("format", DECISIONS_FORMAT) != DECISIONS_FORMAT:
            raise DecisionsError(
                f"{source}: format is {data.get('format')!r}, not a decisions file"
            )
        if data.get("version", 1) != 1:
            raise DecisionsError(f"{source}: version {data.get('version')!r} is not supported")
        data = data["decisions"]
        if not isinstance(data, dict):
            raise DecisionsError(f"{source}: 'decisions' must be an object of key: decision")
    decisions: dict[str, Decision] = {}
    for key, value in data.items():
        if value not in _VALUES:
            raise DecisionsError(
                f"{source}: cluster {key}: decision {value!r} is not 'accept' or 'reject'"
            )
        decisions[str(key)] = "accept" if value == "accept" else "reject"
    return decisions


def load_decisions(path: str | Path) -> dict[str, Decision]:
    """Read a decisions file (a missing file is an error, not an empty set of choices)."""
    path = Path(path)
    try:
        text = path.read_text("utf-8")
    except OSError as error:
        raise DecisionsError(f"{path}: cannot read the decisions file: {error}") from error
    return parse_decisions(text, source=str(path))


def dump_decisions(decisions: Mapping[str, Decision]) -> str:
    """The JSON text of a decisions file, keys sorted."""
    body = {"format": DECISIONS_FORMAT, "version": 1, "decisions": dict(sorted(decisions.items()))}
    return json.dumps(body, indent=2, ensure_ascii=False) + "\n"


def save_decisions(decisions: Mapping[str, Decision], path: str | Path) -> None:
    Path(path).write_text(dump_decisions(decisions), "utf-8")


def apply_decisions(
    clusters: Iterable[Cluster],
    references: Sequence[ReferenceKind],
    decisions: Mapping[str, Decision],
) -> list[Cluster]:
    """The clusters to merge: accepted and undecided ones; rejected ones are left out, so
    their members stay separate references. Sorted by members, like ``find_duplicates``."""
    kept = [
        cluster
        for cluster in clusters
        if decisions.get(cluster_key(cluster, references)) != "reject"
    ]
    return sorted(kept, key=lambda cluster: cluster.members)
