"""A training mix of about 1M documents from three curated sets, to a token budget: time, peak RSS, and the
realised shares against the requested ones.

    .venv/bin/python bench/mix.py [--docs 1000000] [--cores 2] [--shared ../shared/data] [--reuse-sets]

1. Outside the timing: three curated sets are written with `curate run` (JSONL → length_v1 → zstd Parquet)
   from bench/scale.py's web-like corpus (~1 KB documents of real sentences, 10 % near-duplicates): 50 %, 30 %
   and 20 % of --docs, each from its own seed. The token budget is 0.8 × the sets' tokens, estimated from 2,000
   documents with the bare tokenizer (models/tokenizer, `make models`).
2. Timed: `curate mix` in its own process (local[--cores]) with shares 0.4 / 0.2 / 0.4, so the two larger sets
   are subsampled and the smallest is repeated (about 1.6 epochs), tokenized into Megatron pairs. Peak RSS is
   summed over that process and its children (the JVM, the Python workers), sampled every 0.2 s.
3. Check, outside the timing: every written document's tokens counted again with the bare `tokenizers`
   batch encoding; each set's realised tokens against share × budget, as a fraction of the budget (target:
   within 0.5 %).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
WORK = ROOT / "bench" / "results" / "mix"
SETS = {"alpha": 0.5, "beta": 0.3, "gamma": 0.2}  # each set's part of --docs
SHARES = {"alpha": 0.4, "beta": 0.2, "gamma": 0.4}  # the mix's weights: gamma is repeated
TOKENIZER = ROOT / "models" / "tokenizer"


def curate(*args: str) -> None:
    """A `curate` command of this checkout's environment; raises with its output when it fails."""
    env = {**os.environ, "PYSPARK_PYTHON": sys.executable, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([str(Path(sys.executable).parent / "curate"), *args], cwd=ROOT, env=env,
                          capture_output=True, text=True)
    if done.returncode != 0:
        raise RuntimeError(f"curate {' '.join(args)} failed:\n{done.stderr[-3000:]}")


def make_sets(pool: list[str], docs: int, cores: int) -> dict[str, Path]:
    """The three curated sets (folders with card.json and data/)."""
    from bench.scale import write_corpus

    folders = {}
    for seed, (name, part) in enumerate(SETS.items(), start=11):
        source, out = WORK / f"{name}-jsonl", WORK / name
        write_corpus(pool, int(docs * part), source, 256 << 20, seed=seed)
        config = WORK / f"{name}.json"  # JSON is YAML
        config.write_text(json.dumps({
            "name": name, "inputs": [{"paths": [str(source / "*.jsonl")], "id_field": "id", "source": name}],
            "stages": [{"stage": "length_v1"}], "output": {"path": str(out), "overwrite": True}}))
        curate("run", "--config", str(config), "--master", f"local[{cores}]", "--conf",
               "spark.ui.showConsoleProgress=false")
        shutil.rmtree(source)
        folders[name] = out
    return folders


def estimated_tokens(folders: dict[str, Path]) -> int:
    """The sets' tokens, from 2,000 documents of each with the bare tokenizer."""
    import pyarrow.dataset as ds
    from tokenizers import Tokenizer

    tokenizer = Tokenizer.from_file(str(TOKENIZER / "tokenizer.json"))
    total = 0
    for folder in folders.values():
        table = ds.dataset(str(folder / "data"), format="parquet").to_table(columns=["text"])
        rows = random.Random(0).sample(range(table.num_rows), min(2000, table.num_rows))
        sample = table.column("text").take(rows).to_pylist()
        per_doc = sum(len(e.ids) for e in tokenizer.encode_batch_fast(sample, add_special_tokens=False)) / len(sample)
        total += int(per_doc * table.num_rows)
        del table
    return total


def recount(mix: Path) -> dict[str, int]:
    """Tokens per set of every document the mix wrote, with the bare tokenizer."""
    import pyarrow.parquet as pq
    from tokenizers import Tokenizer

    tokenizer = Tokenizer.from_file(str(TOKENIZER / "tokenizer.json"))
    realised: dict[str, int] = {}
    for shard in sorted((mix / "data").glob("part-*.parquet")):
        for batch in pq.ParquetFile(shard).iter_batches(batch_size=1000, columns=["set", "text"]):
            sets, texts = batch.column(0).to_pylist(), batch.column(1).to_pylist()
            for name, encoding in zip(sets, tokenizer.encode_batch_fast(texts, add_special_tokens=False)):
                realised[name] = realised.get(name, 0) + len(encoding.ids)
    return realised


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=1_000_000)
    parser.add_argument("--cores", type=int, default=os.cpu_count())
    parser.add_argument("--shared", default=str(ROOT.parent / "shared" / "data"))
    parser.add_argument("--reuse-sets", action="store_true", help="mix the sets an earlier run of --docs wrote")
    args = parser.parse_args()
    from bench.dedup import PeakMemory
    from bench.scale import sentences

    if not (TOKENIZER / "tokenizer.json").exists():
        sys.exit(f"{TOKENIZER} is missing: run `make models`")
    started = time.time()
    folders = {name: WORK / name for name in SETS}
    if args.reuse_sets and all((folder / "card.json").exists() for folder in folders.values()):
        shutil.rmtree(WORK / "mix", ignore_errors=True)
        shutil.rmtree(WORK / "mix.curate-staging", ignore_errors=True)
        (WORK / "mix.curate-lock").unlink(missing_ok=True)
    else:
        shutil.rmtree(WORK, ignore_errors=True)
        WORK.mkdir(parents=True)
        folders = make_sets(sentences(Path(args.shared)), args.docs, args.cores)
    budget = int(0.8 * estimated_tokens(folders))
    print(f"3 sets of {args.docs:,} documents ready in {time.time() - started:.0f} s; budget {budget:,} tokens",
          flush=True)
    mix = WORK / "mix"
    config = WORK / "mix.json"
    config.write_text(json.dumps({
        "name": "bench-mix", "inputs": [{"set": str(folder), "name": name} for name, folder in folders.items()],
        "tokenizer": str(TOKENIZER), "budget": {"tokens": budget}, "weights": {"by": ["set"], "shares": SHARES},
        "seed": 0, "output": {"path": str(mix), "shard_target_mb": 128}, "tokenized": {"format": "megatron"}}))
    with PeakMemory() as memory:
        started = time.time()
        curate("mix", "--config", str(config), "--master", f"local[{args.cores}]", "--conf",
               "spark.ui.showConsoleProgress=false")
        seconds = time.time() - started
    ledger = json.loads((mix / "mix_ledger.json").read_text())
    realised = recount(mix)
    documents = sum(group["documents"] for group in ledger["groups"].values())
    print(f"\nmix of {args.docs:,} documents in local[{args.cores}]: {seconds:.0f} s, {documents:,} rows written, "
          f"peak RSS {memory.peak / 2**30:.2f} GiB ({', '.join(f'{k} {v / 2**30:.2f}' for k, v in memory.breakdown.items() if 'processes' not in k)})")
    print(f"  {'set':<6} {'share':>6} {'target':>12} {'realised':>12} {'off (% of budget)':>18} {'epochs':>7}")
    worst = 0.0
    for name, share in SHARES.items():
        off = (realised.get(name, 0) - share * budget) / budget
        worst = max(worst, abs(off))
        print(f"  {name:<6} {share:6.2f} {share * budget:12,.0f} {realised.get(name, 0):12,} {100 * off:17.4f}% "
              f"{ledger['groups'][name]['epochs']:7.2f}")
    print(f"  largest deviation {100 * worst:.4f} % of the budget (target ≤ 0.5 %); the mix's own count of its "
          f"tokens {'equals' if ledger['realised'] == sum(realised.values()) else 'DIFFERS FROM'} the bare recount")
    (ROOT / "bench" / "results" / "mix.json").write_text(json.dumps({
        "docs": args.docs, "cores": args.cores, "seconds": seconds, "peak_rss_bytes": memory.peak,
        "peak_rss_by_kind": memory.breakdown, "budget": budget, "realised": realised, "ledger": ledger}, indent=1))


if __name__ == "__main__":
    main()
