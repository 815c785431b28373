"""The crawl path against datatrove: WARC → extraction → lid.176 ≥ 0.65 → Gopher repetition → Gopher quality → C4
→ FineWeb → files, on one core each, on the same WARC in the same run; then curate's time per part, and the
extractors' quality on the trafilatura-eval gold snippets.

    make bench-env                                  # once: .bench-venv with datatrove, never a dependency
    .venv/bin/python bench/warc.py [--pages 5000] [--repeats 3] [--shared ../shared/data]

The WARC holds `--pages` HTTP 200 responses cycling the 212 trafilatura-eval pages of ../shared/data (each copy
at its own URL), gzipped record by record and with the identified payload type, as Common Crawl writes them
(without it, datatrove's reader sniffs each payload with libmagic and skips 13 % of these pages as not HTML). Runs, each over the whole WARC:
  datatrove 0.10.1   WarcReader → Trafilatura(favour_precision=True, deduplicate=False) → LanguageFilter(0.65)
                     → the four filters → JsonlWriter; LocalPipelineExecutor, 1 task, 1 worker
  curate             the same chain as a config, Spark local[1], zstd Parquet out; once per extraction engine
                     (trafilatura, resiliparse); seconds exclude starting the JVM
The bench venv's trafilatura is the project's version (Makefile bench-env), so both sides run the same library.
Parts: curate's own functions in this process (no Spark) on the WARC's first `--parts-pages` pages: WARC parsing,
extraction, each stage with its rules, Arrow conversion, writing zstd Parquet; the rest of the Spark run's time
is Spark's.
Quality: per page, the gold `with` snippets found (recall) and `without` snippets absent, as trafilatura's
own evaluation counts them (precision = found with / (found with + found without)).
The three sides run back to back, `--repeats` times; ratios are the medians over the runs. Prints every run and
the medians; writes bench/results/warc.json.
"""

from __future__ import annotations

import argparse
import io
import os
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
WORK = ROOT / "bench" / "results" / "warc"
CHAIN = [{"stage": "language_id_v1", "params": {"model": "lid.176"},
          "rules": [{"name": "min_score", "signal": "language_score", "op": ">=", "value": 0.65}]},
         {"stage": "gopher_repetition_v1"}, {"stage": "gopher_quality_v1"}, {"stage": "c4_quality_v1"},
         {"stage": "fineweb_quality_v1"}]
ENGINES = ("trafilatura", "resiliparse")


def eval_pages(shared: Path) -> list[tuple[str, bytes]]:
    """(url, HTML bytes as stored) of the trafilatura-eval pages."""
    pages = []
    for line in open(shared / "trafilatura-eval" / "index.jsonl", encoding="utf-8"):
        entry = json.loads(line)
        pages.append((entry["url"], (shared / "trafilatura-eval" / entry["file"]).read_bytes()))
    return pages


