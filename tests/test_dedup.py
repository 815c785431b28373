"""URL and exact dedup as global stages: who survives, what the ledger and rejects say, scopes."""

from __future__ import annotations

import json

import pyarrow.dataset as ds

from curate.config import parse_config
from curate.pipeline import run

BODY = "The council approved the new budget for the city's public libraries on Tuesday evening."


def write_jsonl(path, records):
    path.write_text("".join(json.dumps(r) + "\n" for r in records))


def dedup_config(tmp_path, inputs, **dedup):
    return parse_config({"name": "d", "inputs": inputs, "output": {"path": str(tmp_path / "out")},
                         "dedup": dedup, "stages": []})


def rows(path):
    return {r["id"]: r for r in ds.dataset(str(path), format="parquet").to_table().to_pylist()}


def test_exact_and_url_dedup_with_survivor_policy(spark, tmp_path):
    write_jsonl(tmp_path / "a.jsonl", [
        {"id": "old", "text": BODY, "url": "https://www.example.com/news/1", "ts": "2020-01-01T00:00:00Z"},
        {"id": "new", "text": BODY.upper() + "  ", "url": "https://example.com/other", "ts": "2023-05-01T00:00:00Z"},
        {"id": "punct", "text": BODY.replace(",", "").replace("'", " ") + "!!", "url": None, "ts": None},
        {"id": "url-copy", "text": "A different text about a different topic entirely.",
         "url": "http://example.com/news/1/?utm=x#top", "ts": "2024-01-01T00:00:00Z"},
        {"id": "alone", "text": "Something else that has no copy anywhere.", "url": "https://example.org/x"},
    ])
    config = dedup_config(tmp_path, [{"paths": [str(tmp_path / "a.jsonl")], "id_field": "id", "timestamp_field": "ts"}],
                          url=True, exact=True)
    result = run(config, echo=False)
    dedup = result.ledger["stages"][-1]
    assert dedup["stage"] == "dedup"
    assert {r: c["docs"] for r, c in dedup["reasons"].items()} == {"dedup.url": 1, "dedup.exact": 1}
    kept = rows(tmp_path / "out" / "data")
    rejects = rows(tmp_path / "out" / "rejects")
    # URL: the newest of the two pages at example.com/news/1 survives
    assert "url-copy" in kept and rejects["old"]["drop_reason"] == "dedup.url" and rejects["old"]["dup_of"] == "url-copy"
    # exact: "old" is gone already; of "new" and "punct" the newest (dated) survives
    assert "new" in kept and rejects["punct"]["dup_of"] == "new" and rejects["punct"]["drop_reason"] == "dedup.exact"
    assert kept["new"]["dup_cluster_size"] == 2 and kept["alone"]["dup_cluster_size"] == 1
    assert "dup_of" not in ds.dataset(str(tmp_path / "out" / "data"), format="parquet").schema.names
    assert result.ledger["documents_kept"] == 3


def test_scope_source_keeps_copies_from_other_sources(spark, tmp_path):
    for name in ("dump1", "dump2"):
        (tmp_path / name).mkdir()
        write_jsonl(tmp_path / name / "docs.jsonl", [{"text": BODY}, {"text": BODY}])
    inputs = [{"paths": [str(tmp_path / "dump1")], "source": "dump1"},
              {"paths": [str(tmp_path / "dump2")], "source": "dump2"}]
    result = run(dedup_config(tmp_path, inputs, exact=True, scope="source"), echo=False)
    assert result.ledger["documents_kept"] == 2  # one per dump
    result = run(dedup_config(tmp_path, inputs, exact=True, scope="global"), echo=False)
    assert result.ledger["documents_kept"] == 1
