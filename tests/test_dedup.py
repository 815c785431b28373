"""URL and exact dedup as global stages: who survives, what the ledger and rejects say, scopes."""

from __future__ import annotations

import json

import pyarrow.dataset as ds

from curate.config import parse_config
from curate.driver.run import run

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


def _article(seed: int, words: int = 120) -> str:
    """A document of real sample text: consecutive words of the bundled C4 sample, from a seed-chosen start."""
    import random

    from tests.conftest import SAMPLE

    vocabulary = " ".join(json.loads(line)["text"] for line in open(SAMPLE / "c4_demo.jsonl", encoding="utf-8")).split()
    start = random.Random(seed).randrange(len(vocabulary) - words)
    return " ".join(vocabulary[start:start + words])


def _edited(text: str, changes: int, seed: int) -> str:
    import random

    rng = random.Random(seed)
    words = text.split()
    for _ in range(changes):
        words[rng.randrange(len(words))] = f"edit{rng.randrange(10**6)}"
    return " ".join(words)


def test_minhash_near_dedup_survivor_clusters_and_signatures(spark, tmp_path):
    from datasketch import MinHashLSH

    from curate.dedup.minhash import to_lean_minhash

    base, other = _article(1), _article(2)
    write_jsonl(tmp_path / "a.jsonl", [
        {"id": "a-old", "text": base, "ts": "2019-01-01T00:00:00Z"},
        {"id": "a-new", "text": _edited(base, 2, 1), "ts": "2024-01-01T00:00:00Z"},  # newest: survives
        {"id": "a-copy", "text": base.upper(), "ts": "2018-01-01T00:00:00Z"},  # exact copy of a-old
        {"id": "a-far", "text": _edited(base, 40, 2)},  # a third of the words changed: not a near copy
        {"id": "b", "text": other},
        {"id": "empty", "text": "!!!"},
    ])
    config = dedup_config(tmp_path, [{"paths": [str(tmp_path / "a.jsonl")], "id_field": "id", "timestamp_field": "ts"}],
                          exact=True, minhash={})
    result = run(config, echo=False)
    reasons = {r: c["docs"] for r, c in result.ledger["stages"][-1]["reasons"].items()}
    assert reasons == {"dedup.exact": 1, "dedup.minhash": 1}
    kept, rejects = rows(tmp_path / "out" / "data"), rows(tmp_path / "out" / "rejects")
    assert set(kept) == {"a-new", "a-far", "b", "empty"}
    assert rejects["a-copy"]["dup_of"] == "a-old" and rejects["a-old"]["dup_of"] == "a-new"
    assert rejects["a-old"]["drop_reason"] == "dedup.minhash"
    # the cluster counts every copy: a-new, a-old, and a-old's exact copy
    assert kept["a-new"]["dup_cluster"] == "a-new" and kept["a-new"]["dup_cluster_size"] == 3
    assert kept["b"]["dup_cluster_size"] == 1 and kept["empty"]["minhash"] is None
    # stored signatures are datasketch sketches: its own LSH finds the pair (J ≈ 0.84: a lower threshold
    # makes its banding certain to)
    lsh = MinHashLSH(threshold=0.5, num_perm=128)
    lsh.insert("a-old", to_lean_minhash(rejects["a-old"]["minhash"], 1, "affine32"))
    lsh.insert("b", to_lean_minhash(kept["b"]["minhash"], 1, "affine32"))
    assert lsh.query(to_lean_minhash(kept["a-new"]["minhash"], 1, "affine32")) == ["a-old"]


def test_minhash_verification_removes_false_candidates(spark, tmp_path):
    """Bands of one row make every pair sharing any hash value a candidate; exact verification keeps only
    pairs at the threshold, no verification merges them all."""
    base = _article(5)
    records = [{"id": "base", "text": base}, {"id": "half", "text": _edited(base, 35, 3)}]
    write_jsonl(tmp_path / "a.jsonl", records)
    inputs = [{"paths": [str(tmp_path / "a.jsonl")], "id_field": "id"}]
    loose = run(dedup_config(tmp_path, inputs, minhash={"bands": 128, "rows": 1, "verify": "none"}), echo=False)
    assert loose.ledger["documents_kept"] == 1
    for verify in ("exact", "signature"):
        checked = run(dedup_config(tmp_path, inputs, minhash={"bands": 128, "rows": 1, "verify": verify}), echo=False)
        assert checked.ledger["documents_kept"] == 2, verify


