"""The default pipeline end to end on the bundled sample, in a real local[2] SparkSession."""

from __future__ import annotations

import collections
import json
from pathlib import Path

import pyarrow.dataset as ds
import pyarrow.parquet as pq
import pytest
import yaml

from curate.config import parse_config
from curate.driver.run import run
from curate.registry import STAGES
from curate.schema import BASE_COLUMNS
from tests.conftest import DATA, ROOT, SAMPLE, heavy_html


pytestmark = pytest.mark.usefixtures("bundled_models")


def sample_config(output: Path, name: str = "web", **changes) -> dict:
    """configs/<name>.yaml with absolute input paths and the given output."""
    data = yaml.safe_load((ROOT / "configs" / f"{name}.yaml").read_text())
    for spec in data["inputs"]:
        spec["paths"] = [str(ROOT / p) for p in spec["paths"]]
    for spec in data.get("stages", []):  # model folders and files of the bundled models (make models)
        params = spec.get("params") or {}
        if isinstance(params.get("models"), dict):
            params["models"] = {k: str(ROOT / v) for k, v in params["models"].items()}
        if isinstance(params.get("model"), str) and params["model"].startswith("models/"):
            params["model"] = str(ROOT / params["model"])
    if isinstance(data.get("tokenizer"), str):
        data["tokenizer"] = str(ROOT / data["tokenizer"])
    data["output"]["path"] = str(output)
    data.update(changes)
    return data


@pytest.fixture(scope="module")
def sample_run(spark, tmp_path_factory):
    output = tmp_path_factory.mktemp("runs") / "web-sample"
    result = run(parse_config(sample_config(output)), echo=False)
    return output, result


def read_rows(path: Path):
    return ds.dataset(str(path), format="parquet").to_table()


@pytest.mark.smoke
def test_output_layout(sample_run):
    output, result = sample_run
    assert sorted(p.name for p in output.iterdir()) == [".curate-output", "README.md", "card.json", "config.yaml", "data", "ledger.json",
                                                       "lineage.json", "rejects", "stats.json"]
    assert not [p for p in output.parent.iterdir() if "curate-staging" in p.name or "curate-replaced" in p.name]
    assert not list(output.rglob("*.crc")) and not list(output.rglob("_SUCCESS"))
    shards = sorted(output.glob("data/*/part-*.parquet"))
    assert shards and len(shards) == len(result.shards)
    for shard in shards:
        assert pq.ParquetFile(shard).metadata.row_group(0).column(0).compression == "ZSTD"
        languages = set(pq.read_table(shard, columns=["language"]).column("language").to_pylist())
        assert languages == {shard.parent.name}
    resolved = yaml.safe_load((output / "config.yaml").read_text())
    assert resolved["stages"][0]["params"]["model"] == "lid.176" and resolved["read"]["batch_rows"] == 1000


@pytest.mark.smoke
def test_shard_schema_and_rows(sample_run):
    output, result = sample_run
    config = parse_config(sample_config(output))
    rows = read_rows(output / "data")
    expected = list(BASE_COLUMNS) + [c for spec in config.stages for c in STAGES[spec.stage].provides]
    assert rows.schema.names == expected + ["minhash", "dup_cluster", "dup_cluster_size", "bucket"]
    assert str(rows.schema.field("timestamp").type) == "timestamp[us, tz=UTC]"
    ids = rows.column("id").to_pylist()
    assert len(ids) == len(set(ids)) == result.ledger["documents_kept"] > 150
    table = rows.to_pylist()
    assert all(r["n_words"] >= 50 and r["language_score"] >= 0.5 for r in table)
    assert all(json.loads(r["meta"]) is not None for r in table)
    assert all(r["url_blocked_category"] == "" for r in table)
    # the ROOTS thresholds were applied per language: English by its own cutoffs, others by theirs or the default
    from filters.metrics import load_thresholds, thresholds_path, CulturaXMetricsParams

    table_of = load_thresholds(thresholds_path(CulturaXMetricsParams()))
    for r in table:
        cut = table_of.get(r["language"], table_of["default"])
        assert r["metrics_char_rep_ratio"] <= cut["character_repetition_max_cutoff"]
        assert r["metrics_special_chars_ratio"] <= cut["special_characters_max_cutoff"]
        assert r["metrics_stopwords_ratio"] is None or r["metrics_stopwords_ratio"] >= cut["stopwords_min_cutoff"]
    assert {r["language"] for r in table} >= {"en", "zh"}
    for shard in sorted(output.glob("data/*/part-*.parquet")):
        shard_ids = pq.read_table(shard, columns=["id"]).column("id").to_pylist()
        assert shard_ids == sorted(shard_ids), shard


