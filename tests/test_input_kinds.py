"""More kinds of input (README "Inputs"): a table of the Spark session's catalog, a folder `datasets` wrote with
`save_to_disk`, a Hub-layout folder of Parquet files chosen by its README `configs`, and HTML held in a record
field, extracted as WARC pages are.

The inputs are made here by the libraries users make them with (Spark SQL's CREATE TABLE, `datasets`, pyarrow),
and one pipeline run reads all of them; what each source should hold comes from the records written, and the
HTML field's text from the same page read out of a WARC record.
"""

from __future__ import annotations

import io
import os
import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from curate.config import InputSpec, parse_config
from curate.driver.run import run
from curate.io.paths import expand_inputs
from curate.validate import ConfigError
from tests.conftest import DATA

PAGE = (DATA / "html" / "blog.wordpress.com.diverse.html").read_bytes()


def sentences(tag: str, count: int) -> list[str]:
    return [f"{tag} record {i}: the river runs past the old mill and the market opens at dawn." for i in range(count)]


def saved_dataset(folder: Path) -> dict[str, list[str]]:
    """A DatasetDict (train, test) written by `datasets`; returns the texts per split."""
    import datasets

    texts = {"train": sentences("saved-train", 30), "test": sentences("saved-test", 12)}
    datasets.DatasetDict({split: datasets.Dataset.from_dict({"text": t, "n": list(range(len(t)))})
                          for split, t in texts.items()}).save_to_disk(str(folder))
    return texts


def hub_folder(folder: Path) -> dict[str, list[str]]:
    """A Hub repository's files: two configs (one default) with train/test Parquet files, and a README."""
    layout = {"data/train-00000-of-00002.parquet": sentences("hub-train-a", 5),
              "data/train-00001-of-00002.parquet": sentences("hub-train-b", 5),
              "data/test-00000-of-00001.parquet": sentences("hub-test", 4),
              "extra/all.parquet": sentences("hub-extra", 3)}
    for name, texts in layout.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        pq.write_table(pa.table({"text": texts}), folder / name)
    (folder / "README.md").write_text(
        "---\nlicense: mit\nconfigs:\n- config_name: default\n  data_files:\n  - split: train\n"
        "    path: data/train-*\n  - split: test\n    path: data/test-*\n- config_name: extra\n"
        "  data_files: extra/*.parquet\n---\n# A dataset\n")
    return layout


def page_warc(path: Path, url: str) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    writer = WARCWriter(out, gzip=True)
    headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(PAGE), http_headers=headers))
    path.write_bytes(out.getvalue())


def test_hub_configs_and_splits_choose_the_files(tmp_path):
    hub_folder(tmp_path)

    def chosen(**options) -> list[str]:
        return [f.source for f in expand_inputs([InputSpec(paths=[str(tmp_path)], **options)])]

    # names below the folder the chosen files share (data/)
    assert chosen() == ["test-00000-of-00001.parquet", "train-00000-of-00002.parquet",
                        "train-00001-of-00002.parquet"]  # the default config, every split, no README
    assert chosen(split="test") == ["test-00000-of-00001.parquet"]
    assert chosen(config_name="extra") == ["all.parquet"]
    with pytest.raises(ConfigError, match="no config 'nope'.*default, extra"):
        chosen(config_name="nope")
    with pytest.raises(ConfigError, match="no split 'validation'"):
        chosen(split="validation")
    plain = tmp_path / "plain"
    plain.mkdir()
    (plain / "a.jsonl").write_text('{"text": "x"}\n')
    with pytest.raises(ConfigError, match="split: only for a Hugging Face dataset folder"):
        expand_inputs([InputSpec(paths=[str(plain)], split="train")])


def test_save_to_disk_folder_lists_its_arrow_files_not_its_metadata(tmp_path):
    saved_dataset(tmp_path / "saved")
    files = expand_inputs([InputSpec(paths=[str(tmp_path / "saved")])])
    assert [f.format for f in files] == ["arrow", "arrow"]  # not state.json, dataset_info.json, dataset_dict.json
    assert sorted(f.source for f in files) == ["test/data-00000-of-00001.arrow", "train/data-00000-of-00001.arrow"]
    only = expand_inputs([InputSpec(paths=[str(tmp_path / "saved")], split="test")])
    assert [f.source for f in only] == ["data-00000-of-00001.arrow"] and "test" in only[0].path
    with pytest.raises(ConfigError, match="no split 'dev'; the folder has train, test"):
        expand_inputs([InputSpec(paths=[str(tmp_path / "saved")], split="dev")])


