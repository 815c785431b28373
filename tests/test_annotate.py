"""LLM annotation → quality head → scoring (the FineWeb-Edu loop) on CPU: the template, score parsing, determinism,
and the whole loop with real transformers models built from configs — a 1-layer Llama whose answers are set by its
weights (so the expected scores come from the input texts, not from the code under test) and the packaged
all-MiniLM-L6-v2 for embeddings."""

from __future__ import annotations

import json

import pyarrow.dataset as ds
import pytest

from curate.annotate.config import parse_annotate_config
from curate.annotate.run import run_annotate
from curate.config import parse_config
from curate.driver.run import run
from curate.validate import ConfigError
from quality_model.annotation import FINEWEB_EDU_TEMPLATE, Annotator, ScoreFormat, check_template, render_prompts
from tests import tiny_models
from tests.conftest import ROOT, SAMPLE


def english_and_chinese(count: int) -> tuple[list[str], list[str]]:
    """Real text: pieces of the bundled Wikipedia articles, each a sentence run ending in '.', and Alpaca-zh
    instructions (none ends in an ASCII '.')."""
    pieces = []
    for line in (ROOT / "data" / "reference" / "wiki_en.jsonl").open(encoding="utf-8"):
        text = json.loads(line)["text"]
        pieces += [p.strip() + "." for p in text.split(". ") if 40 <= len(p) <= 300]
    chinese = [f"{r['instruction']}{r['input']}" for r in json.loads((SAMPLE / "sft" / "alpaca_zh.json").read_text())]
    chinese = [c for c in chinese if not c.rstrip().endswith(".")]
    return pieces[:count], chinese[:count]


def test_the_fineweb_edu_template_and_its_score():
    prompt = render_prompts(FINEWEB_EDU_TEMPLATE, ["Photosynthesis turns light into chemical energy."], 3000)[0]
    assert "The extract:\nPhotosynthesis turns light into chemical energy.\n" in prompt
    assert 'Conclude with the score using the format: "Educational score: <total points>"' in prompt
    assert render_prompts("{{ text }}", ["abcdef"], 3) == ["abc"]
    score = ScoreFormat()
    assert score.parse("Clear and structured.\nEducational score: 4") == 4
    assert score.parse("Educational score: 2 at first, but on reflection Educational score:  3") == 3  # the last
    assert score.parse("Educational score: 7") is None  # out of range: never clipped
    assert score.parse("I would give it four points.") is None
    assert score.parse("") is None


@pytest.mark.parametrize("template, message", [
    ("Rate this page.", "never shows the document"),
    ("{{ text }} {{ url }}", "uses url"),
    ("{% if %}", "does not parse"),
])
def test_templates_that_cannot_work(template, message):
    with pytest.raises(ValueError, match=message):
        check_template(template)


def test_random_model_answers_are_deterministic_and_fit_its_positions(tmp_path):
    """A randomly initialised GPT-2 (256 positions) on the FineWeb-Edu prompt, which is longer than that: the
    prompt keeps its end, the answers repeat exactly, and gibberish parses to no score."""
    model = tiny_models.causal_lm(tmp_path / "gpt2")
    texts = english_and_chinese(6)[0] + english_and_chinese(6)[1]
    prompts = render_prompts(FINEWEB_EDU_TEMPLATE, texts, 3000)
    annotator = Annotator(str(model), "cpu", max_new_tokens=8, batch_size=4)
    assert annotator.max_prompt_tokens == 256 - 8
    first, second = annotator.answer(prompts), annotator.answer(prompts)
    assert first == second and len(first) == len(texts)
    assert annotator.tokens_generated > 0
    assert all(ScoreFormat().parse(answer) is None for answer in first)


@pytest.fixture(scope="module")
def annotated_set(spark, tmp_path_factory):
    """A curated set of 80 English and 80 Chinese texts (curate run, no stages) and a model that answers "4" after
    a text ending in '.' and "1" after any other."""
    root = tmp_path_factory.mktemp("annotate")
    english, chinese = english_and_chinese(80)
    assert len(english) == len(chinese) == 80
    texts = {f"en{i:03d}": t for i, t in enumerate(english)} | {f"zh{i:03d}": t for i, t in enumerate(chinese)}
    (root / "docs.jsonl").write_text("".join(json.dumps({"id": k, "text": v}, ensure_ascii=False) + "\n"
                                             for k, v in texts.items()), encoding="utf-8")
    run(parse_config({"name": "mixed", "inputs": [{"paths": [str(root / "docs.jsonl")], "id_field": "id"}],
                      "output": {"path": str(root / "set")}}), echo=False)
    model = tiny_models.rule_lm(root / "rater", {".": "4"}, "1")
    (root / "rate.jinja").write_text("Rate the text below from 0 to 5.\n{{ text }}", encoding="utf-8")
    return root, texts, model


