"""Transformer scoring: batched-by-length scores equal one-text-at-a-time scores, each kind computes what it
claims, and the Spark scoring stage writes scores and applies its rules."""

from __future__ import annotations

import json
import math

import numpy as np
import pyarrow.dataset as ds
import pytest
import yaml
import torch

from curate.config import ConfigError, parse_config
from curate.driver.prepare import prepare
from curate.driver.run import run
from quality_model.transformer_scoring import (ScorerSpec, TransformerScorer, fit_regression_head, length_batches,
                                               mean_pooled)
from tests import tiny_models

TEXTS = [
    "The cat sat on the mat.",
    "Rivers carry water from the mountains to the sea, and the sea carries it back as rain over the hills.",
    "a",
    "",
    "Data engineers clean text.",
    "Le chat dort sur le canapé pendant que la pluie tombe sur la ville endormie depuis des heures.",
    "numbers like 12345",
]


@pytest.fixture(scope="module")
def models(tmp_path_factory):
    root = tmp_path_factory.mktemp("tiny")
    return {
        "lm": tiny_models.causal_lm(root / "lm", seed=0),
        "small": tiny_models.causal_lm(root / "small", seed=1, layers=1),
        "regression": tiny_models.bert(root / "regression", labels=1),
        "classifier": tiny_models.bert(root / "classifier", labels=3),
        "encoder": tiny_models.bert(root / "encoder"),
    }


def hf_perplexity(folder, text: str) -> float:
    """exp of the model's own mean token loss on one unpadded text."""
    from transformers import AutoModelForCausalLM, AutoTokenizer

    tok = AutoTokenizer.from_pretrained(folder)
    model = AutoModelForCausalLM.from_pretrained(folder).eval()
    ids = torch.tensor([tok(text, add_special_tokens=False)["input_ids"]])
    with torch.no_grad():
        return math.exp(model(input_ids=ids, labels=ids).loss.item())


def test_length_batches_cover_every_text_once_within_budgets():
    lengths = [5, 300, 17, 17, 1, 64, 64, 64, 2, 120]
    batches = length_batches(lengths, batch_size=3, batch_tokens=200)
    assert sorted(i for b in batches for i in b) == list(range(len(lengths)))
    for batch in batches:
        assert len(batch) <= 3
        assert len(batch) == 1 or len(batch) * max(lengths[i] for i in batch) <= 200
        assert [lengths[i] for i in batch] == sorted((lengths[i] for i in batch), reverse=True)


def test_causal_lm_perplexity_batched_equals_one_by_one(models):
    batched = TransformerScorer(ScorerSpec("causal_lm", str(models["lm"]), batch_size=3), str(models["lm"]), "cpu")
    scores = batched.score(TEXTS)
    assert scores[3] is None  # empty: nothing to predict
    for text, score in zip(TEXTS, scores):
        if score is not None:
            assert score == pytest.approx(hf_perplexity(models["lm"], text), rel=1e-4), text
    assert batched.tokens_scored > 0


def test_miniplm_is_the_difference_of_mean_log_probabilities(models):
    spec = ScorerSpec("miniplm", str(models["lm"]), small_model=str(models["small"]), batch_size=4)
    scores = TransformerScorer(spec, str(models["lm"]), "cpu", str(models["small"])).score(TEXTS)
    for text, score in zip(TEXTS, scores):
        if score is None:
            continue
        expected = math.log(hf_perplexity(models["small"], text)) - math.log(hf_perplexity(models["lm"], text))
        assert score == pytest.approx(expected, abs=1e-4), text
    same = TransformerScorer(ScorerSpec("miniplm", str(models["lm"]), small_model=str(models["lm"])),
                             str(models["lm"]), "cpu", str(models["lm"])).score(TEXTS)
    assert all(s is None or abs(s) < 1e-5 for s in same)


