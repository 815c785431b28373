"""Dataset cards: the card a run writes, and `curate card` profiles of JSON, JSONL and Parquet datasets.
Cards are read back with huggingface_hub and the data through the card with `datasets.load_dataset`."""

from __future__ import annotations

import ast
import hashlib
import json
import os
import re
from pathlib import Path

import pyarrow.dataset as ds
import pytest
from huggingface_hub import DatasetCard

from catalogs.card import data_configs
from catalogs.formatting import size_category
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


def rendered_html(markdown: str) -> str:
    """The card as a Markdown renderer with HTML allowed shows it (CommonMark, as the Hub renders cards)."""
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark", {"html": True}).render(markdown.split("\n---\n", 1)[1])


def test_card_shows_document_text_only_as_text(described_sets):
    text = (described_sets["hostile"] / "README.md").read_text()
    assert PAYLOADS[0] in text and PAYLOADS[1] in text  # samples are shown, kept and rejected, inside fences
    prose = outside_fences(text.split("\n---\n", 1)[1])
    assert PAYLOADS[0] not in prose and PAYLOADS[1] not in prose
    html = rendered_html(text)
    assert "<script" not in html and "<img" not in html and "<b>" not in html and "<i>" not in html
    assert "<h1>Hostile &lt;b&gt;web&lt;/b&gt; set</h1>" in html
    assert html.count("&lt;script&gt;window.__pwned = 1&lt;/script&gt;") >= 2


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


def test_card_says_what_pii_was_replaced(described_sets):
    out = described_sets["hostile"]
    model = card_json(out)
    assert {k: v for k, v in model["pii"]["found"].items() if v} == {"email": 1}
    assert "PII: 1 e-mail address replaced." in (out / "README.md").read_text().replace("\\", "")
    assert any("names, postal addresses" in note for note in model["limitations_generated"])
    assert "bahnhof.verein" not in (out / "README.md").read_text() + (out / "card.json").read_text()


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
    assert config["data_files"][0]["path"][0].startswith("../../raw/parquet/")
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


def test_markup_in_field_names_ids_and_config_values_stays_text(tmp_path, spark):
    """Field names, ids, source names and card metadata from the data or the config never become markup."""
    from catalogs.write import write_card
    from curate.driver.profile import profile_dataset

    folder = tmp_path / "odd"
    folder.mkdir()
    key = "x`<img src=x onerror=alert(2)>`"
    rows = [{"text": "An ordinary English sentence about gardens and the weather in spring.", key: 1,
             "id": "![p](https://evil.example/p.png)"}]
    (folder / "rows.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    model = profile_dataset(str(folder), str(folder), name="odd", card={
        "pretty_name": "![t](https://evil.example/t.png) <b>bold</b>", "description": "[click](javascript:alert(1))"})
    write_card(str(folder), model)
    html = rendered_html((folder / "README.md").read_text())
    assert "<img" not in html and "<a " not in html and "<b>" not in html and "<script" not in html
    assert "&lt;img src=x onerror=alert(2)&gt;" in html  # shown, as text


def test_a_set_with_no_kept_rows_has_a_card_and_an_empty_shard_with_its_columns(spark, tmp_path):
    from curate.config import parse_config
    from curate.driver.run import run

    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({"text": "too short"}) + "\n")
    out = tmp_path / "empty"
    run(parse_config({"name": "empty", "inputs": [{"paths": [str(source)]}], "output": {"path": str(out)},
                      "stages": [{"stage": "length_v1", "rules": [{"name": "min_words", "signal": "n_words",
                                                                     "op": ">=", "value": 50}]}]}), echo=False)
    model = card_json(out)
    assert model["totals"]["documents"] == 0
    [pattern] = [entry["path"] for entry in model["configs"][0]["data_files"]]
    [shard] = list(out.glob(pattern))
    table = ds.dataset(str(shard), format="parquet").to_table()
    assert table.num_rows == 0 and {"text", "n_words", "language"} <= set(table.column_names)
    assert "no record was kept" in (out / "README.md").read_text()
    with pytest.raises(ValueError, match="no data"):  # datasets refuses empty splits; the card says so
        load(out)


