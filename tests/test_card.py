"""Dataset cards: the card a run writes, and `curate card` profiles of JSON, JSONL and Parquet datasets.
Cards are read back with huggingface_hub and the data through the card with `datasets.load_dataset`."""

from __future__ import annotations

import hashlib
import json
import os
import re

import pyarrow.dataset as ds
from huggingface_hub import DatasetCard

from catalogs.card import data_configs, size_category
from curate.cli import main
from tests.catalog_sets import BENCH_ITEMS, PAYLOADS

os.environ.setdefault("HF_DATASETS_OFFLINE", "1")
os.environ.setdefault("HF_HUB_OFFLINE", "1")


def load(path, *args):
    import datasets

    return datasets.load_dataset(str(path), *args, split="train")


def card_json(folder) -> dict:
    return json.loads((folder / "card.json").read_text())


def outside_fences(markdown: str) -> str:
    """The card with every fenced code block removed: what a Markdown renderer would treat as markup."""
    return re.sub(r"^(`{3,})[^\n]*\n.*?^\1\s*$", "", markdown, flags=re.S | re.M)


def test_run_writes_a_hugging_face_card_that_loads(described_sets):
    out = described_sets["hostile"]
    card = DatasetCard.load(out / "README.md")
    ledger = json.loads((out / "ledger.json").read_text())
    assert card.data.pretty_name == "Hostile <b>web</b> set"
    assert card.data.license == "cc-by-4.0"
    assert set(card.data.language) == {"en", "de", "fr"}
    assert card.data.size_categories == ["n<1K"]
    assert card.data.task_categories == ["text-generation"]
    names = [c["config_name"] for c in card.data.configs]
    assert names == ["default", "de", "en", "fr"]
    everything = load(out)
    assert everything.num_rows == ledger["documents_kept"] == 8  # 5 en + 2 de + 1 fr; duplicates, short, bench out
    assert sorted(everything.unique("language")) == ["de", "en", "fr"]
    assert load(out, "de").num_rows == 2
    for section in ("## Summary", "## Composition", "## Curation", "## Quality signals", "## Deduplication",
                    "## Samples", "## Lineage", "## Uses and limitations", "## Loading"):
        assert section in card.text


def test_card_shows_document_text_only_inside_code_fences(described_sets):
    text = (described_sets["hostile"] / "README.md").read_text()
    assert PAYLOADS[0] in text and PAYLOADS[1] in text  # samples are shown, kept and rejected
    prose = outside_fences(text.split("\n---\n", 1)[1])
    assert "<script" not in prose and "<img" not in prose and "<b>" not in prose
    assert "Hostile &lt;b&gt;web&lt;/b&gt; set" in prose


def test_card_facts_come_from_what_the_run_wrote(described_sets):
    out = described_sets["hostile"]
    model = card_json(out)
    stats = json.loads((out / "stats.json").read_text())
    assert model["totals"]["documents"] == stats["documents"] == 8
    assert model["totals"]["words"] > 8 * 30 and model["totals"]["bytes"] >= model["totals"]["characters"]
    stages = {s["stage"]: s for s in model["ledger"]["stages"]}
    assert stages["length"]["reasons"] == {"length.min_words": 2}
    assert stages["decontamination"]["reasons"] == {"decontamination.bench": 1}
    assert stages["dedup"]["reasons"] == {"dedup.exact": 2}
    table = {row["language"]: row for row in model["ledger"]["by_language"]["rows"]}
    assert table["en"]["in"] == 10 and table["en"]["kept"] == 5 and table["en"]["removed"]["dedup"] == 2
    assert model["dedup"]["clusters"] == {"clusters": 2, "documents_in_clusters": 4, "largest": 2, "by_size": {"2": 2}}
    reasons = {s["reason"] for s in model["samples"]["rejected"]}
    assert reasons == {"length.min_words", "decontamination.bench", "dedup.exact"}
    assert {s["language"] for s in model["samples"]["kept"]} == {"en", "de", "fr"}
    assert "n_words" in model["signals"] and model["signals"]["n_words"]["histogram"]["counts"]


