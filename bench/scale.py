"""Scale on one machine: web-like JSONL text through the cleaning stages, exact and MinHash dedup, at growing
sizes (1M, 3M, 10M documents by default), with wall time, documents/s, peak memory, shuffle bytes and spill.

    .venv/bin/python bench/scale.py [--docs 1000000 3000000 10000000] [--cores N] [--file-mb 1024]

The input is generated once per size, outside the timing, and kept under bench/results/scale/ until the run of
that size ends (`--resume`: a run stopped part-way, e.g. at the end of a session, is taken up again from its input
and the pipeline's own checkpoints; its row then covers the resumed part and names the steps it read back): ~1 KB
documents of 5–9 real sentences (the trafilatura-eval pages and the C4 sample of ../shared/data, as bench/dedup.py
builds them), 10 % of them near-duplicates (1–3 words changed) of an earlier document, written as JSONL files of
`--file-mb` each (larger than a task: they are read as byte-range splits).
The run: lid.176 language ID, the CulturaX metrics with the ROOTS thresholds, a minimum length, exact and
MinHash dedup (word 5-grams, Jaccard 0.8, exact verification), zstd Parquet shards, in Spark local[cores].

Spark's own REST API also gives the seconds of its jobs by call site, to see which step grows fastest.
Peak RSS is the sum over this process's tree (driver JVM, which is the executor in local mode, and its Python
workers), sampled every 0.2 s; peak disk is the most space the run took on the disk (shuffle files, checkpoints,
output), sampled every second; shuffle bytes, spill, failed tasks and the seconds of Spark's jobs by curate step
(which step grows fastest with the input) come from Spark's own REST API. Prints one row per size and writes
bench/results/scale.json.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import sys
import threading
import time
import urllib.request
from collections import deque
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
WORK = ROOT / "bench" / "results" / "scale"
NEAR_DUPLICATE_SHARE = 0.1
RECENT = 50_000  # near-duplicates copy one of the last RECENT documents (memory stays bounded at 10M)
COMPLETE = "_COMPLETE"  # written beside the input files once they are all written (Spark skips "_" files)


def sentences(shared: Path) -> list[str]:
    """Real sentences of 5–60 words from the bench corpus (bench/dedup.py's)."""
    import regex

    from bench.dedup import real_documents

    return sorted({s.strip() for d in real_documents(shared)
                   for s in regex.split(r"(?<=[.!?])\s+|\n+", d["text"]) if 5 <= len(s.split()) <= 60})


def write_corpus(pool: list[str], count: int, folder: Path, file_bytes: int, seed: int = 3) -> int:
    """`count` documents of about 1 KB as JSONL files of about `file_bytes` each; returns the bytes written."""
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    recent: deque[str] = deque(maxlen=RECENT)
    total, part, handle, in_file = 0, 0, None, 0
    for index in range(count):
        if recent and rng.random() < NEAR_DUPLICATE_SHARE:
            words = rng.choice(recent).split()
            for _ in range(rng.randint(1, 3)):
                words[rng.randrange(len(words))] = rng.choice(words)
            text = " ".join(words)
        else:
            parts: list[str] = []
            while sum(map(len, parts)) < 900:
                parts.append(rng.choice(pool))
            text = " ".join(parts)
        recent.append(text)
        if handle is None or in_file >= file_bytes:
            if handle is not None:
                handle.close()
            handle = open(folder / f"part-{part:04d}.jsonl", "w", encoding="utf-8")
            part, in_file = part + 1, 0
        line = json.dumps({"id": f"d{index:09d}", "text": text}, ensure_ascii=False) + "\n"
        handle.write(line)
        in_file += len(line.encode("utf-8"))
        total += len(line.encode("utf-8"))
    if handle is not None:
        handle.close()
    return total


def spark_metrics(spark) -> dict:
    """Shuffle bytes written, memory and disk spill, and failed tasks over all stages of this application."""
    url = spark.sparkContext.uiWebUrl
    app = spark.sparkContext.applicationId
    with urllib.request.urlopen(f"{url}/api/v1/applications/{app}/stages?status=complete") as response:
        stages = json.load(response)
    return {"shuffle_write_bytes": sum(s.get("shuffleWriteBytes", 0) for s in stages),
            "memory_spilled_bytes": sum(s.get("memoryBytesSpilled", 0) for s in stages),
            "disk_spilled_bytes": sum(s.get("diskBytesSpilled", 0) for s in stages),
            "failed_tasks": sum(s.get("numFailedTasks", 0) for s in stages),
            "tasks": sum(s.get("numCompleteTasks", 0) for s in stages)}


def job_seconds(spark) -> dict[str, float]:
    """Seconds of Spark jobs by curate step (`curate: dedup`, `curate: write: stats` …), else by call site,
    largest first: which step grows with the input faster than the rest."""
    from datetime import datetime

    url = spark.sparkContext.uiWebUrl
    app = spark.sparkContext.applicationId
    with urllib.request.urlopen(f"{url}/api/v1/applications/{app}/jobs") as response:
        jobs = json.load(response)

    def moment(text: str) -> float:
        return datetime.strptime(text.replace("GMT", "+0000"), "%Y-%m-%dT%H:%M:%S.%f%z").timestamp()

    totals: dict[str, float] = {}
    for job in jobs:
        if "completionTime" in job and "submissionTime" in job:
            site = job.get("description") or job["name"].rsplit("/", 1)[-1]  # curate names its steps' jobs
            totals[site] = totals.get(site, 0.0) + moment(job["completionTime"]) - moment(job["submissionTime"])
    return {site: round(seconds, 1) for site, seconds in sorted(totals.items(), key=lambda kv: -kv[1])}


class DiskUse:
    """Peak disk space taken on the file system of `folder` since entering (shuffle files, checkpoints, output),
    sampled every second."""

    def __init__(self, folder: Path):
        self.folder, self.peak = folder, 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def _free(self) -> int:
        stats = os.statvfs(self.folder)
        return stats.f_bavail * stats.f_frsize

    def _sample(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, self._start - self._free())
            time.sleep(1)

    def __enter__(self):
        self._start = self._free()
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()


def one_size(folder: Path, out: Path, cores: int, lid_model: str) -> dict:
    """One pipeline run in a fresh local[cores] session; seconds exclude starting the JVM."""
    from bench.dedup import PeakMemory
    from curate.config import parse_config
    from curate.driver.run import run
    from curate.driver.session import DEFAULTS, get_session

    config = parse_config({
        "name": "scale", "inputs": [{"paths": [str(folder / "*.jsonl")], "id_field": "id"}],
        "stages": [{"stage": "language_id_v1", "params": {"model": lid_model},
                    "rules": [{"name": "min_score", "signal": "language_score", "op": ">=", "value": 0.5}]},
                   {"stage": "culturax_metrics_v1", "params": {"thresholds": "roots"}},
                   {"stage": "length_v1", "rules": [{"name": "min_words", "signal": "n_words", "op": ">=",
                                                     "value": 50}]}],
        "dedup": {"exact": True, "minhash": {"ngram": 5, "threshold": 0.8, "verify": "exact"}},
        "output": {"path": str(out), "rejects": "all", "overwrite": True}})
    with PeakMemory(every=30) as memory, DiskUse(WORK) as disk:
        spark = get_session(cli_conf={"spark.master": f"local[{cores}]", "spark.ui.showConsoleProgress": "false",
                                      "spark.ui.enabled": "true", "spark.ui.port": "4077",
                                      # one line per garbage collection: the heap's size over the run
                                      "spark.driver.extraJavaOptions": DEFAULTS["spark.driver.extraJavaOptions"]
                                      + f" -Xlog:gc:file={ROOT / 'bench' / 'results'}/scale-gc-{folder.name}.log"})
        spark.range(1).count()
        started = time.time()
        result = run(config, echo=False)
        seconds = time.time() - started
        metrics = {**spark_metrics(spark), "job_seconds": job_seconds(spark)}
        spark.stop()
    timeline = ROOT / "bench" / "results" / f"scale-memory-{folder.name}.json"
    timeline.write_text(json.dumps(memory.timeline) + "\n")
    resumed = json.loads((out / "lineage.json").read_text()).get("resumed", [])
    return {"seconds": seconds, "resumed": resumed, "kept": result.ledger["documents_kept"],
            "peak_rss_bytes": memory.peak, "peak_rss_by_kind": memory.breakdown, "peak_disk_bytes": disk.peak,
            **metrics}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, nargs="+", default=[1_000_000, 3_000_000, 10_000_000])
    parser.add_argument("--cores", type=int, default=os.cpu_count())
    parser.add_argument("--file-mb", type=int, default=1024)
    parser.add_argument("--shared", default=str(ROOT.parent / "shared" / "data"))
    parser.add_argument("--lid-model", default="lid.176")
    parser.add_argument("--resume", action="store_true",
                        help="take up a run of the same sizes that was stopped: reuse its complete input and the "
                             "pipeline's checkpoints (time and memory then cover the resumed part only)")
    args = parser.parse_args()
    pool = sentences(Path(args.shared))
    rows = []
    for count in args.docs:
        folder, out = WORK / f"input-{count}", WORK / f"out-{count}"
        started = time.time()
        if args.resume and (folder / COMPLETE).exists():
            size = sum(f.stat().st_size for f in folder.glob("*.jsonl"))
            print(f"{count} documents: resuming, with the input a stopped run left", flush=True)
        else:
            shutil.rmtree(folder, ignore_errors=True)  # whatever a stopped run left: written again from the start
            size = write_corpus(pool, count, folder, args.file_mb << 20)
            (folder / COMPLETE).touch()
            print(f"{count} documents, {size / 1e9:.2f} GB of JSONL in {len(list(folder.glob('*.jsonl')))} files, "
                  f"built in {time.time() - started:.0f} s", flush=True)
        measured = {"docs": count, "input_bytes": size, **one_size(folder, out, args.cores, args.lid_model)}
        rows.append(measured)
        print(f"  {json.dumps(measured)}", flush=True)
        shutil.rmtree(folder, ignore_errors=True)
        shutil.rmtree(out, ignore_errors=True)
        (ROOT / "bench" / "results" / "scale.json").write_text(json.dumps(rows, indent=1) + "\n")
    print(f"\nscale in local[{args.cores}]: JSONL → lid.176 → CulturaX metrics → length → exact + MinHash dedup → "
          f"zstd Parquet")
    print(f"  {'docs':>10} {'seconds':>8} {'docs/s':>7} {'peak RSS':>9} {'shuffle':>9} {'spill':>8} {'disk':>8}"
          f" {'failed':>6} {'kept':>10}")
    for row in rows:
        print(f"  {row['docs']:>10} {row['seconds']:8.0f} {row['docs'] / row['seconds']:7.0f} "
              f"{row['peak_rss_bytes'] / 2**30:7.2f}Gi {row['shuffle_write_bytes'] / 1e9:7.2f}GB "
              f"{row['disk_spilled_bytes'] / 1e9:6.2f}GB {row['peak_disk_bytes'] / 1e9:6.1f}GB {row['failed_tasks']:>6} "
              f"{row['kept']:>10}")
    print("  seconds of Spark jobs by step (the largest):")
    for row in rows:
        print(f"  {row['docs']:>10}: " + ", ".join(f"{site} {seconds:.0f}"
                                                  for site, seconds in list(row["job_seconds"].items())[:8]))
    if len(rows) > 1:
        first, last = rows[0], rows[-1]
        print(f"  time × {last['seconds'] / first['seconds']:.2f} for documents × {last['docs'] / first['docs']:.0f}")


if __name__ == "__main__":
    main()
