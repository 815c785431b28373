"""What pii_v1 costs per document against the default web chain (configs/web.yaml), in the same run.

    .venv/bin/python bench/pii_speed.py [--pages 2000] [--repeats 2] [--shared ../shared/data]

Pages: the trafilatura-eval pages of the shared data (real HTML), cycled into a WARC of --pages records.
1. In one process, per document: HTML extraction and each stage of configs/web.yaml on the extracted texts
   (batches of 1,000, the stages' own code), and pii_v1 on the same texts: CPU milliseconds per document.
2. Through the pipeline: configs/web.yaml on the WARC in Spark local[1], as shipped (pii_v1 after refinement_v1)
   and without pii_v1, alternating, --repeats times each; wall seconds, medians, and the ratio.
"""

from __future__ import annotations

import argparse
import copy
import statistics
import sys
import tempfile
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from warc import build_warc, eval_pages  # noqa: E402

PII = {"stage": "pii_v1"}


def web_config(warc: Path, out: Path, with_pii: bool) -> dict:
    """configs/web.yaml reading the bench WARC, model paths made absolute, with pii_v1 after refinement (as shipped)
    or without it."""
    data = yaml.safe_load((ROOT / "configs" / "web.yaml").read_text())
    data["inputs"] = [{"paths": [str(warc)], "source": "web"}]
    data["output"] = {"path": str(out), "overwrite": True}
    data.pop("card", None)
    stages = []
    for stage in data["stages"]:
        if stage["stage"] == PII["stage"]:
            continue
        params = stage.get("params") or {}
        if "models" in params:
            params["models"] = {k: str(ROOT / v) for k, v in params["models"].items()}
        if str(params.get("model", "")).startswith("models/"):
            params["model"] = str(ROOT / params["model"])
        stages.append(stage)
        if with_pii and stage["stage"] == "refinement_v1":
            stages.append(copy.deepcopy(PII))
    data["stages"] = stages
    return data


def per_document(pages: list[tuple[str, bytes]], count: int) -> dict[str, float]:
    """CPU ms per document of extraction, each web.yaml stage and pii_v1, on the same documents."""
    from curate.config import parse_config
    from curate.executor.row_pass import load_stage
    from filters.base import DocBatch
    from filters.extract import ExtractParams, HtmlExtractor

    extractor = HtmlExtractor(ExtractParams(favor_precision=True))
    texts, urls = [], []
    started = time.process_time()
    for i in range(count):
        url, html = pages[i % len(pages)]
        text, why = extractor.extract(html, url)
        if why is None and text:
            texts.append(text)
            urls.append(url)
    costs = {"extraction (trafilatura)": (time.process_time() - started) / count * 1000}
    with tempfile.TemporaryDirectory() as scratch:
        config = parse_config(web_config(Path(scratch) / "none.warc.gz", Path(scratch) / "out", with_pii=True))
    from curate.driver.prepare import named_stage_files
    from curate.executor.row_pass import StageFile

    files: dict[str, dict[str, StageFile]] = {}
    for spec, key, path in named_stage_files(config):
        files.setdefault(spec.name, {})[key] = StageFile(path)
    languages = None
    for spec in config.stages_in_order():
        loaded = load_stage(spec, files.get(spec.name, {}))
        seconds = 0.0
        for start in range(0, len(texts), 1000):
            columns = {"text": texts[start:start + 1000], "url": urls[start:start + 1000]}
            if languages is not None:
                columns["language"] = languages[start:start + 1000]
            if spec.languages is not None:  # a language-scoped stage sees its languages only
                inside = [p for p, language in enumerate(columns["language"]) if language in spec.languages]
                columns = {name: [values[p] for p in inside] for name, values in columns.items()}
            batch = DocBatch(columns)
            began = time.process_time()
            signals = loaded.stage.annotate(batch)
            seconds += time.process_time() - began
            if spec.stage == "language_id_v1":
                languages = (languages or []) + list(signals["language"])
        costs[spec.name] = seconds / len(texts) * 1000
    return costs


def pipeline_seconds(warc: Path, out: Path, with_pii: bool) -> float:
    from curate.config import parse_config
    from curate.driver.run import run
    from curate.driver.session import get_session

    config = parse_config(web_config(warc, out, with_pii))
    spark = get_session(cli_conf={"spark.master": "local[1]", "spark.ui.showConsoleProgress": "false",
                                  "spark.ui.enabled": "false"})
    spark.range(1).count()
    started = time.time()
    run(config, echo=False)
    seconds = time.time() - started
    spark.stop()
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=2000)
    parser.add_argument("--repeats", type=int, default=2)
    parser.add_argument("--shared", default=str(ROOT.parent / "shared" / "data"))
    parser.add_argument("--work", default=str(ROOT / "bench" / "results" / "pii"))
    args = parser.parse_args()
    pages = eval_pages(Path(args.shared))
    work = Path(args.work)
    warc = work / "pages.warc.gz"
    build_warc(pages, args.pages, warc)

    costs = per_document(pages, min(args.pages, 1000))
    chain = sum(v for k, v in costs.items() if k != "pii")
    print("CPU ms per document (one process, the same documents):")
    for name, ms in costs.items():
        print(f"  {name:28} {ms:8.3f}")
    print(f"  pii_v1 / the web chain (extraction and its stages): {costs['pii'] / chain:.1%}; "
          f"/ its stages without extraction: {costs['pii'] / (chain - costs['extraction (trafilatura)']):.1%}")

    runs: dict[bool, list[float]] = {False: [], True: []}
    for repeat in range(args.repeats):
        for with_pii in (False, True):
            seconds = pipeline_seconds(warc, work / f"out-{int(with_pii)}", with_pii)
            runs[with_pii].append(seconds)
            print(f"  run {repeat + 1}: configs/web.yaml {'with' if with_pii else 'without'} pii_v1: {seconds:.1f} s "
                  f"({args.pages / seconds:.1f} pages/s)")
    without, with_ = statistics.median(runs[False]), statistics.median(runs[True])
    print(f"pipeline, local[1], {args.pages} pages: without {without:.1f} s, with {with_:.1f} s (medians): "
          f"pii_v1 adds {(with_ - without) / without:.1%}")


if __name__ == "__main__":
    main()