@pytest.mark.smoke
def test_spark_reads_the_shards(spark, sample_run):
    output, result = sample_run
    assert spark.read.parquet(str(output / "data" / "*")).count() == result.ledger["documents_kept"]


@pytest.mark.smoke
def test_language_of_known_pages(sample_run):
    output, _ = sample_run
    rows = [r for r in read_rows(output / "data").to_pylist() + read_rows(output / "rejects").to_pylist()
            if r["language"] is not None]
    by_source = collections.defaultdict(collections.Counter)
    for r in rows:
        by_source[r["source"]][r["language"]] += 1
    c4 = by_source["c4/c4_demo.jsonl"]
    assert c4["en"] >= 0.98 * sum(c4.values()) and c4["en"] > 250
    assert by_source["web/clueweb-ja.warc.gz"] == {"ja": 29}
    by_url = {r["url"]: r["language"] for r in rows}
    assert by_url["http://01spb.ru/company/"] == "ru"
    assert by_url["http://0900-hovenier.nl/gelderland/oosterbeek/"] == "nl"
    assert by_url["http://06.live-radsport.ch/tippspiel/stats_140_petzi.html"] == "de"
    assert by_url["http://044545.com/topic/20200207/015849.html"] == "zh"


@pytest.mark.smoke
def test_ledger_matches_the_rows(sample_run):
    output, result = sample_run
    ledger = json.loads((output / "ledger.json").read_text())
    assert ledger == {**result.ledger}
    config = parse_config(sample_config(output))
    assert [s["stage"] for s in ledger["stages"]] == ["read", "extract"] + [s.name for s in config.stages] + ["dedup"]
    assert ledger["rules"]["metrics"][0] == {"name": "min_words", "signal": "metrics_words", "op": ">=", "value": 10,
                                             "by_language": ledger["rules"]["metrics"][0]["by_language"]}
    assert ledger["rules"]["metrics"][2]["by_language"]["en"] == 0.106  # the thresholds applied are recorded
    previous = None
    for stage in ledger["stages"]:
        for key in ("docs", "chars"):
            assert stage["in"][key] == stage["kept"][key] + stage["dropped"][key]
        for cell in stage["by_language"].values():
            assert cell["in"]["docs"] == cell["kept"]["docs"] + cell["dropped"]["docs"]
        if previous:
            assert stage["in"] == previous["kept"]
        previous = stage
    kept = read_rows(output / "data")
    rejects = read_rows(output / "rejects")
    assert ledger["documents_kept"] == kept.num_rows == ledger["stages"][-1]["kept"]["docs"]
    assert ledger["characters_kept"] == sum(len(t) for t in kept.column("text").to_pylist())
    assert ledger["documents_in"] == kept.num_rows + rejects.num_rows
    by_reason = collections.Counter(rejects.column("drop_reason").to_pylist())
    from_ledger = {r: c["docs"] for s in ledger["stages"] for r, c in s["reasons"].items()}
    assert by_reason == from_ledger
    assert by_reason["metrics.stopwords"] > 0 and by_reason["length.min_words"] > 0