def test_classifier_scores_match_the_model_on_single_texts(models):
    from transformers import AutoModelForSequenceClassification, AutoTokenizer

    for name, kind_label in (("regression", None), ("classifier", 2)):
        folder = str(models[name])
        scores = TransformerScorer(ScorerSpec("classifier", folder, batch_size=2), folder, "cpu").score(TEXTS)
        tok = AutoTokenizer.from_pretrained(folder)
        model = AutoModelForSequenceClassification.from_pretrained(folder).eval()
        for text, score in zip(TEXTS, scores):
            ids = tok(text, return_tensors="pt")
            if ids["input_ids"].shape[1] == 0:
                assert score is None
                continue
            with torch.no_grad():
                logits = model(**ids).logits[0]
            expected = logits[0].item() if kind_label is None else logits.softmax(-1)[kind_label].item()
            assert score == pytest.approx(expected, abs=1e-5), (name, text)


def test_embedding_regression_head_fits_and_scores(models, tmp_path):
    from transformers import AutoModel, AutoTokenizer

    folder = str(models["encoder"])
    tok = AutoTokenizer.from_pretrained(folder)
    encoder = AutoModel.from_pretrained(folder).eval()
    texts = [t for t in tiny_models.CORPUS[:6]] + [t.upper() for t in tiny_models.CORPUS[:6]]
    with torch.no_grad():
        embeddings = np.stack([mean_pooled(encoder, **{k: v for k, v in tok(t, return_tensors="pt").items()
                                                        if k in ("input_ids",)},
                                            mask=torch.ones_like(tok(t, return_tensors="pt")["input_ids"]))[0].numpy()
                               for t in texts])
    targets = np.array([1.0] * 6 + [0.0] * 6)
    fit_regression_head(embeddings, targets, str(tmp_path / "head.npz"), ridge=1e-4)
    spec = ScorerSpec("embedding_regression", folder, head=str(tmp_path / "head.npz"), batch_size=5)
    scores = TransformerScorer(spec, folder, "cpu", head_path=str(tmp_path / "head.npz")).score(texts)
    with np.load(tmp_path / "head.npz") as head:
        expected = embeddings @ head["weight"] + head["bias"]
    assert np.allclose(scores, expected, atol=1e-4)
    assert np.mean(scores[:6]) > np.mean(scores[6:])  # the head separates what it was fitted on


def scoring_config(tmp_path, models, **scorer):
    docs = tmp_path / "docs.jsonl"
    docs.write_text("".join(json.dumps({"id": f"d{i}", "text": t}) + "\n" for i, t in enumerate(TEXTS)))
    return {
        "name": "scored", "inputs": [{"paths": [str(docs)]}], "output": {"path": str(tmp_path / "out")},
        "stages": [{"stage": "transformer_score_v1", "name": "lm_score",
                    "params": {"kind": "causal_lm", "model": str(models["lm"]), "batch_size": 2, **scorer},
                    "rules": [{"name": "max_perplexity", "signal": "lm_perplexity", "op": "<=", "value": 1e9}]}],
    }


def test_spark_scoring_stage_writes_scores_and_applies_rules(spark, models, tmp_path):
    reference = TransformerScorer(ScorerSpec("causal_lm", str(models["lm"])), str(models["lm"]), "cpu").score(TEXTS)
    ordered = sorted(s for s in reference if s is not None)
    threshold = (ordered[3] + ordered[4]) / 2  # between two scores: batching noise cannot move a text across
    data = scoring_config(tmp_path, models)
    data["stages"][0]["rules"][0]["value"] = threshold
    result = run(parse_config(data), echo=False)
    kept = ds.dataset(str(tmp_path / "out" / "data"), format="parquet").to_table().to_pylist()
    rejects = ds.dataset(str(tmp_path / "out" / "rejects"), format="parquet").to_table().to_pylist()
    by_text = {r["text"]: r for r in kept + rejects}
    for text, score in zip(TEXTS, reference):
        row = by_text[text]
        if row.get("drop_reason") not in (None, "lm_score.max_perplexity"):
            continue  # dropped before scoring (the empty text)
        assert row["lm_perplexity"] == (None if score is None else pytest.approx(score, rel=1e-3))
        assert (row.get("drop_reason") is None) == (score is None or score <= threshold)
    stages = [s["stage"] for s in result.ledger["stages"]]
    assert stages[-1] == "lm_score"
    assert result.ledger["rules"]["lm_score"][0]["name"] == "max_perplexity"
    assert any(r["drop_reason"] == "lm_score.max_perplexity" for r in rejects)


