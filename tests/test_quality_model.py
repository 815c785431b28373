"""KenLM perplexity and the fastText quality classifier as pipeline stages, and perplexity buckets."""

from __future__ import annotations

import json
import math

import kenlm
import pyarrow.dataset as ds
import pytest

from curate.config import ConfigError, parse_config
from curate.driver.prepare import prepare
from curate.driver.run import run
from filters.base import DocBatch
from quality_model.fasttext_quality import QualityClassifier, QualityParams, chunks
from quality_model.lm_text import LmTokenizer
from quality_model.perplexity import Perplexity, PerplexityParams
from tests.conftest import ROOT, SAMPLE

WIKI = ROOT / "data" / "reference" / "wiki_en.jsonl"


def wiki_texts() -> list[str]:
    return [json.loads(line)["text"] for line in WIKI.read_text().splitlines()]


def test_perplexity_is_ccnet_aggregate_of_paragraphs(bundled_models):
    stage = Perplexity(PerplexityParams(models={"en": str(bundled_models["lm"])}),
                       Perplexity.files_for(PerplexityParams(models={"en": str(bundled_models["lm"])})))
    text = "The city has a long history.\n\nIt was founded by traders in the year 1200.\nx"
    signals = stage.annotate(DocBatch({"text": [text, text, "", "!!"], "language": ["en", "de", "en", "en"]}))
    model = kenlm.Model(str(bundled_models["lm"] / "model.arpa"))
    paragraphs = LmTokenizer().paragraphs(text)
    assert len(paragraphs) == 3  # empty lines are no paragraphs
    log10_sum = sum(model.score(" ".join(p)) for p in paragraphs)
    length = sum(len(p) + 1 for p in paragraphs)
    assert signals["perplexity"][0] == pytest.approx(10 ** (-log10_sum / length), rel=1e-6)
    assert signals["paragraph_perplexity"][0] == pytest.approx(
        [10 ** (-model.score(" ".join(p)) / (len(p) + 1)) for p in paragraphs], rel=1e-6)
    assert signals["perplexity"][1] is None  # no German model, and no '*' model
    assert signals["perplexity"][2] is None  # nothing to score
    assert signals["perplexity"][3] is not None  # punctuation is a token too


def test_reference_text_is_less_perplexing_than_its_words_shuffled(bundled_models):
    import random

    params = PerplexityParams(models={"*": str(bundled_models["lm"])})
    stage = Perplexity(params, Perplexity.files_for(params))
    texts = [t[:3000] for t in wiki_texts()[:10]]
    rng = random.Random(0)
    shuffled = [" ".join(rng.sample(t.split(), len(t.split()))) for t in texts]
    scores = stage.annotate(DocBatch({"text": texts + shuffled, "language": ["xx"] * 20}))["perplexity"]
    assert all(a * 3 < b for a, b in zip(scores[:10], scores[10:]))


def test_missing_or_wrong_model_fails_before_work(tmp_path):
    data = {"name": "x", "inputs": [{"paths": [str(SAMPLE / "c4_demo.jsonl")]}], "output": {"path": str(tmp_path / "o")},
            "stages": [{"stage": "perplexity_v1", "params": {"models": {"*": str(tmp_path / "none")}}}]}
    with pytest.raises(ConfigError, match="jobs/train_lm.py"):
        prepare(parse_config(data))
    from filters.language import bundled_lid_path

    data["stages"] = [{"stage": "quality_classifier_v1", "params": {"model": bundled_lid_path()}}]
    with pytest.raises(ConfigError, match="__label__hq"):  # a language-ID model is no quality classifier
        prepare(parse_config(data))


def test_quality_classifier_separates_reference_from_web_text(bundled_models):
    report = json.loads(bundled_models["quality"].with_suffix(".json").read_text())
    held_out = report["held_out_evaluation"]
    # fastText trains hogwild on 12 threads, so the figures move between trainings (precision 0.96–0.99 seen)
    assert held_out["examples"] >= 50 and held_out["precision"] >= 0.85 and held_out["recall"] >= 0.85
    stage = QualityClassifier(QualityParams(model=str(bundled_models["quality"])),
                              {"model": str(bundled_models["quality"])})
    wiki = [c for t in wiki_texts()[-5:] for c in chunks(t, 1500)][:40]
    web = [json.loads(line)["text"] for line in (SAMPLE / "c4_demo.jsonl").read_text().splitlines()[-40:]]
    scores = stage.annotate(DocBatch({"text": wiki + web}))["quality_score"]
    assert all(0 <= s <= 1 for s in scores)
    assert sum(scores[:len(wiki)]) / len(wiki) > sum(scores[len(wiki):]) / len(web) + 0.3


