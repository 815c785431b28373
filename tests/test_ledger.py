"""The ledger's arithmetic from aggregated counts (the Spark aggregation itself is tested end to end)."""

from __future__ import annotations

import pytest

from curate.driver.ledger import build_ledger, format_table

COUNTS = [
    ("en", None, 50, 5000),
    ("en", "language.min_score", 5, 100),
    ("en", "length.min_words", 10, 200),
    ("fr", None, 3, 300),
    ("fr", "length.min_words", 2, 20),
    ("und", "read.invalid_json", 4, 40),
    ("und", "extract.no_text", 6, 0),
]


def test_in_equals_kept_plus_dropped_everywhere():
    ledger = build_ledger(COUNTS, ["read", "extract", "language", "length"])
    assert ledger["documents_in"] == 80 and ledger["documents_kept"] == 53
    previous_kept = None
    for stage in ledger["stages"]:
        for key in ("docs", "chars"):
            assert stage["in"][key] == stage["kept"][key] + stage["dropped"][key]
            for cell in stage["by_language"].values():
                assert cell["in"][key] == cell["kept"][key] + cell["dropped"][key]
        if previous_kept is not None:
            assert stage["in"] == previous_kept
        previous_kept = stage["kept"]
    length = ledger["stages"][3]
    assert length["in"] == {"docs": 65, "chars": 5520}
    assert length["reasons"] == {"length.min_words": {"docs": 12, "chars": 220}}
    assert length["by_language"]["fr"]["dropped"] == {"docs": 2, "chars": 20}
    assert "und" not in length["by_language"]  # nothing undetermined reached it


def test_unknown_stage_in_reasons_is_an_error():
    with pytest.raises(ValueError, match="not in the pipeline"):
        build_ledger([("en", "dedup.exact", 1, 1)], ["read", "extract"])


def test_table_lists_top_reasons():
    table = format_table(build_ledger(COUNTS, ["read", "extract", "language", "length"]))
    assert "min_words 12" in table
    assert table.splitlines()[0].split() == ["stage", "in", "kept", "dropped", "top", "reasons"]
