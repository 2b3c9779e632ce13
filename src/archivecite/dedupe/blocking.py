"""Blocking: group references that could be the same, by keys that need no comparison.

Each reference gets a handful of blocking keys; references sharing a key form a block.
Blocks are independent units of work: :func:`candidate_pairs` turns one block into the pairs
worth a detailed look with one ``rapidfuzz.process.cdist`` call, so blocks can be spread over
processes or a dataframe engine (group by key, apply per group). Blocks larger than
``max_block`` are cut into overlapping windows in title order, which keeps the cost linear.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Literal

import numpy as np
from numpy.typing import NDArray
from rapidfuzz import fuzz, process

from archivecite.dedupe.keys import RecordKeys

__all__ = ["Block", "blocking_keys", "build_blocks", "candidate_pairs"]

BlockKind = Literal["exact", "fuzzy"]
_STOP = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "on",
        "in",
        "for",
        "and",
        "to",
        "with",
        "by",
        "from",
        "at",
        "as",
        "is",
        "are",
        "its",
        "into",
        "via",
        "using",
        "ob",
        "o",
        "v",
        "na",
        "po",
        "i",
        "s",
        "k",
        "za",
        "ot",
        "iz",
        "dlia",
        "pri",
    ]
)
_AFFIX = 10


@dataclass(frozen=True, slots=True)
class Block:
    """Members (input indices) that share ``key``. ``exact`` blocks (same identifier, same
    archival file) send every pair on; ``fuzzy`` blocks only pairs whose titles are close."""

    key: str
    kind: BlockKind
    members: tuple[int, ...]


def _tokens(key: str) -> list[str]:
    return [token for token in key.split() if token not in _STOP]


def blocking_keys(record: RecordKeys) -> Iterator[tuple[str, BlockKind]]:
    """The blocking keys of one record, with the kind of block each one opens."""
    for scheme, value in record.identifiers.items():
        yield f"id:{scheme}:{value}", "exact"
    loc = record.locator
    if loc:
        archive = record.archive or "?"
        parts = [f"{name}={value}" for name, value in sorted(loc.items())]
        yield f"loc:{archive}:{'|'.join(parts)}", "exact"
        if {"fond", "delo"} <= loc.keys():
            # a typo in the opis still leaves one shared key (a different delo is never the same)
            yield f"loc-fd:{archive}:{loc['fond']}:{loc['delo']}", "exact"
        return  # a located document is found by its locator: "Донесение" recurs in every fond
    for title in record.titles:
        tokens = _tokens(title.key)
        flat = "".join(tokens) or title.key.replace(" ", "")
        if len(flat) >= 4:
            yield f"tp:{flat[:_AFFIX]}", "fuzzy"
            yield f"ts:{flat[-_AFFIX:]}", "fuzzy"
        long_tokens = sorted(sorted(tokens, key=len, reverse=True)[:2])
        if len(long_tokens) == 2 and len(long_tokens[0]) >= 4:
            yield f"tw:{long_tokens[0]}:{long_tokens[1]}", "fuzzy"
    if record.authors and record.year is not None:
        yield f"ay:{record.authors[0][:8]}:{record.year}", "fuzzy"


def build_blocks(records: Iterable[RecordKeys], *, max_block: int = 400) -> list[Block]:
    """Blocks of two or more members; oversized fuzzy blocks become overlapping windows."""
    groups: dict[tuple[str, BlockKind], list[int]] = defaultdict(list)
    sort_keys: dict[int, str] = {}
    for record in records:
        sort_keys[record.index] = record.titles[0].key if record.titles else ""
        for block_key in dict.fromkeys(blocking_keys(record)):
            groups[block_key].append(record.index)
    blocks = []
    for (key, kind), members in groups.items():
        if len(members) < 2:
            continue
        if len(members) <= max_block:
            blocks.append(Block(key, kind, tuple(members)))
            continue
        ordered = sorted(members, key=lambda index: sort_keys[index])
        step = max_block - max_block // 4
        for start in range(0, len(ordered) - max_block // 4, step):
            window = tuple(ordered[start : start + max_block])
            if len(window) >= 2:
                blocks.append(Block(f"{key}#{start}", kind, window))
    return blocks


def candidate_pairs(
    block: Block,
    records: Sequence[RecordKeys],
    *,
    cutoff: float = 60.0,
    workers: int = 1,
) -> NDArray[np.int64]:
    """The pairs ``(i, j)``, ``i < j`` input indices, of one block worth scoring in detail.

    Fuzzy blocks keep a pair when any title key of one is within ``cutoff`` (rapidfuzz
    ``token_sort_ratio``) of any title key of the other, or when neither has a title.
    """
    members = block.members
    if block.kind == "exact" or len(members) == 2:
        left, right = np.triu_indices(len(members), k=1)
    else:
        texts: list[str] = []
        owners: list[int] = []
        untitled: list[int] = []
        for position, index in enumerate(members):
            titles = records[index].titles
            if not titles:
                untitled.append(position)
            for title in titles:
                texts.append(title.key)
                owners.append(position)
        scores = process.cdist(
            texts,
            texts,
            scorer=fuzz.token_sort_ratio,
            score_cutoff=cutoff,
            dtype=np.uint8,
            workers=workers if len(texts) > 64 else 1,
        )
        rows, cols = np.nonzero(scores)
        owner = np.asarray(owners, dtype=np.int64)
        left, right = owner[rows], owner[cols]
        if untitled:
            extra = np.asarray(untitled, dtype=np.int64)
            grid_l, grid_r = np.meshgrid(extra, np.arange(len(members)))
            left = np.concatenate([left, grid_l.ravel()])
            right = np.concatenate([right, grid_r.ravel()])
        keep = left != right
        left, right = left[keep], right[keep]
    inputs = np.asarray(members, dtype=np.int64)
    first, second = inputs[left], inputs[right]
    pairs: NDArray[np.int64] = np.stack(
        [np.minimum(first, second), np.maximum(first, second)], axis=1
    )
    kept: NDArray[np.int64] = pairs[pairs[:, 0] != pairs[:, 1]]
    return kept
