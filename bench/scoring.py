"""KenLM and fastText scoring speed per core: inside the pipeline vs the bare library on the same documents.

    python bench/scoring.py [--docs 20000]

Documents: the bundled C4 sample repeated (with distinct ids) into a JSONL file. Models: the bundled ones
(`make models`: models/lm/en, models/quality/en.bin).

- bare: one Python loop over the texts calling the library the way the stage must (KenLM: CCNet's
  normalisation and tokenisation, `Model.score` per paragraph; fastText: one `predict` over the batch's
  flattened texts). This is the floor: no Spark, no Arrow, no I/O.
- stage: the stage's `annotate` over batches of 1,000 (the code an executor runs), plain Python.
- pipeline: `curate run` in Spark local[1] (one core) with only that stage, minus the same run with no
  stage (read + write): the stage's marginal cost inside the pipeline. Best of --repeats runs each.

Prints docs/s of each and the ratios to bare (target ≥ 0.9).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
RESULTS = ROOT / "bench" / "results" / "scoring"


def make_docs(count: int) -> Path:
    base = [json.loads(line)["text"] for line in (ROOT / "data" / "sample" / "c4_demo.jsonl").read_text().splitlines()]
    path = RESULTS / f"docs-{count}.jsonl"
    if not path.exists():
        RESULTS.mkdir(parents=True, exist_ok=True)
        with open(path, "w", encoding="utf-8") as out:
            for i in range(count):
                out.write(json.dumps({"id": f"doc-{i}", "text": base[i % len(base)]}) + "\n")
    return path


def bare_kenlm(texts: list[str]) -> float:
    import kenlm

    from quality_model.lm_text import LmTokenizer
    from quality_model.perplexity import quiet_stderr

    with quiet_stderr():
        model = kenlm.Model(str(ROOT / "models" / "lm" / "en" / "model.arpa"))
    tokenizer = LmTokenizer()
    started = time.perf_counter()
    for text in texts:
        log10_sum, length = 0.0, 0
        for tokens in tokenizer.paragraphs(text):
            log10_sum += model.score(" ".join(tokens))
            length += len(tokens) + 1
        _ = 10 ** (-log10_sum / length) if length else None
    return time.perf_counter() - started


def bare_fasttext(texts: list[str]) -> float:
    import fasttext

    fasttext.FastText.eprint = lambda *a, **k: None
    model = fasttext.load_model(str(ROOT / "models" / "quality" / "en.bin"))
    started = time.perf_counter()
    for start in range(0, len(texts), 1000):
        lines = [" ".join(t.split()).lower() for t in texts[start:start + 1000]]
        model.predict(lines, k=-1)
    return time.perf_counter() - started


def stage_seconds(stage_name: str, params: dict, texts: list[str]) -> float:
    from curate.registry import STAGES
    from filters.base import DocBatch

    cls = STAGES[stage_name]
    typed = cls.Params(**params)
    stage = cls(typed, cls.files_for(typed))
    stage.annotate(DocBatch({"text": texts[:10], "language": ["en"] * 10}))  # loads the model
    started = time.perf_counter()
    for start in range(0, len(texts), 1000):
        chunk = texts[start:start + 1000]
        stage.annotate(DocBatch({"text": chunk, "language": ["en"] * len(chunk)}))
    return time.perf_counter() - started


def pipeline_seconds(spark, docs: Path, stages: list[dict], name: str) -> float:
    from curate.config import parse_config
    from curate.driver.run import run

    config = parse_config({"name": name, "inputs": [{"paths": [str(docs)]}],
                           "output": {"path": str(RESULTS / f"out-{name}"), "rejects": "none"}, "stages": stages})
    started = time.perf_counter()
    run(config, echo=False)
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=20_000)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    docs = make_docs(args.docs)
    texts = [json.loads(line)["text"] for line in docs.read_text().splitlines()]
    n = len(texts)
    lm_params = {"models": {"en": str(ROOT / "models" / "lm" / "en")}}
    quality_params = {"model": str(ROOT / "models" / "quality" / "en.bin")}
    kinds = {
        "kenlm": (bare_kenlm, "perplexity_v1", lm_params),
        "fasttext": (bare_fasttext, "quality_classifier_v1", quality_params),
    }
    measured = {}
    for kind, (bare, stage_name, params) in kinds.items():
        measured[kind] = {"bare": min(bare(texts) for _ in range(args.repeats)),
                          "stage": min(stage_seconds(stage_name, params, texts) for _ in range(args.repeats))}

    from curate.driver.session import get_session

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    spark = get_session(cli_conf={"spark.master": "local[1]", "spark.ui.showConsoleProgress": "false",
                                  "spark.sql.shuffle.partitions": "1"})
    pipeline_seconds(spark, docs, [], "warmup")
    empty = min(pipeline_seconds(spark, docs, [], "none") for _ in range(args.repeats))
    for kind, (_, stage_name, params) in kinds.items():
        # the language column is what the stage reads to pick a model; LID is not what is measured here
        stage = [{"stage": stage_name, "params": params}]
        if stage_name == "perplexity_v1":
            stage[0]["params"] = {"models": {"*": params["models"]["en"]}}
        with_stage = min(pipeline_seconds(spark, docs, stage, kind) for _ in range(args.repeats))
        measured[kind]["pipeline_total"] = with_stage
        measured[kind]["pipeline_marginal"] = with_stage - empty
    spark.stop()

    print(f"{n} documents (C4 sample repeated), one core; best of {args.repeats}; pipeline run without stages: "
          f"{empty:.2f} s")
    print(f"{'scorer':<10}{'bare docs/s':>13}{'stage docs/s':>14}{'pipeline docs/s':>17}{'stage/bare':>12}"
          f"{'pipeline/bare':>15}")
    summary = {"documents": n, "pipeline_without_stages_s": round(empty, 3)}
    for kind, m in measured.items():
        bare_rate, stage_rate, pipe_rate = n / m["bare"], n / m["stage"], n / m["pipeline_marginal"]
        print(f"{kind:<10}{bare_rate:>13,.0f}{stage_rate:>14,.0f}{pipe_rate:>17,.0f}{stage_rate / bare_rate:>12.3f}"
              f"{pipe_rate / bare_rate:>15.3f}")
        summary[kind] = {k: round(v, 3) for k, v in m.items()} | {
            "bare_docs_per_s": round(bare_rate), "stage_docs_per_s": round(stage_rate),
            "pipeline_docs_per_s": round(pipe_rate), "pipeline_over_bare": round(pipe_rate / bare_rate, 3)}
    (RESULTS / "summary.json").write_text(json.dumps(summary, indent=2))
    print(f"results: {RESULTS / 'summary.json'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