def test_tagged_but_kept_contamination_is_reported_as_kept(spark, tmp_path, described_sets):
    from curate.config import parse_config
    from curate.driver.run import run
    from tests.catalog_sets import hostile_config

    config = hostile_config(described_sets["root"] / "raw" / "hostile.jsonl",
                            described_sets["bench"] / "items.jsonl", tmp_path / "tagged",
                            described_sets["root"] / "models" / "hostile-bpe")
    config["stages"][2]["disable"] = ["bench"]  # tag only
    run(parse_config(config), echo=False)
    model = card_json(tmp_path / "tagged")
    assert model["contamination"] == {"found": {"bench": 1}, "kept": {"bench": 1}}
    assert any("still in the set" in note for note in model["limitations_generated"])
    text = (tmp_path / "tagged" / "README.md").read_text()
    assert "| bench | 1 | 1 |" in text


def test_profile_splits_configs_and_odd_file_names(spark, tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    from catalogs.write import write_card
    from curate.driver.profile import profile_dataset

    root = tmp_path / "hub"
    for split, texts in (("train", ["The first training sentence is about rivers and bridges in old towns.",
                                    "The second training sentence is about bread, flour, water and salt."]),
                         ("test", ["The only test sentence is about birds in the winter garden."])):
        (root / "default" / split).mkdir(parents=True)
        pq.write_table(pa.table({"text": texts}), root / "default" / split / "0000.parquet")
    pq.write_table(pa.table({"text": pa.array([], pa.string())}), root / "default" / "train" / "0001.parquet")
    pq.write_table(pa.table({"question": ["Why do birds sing in the morning?"]}), root / "extra[1].parquet")
    (root / "notes.jsonl").write_text(json.dumps({"text": "A JSON file beside Parquet ones is profiled too."}) + "\n")
    write_card(str(root), profile_dataset(str(root), str(root)))
    model = card_json(root)
    default, extra = model["configs"]  # notes.jsonl is counted, but datasets loads one format: not a config
    assert default["config_name"] == "default" and extra["config_name"] == "extra_1"
    splits = {entry["split"]: entry["path"] for entry in default["data_files"]}
    assert set(splits) == {"train", "test"} and len(splits["train"]) == 1  # the empty file is left out
    assert load(root).num_rows == 2 and load_split(root, "test").num_rows == 1
    assert load(root, "extra_1").num_rows == 1  # a name with glob characters is escaped
    assert model["totals"]["documents"] == 5


def load_split(path, split):
    import datasets

    return datasets.load_dataset(str(path), split=split)


def test_curate_card_keeps_a_readme_it_did_not_write(tmp_path, capsys):
    (tmp_path / "rows.jsonl").write_text(json.dumps({"text": "hello"}) + "\n")
    (tmp_path / "README.md").write_text("---\nlicense: cc-by-4.0\n---\nMy own card.\n")
    assert main(["card", str(tmp_path)]) == 2
    assert "pass --force" in capsys.readouterr().err
    assert (tmp_path / "README.md").read_text().endswith("My own card.\n")


def test_curate_card_names_a_missing_text_field(tmp_path, capsys, spark):
    (tmp_path / "rows.jsonl").write_text(json.dumps({"body": "hello there"}) + "\n")
    assert main(["card", str(tmp_path), "--text-field", "nope"]) == 2
    assert "no field 'nope'" in capsys.readouterr().err


def test_card_of_a_run_written_elsewhere_points_back_at_its_shards(described_sets, tmp_path):
    out = tmp_path / "cards" / "hostile"
    assert main(["card", str(described_sets["hostile"]), "--out", str(out), "--license", "mit"]) == 0
    model = card_json(out)
    assert model["license"] == "mit" and model["origin"] == "pipeline"
    assert load(out).num_rows == 8


def test_card_json_reads_back_into_the_model_as_written(described_sets):
    """card.json of each kind of set (a run, profiles of JSONL, SFT, preference and Parquet data) is read by
    the catalog into the typed model; written again, it is the same text, key for key."""
    from catalogs.model import CardModel

    for name in ("hostile", "bench", "alpaca", "dpo", "parquet_card"):
        text = (described_sets[name] / "card.json").read_text(encoding="utf-8")
        model = CardModel.from_dict(json.loads(text))
        assert json.dumps(model.to_dict(), indent=1, ensure_ascii=False) == text, name


def test_card_json_keys_keep_their_order():
    from catalogs.model import CardModel, Ledger

    common = ["card_version", "origin", "name", "pretty_name", "description", "kind", "license", "licenses",
              "derived_from", "model_generated", "uses", "limitations", "format", "size_category", "totals", "files",
              "languages", "configs", "columns", "signals", "buckets", "dedup", "records", "contamination", "pii",
              "tokens", "samples", "lineage", "config_yaml"]
    assert list(CardModel().to_dict()) == common + ["limitations_generated"]
    assert list(CardModel(ledger=Ledger()).to_dict()) == common + ["ledger", "limitations_generated"]
    assert list(Ledger().to_dict()["by_language"]) == ["stages", "rows"]


def test_an_older_card_json_with_missing_and_unknown_keys_reads_with_defaults():
    from catalogs.model import CardModel

    model = CardModel.from_dict({"card_version": 1, "name": "old", "kind": "sft", "a_later_key": {"x": 1},
                                 "totals": {"documents": 12, "tokens": 40}, "languages": {"en": {"docs": 12}},
                                 "samples": {"kept": [{"id": "r1", "messages": [{"role": "user", "content": "hi"}]}]},
                                 "ledger": {"stages": [{"stage": "read", "in": 12, "kept": 12}]}})
    assert model.license == "other" and model.licenses == [] and model.contamination is None
    assert model.totals.documents == 12 and model.totals.words is None
    assert model.languages["en"].docs == 12 and model.languages["en"].bytes is None
    assert model.samples.kept[0].messages[0].content == "hi" and model.samples.rejected == []
    assert model.ledger.stages[0].in_ == 12 and model.ledger.stages[0].reasons == {}
    assert not model.dedup.recorded and not model.records.recorded and model.lineage.inputs is None
    assert "a_later_key" not in model.to_dict() and "tokens" not in model.to_dict()["totals"]
    with pytest.raises(ValueError, match="languages"):
        CardModel.from_dict({"card_version": 1, "languages": ["en"]})


def import_graph(package) -> dict[str, set[str]]:
    """Each module of `package` (a folder) → the modules of the same package it imports, wherever the import
    is (top level or inside a function), absolute or relative."""
    modules = {path.stem for path in package.glob("*.py")}
    graph = {}
    for path in package.glob("*.py"):
        imported = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level <= 1:
                base = ".".join(filter(None, [package.name if node.level else None, node.module]))
                names = [base] + [f"{base}.{alias.name}" for alias in node.names]
            else:
                continue
            for name in names:
                parts = name.split(".")
                if parts[0] == package.name and len(parts) > 1 and parts[1] in modules:
                    imported.add(parts[1])
        graph[path.stem] = imported - {path.stem}
    return graph


def import_cycle(graph: dict[str, set[str]]) -> list[str]:
    """A cycle of the graph as a path that ends where it starts; [] when there is none."""
    done: set[str] = set()

    def visit(module: str, path: list[str]) -> list[str]:
        if module in path:
            return path[path.index(module):] + [module]
        if module in done:
            return []
        for other in sorted(graph[module]):
            cycle = visit(other, path + [module])
            if cycle:
                return cycle
        done.add(module)
        return []

    for module in sorted(graph):
        cycle = visit(module, [])
        if cycle:
            return cycle
    return []


def test_the_import_check_finds_a_cycle_through_an_import_inside_a_function(tmp_path):
    package = tmp_path / "pkg"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "a.py").write_text("from pkg.b import render\n")
    (package / "b.py").write_text("def render():\n    from . import a\n    return a\n")
    (package / "c.py").write_text("import pkg.a\nfrom pkg import b\n")
    assert import_graph(package) == {"__init__": set(), "a": {"b"}, "b": {"a"}, "c": {"a", "b"}}
    assert import_cycle(import_graph(package)) == ["a", "b", "a"]


def test_the_catalogs_package_has_no_import_cycle():
    graph = import_graph(Path(__file__).resolve().parents[1] / "catalogs")
    assert {"model", "formatting", "card", "describe", "markdown", "write", "site"} <= set(graph)
    assert graph["model"] == set() and graph["formatting"] == set()
    assert import_cycle(graph) == []