def test_lineage_names_inputs_with_checksums_and_the_code(described_sets):
    lineage = json.loads((described_sets["hostile"] / "lineage.json").read_text())
    source = described_sets["root"] / "raw" / "hostile.jsonl"
    [entry] = lineage["inputs"]
    assert entry["path"] == str(source) and entry["bytes"] == source.stat().st_size
    assert entry["sha256"] == hashlib.sha256(source.read_bytes()).hexdigest()
    bench = [f for f in lineage["stage_files"] if f["stage_type"] == "decontamination_v1"]
    assert bench and bench[0]["path"] == str(described_sets["bench"] / "items.jsonl")
    assert lineage["code"]["curate"] and lineage["environment"]["spark"].startswith("4.")
    assert lineage["elapsed_seconds"] > 0 and lineage["started"] <= lineage["finished"]


def test_card_of_an_sft_file_beside_it(described_sets):
    folder = described_sets["alpaca"]
    model = card_json(folder)
    assert model["kind"] == "sft" and model["origin"] == "profile"
    assert model["records"]["record_formats"] == {"alpaca": model["totals"]["documents"]}
    assert model["totals"]["documents"] == len(json.loads((folder / "alpaca_en.json").read_text()))
    assert model["signals"]["conv_turns"]["min"] == model["signals"]["conv_turns"]["max"] == 1  # one exchange each
    assert model["samples"]["kept"][0]["messages"][0]["role"] == "user"
    card = DatasetCard.load(folder / "README.md")
    assert "question-answering" in card.data.task_categories
    rows = load(folder)
    assert rows.num_rows == model["totals"]["documents"] and "instruction" in rows.column_names


def test_card_of_a_preference_file(described_sets):
    model = card_json(described_sets["dpo"])
    assert model["kind"] == "preference"
    assert "pref_identical" in model["signals"]
    sample = model["samples"]["kept"][0]
    assert sample["chosen"] and sample["rejected"] and sample["prompt"]


def test_card_written_away_from_its_parquet_data_still_loads_it(described_sets):
    card_folder = described_sets["parquet_card"]
    model = card_json(card_folder)
    assert model["kind"] == "text" and model["format"] == "parquet"
    [config] = model["configs"]
    assert config["data_files"][0]["path"].startswith("../../raw/parquet/")
    rows = load(card_folder)
    assert rows.num_rows == 7 and rows.column_names == ["text", "score"]
    assert model["signals"]["language_score"]["count"] == 7
    assert set(model["languages"]) == {"en", "de"}


def test_benchmark_card_counts_its_items(described_sets):
    model = card_json(described_sets["bench"])
    assert model["totals"]["documents"] == len(BENCH_ITEMS)
    assert model["lineage"]["inputs"][0]["sha256"] == hashlib.sha256(
        (described_sets["bench"] / "items.jsonl").read_bytes()).hexdigest()


def test_curate_card_rewrites_a_run_card_without_spark(described_sets, capsys):
    out = described_sets["hostile"]
    before = (out / "README.md").read_text()
    (out / "README.md").unlink()
    assert main(["card", str(out)]) == 0
    assert (out / "README.md").read_text() == before
    assert "card:" in capsys.readouterr().out


def test_curate_card_names_a_missing_path(tmp_path, capsys):
    assert main(["card", str(tmp_path / "nowhere")]) == 2
    assert "no such file or folder" in capsys.readouterr().err


def test_curate_card_refuses_a_folder_without_data(tmp_path, capsys):
    (tmp_path / "notes.txt").write_text("hello")
    assert main(["card", str(tmp_path)]) == 2
    assert "no JSONL, JSON or Parquet files" in capsys.readouterr().err


def test_rows_are_not_lost_between_card_and_shards(described_sets):
    out = described_sets["hostile"]
    shards = ds.dataset(str(out / "data"), format="parquet").to_table()
    model = card_json(out)
    assert shards.num_rows == model["totals"]["documents"]
    assert sum(v["docs"] for v in model["languages"].values()) == shards.num_rows


def test_size_categories_and_configs():
    assert [size_category(n) for n in (0, 999, 1000, 25_000, 3_000_000)] == ["n<1K", "n<1K", "1K<n<10K",
                                                                            "10K<n<100K", "1M<n<10M"]
    assert data_configs([]) == []
    single = data_configs(["en/part-00000.parquet"])
    assert [c["config_name"] for c in single] == ["default"]
    bucketed = data_configs(["en/head/part-00000.parquet", "fr/none/part-00000.parquet"])
    assert bucketed[0]["data_files"][0]["path"] == "data/*/*/*.parquet"
    assert bucketed[1] == {"config_name": "en", "data_files": [{"split": "train", "path": "data/en/*/*.parquet"}]}