def test_minhash_against_a_reference_set_and_by_source(spark, tmp_path):
    seen, fresh = _article(7), _article(8)
    (tmp_path / "ref").mkdir()
    write_jsonl(tmp_path / "ref" / "published.jsonl", [{"id": "p1", "text": seen}])
    for name in ("dump1", "dump2"):
        (tmp_path / name).mkdir()
        write_jsonl(tmp_path / name / "docs.jsonl", [
            {"id": f"{name}-seen", "text": _edited(seen, 2, 11)},
            {"id": f"{name}-fresh", "text": _edited(fresh, 1, hash(name) % 100)},
        ])
    inputs = [{"paths": [str(tmp_path / "dump1")], "source": "dump1", "id_field": "id"},
              {"paths": [str(tmp_path / "dump2")], "source": "dump2", "id_field": "id"}]
    result = run(dedup_config(tmp_path, inputs, minhash={}, scope="source",
                              reference=[{"paths": [str(tmp_path / "ref")], "id_field": "id"}]), echo=False)
    kept, rejects = rows(tmp_path / "out" / "data"), rows(tmp_path / "out" / "rejects")
    assert set(kept) == {"dump1-fresh", "dump2-fresh"}  # per source, the fresh copies both stay
    assert {rejects[f"{n}-seen"]["drop_reason"] for n in ("dump1", "dump2")} == {"dedup.minhash_in_reference"}
    assert rejects["dump1-seen"]["dup_of"] == "reference:p1"
    assert result.ledger["documents_in"] == 4  # the reference set is read, never counted or written
    result = run(dedup_config(tmp_path, inputs, minhash={}), echo=False)
    assert result.ledger["documents_kept"] == 2  # globally: one seen, one fresh


def test_one_page_repeated_thousands_of_times_is_one_cluster(spark, tmp_path):
    """Boilerplate with a changing counter: every band bucket holds thousands of members; each is linked
    to the bucket's smallest node, so no task holds a bucket's members."""
    page = _article(9, words=80)
    copies = 5000
    write_jsonl(tmp_path / "a.jsonl", [{"id": f"p{i:05d}", "text": f"{page} visitor number {i}"} for i in range(copies)]
                + [{"id": "other", "text": _article(10)}])
    run(dedup_config(tmp_path, [{"paths": [str(tmp_path / "a.jsonl")], "id_field": "id"}],
                              minhash={"verify": "signature"}), echo=False)
    kept = rows(tmp_path / "out" / "data")
    assert set(kept) == {"p00000", "other"}
    assert kept["p00000"]["dup_cluster_size"] == copies


def test_every_pair_of_a_small_band_bucket_is_a_candidate(spark):
    """Three documents in one bucket: the smallest (0) may be a false candidate, so 1 and 2 must still be
    compared with each other, not only with 0 (linking each member to the bucket's smallest node lost them)."""
    from curate.dedup.lsh import band_edges

    signature = (7).to_bytes(4, "little")
    nodes = spark.createDataFrame([(0, "", signature), (1, "", signature), (2, "", signature), (3, "", b"\x01" * 4)],
                                  "node long, scope string, minhash binary")
    edges = {(r.src, r.dst) for r in band_edges(nodes, bands=1, rows=1, width=4).collect()}
    assert edges == {(0, 1), (0, 2), (1, 2)}
    star = {(r.src, r.dst) for r in band_edges(nodes, bands=1, rows=1, width=4, verified=False).collect()}
    assert star == {(1, 0), (2, 0)}  # unverified, the bucket's union is all that counts


def test_a_large_band_bucket_gives_edges_linear_in_its_size(spark):
    from curate.dedup.lsh import ALL_PAIRS_BUCKET, NEIGHBOURS, REPRESENTATIVES, band_edges

    size = ALL_PAIRS_BUCKET * 3
    rows = [(i, "", (5).to_bytes(4, "little") + i.to_bytes(4, "big")) for i in range(size)]
    nodes = spark.createDataFrame(rows, "node long, scope string, minhash binary")
    edges = {(r.src, r.dst) for r in band_edges(nodes, bands=1, rows=1, width=4).collect()}
    assert len(edges) <= size * (REPRESENTATIVES + NEIGHBOURS)
    # edges are (smaller, larger) node: every member is linked to the representatives, the smallest nodes
    assert {dst for src, dst in edges if src < REPRESENTATIVES} | set(range(REPRESENTATIVES)) == set(range(size))