@pytest.mark.smoke
def test_stats_describe_the_kept_rows(sample_run):
    output, result = sample_run
    stats = json.loads((output / "stats.json").read_text())
    assert stats["documents"] == result.ledger["documents_kept"]
    assert stats["languages"]["en"]["docs"] > 150
    words = stats["signals"]["n_words"]
    assert words["min"] >= 50 and sum(words["histogram"]["counts"]) == stats["documents"]
    assert sum(stats["signals"]["metrics_stopwords_ratio"]["histogram"]["counts"]) == sum(
        # the stop-word ratio is computed for languages with a list and a block of their own in the ROOTS file
        v["docs"] for lang, v in stats["languages"].items() if lang in ("en", "zh", "fr", "es"))
    assert len(words["histogram"]["edges"]) == len(words["histogram"]["counts"]) + 1
    assert sum(stats["signals"]["language_score"]["histogram"]["counts"]) == stats["documents"]


def test_rerun_is_identical_and_replaces_the_output(spark, sample_run):
    output, _ = sample_run
    marker = output / "data" / "stale-file.parquet"
    marker.write_bytes(b"left from an older run")
    before = {p.relative_to(output): pq.read_table(p) for p in output.glob("data/*/*.parquet") if p != marker}
    run(parse_config(sample_config(output)), echo=False)
    assert not marker.exists()
    after = {p.relative_to(output): pq.read_table(p) for p in output.glob("data/*/*.parquet")}
    assert sorted(before) == sorted(after)
    for name, table in before.items():
        assert table.equals(after[name]), name


def test_bad_inputs_keep_every_good_record(spark, tmp_path):
    import gzip

    whole = gzip.compress(b"".join(json.dumps({"text": f"document {i}"}).encode() + b"\n" for i in range(200)))
    (tmp_path / "broken").mkdir()
    (tmp_path / "broken" / "trunc.jsonl.gz").write_bytes(whole[: len(whole) // 2])
    (tmp_path / "broken" / "surrogates.jsonl").write_text('{"text": "Broken \\ud800 text"}\n'
                                                          '{"text": "fine text", "note": "\\udfff"}\n')
    (tmp_path / "broken" / "empty.jsonl").write_bytes(b"")
    config = sample_config(tmp_path / "bad", inputs=[
        {"paths": [str(DATA / "bad.jsonl")], "id_field": "id", "source": "bad"},
        {"paths": [str(DATA / "warcio"), str(DATA / "resiliparse")], "source": "warc"},
        {"paths": [str(tmp_path / "broken")], "source": "broken"},
    ])
    config["stages"] = config["stages"][:1]  # language ID only: this test counts what reading lost
    config.pop("buckets")  # (they bucket by perplexity, which language ID does not give)
    # (a folder's files of unknown type, here example-bad.warc.gz.bad, are passed over, not read)
    result = run(parse_config(config), echo=False)
    reasons = result.ledger["stages"][0]["reasons"]
    assert {r: c["docs"] for r, c in reasons.items()} == {
        "read.not_html": 4, "read.invalid_json": 2, "read.missing_field": 2, "read.http_status": 1,
        "read.corrupt_record": 3, "read.truncated_record": 1, "read.empty": 1, "read.invalid_utf8": 2,
        "read.corrupt_file": 1}  # bad.arc: 3 records with lengths -1 / abc; clipped.warc.gz: its record cut short
    kept = read_rows(tmp_path / "bad" / "data").to_pylist()
    kept_ids = {r["id"] for r in kept}
    assert {"doc-1", "doc-2", "doc-3", "doc-4", "doc-binary"} <= kept_ids
    assert any("\x00" in r["text"] for r in kept)  # control characters survive the round trip
    ledger = result.ledger
    assert ledger["documents_in"] == ledger["documents_kept"] + sum(s["dropped"]["docs"] for s in ledger["stages"])


def _write_warc(path: Path, pages: list[tuple[str, bytes]]) -> None:
    from io import BytesIO

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        for url, body in pages:
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=BytesIO(body), http_headers=headers))


