"""Deduplication across scripts and transliteration schemes: keys → blocks → scores →
clusters → lossless merge.

``find_duplicates`` groups references that are the same document, the same archival file or
the same work, each cluster with a score and a reason per field; ``merge`` turns one cluster
into a reference that keeps every variant with its provenance, and ``split`` gives the
members back.
"""

from archivecite.dedupe.cluster import Cluster, FieldReason, find_duplicates
from archivecite.dedupe.decisions import apply_decisions, cluster_key, load_decisions
from archivecite.dedupe.keys import RecordKeys, record_keys
from archivecite.dedupe.merge import (
    MergedReference,
    MergePolicy,
    MostCompletePolicy,
    MostSupportedPolicy,
    merge,
    split,
)
from archivecite.dedupe.report import html_report
from archivecite.dedupe.scoring import PairDecision, Reason, Sameness, probable_typo, score_pair

__all__ = [
    "Cluster",
    "FieldReason",
    "MergePolicy",
    "MergedReference",
    "MostCompletePolicy",
    "MostSupportedPolicy",
    "PairDecision",
    "Reason",
    "RecordKeys",
    "Sameness",
    "apply_decisions",
    "cluster_key",
    "find_duplicates",
    "html_report",
    "load_decisions",
    "merge",
    "probable_typo",
    "record_keys",
    "score_pair",
    "split",
]
