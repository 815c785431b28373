"""Memory bound: a run over thousands of ~1 MB documents on a standalone cluster whose executors are capped,
with the peak resident memory of the executor JVMs and of their Python workers sampled from /proc.

    python bench/memory.py [--docs 3000] [--doc-mb 1] [--format jsonl|parquet] [--executor-memory 1g]

The cluster is the loopback one of tools/cluster.py (one worker, one core per executor, two executors), the
environment the packed one. The documents are distinct English-like text (seeded), so nothing is dropped as
a duplicate and every byte goes through language ID, length, exact dedup and the writer. What bounds memory:
the fused pass cuts batches at `read.batch_bytes` (32 MB) and the readers stream (JSONL by line, Parquet in
~16 MB batches), so a worker holds a few batches whatever the partition holds.
Prints the run time, documents kept and peak RSS per process kind; writes bench/results/memory.json.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

WORDS = ("the river town market bread winter garden library bridge station morning children water salt "
         "stone old new people house road light field school book story window summer family music paper "
         "water city north south green quiet small large early late open close warm cold long short").split()


def write_documents(path: Path, docs: int, doc_bytes: int, fmt: str, first: int = 0, seed: int = 7) -> int:
    """`docs` distinct documents of about `doc_bytes` each (numbered from `first`); returns the bytes of text."""
    rng = random.Random(seed)
    total = 0

    def document(index: int) -> str:
        sentences, size = [], 0
        while size < doc_bytes:
            sentence = " ".join(rng.choice(WORDS) for _ in range(rng.randint(8, 20))).capitalize() + "."
            sentences.append(sentence)
            size += len(sentence) + 1
        return f"Document {first + index}. " + " ".join(sentences)

    if fmt == "jsonl":
        with open(path, "w", encoding="utf-8") as handle:
            for index in range(docs):
                text = document(index)
                total += len(text)
                handle.write(json.dumps({"id": f"doc-{first + index}", "text": text}) + "\n")
        return total
    import pyarrow as pa
    import pyarrow.parquet as pq

    writer = None
    for start in range(0, docs, 64):
        texts = [document(i) for i in range(start, min(docs, start + 64))]
        total += sum(map(len, texts))
        table = pa.table({"id": [f"doc-{first + i}" for i in range(start, start + len(texts))], "text": texts})
        writer = writer or pq.ParquetWriter(path, table.schema, compression="zstd")
        writer.write_table(table, row_group_size=64)
    writer.close()
    return total


class PeakSampler(threading.Thread):
    """Peak RSS (MB) of executor JVMs and of the Python workers under them, sampled every 0.2 s."""

    def __init__(self):
        super().__init__(daemon=True)
        self.peaks = {"executor_jvm": 0, "python_workers_total": 0, "python_worker_max": 0}
        self.running = True

    @staticmethod
    def _processes():
        for pid in os.listdir("/proc"):
            if not pid.isdigit():
                continue
            try:
                cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
                status = Path(f"/proc/{pid}/status").read_text()
            except OSError:
                continue
            rss = next((int(line.split()[1]) // 1024 for line in status.splitlines() if line.startswith("VmRSS")), 0)
            yield cmdline, rss

    def run(self):
        while self.running:
            python_total = 0
            for cmdline, rss in self._processes():
                if "CoarseGrainedExecutorBackend" in cmdline:
                    self.peaks["executor_jvm"] = max(self.peaks["executor_jvm"], rss)
                elif "pyspark.daemon" in cmdline or "pyspark.worker" in cmdline or "env/bin/python" in cmdline:
                    python_total += rss
                    self.peaks["python_worker_max"] = max(self.peaks["python_worker_max"], rss)
            self.peaks["python_workers_total"] = max(self.peaks["python_workers_total"], python_total)
            time.sleep(0.2)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=3000)
    parser.add_argument("--doc-mb", type=float, default=1.0)
    parser.add_argument("--files", type=int, default=20, help="input files (tasks) the documents are spread over")
    parser.add_argument("--format", choices=["jsonl", "parquet"], default="jsonl")
    parser.add_argument("--executor-memory", default="1g")
    parser.add_argument("--work", default=os.path.join(tempfile.gettempdir(), "curate-memory-bench"))
    args = parser.parse_args()

    import yaml

    from tools.cluster import LocalCluster, pack_environment

    work = Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    data = work / f"docs-{args.docs}x{args.doc_mb}mb-{args.files}-{args.format}"
    if not data.exists():
        started = time.time()
        partial = Path(f"{data}.partial")
        partial.mkdir(exist_ok=True)
        per_file = -(-args.docs // args.files)
        written = sum(write_documents(partial / f"part-{i:03d}.{args.format}", min(per_file, args.docs - i * per_file),
                                      int(args.doc_mb * 1_000_000), args.format, first=i * per_file, seed=i)
                      for i in range(args.files) if i * per_file < args.docs)
        partial.rename(data)
        print(f"wrote {args.docs} documents in {args.files} files, {written / 1e9:.2f} GB of text, "
              f"in {time.time() - started:.0f} s")
    config = work / "memory.yaml"
    config.write_text(yaml.safe_dump({
        "name": "memory",
        "inputs": [{"paths": [str(data)], "id_field": "id"}],
        "stages": [{"stage": "language_id_v1", "rules": [{"name": "min_score", "signal": "language_score",
                                                          "op": ">=", "value": 0.3}]},
                   {"stage": "length_v1", "rules": [{"name": "min_words", "signal": "n_words", "op": ">=",
                                                     "value": 10}]}],
        "dedup": {"exact": True, "minhash": None},
        "output": {"path": str(work / "out"), "rejects": "sample"},
    }))
    archive = pack_environment(str(ROOT / "build" / "cluster"))
    cluster = LocalCluster(str(work / "cluster"), workers=1, cores=2, memory="4g").start()
    sampler = PeakSampler()
    sampler.start()
    try:
        started = time.time()
        result = cluster.submit(str(ROOT / "jobs" / "pipeline.py"), ["--config", str(config)], archive, conf={
            "spark.executor.memory": args.executor_memory, "spark.executor.cores": "1",
            "spark.sql.shuffle.partitions": "8"}, timeout=3600)
        seconds = time.time() - started
    finally:
        sampler.running = False
        cluster.stop()
    if result.returncode:
        print(result.stderr[-4000:], file=sys.stderr)
        return result.returncode
    ledger = json.loads((work / "out" / "ledger.json").read_text())
    report = {"docs": args.docs, "doc_mb": args.doc_mb, "files": args.files, "format": args.format,
              "executor_memory": args.executor_memory, "seconds": round(seconds, 1),
              "documents_in": ledger["documents_in"], "documents_kept": ledger["documents_kept"],
              "peak_rss_mb": sampler.peaks}
    print(json.dumps(report, indent=2))
    results = ROOT / "bench" / "results"
    results.mkdir(parents=True, exist_ok=True)
    (results / f"memory-{args.format}.json").write_text(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