def test_pathological_page_is_dropped_inside_spark_and_the_task_goes_on(spark, tmp_path):
    good = (DATA / "html" / "blog.wordpress.com.diverse.html").read_bytes()
    heavy = heavy_html()
    _write_warc(tmp_path / "pages.warc.gz", [("https://example.org/heavy", heavy), ("https://example.org/good", good)])
    config = sample_config(tmp_path / "out", inputs=[{"paths": [str(tmp_path / "pages.warc.gz")]}],
                           extract={"timeout_s": 0.5, "max_html_bytes": 10_000_000})
    config["stages"] = config["stages"][:1]
    config.pop("buckets")
    result = run(parse_config(config), echo=False)
    assert result.ledger["stages"][1]["reasons"] == {"extract.timeout": {"docs": 1, "chars": 0, "tokens": 0}}
    kept = read_rows(tmp_path / "out" / "data").to_pylist()
    assert [r["url"] for r in kept] == ["https://example.org/good"]
    assert "WordCamp" in kept[0]["text"]


def test_fineweb_chain_runs_english_rules_on_english_only(spark, tmp_path):
    result = run(parse_config(sample_config(tmp_path / "fineweb", "fineweb")), echo=False)
    rows = read_rows(tmp_path / "fineweb" / "data").to_pylist()
    english = [r for r in rows if r["language"] == "en"]
    others = [r for r in rows if r["language"] != "en"]
    assert len(english) > 150 and others
    assert all(r["gopher_words"] >= 50 and r["c4_sentences"] >= 5 and r["fineweb_char_dup_ratio"] <= 0.01
               for r in english)
    assert all(r["gopher_words"] is None and r["c4_sentences"] is None for r in others)
    reasons = {r for s in result.ledger["stages"] for r in s["reasons"]}
    assert {"gopher_repetition.dup_5gram", "gopher_quality.short_doc", "c4.too_few_sentences"} <= reasons


def test_chinese_pipeline(spark, tmp_path):
    result = run(parse_config(sample_config(tmp_path / "zh", "zh")), echo=False)
    rows = read_rows(tmp_path / "zh" / "data").to_pylist()
    assert all(r["language"] == "zh" for r in rows)
    assert all(r["zh_length"] >= 200 and r["zh_han_ratio"] >= 0.3 and r["zh_dup_13gram_ratio"] <= 0.5 for r in rows)
    assert result.ledger["stages"][2]["reasons"]["language.chinese"]["docs"] > 10
    # the sample's Chinese adult-fiction page (严选免费成人小说 …) falls to the flagged-word list shipped for zh
    rejects = read_rows(tmp_path / "zh" / "rejects").to_pylist()
    [fiction] = [r for r in rejects if "成人小说" in (r["text"] or "")]
    assert fiction["drop_reason"] == "metrics.flagged_words" and fiction["url"].startswith("http://0513mt.com/")


def test_large_documents_are_read_back_in_small_columnar_batches(spark, tmp_path):
    """1 MB documents: Spark's Parquet reader would read the checkpoint 4,096 rows (4 GB) at a time."""
    import json as json_module

    from curate.config import parse_config
    from curate.driver.run import run

    source = tmp_path / "big.jsonl"
    with open(source, "w") as handle:
        for i in range(6):
            words = " ".join(f"w{(i * 7919 + j * 104729) % 1000003}" for j in range(130_000))
            handle.write(json_module.dumps({"text": f"Document {i}. {words}"}) + "\n")
    run(parse_config({"name": "big", "inputs": [{"paths": [str(source)]}], "output": {"path": str(tmp_path / "out")}}),
        echo=False)
    assert int(spark.conf.get("spark.sql.parquet.columnarReaderBatchSize")) <= 64
    run(parse_config({"name": "small", "inputs": [{"paths": [str(SAMPLE / "c4_demo.jsonl")]}],
                      "output": {"path": str(tmp_path / "small")}}), echo=False)
    assert int(spark.conf.get("spark.sql.parquet.columnarReaderBatchSize")) == 4096
