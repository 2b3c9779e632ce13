"""Clusters built without validation are the clusters validation would build."""

from __future__ import annotations

from archivecite.dedupe import Cluster, find_duplicates
from tests.dedupe.pair_sets import build
from tests.dedupe.test_cross_script import PAIRS


def test_unvalidated_clusters_equal_validated_ones() -> None:
    sides = {repr(sorted(pair[tag].items())): pair[tag] for pair in PAIRS for tag in ("a", "b")}
    clusters = find_duplicates([build(side) for side in sides.values()])
    assert any(len(cluster.reasons) > 1 for cluster in clusters)
    for cluster in clusters:
        validated = Cluster.model_validate(cluster.model_dump())
        assert validated == cluster
        assert validated.model_dump() == cluster.model_dump()
        assert validated.explanation == cluster.explanation
        assert cluster.model_fields_set == validated.model_fields_set
    # the field names are one set shared by every cluster: a copy must not change it
    changed = clusters[0].model_copy(update={"score": 0.5})
    assert changed.score == 0.5
    assert clusters[0].score != 0.5
    assert clusters[-1].model_fields_set == set(Cluster.model_fields)
    assert clusters[-1].reasons[0].model_fields_set == {"field", "text", "pair"}
