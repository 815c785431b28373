"""Gopher / C4 / FineWeb: decision parity with datatrove, and speed per core against it, on the same documents.

    make bench-env                                  # once: .bench-venv with datatrove (+ spaCy), never a dependency
    .venv/bin/python bench/filters.py [--docs 50000] [--shared ../shared/data]

Corpus: the trafilatura-eval pages (extracted with trafilatura) and the C4 sample from the shared data; the
speed run cycles them to --docs documents, in 8 JSONL files. Parity runs each filter alone on each original
text, ours through the stages' own code (no Spark), datatrove's in its environment. Speed runs the whole chain
(LID ≥ 0.65 → Gopher repetition → Gopher quality → C4 → FineWeb), JSONL in, files out: ours as the Spark
pipeline in local[1] and local[2], datatrove's LocalPipelineExecutor with 1 worker.
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
FAMILIES = ("gopher_repetition", "gopher_quality", "c4", "fineweb_quality")
STAGE_OF = {"gopher_repetition": "gopher_repetition_v1", "gopher_quality": "gopher_quality_v1",
            "c4": "c4_quality_v1", "fineweb_quality": "fineweb_quality_v1"}


def build_corpus(shared: Path, out: Path) -> list[dict]:
    """Real text: extracted trafilatura-eval pages and the C4 sample documents."""
    from filters.extract import ExtractParams, HtmlExtractor

    extractor = HtmlExtractor(ExtractParams(max_html_bytes=10**8))
    docs = []
    for line in open(shared / "trafilatura-eval" / "index.jsonl"):
        entry = json.loads(line)
        text, _ = extractor.extract((shared / "trafilatura-eval" / entry["file"]).read_bytes(), entry["url"])
        if text:
            docs.append({"id": f"page-{len(docs)}", "text": text})
    for i, line in enumerate(open(shared / "llama-factory-demo" / "c4_demo.jsonl")):
        docs.append({"id": f"c4-{i}", "text": json.loads(line)["text"]})
    with open(out, "w") as handle:
        for doc in docs:
            handle.write(json.dumps(doc, ensure_ascii=False) + "\n")
    return docs


def our_decisions(docs: list[dict]) -> dict[str, dict]:
    """Each of our stages alone on each original text, with its published rules: 'keep' or the failing rule."""
    from curate.config import StageSpec
    from curate.registry import STAGES
    from curate.executor.rules import CompiledRule, first_failures
    from filters.base import DocBatch

    decisions: dict[str, dict] = {d["id"]: {} for d in docs}
    for family in FAMILIES:
        spec = StageSpec(stage=STAGE_OF[family])
        spec.check(family)
        stage = STAGES[spec.stage](spec.typed_params(), {})
        rules = [CompiledRule(family, rule) for rule in spec.rules]
        batch = DocBatch({"text": [d["text"] for d in docs]})
        signals = stage.annotate(batch)
        columns = {**batch.columns, **signals}
        for doc, reason, index in zip(docs, first_failures(rules, columns, batch.size), range(len(docs))):
            decisions[doc["id"]][family] = reason.split(".", 1)[1] if reason else "keep"
            if family == "c4" and not reason:
                decisions[doc["id"]]["c4_text"] = signals["text"][index]
    return decisions


def parity(docs: list[dict], corpus: Path, datatrove_python: str, work: Path) -> None:
    theirs_path = work / "datatrove_decisions.jsonl"
    subprocess.run([datatrove_python, str(ROOT / "bench" / "datatrove_side.py"), "parity", str(corpus),
                    str(theirs_path)], check=True, cwd=work)
    theirs = {r["id"]: r for r in map(json.loads, open(theirs_path))}
    ours = our_decisions(docs)
    print(f"\nparity on {len(docs)} documents (each filter alone on the original text)")
    print(f"{'filter':<20}{'agree':>8}{'share':>9}   disagreements (ours → datatrove's reason)")
    for family in FAMILIES:
        agree = 0
        classes: collections.Counter = collections.Counter()
        for doc in docs:
            mine, their = ours[doc["id"]][family], theirs[doc["id"]][family]
            if (mine == "keep") == (their == "keep"):
                agree += 1
            else:
                classes[f"{mine} → {their}"] += 1
        shown = ", ".join(f"{k} ×{v}" for k, v in classes.most_common(6))
        print(f"{family:<20}{agree:>8}{agree / len(docs):>9.2%}   {shown}")
    same_text = sum(1 for d in docs if ours[d["id"]].get("c4_text") is not None
                    and ours[d["id"]].get("c4_text") == theirs[d["id"]].get("c4_text"))
    both_kept = sum(1 for d in docs if "c4_text" in ours[d["id"]] and "c4_text" in theirs[d["id"]])
    print(f"c4 rewritten text identical on {same_text} of {both_kept} documents both kept")


def speed_corpus(docs: list[dict], count: int, folder: Path, files: int = 8) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    handles = [open(folder / f"part-{i}.jsonl", "w") for i in range(files)]
    for i in range(count):
        doc = docs[i % len(docs)]
        handles[i % files].write(json.dumps({"id": f"{doc['id']}-{i}", "text": doc["text"]}, ensure_ascii=False) + "\n")
    for handle in handles:
        handle.close()


def our_speed(folder: Path, out: Path, cores: int) -> dict:
    """The Spark pipeline with the same chain in local[cores]; seconds exclude starting the JVM."""
    from curate.config import parse_config
    from curate.driver.run import run
    from curate.driver.session import get_session

    config = parse_config({
        "name": "bench", "inputs": [{"paths": [str(folder / "*.jsonl")]}],
        "stages": [
            {"stage": "language_id_v1", "rules": [{"name": "min_score", "signal": "language_score", "op": ">=", "value": 0.65}]},
            {"stage": "gopher_repetition_v1"}, {"stage": "gopher_quality_v1"}, {"stage": "c4_quality_v1"},
            {"stage": "fineweb_quality_v1"}],
        "output": {"path": str(out), "rejects": "none"},
    })
    spark = get_session(cli_conf={"spark.master": f"local[{cores}]", "spark.ui.showConsoleProgress": "false",
                                  "spark.ui.enabled": "false"})
    spark.range(1).count()  # JVM and session up before timing
    started = time.time()
    result = run(config, echo=False)
    seconds = time.time() - started
    spark.stop()
    return {"seconds": seconds, "kept": result.ledger["documents_kept"]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=50_000)
    parser.add_argument("--shared", default=str(ROOT.parent / "shared" / "data"))
    parser.add_argument("--datatrove-python", default=str(ROOT / ".bench-venv" / "bin" / "python"))
    parser.add_argument("--work", default=str(ROOT / "bench" / "results" / "filters"))
    parser.add_argument("--skip-speed", action="store_true")
    args = parser.parse_args()
    work = Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    if not Path(args.datatrove_python).exists():
        raise SystemExit(f"no datatrove environment at {args.datatrove_python}: run `make bench-env` first")
    corpus = work / "corpus.jsonl"
    docs = build_corpus(Path(args.shared), corpus)
    parity(docs, corpus, args.datatrove_python, work)
    if args.skip_speed:
        return
    from filters.language import bundled_lid_path

    folder = work / "speed-corpus"
    speed_corpus(docs, args.docs, folder)
    theirs_out = work / "datatrove-out"
    subprocess.run(["rm", "-rf", str(theirs_out), str(theirs_out) + "_logs"], check=True)
    result = subprocess.run([args.datatrove_python, str(ROOT / "bench" / "datatrove_side.py"), "speed", str(folder),
                             str(theirs_out), bundled_lid_path()], check=True, capture_output=True, text=True, cwd=work)
    theirs = json.loads(result.stdout.strip().splitlines()[-1])
    one = our_speed(folder, work / "ours-1", 1)
    two = our_speed(folder, work / "ours-2", 2)
    n = args.docs
    print(f"\nspeed on {n} documents: LID → Gopher repetition → Gopher quality → C4 → FineWeb, JSONL in, files out")
    print(f"  datatrove, 1 worker:  {n / theirs['seconds']:8.1f} docs/s  ({theirs['seconds']:.1f} s, kept {theirs['kept']})")
    print(f"  curate, local[1]:     {n / one['seconds']:8.1f} docs/s  ({one['seconds']:.1f} s, kept {one['kept']})")
    print(f"  curate, local[2]:     {n / two['seconds']:8.1f} docs/s  ({two['seconds']:.1f} s, kept {two['kept']})")
    print(f"  per core, curate / datatrove: {theirs['seconds'] / one['seconds']:.2f}x;"
          f"  local[2] / local[1]: {one['seconds'] / two['seconds']:.2f}x  (on {os.cpu_count()} cores)")


if __name__ == "__main__":
    main()