def build_warc(pages: list[tuple[str, bytes]], count: int, path: Path) -> int:
    """`count` responses cycling `pages`, one gzip member per record; returns the file's size."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        for i in range(count):
            url, html = pages[i % len(pages)]
            if not url.startswith(("http://", "https://")):  # a few eval entries are named, not addressed
                url = f"https://example.org/{url.rsplit(':', 1)[-1]}"
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
            record = writer.create_warc_record(f"{url}{'&' if '?' in url else '?'}copy={i // len(pages)}", "response",
                                               payload=io.BytesIO(html), http_headers=headers)
            record.rec_headers.add_header("WARC-Identified-Payload-Type", "text/html")  # as Common Crawl sets it
            writer.write_record(record)
    return path.stat().st_size


def curate_run(warc: Path, out: Path, engine: str) -> dict:
    """The chain through the Spark pipeline in local[1]."""
    from curate.config import parse_config
    from curate.driver.run import run
    from curate.driver.session import get_session

    config = parse_config({"name": "warc-bench", "inputs": [{"paths": [str(warc)]}],
                           "extract": {"engine": engine, "favor_precision": True, "deduplicate": False},
                           "stages": CHAIN, "output": {"path": str(out), "rejects": "none", "overwrite": True}})
    spark = get_session(cli_conf={"spark.master": "local[1]", "spark.ui.showConsoleProgress": "false",
                                  "spark.ui.enabled": "false"})
    spark.range(1).count()
    started = time.time()
    result = run(config, echo=False)
    seconds = time.time() - started
    spark.stop()
    return {"seconds": seconds, "kept": result.ledger["documents_kept"], "read": result.ledger["documents_in"]}


def datatrove_run(python: str, warc: Path, out: Path) -> dict:
    from filters.language import bundled_lid_path

    subprocess.run(["rm", "-rf", str(out), str(out) + "_logs"], check=True)
    result = subprocess.run([python, str(ROOT / "bench" / "datatrove_side.py"), "warc", str(warc), str(out),
                             bundled_lid_path()], check=True, capture_output=True, text=True, cwd=WORK)
    return json.loads(result.stdout.strip().splitlines()[-1])


def parts(warc: Path, engine: str) -> dict[str, float]:
    """Seconds per part of curate's row-local work on the WARC, in this process, one core."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from curate.config import parse_config
    from curate.driver.prepare import stage_files
    from curate.executor.row_pass import _run_stage, load_stage
    from curate.io.warc import read_warc
    from curate.schema import BASE_COLUMNS
    from filters.base import DocBatch
    from filters.extract import ExtractParams, HtmlExtractor

    seconds: dict[str, float] = {}
    started = time.perf_counter()
    docs = [d for d in read_warc(str(warc), "bench", 20_000_000) if d.drop_reason is None]
    seconds["WARC parsing"] = time.perf_counter() - started
    extractor = HtmlExtractor(ExtractParams(engine=engine, favor_precision=True, deduplicate=False))
    extractor.extract(docs[0].html, docs[0].url)  # load the library outside the timing
    started = time.perf_counter()
    texts = [extractor.extract(d.html, d.url)[0] for d in docs]
    seconds[f"extraction ({engine})"] = time.perf_counter() - started
    live = [(d, t) for d, t in zip(docs, texts) if t]
    full = {"id": [d.id for d, _ in live], "text": [t for _, t in live], "url": [d.url for d, _ in live],
            "source": [d.source for d, _ in live], "timestamp": [d.timestamp for d, _ in live],
            "meta": [d.meta_json() for d, _ in live], "_row": [d.id for d, _ in live]}
    reasons: list = [None] * len(live)
    texts_live = list(full["text"])
    alive = list(range(len(live)))
    batch = DocBatch({name: list(full[name]) for name in BASE_COLUMNS})
    config = parse_config({"name": "parts", "inputs": [{"paths": [str(warc)]}], "stages": CHAIN,
                           "output": {"path": str(WORK / "parts-out")}})
    files = stage_files(config)
    for spec in config.stages:
        loaded = load_stage(spec, files.get(spec.name, {}))
        for column in loaded.provides:
            full.setdefault(column, [None] * len(live))
        loaded.stage.annotate(DocBatch({name: full[name][:2] for name in BASE_COLUMNS}))  # warm up
        started = time.perf_counter()
        batch, alive = _run_stage(loaded, batch, alive, full, texts_live, reasons)
        seconds[spec.name] = time.perf_counter() - started
    started = time.perf_counter()
    table = pa.table({name: pa.array(values) for name, values in full.items() if name != "timestamp"})
    seconds["Arrow conversion"] = time.perf_counter() - started
    started = time.perf_counter()
    pq.write_table(table.filter(pa.array([r is None for r in reasons])), WORK / "parts.parquet", compression="zstd")
    seconds["writing (zstd Parquet)"] = time.perf_counter() - started
    return seconds