def annotate_config(root, rater, out, **changes) -> dict:
    config = {"name": "rated", "inputs": [{"set": str(root / "set")}], "model": str(rater),
              "template": str(root / "rate.jinja"), "score": {"pattern": "([0-9])"}, "max_chars": 400,
              "sample": {"documents": 120, "seed": 0}, "generation": {"max_new_tokens": 4, "batch_size": 8},
              "output": {"path": str(out)}}
    return {**config, **changes}


def annotations(folder) -> dict[str, dict]:
    return {r["id"]: r for r in ds.dataset(str(folder / "data"), format="parquet").to_table().to_pylist()}


def test_annotate_train_and_score_the_whole_loop(spark, annotated_set, tmp_path):
    from curate.training.annotations import AnnotationTraining, train_from_annotations

    root, texts, model = annotated_set
    result = run_annotate(parse_annotate_config(annotate_config(root, model, tmp_path / "a")))
    rows = annotations(tmp_path / "a")
    assert len(rows) == 120 and set(rows) <= set(texts)
    for key, row in rows.items():
        assert row["text"] == texts[key] and row["prompt"].endswith(texts[key])
        assert row["score"] == (4 if texts[key].endswith(".") else 1), (row["answer"], texts[key][-20:])
    expected = {"1": sum(k.startswith("zh") for k in rows), "4": sum(k.startswith("en") for k in rows)}
    assert result.report["scores"] == expected and result.report["unparseable"] == 0
    assert json.loads((tmp_path / "a" / "annotations.json").read_text())["documents"] == 120
    # the same sample and answers again; another seed samples other documents
    run_annotate(parse_annotate_config(annotate_config(root, model, tmp_path / "b")))
    assert annotations(tmp_path / "b") == rows
    run_annotate(parse_annotate_config(annotate_config(root, model, tmp_path / "c", sample={"documents": 120, "seed": 1})))
    assert set(annotations(tmp_path / "c")) != set(rows)
    # a head on MiniLM embeddings, evaluated on held-out annotations as FineWeb-Edu reports its classifier
    report = train_from_annotations(spark, AnnotationTraining(str(tmp_path / "a"), held_out=0.3),
                                    str(tmp_path / "head.npz"))
    evaluation = report["held_out_evaluation"]
    assert report["examples"]["train"] + report["examples"]["held_out"] == 120 and evaluation["examples"] > 20
    assert evaluation["f1"] >= 0.9
    # the scoring stage applies it to documents the model never rated
    unseen = {k: v for k, v in texts.items() if k not in rows}
    (tmp_path / "unseen.jsonl").write_text("".join(json.dumps({"id": k, "text": v}, ensure_ascii=False) + "\n"
                                                   for k, v in unseen.items()), encoding="utf-8")
    scored = run(parse_config({"name": "scored", "inputs": [{"paths": [str(tmp_path / "unseen.jsonl")],
                                                              "id_field": "id"}],
                               "stages": [{**report["scoring_stage"], "resources": {"gpus": 0}}],
                               "output": {"path": str(tmp_path / "scored")}}), echo=False)
    assert scored.ledger["documents_kept"] == len(unseen) == 40
    out = ds.dataset(str(tmp_path / "scored" / "data"), format="parquet").to_table().to_pylist()
    for row in out:
        assert (row["model_score"] >= 2.5) == row["id"].startswith("en"), (row["id"], row["model_score"])


def test_unparseable_answers_are_counted_never_guessed(spark, annotated_set, tmp_path):
    root, texts, _ = annotated_set
    model = tiny_models.rule_lm(tmp_path / "chatty", {".": "4"}, "cat")  # "cat" after any other text
    result = run_annotate(parse_annotate_config(annotate_config(root, model, tmp_path / "a")))
    rows = annotations(tmp_path / "a")
    unparseable = [k for k, r in rows.items() if r["score"] is None]
    assert sorted(unparseable) == sorted(k for k in rows if not texts[k].endswith("."))
    assert all(rows[k]["answer"] == "cat" for k in unparseable)
    assert result.report["unparseable"] == len(unparseable) > 0
    # a second run replaces the annotations it wrote (an output of curate's own, not a user's folder)
    run_annotate(parse_annotate_config(annotate_config(root, model, tmp_path / "a")))
    assert annotations(tmp_path / "a") == rows


@pytest.mark.parametrize("change, message", [
    ({"model": "/nonexistent/model"}, "is not a folder"),
    ({"template": "/nonexistent/template.jinja"}, "neither a built-in template"),
    ({"score": {"pattern": "score: [0-9]"}}, "has no group"),
    ({"sample": {"documents": 0}}, "documents: must be ≥ 1"),
    ({"inputs": [{"set": "/nonexistent/set"}]}, "has no card.json"),
])
def test_wrong_annotate_configs_fail_before_any_work(annotated_set, tmp_path, change, message):
    root, _, model = annotated_set
    with pytest.raises(ConfigError, match=message):
        run_annotate(parse_annotate_config(annotate_config(root, model, tmp_path / "out", **change)))
    assert not (tmp_path / "out").exists()