def test_chunks_cut_long_documents_at_sentence_ends():
    text = " ".join(f"Sentence number {i} is here." for i in range(200))
    pieces = chunks(text, 500)
    assert len(pieces) > 5 and all(p.endswith(".") for p in pieces)
    assert all(len(p) <= 560 for p in pieces)
    assert chunks("short text", 500) == ["short text"] and chunks("   ", 500) == []


def bucket_config(tmp_path, bundled_models, **buckets):
    return {
        "name": "scored", "inputs": [{"paths": [str(SAMPLE / "c4_demo.jsonl")]}], "output": {"path": str(tmp_path / "o")},
        "stages": [
            {"stage": "language_id_v1"},
            {"stage": "perplexity_v1", "params": {"models": {"en": str(bundled_models["lm"])}},
             "rules": [{"name": "max_perplexity", "signal": "perplexity", "op": "<=", "value": 2500,
                        "by_language": {"en": 2000}}]},
            {"stage": "quality_classifier_v1", "params": {"model": str(bundled_models["quality"])},
             "rules": [{"name": "min_quality", "signal": "quality_score", "op": ">=", "value": 0.01}]},
        ],
        "buckets": {"signal": "perplexity", "partition": True, **buckets},
    }


def test_pipeline_scores_selects_and_buckets_by_perplexity(spark, tmp_path, bundled_models):
    result = run(parse_config(bucket_config(tmp_path, bundled_models)), echo=False)
    out = tmp_path / "o"
    rows = ds.dataset(str(out / "data"), format="parquet", partitioning=None).to_table().to_pylist()
    assert rows and all(r["perplexity"] <= 2000 and r["quality_score"] >= 0.01 for r in rows if r["language"] == "en")
    rejects = ds.dataset(str(out / "rejects"), format="parquet").to_table().to_pylist()
    assert any(r["drop_reason"] == "perplexity.max_perplexity" and r["perplexity"] > 2000 for r in rejects)
    buckets = result.stats["buckets"]
    low, high = buckets["cutoffs"]["en"]
    assert low < high
    for shard in out.glob("data/en/*/part-*.parquet"):
        bucket = shard.parent.name
        for r in ds.dataset(str(shard), format="parquet").to_table().to_pylist():
            assert r["bucket"] == bucket
            expected = "head" if r["perplexity"] < low else "middle" if r["perplexity"] < high else "tail"
            assert bucket == expected
    counts = buckets["documents"]["en"]
    total = sum(counts.values())
    assert set(counts) == {"head", "middle", "tail"}
    assert abs(counts["head"] / total - 0.3) < 0.05 and abs((counts["head"] + counts["middle"]) / total - 0.6) < 0.05
    assert {p.name for p in (out / "data" / "en").iterdir()} == {"head", "middle", "tail"}


def test_bucket_settings_are_checked(tmp_path, bundled_models):
    with pytest.raises(ConfigError, match="names"):
        parse_config(bucket_config(tmp_path, bundled_models, names=["a", "b"]))
    with pytest.raises(ConfigError, match="unknown signal 'perplexty'"):
        parse_config(bucket_config(tmp_path, bundled_models, signal="perplexty"))
    with pytest.raises(ConfigError, match="percentiles"):
        parse_config(bucket_config(tmp_path, bundled_models, percentiles=[60, 30]))
    config = parse_config(bucket_config(tmp_path, bundled_models, signal="quality_score", higher_is_better=True))
    assert config.buckets.higher_is_better and math.isclose(config.buckets.percentiles[0], 30)


def test_models_by_language_need_a_language_column(tmp_path, bundled_models):
    data = {"name": "x", "inputs": [{"paths": [str(SAMPLE / "c4_demo.jsonl")]}], "output": {"path": str(tmp_path / "o")},
            "stages": [{"stage": "perplexity_v1", "params": {"models": {"en": str(bundled_models["lm"])}}}]}
    with pytest.raises(ConfigError, match="needs column 'language'"):
        parse_config(data)
    data["stages"][0]["params"]["models"] = {"*": str(bundled_models["lm"])}
    assert parse_config(data).stages[0].stage == "perplexity_v1"