@pytest.fixture
def local_table(spark, tmp_path):
    """A Parquet table in the session's catalog, made with Spark SQL; dropped after the test."""
    texts = sentences("table", 25)
    location = tmp_path / "table-files"
    spark.createDataFrame([(i, t, f"https://example.org/t/{i}") for i, t in enumerate(texts)],
                          "n long, body string, link string").repartition(3).write.parquet(str(location))
    spark.sql(f"CREATE TABLE curate_docs USING parquet LOCATION '{location}'")
    yield "curate_docs", texts
    spark.sql("DROP TABLE IF EXISTS curate_docs")


def test_every_input_kind_in_one_run(spark, tmp_path, local_table):
    table, table_texts = local_table
    saved = saved_dataset(tmp_path / "saved")
    hub = hub_folder(tmp_path / "hub")
    (tmp_path / "html").mkdir()
    (tmp_path / "html" / "pages.jsonl").write_text(json.dumps({"url": "https://example.org/page",
                                                               "html": PAGE.decode("utf-8")}) + "\n")
    page_warc(tmp_path / "page.warc.gz", "https://example.org/page")
    config = parse_config({
        "name": "kinds", "output": {"path": str(tmp_path / "out"), "rejects": "all"},
        "inputs": [{"table": table, "text_field": "body", "url_field": "link", "source": "tbl"},
                   {"paths": [str(tmp_path / "saved")], "split": "train", "source": "saved"},
                   {"paths": [str(tmp_path / "hub")], "source": "hub"},
                   {"paths": [str(tmp_path / "html")], "html_field": "html", "source": "html"},
                   {"paths": [str(tmp_path / "page.warc.gz")], "source": "warc"}]})
    result = run(config, echo=False)
    rows = pq.read_table(tmp_path / "out" / "data").to_pylist()
    by_source: dict[str, list[dict]] = {}
    for row in rows:
        by_source.setdefault(row["source"].split("/")[0], []).append(row)
    assert sorted(r["text"] for r in by_source["tbl"]) == sorted(table_texts)
    assert {r["url"] for r in by_source["tbl"]} == {f"https://example.org/t/{i}" for i in range(25)}
    assert sorted(r["text"] for r in by_source["saved"]) == sorted(saved["train"])  # the train split only
    assert {json.loads(r["meta"])["n"] for r in by_source["saved"]} == set(range(30))
    default_config = [t for name, texts in hub.items() if name.startswith("data/") for t in texts]
    assert sorted(r["text"] for r in by_source["hub"]) == sorted(default_config)
    (from_field,), (from_warc,) = by_source["html"], by_source["warc"]
    assert from_field["text"] == from_warc["text"] and len(from_field["text"]) > 500  # extracted as WARC pages are
    assert result.ledger["documents_in"] == 25 + 30 + 14 + 1 + 1
    assert len({r["id"] for r in rows}) == len(rows)
    lineage = json.loads((tmp_path / "out" / "lineage.json").read_text())
    (listed,) = lineage["tables"]
    assert listed["table"] == table and len(listed["files"]) == 3 and all(f["sha256"] for f in listed["files"])


def test_table_problems_fail_before_work(spark, tmp_path, local_table):
    table, _ = local_table

    def attempt(**spec) -> None:
        run(parse_config({"name": "t", "inputs": [spec], "output": {"path": str(tmp_path / "out")}}), echo=False)

    with pytest.raises(ConfigError, match="no table 'missing_table'"):
        attempt(table="missing_table")
    with pytest.raises(ConfigError, match="has no column 'text'.*body.*text_field"):
        attempt(table=table)
    with pytest.raises(ConfigError, match="either paths .* or table"):
        attempt(table=table, paths=[str(tmp_path)])
    assert not (tmp_path / "out").exists()


def test_a_curated_set_as_input_reads_its_kept_shards(sft_run):
    """A curate output is a Hub-layout folder: its card's default config names the kept shards, so naming the
    output as an input reads those, not its rejects, ledger or stats."""
    output, result = sft_run
    files = expand_inputs([InputSpec(paths=[str(output)])])
    assert sorted(f.path for f in files) == sorted(os.path.realpath(p) for p in (output / "data").rglob("*.parquet"))
    assert sum(pq.ParquetFile(f.path).metadata.num_rows for f in files) == result.ledger["documents_kept"]