def test_missing_model_folder_fails_before_work(models, tmp_path):
    data = scoring_config(tmp_path, models, model=str(tmp_path / "nowhere"))
    with pytest.raises(ConfigError, match="lm_score.*'model' not found: .*nowhere"):
        prepare(parse_config(data))
    data = scoring_config(tmp_path, models, kind="miniplm")
    with pytest.raises(ConfigError, match="small_model"):
        parse_config(data)


@pytest.mark.parametrize("after", ["dedup", "row_local"])
def test_a_scorer_runs_in_its_own_pass_after_dedup_or_after_the_row_local_pass(spark, models, tmp_path, after):
    data = scoring_config(tmp_path, models)
    docs = tmp_path / "docs.jsonl"
    duplicate = TEXTS[1]
    with docs.open("a") as handle:  # an exact duplicate, found by dedup
        handle.write(json.dumps({"id": "copy", "text": duplicate}) + "\n")
    data["stages"][0]["after"] = after
    data["dedup"] = {"exact": True}
    result = run(parse_config(data), echo=False)
    rows = (ds.dataset(str(tmp_path / "out" / "data"), format="parquet").to_table().to_pylist()
            + ds.dataset(str(tmp_path / "out" / "rejects"), format="parquet").to_table().to_pylist())
    copies = [r for r in rows if r["text"] == duplicate]
    assert sorted(r.get("drop_reason") or "" for r in copies) == ["", "dedup.exact"]
    dropped = next(r for r in copies if r.get("drop_reason") == "dedup.exact")
    # after dedup, the duplicate dedup dropped was never scored; after the row-local pass it was
    assert (dropped["lm_perplexity"] is None) == (after == "dedup")
    stages = [s["stage"] for s in result.ledger["stages"]]
    assert stages[-2:] == (["dedup", "lm_score"] if after == "dedup" else ["lm_score", "dedup"])


def test_an_old_scoring_section_fails_showing_the_stage_that_replaces_it(models, tmp_path):
    data = scoring_config(tmp_path, models)
    stage = data.pop("stages")[0]
    data["scoring"] = [{"name": "lm_score", **stage["params"], "rules": stage["rules"]}]
    data["scoring_resources"] = {"task_gpus": 1}
    with pytest.raises(ConfigError) as error:
        parse_config(data)
    shown = yaml.safe_load(str(error.value).split("at the end of your `stages:` list:\n", 1)[1])
    assert shown == [{"stage": "transformer_score_v1", "name": "lm_score", "params": stage["params"],
                      "resources": {"gpus": 1}, "rules": stage["rules"]}]
    parse_config({**{k: v for k, v in data.items() if not k.startswith("scoring")}, "stages": shown})


def test_texts_longer_than_the_model_takes_are_cut_at_its_limit(models):
    from transformers import AutoConfig

    folder = str(models["lm"])
    positions = AutoConfig.from_pretrained(folder).n_positions
    text = " ".join(tiny_models.CORPUS) * 40  # far more tokens than the model has positions
    asked = TransformerScorer(ScorerSpec("causal_lm", folder, max_length=4 * positions), folder, "cpu")
    assert len(asked.tokenizer(text)["input_ids"]) > 4 * positions
    at_limit = TransformerScorer(ScorerSpec("causal_lm", folder, max_length=positions), folder, "cpu")
    assert asked.score([text]) == pytest.approx(at_limit.score([text]), rel=1e-6)
    assert len(asked.encode([text])[0]) == positions