def quality(shared: Path, engine: str) -> dict[str, float]:
    """Gold-snippet precision, recall and F1 of one engine over the evaluation pages, as trafilatura counts."""
    from filters.extract import ExtractParams, HtmlExtractor

    gold = json.loads((shared / "trafilatura-eval" / "evaldata.subset.json").read_text())
    extractor = HtmlExtractor(ExtractParams(engine=engine, favor_precision=True, deduplicate=False,
                                            max_html_bytes=10**8))
    tp = fn = fp = tn = 0
    for url, entry in gold.items():
        html = (shared / "trafilatura-eval" / "html" / os.path.basename(entry["file"])).read_bytes()
        text = extractor.extract(html, url)[0] or ""
        found = [snippet in text for snippet in entry.get("with", [])]
        leaked = [snippet in text for snippet in entry.get("without", [])]
        tp, fn = tp + sum(found), fn + len(found) - sum(found)
        fp, tn = fp + sum(leaked), tn + len(leaked) - sum(leaked)
    precision, recall = tp / max(1, tp + fp), tp / max(1, tp + fn)
    return {"pages": len(gold), "precision": precision, "recall": recall,
            "f1": 2 * precision * recall / max(1e-9, precision + recall), "accuracy": (tp + tn) / max(1, tp + fn + fp + tn)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=5000)
    parser.add_argument("--parts-pages", type=int, default=5000, help="pages of the WARC the parts are timed on")
    parser.add_argument("--repeats", type=int, default=3, help="runs of the three sides, back to back; ratios are "
                        "their medians (datatrove's time varies by up to a third between runs here)")
    parser.add_argument("--shared", default=str(ROOT.parent / "shared" / "data"))
    parser.add_argument("--datatrove-python", default=str(ROOT / ".bench-venv" / "bin" / "python"))
    args = parser.parse_args()
    if not Path(args.datatrove_python).exists():
        raise SystemExit(f"no datatrove environment at {args.datatrove_python}: run `make bench-env` first")
    shared = Path(args.shared)
    warc = WORK / "pages.warc.gz"
    size = build_warc(eval_pages(shared), args.pages, warc)
    print(f"{args.pages} pages, {size / 1e6:.0f} MB WARC (per-record gzip)", flush=True)
    runs = []  # one run: datatrove, then curate with each engine, back to back; runs repeated for medians
    for _ in range(args.repeats):
        theirs = datatrove_run(args.datatrove_python, warc, WORK / "datatrove-out")
        print(f"datatrove: {json.dumps(theirs)}", flush=True)
        ours = {engine: curate_run(warc, WORK / f"curate-{engine}", engine) for engine in ENGINES}
        print(f"curate: {json.dumps(ours)}", flush=True)
        runs.append({"datatrove": theirs, "curate": ours})
    sample = WORK / "parts.warc.gz"  # the parts' shares need not the whole WARC: its first pages
    build_warc(eval_pages(shared), min(args.parts_pages, args.pages), sample)
    timing = {engine: parts(sample, engine) for engine in ENGINES}
    scores = {engine: quality(shared, engine) for engine in ENGINES}
    n = args.pages
    print(f"\nWARC → extraction → lid.176 ≥ 0.65 → Gopher rep. → Gopher quality → C4 → FineWeb → files, "
          f"{n} pages, one core each")
    for index, run in enumerate(runs, 1):
        theirs, ours = run["datatrove"], run["curate"]
        print(f"  run {index}: datatrove, trafilatura, 1 worker: {n / theirs['seconds']:7.1f} pages/s "
              f"({theirs['seconds']:.1f} s, kept {theirs['kept']})")
        for engine, measured in ours.items():
            print(f"  run {index}: curate local[1], {engine:11}: {n / measured['seconds']:7.1f} pages/s "
                  f"({measured['seconds']:.1f} s, kept {measured['kept']}) → "
                  f"{theirs['seconds'] / measured['seconds']:.2f}x datatrove")
    ratios = {engine: statistics.median(run["datatrove"]["seconds"] / run["curate"][engine]["seconds"] for run in runs)
              for engine in ENGINES}
    print("  median over the runs: " + ", ".join(f"{engine} {ratio:.2f}x" for engine, ratio in ratios.items()))
    ours = {engine: {"seconds": statistics.median(run["curate"][engine]["seconds"] for run in runs)}
            for engine in ENGINES}  # the parts below set against the median Spark run
    for engine, seconds in timing.items():
        total = sum(seconds.values())
        print(f"\n  curate's parts, {engine} (one process, no Spark, the first {min(args.parts_pages, n)} pages; "
              f"{total:.1f} s in all; the Spark run over {n} pages: {ours[engine]['seconds']:.1f} s):")
        for part, value in seconds.items():
            print(f"    {part:28} {value:7.2f} s  {100 * value / total:5.1f} %")
    print("\n  extraction quality on the trafilatura-eval gold snippets:")
    for engine, score in scores.items():
        print(f"    {engine:11}: precision {score['precision']:.3f}, recall {score['recall']:.3f}, "
              f"F1 {score['f1']:.3f} ({score['pages']} pages)")
    (ROOT / "bench" / "results" / "warc.json").write_text(json.dumps(
        {"pages": n, "runs": runs, "median_ratios": ratios, "parts": timing, "quality": scores}, indent=1) + "\n")


if __name__ == "__main__":
    main()
