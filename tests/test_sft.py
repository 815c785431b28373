"""SFT and preference sets through the pipeline: structured shards, conversation and pair checks, prompt
dedup and benchmark decontamination, on the bundled samples (configs/sft.yaml, configs/preference.yaml)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pyarrow.dataset as ds
import pytest

from curate.config import ConfigError, parse_config
from curate.io.chat import to_sft
from curate.driver.prepare import prepare
from curate.driver.run import run
from tests.conftest import ROOT, chat_config


def rows(path: Path) -> list[dict]:
    return ds.dataset(str(path), format="parquet").to_table().to_pylist()


def test_sft_shards_keep_the_conversations(sft_run):
    output, result = sft_run
    kept = rows(output / "data")
    assert len(kept) == result.ledger["documents_kept"] > 300
    columns = set(kept[0])
    assert {"messages", "prompt_language", "response_language", "conv_turns", "contamination"} <= columns
    assert not {"prompt_text", "response_text"} & columns  # views are derived, not stored
    alpaca = {json.dumps(to_sft(r)) for r in json.loads((ROOT / "data/sample/sft/alpaca_en.json").read_text())}
    from_alpaca = [r for r in kept if r["source"] == "alpaca/alpaca_en.json"]
    written = {json.dumps(r["messages"]) for r in from_alpaca}
    # pii_v1 (configs/sft.yaml) rewrote the records that held personal data, and only those, leaving its tags
    redacted = written - alpaca
    assert written and all(re.search(r"<(EMAIL|PHONE|IP|CARD|IBAN|NATIONAL_ID|SECRET)>", w) for w in redacted)
    assert len(redacted) == sum(1 for r in from_alpaca if r["pii_count"])
    assert all(r["messages"][-1]["role"] == "assistant" for r in kept)
    assert {r["language"] for r in kept} >= {"en", "zh"}
    assert {json.loads(r["meta"])["format"] for r in kept} == {"alpaca", "sharegpt"}


def test_planted_benchmark_items_are_dropped_naming_benchmark_and_item(sft_run):
    output, result = sft_run
    rejects = rows(output / "rejects")
    planted = [r for r in rejects if r["source"] == "planted/planted_benchmarks.jsonl"]
    assert len(planted) == 5
    assert sorted(r["drop_reason"] for r in planted) == ["decontamination.gsm8k"] * 3 + [
        "decontamination.humaneval", "decontamination.mt_bench"]
    items = {r["contamination"].split(" ")[0] for r in planted}
    assert {"gsm8k/gsm8k_test.jsonl:0", "gsm8k/gsm8k_test.jsonl:1", "gsm8k/gsm8k_test.jsonl:2",
            "humaneval/HumanEval/0", "mt_bench/81"} == items
    reasons = result.ledger["stages"][[s["stage"] for s in result.ledger["stages"]].index("decontamination")]["reasons"]
    assert reasons["decontamination.gsm8k"]["docs"] == 3
    assert result.stats["contamination"]["gsm8k"] == 3 and result.stats["contamination"]["humaneval"] == 1
    assert set(result.stats["record_formats"]) == {"alpaca", "sharegpt"}
    assert sum(result.stats["record_formats"].values()) == result.ledger["documents_kept"]


def test_prompts_are_deduplicated(sft_run):
    output, result = sft_run
    prompts = [" ".join(m["content"] for m in r["messages"] if m["role"] != "assistant").lower()
               for r in rows(output / "data")]
    assert len(prompts) == len(set(prompts))
    dropped = [r for r in rows(output / "rejects") if r["drop_reason"] == "dedup.exact"]
    assert dropped and all(r["dup_of"] for r in dropped)


def test_preference_pairs_are_checked(spark, tmp_path):
    pairs = [
        {"prompt": "Name a prime number.", "chosen": "Seven is a prime number.", "rejected": "Eight is prime."},
        {"prompt": "Say hi politely.", "chosen": "Hello, nice to meet you.", "rejected": "Hello, nice to meet you."},
        {"chosen": "\n\nHuman: What is two plus two?\n\nAssistant: Four.",
         "rejected": "\n\nHuman: What is three plus three?\n\nAssistant: Six."},
        {"prompt": "Give me a list of fruits.", "chosen": "Sure, here are some:", "rejected": "Apples and pears."},
        {"prompt": "Tell me a colour.", "chosen": "Blue.", "rejected": "   "},
    ]
    source = tmp_path / "pairs.jsonl"
    source.write_text("".join(json.dumps(p) + "\n" for p in pairs))
    data = chat_config("preference", tmp_path / "out", inputs=[{"paths": [str(source)]}])
    data["stages"] = [s for s in data["stages"] if s["stage"] in ("conversation_v1", "preference_v1")]
    data["dedup"] = {"exact": True, "field": "prompt_text"}
    run(parse_config(data), echo=False)
    kept = rows(tmp_path / "out" / "data")
    assert [r["chosen"] for r in kept] == [[{"role": "assistant", "content": "Seven is a prime number."}]]
    assert kept[0]["prompt"] == [{"role": "user", "content": "Name a prime number."}]
    reasons = {r["text"].split("\n\n")[0]: r["drop_reason"] for r in rows(tmp_path / "out" / "rejects")}
    assert reasons == {"Say hi politely.": "preference.identical",
                       "What is two plus two?": "conversation.roles",  # answers to different prompts
                       "Give me a list of fruits.": "conversation.truncated",
                       "Tell me a colour.": "conversation.empty_response"}


def test_preference_sanity_signals():
    from curate.io.chat import text_views, to_preference
    from filters.base import DocBatch
    from filters.conversation import PreferenceSanity

    records = [to_preference({"chosen": "\n\nHuman: Two plus two?\n\nAssistant: Four.",
                              "rejected": "\n\nHuman: Three plus three?\n\nAssistant: Six."}),
               to_preference({"prompt": "Q?", "chosen": "A.", "rejected": " A. ", "score_chosen": 9, "score_rejected": 4})]
    columns = {name: [r[name] for r in records] for name in records[0]}
    for view in ("prompt_text", "response_text", "rejected_text"):
        columns[view] = [text_views("preference", r)[view] for r in records]
    signals = PreferenceSanity(None, {}).annotate(DocBatch({"text": ["", ""], **columns}))
    assert signals["pref_same_prompt"] == [0, 1]
    assert signals["pref_identical"] == [0, 1]
    assert signals["pref_score_margin"] == [None, 5.0]


def test_bundled_preference_config_runs(preference_run):
    output, result = preference_run
    kept = rows(output / "data")
    assert len(kept) == result.ledger["documents_kept"] > 400
    assert all(all(m["role"] == "assistant" for m in r["chosen"] + r["rejected"]) for r in kept)
    assert {json.loads(r["meta"])["format"] for r in kept} == {"sharegpt", "hh_rlhf"}


def test_records_of_no_known_format(spark, tmp_path):
    source = tmp_path / "mixed.jsonl"
    source.write_text(json.dumps({"instruction": "Add 2 and 2.", "output": "4"}) + "\n"
                      + json.dumps({"question": "q", "answer": "a"}) + "\n")
    data = {"name": "m", "kind": "sft", "inputs": [{"paths": [str(source)]}], "output": {"path": str(tmp_path / "o")}}
    result = run(parse_config(data), echo=False)
    reasons = result.ledger["stages"][0]["reasons"]
    assert list(reasons) == ["read.bad_format"] and reasons["read.bad_format"]["docs"] == 1
    reject = rows(tmp_path / "o" / "rejects")[0]
    assert "fields found ['answer', 'question']" in json.loads(reject["meta"])["error"]
    first_bad = tmp_path / "bad.jsonl"
    first_bad.write_text(json.dumps({"question": "q", "answer": "a"}) + "\n")
    data["inputs"] = [{"paths": [str(first_bad)]}]
    with pytest.raises(ConfigError, match=r"first record fits no sft format.*fields found \['answer', 'question'\]"):
        prepare(parse_config(data))


def test_stages_check_the_kind_of_data():
    data = {"name": "m", "kind": "sft", "inputs": [{"paths": ["x.jsonl"]}], "output": {"path": "o"},
            "stages": [{"stage": "refinement_v1"}]}
    with pytest.raises(ConfigError, match="refinement_v1 works on text data, not on kind 'sft'"):
        parse_config(data)
    data = {"name": "m", "inputs": [{"paths": ["x.jsonl"]}], "output": {"path": "o"},
            "stages": [{"stage": "conversation_v1"}]}
    with pytest.raises(ConfigError, match="conversation_v1 works on sft, preference, kto data"):
        parse_config(data)
    data = {"name": "m", "kind": "sft", "inputs": [{"paths": ["x.jsonl"]}], "output": {"path": "o"},
            "dedup": {"exact": True, "field": "rejected_text"}}
    with pytest.raises(ConfigError, match="dedup.field"):
        parse_config(data)


def test_inputs_and_benchmarks_are_checked_before_work(tmp_path):
    data = chat_config("sft", tmp_path / "o", inputs=[{"paths": [str(ROOT / "data/sample/cc-multilingual.warc.gz")]}])
    with pytest.raises(ConfigError, match="web archive"):
        prepare(parse_config(data))
    data = chat_config("sft", tmp_path / "o")
    decontamination = next(stage for stage in data["stages"] if stage["stage"] == "decontamination_v1")
    decontamination["params"]["benchmarks"][0]["fields"] = ["questoin"]
    with pytest.raises(ConfigError, match="'gsm8k' has no items with text in fields \\['questoin'\\]"):
        prepare(parse_config(data))


def test_buckets_of_a_score_where_higher_is_better(spark):
    from curate.driver.buckets import assign_buckets
    from curate.config import BucketConfig

    df = spark.createDataFrame([(f"d{i}", "en", float(i)) for i in range(100)], "id string, language string, q double")
    config = BucketConfig(signal="q", higher_is_better=True)
    bucketed, record = assign_buckets(df, config)
    by_bucket = {}
    for row in bucketed.collect():
        by_bucket.setdefault(row["bucket"], []).append(row["q"])
    assert min(by_bucket["head"]) >= 69 and len(by_bucket["head"]) in (30, 31)
    assert max(by_bucket["tail"]) <= 40 and len(by_bucket["tail"]) in (40, 41)
