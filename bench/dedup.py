"""MinHash dedup: accuracy and end-to-end speed against datatrove, signature speed against datasketch, and
scale (wall time, peak memory) — all on real text from the shared data, peers in the same run.

    make bench-env                                   # once: .bench-venv with datatrove, never a dependency
    .venv/bin/python bench/dedup.py accuracy         # planted near-duplicates at known exact Jaccard
    .venv/bin/python bench/dedup.py signatures       # signatures/s, one core, vs datasketch
    .venv/bin/python bench/dedup.py speed [--docs 50000]      # end to end, 1 core, vs datatrove's 4 stages
    .venv/bin/python bench/dedup.py scale --docs 100000 1000000  # local[*]: wall time and peak RSS

Corpus: the trafilatura-eval pages (extracted) and the C4 sample. `accuracy` pairs each of those documents
with three edited copies, each at a target exact Jaccard of word 5-gram shingles (1.0 … 0.5; the exact value of
each pair is measured and reported). `speed` and `scale` build documents of 6–12 real sentences drawn at
random from that text, 10% of them edited copies (1–3 words changed) of earlier ones.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
WORK = ROOT / "bench" / "results" / "dedup"
LEVELS = [1.0, 0.95, 0.9, 0.85, 0.8, 0.75, 0.7, 0.6, 0.5]


def real_documents(shared: Path) -> list[dict]:
    """The bench corpus of bench/filters.py (extracted pages and C4), documents of 60+ words."""
    from bench.filters import build_corpus

    WORK.mkdir(parents=True, exist_ok=True)
    return [d for d in build_corpus(shared, WORK / "base.jsonl") if len(d["text"].split()) >= 60]


def jaccard(first: str, second: str) -> float:
    from curate.dedup.minhash import shingles

    a, b = set(shingles(first)), set(shingles(second))
    return len(a & b) / len(a | b) if a | b else 1.0


def edited_to(text: str, target: float, vocabulary: list[str], rng: random.Random) -> tuple[str, float]:
    """A copy of `text` with words replaced until its exact Jaccard to `text` first drops to ≤ `target`."""
    if target >= 1.0:  # case and whitespace only (J < 1 where upper-casing is not reversible, e.g. ß)
        copy = "  " + text.upper().replace(" ", "   ") + " "
        return copy, jaccard(text, copy)
    words = text.split()
    similarity = 1.0
    positions = list(range(len(words)))
    rng.shuffle(positions)
    for position in positions:
        words[position] = rng.choice(vocabulary)
        similarity = jaccard(text, " ".join(words))
        if similarity <= target:
            break
    return " ".join(words), similarity


def write_files(docs: list[dict], folder: Path, files: int = 8) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("*.jsonl"):
        old.unlink()
    handles = [open(folder / f"part-{i}.jsonl", "w", encoding="utf-8") for i in range(files)]
    for i, doc in enumerate(docs):
        handles[i % files].write(json.dumps(doc, ensure_ascii=False) + "\n")
    for handle in handles:
        handle.close()


def our_run(folder: Path, out: Path, cores: int, minhash: dict) -> dict:
    """The Spark pipeline, dedup only (MinHash), in local[cores]; seconds exclude starting the JVM."""
    from curate.config import parse_config
    from curate.driver.run import run
    from curate.driver.session import get_session

    config = parse_config({"name": "bench", "inputs": [{"paths": [str(folder / "*.jsonl")], "id_field": "id"}],
                           "dedup": {"minhash": minhash},
                           "output": {"path": str(out), "rejects": "all"}})
    spark = get_session(cli_conf={"spark.master": f"local[{cores}]", "spark.ui.showConsoleProgress": "false",
                                  "spark.ui.enabled": "false", "spark.driver.memory": "6g"})
    spark.range(1).count()
    started = time.time()
    result = run(config, echo=False)
    seconds = time.time() - started
    spark.stop()
    return {"seconds": seconds, "kept": result.ledger["documents_kept"]}


def our_survivors(out: Path) -> dict[str, str]:
    import pyarrow.dataset as ds

    table = ds.dataset(str(out / "rejects"), format="parquet").to_table(columns=["id", "dup_of"])
    return dict(zip(table.column("id").to_pylist(), table.column("dup_of").to_pylist()))


def datatrove_run(folder: Path, out: Path, python: str) -> dict:
    result = subprocess.run([python, str(ROOT / "bench" / "datatrove_side.py"), "minhash", str(folder), str(out)],
                            check=True, capture_output=True, text=True)
    measured = json.loads(result.stdout.strip().splitlines()[-1])
    measured["survivors"] = json.loads((out / "survivors.json").read_text())
    return measured


def score(name: str, pairs: list[tuple[str, str, float, float]], survivors: dict[str, str],
          texts: dict[str, str]) -> None:
    """Recall of planted pairs per Jaccard level, and how many removals are far from their survivor."""
    def cluster(doc_id: str) -> str:
        return survivors.get(doc_id, doc_id)

    print(f"\n{name}: {len(survivors)} documents removed")
    print("  edited to J ≤   pairs  mean exact J   found together")
    for level in LEVELS:
        group = [(a, b, j) for a, b, j, target in pairs if target == level]
        found = sum(cluster(a) == cluster(b) for a, b, _ in group)
        print(f"  {level:>13.2f}  {len(group):6d}  {sum(j for _, _, j in group) / len(group):12.3f}   "
              f"{found / len(group):7.2%}")
    high = [(a, b) for a, b, j, _ in pairs if j >= 0.8]
    recall = sum(cluster(a) == cluster(b) for a, b in high) / len(high)
    far = sum(jaccard(texts[removed], texts[kept]) < 0.7 for removed, kept in survivors.items())
    print(f"  recall of pairs with J ≥ 0.8: {recall:.2%} ({len(high)} pairs)")
    print(f"  removed with exact J to their survivor < 0.7: {far / max(1, len(survivors)):.2%} "
          f"({far} of {len(survivors)})")


def accuracy(args) -> None:
    rng = random.Random(0)
    base = real_documents(Path(args.shared))
    vocabulary = [w for d in base for w in d["text"].split()]
    docs, pairs = [], []
    for i, doc in enumerate(base):
        text = " ".join(doc["text"].split()[:400])
        docs.append({"id": f"b{i:05d}", "text": text})
        for k in range(3):  # three copies per document, at three different levels
            target = LEVELS[(3 * i + k) % len(LEVELS)]
            copy, similarity = edited_to(text, target, vocabulary, rng)
            docs.append({"id": f"v{i:05d}-{k}", "text": copy})
            pairs.append((f"b{i:05d}", f"v{i:05d}-{k}", similarity, target))
    rng.shuffle(docs)
    folder = WORK / "accuracy-corpus"
    write_files(docs, folder, files=1)
    texts = {d["id"]: d["text"] for d in docs}
    print(f"accuracy corpus: {len(docs)} documents, {len(pairs)} planted pairs, levels {LEVELS}")
    ours = our_run(folder, WORK / "accuracy-ours", 2, {})
    score("curate (threshold 0.8, exact verification)", pairs, our_survivors(WORK / "accuracy-ours"), texts)
    ours_loose = our_run(folder, WORK / "accuracy-ours-none", 2, {"verify": "none"})
    score("curate (threshold 0.8, datasketch banding, no verification)", pairs,
          our_survivors(WORK / "accuracy-ours-none"), texts)
    theirs = datatrove_run(folder, WORK / "accuracy-datatrove", args.datatrove_python)
    score("datatrove (default MinhashConfig: 14 × 8)", pairs, theirs["survivors"], texts)
    del ours, ours_loose


def signatures(args) -> None:
    from datasketch import MinHash

    from curate.dedup.minhash import MinHasher, ShingleSpec, shingle_hash_function, shingles

    texts = [d["text"] for d in real_documents(Path(args.shared))]
    texts = (texts * (args.docs // len(texts) + 1))[:args.docs]
    words = sum(len(t.split()) for t in texts) / len(texts)
    print(f"signatures of {len(texts)} real documents ({words:.0f} words on average), 128 permutations, "
          f"word 5-grams, one core")
    for hash_name in ("xxh3", "sha1"):
        spec = ShingleSpec(hash=hash_name)
        hasher = MinHasher(spec)
        started = time.perf_counter()
        for low in range(0, len(texts), 1000):
            hasher.signatures(texts[low:low + 1000])
        ours = len(texts) / (time.perf_counter() - started)
        hashfunc = shingle_hash_function(hash_name, spec.scheme)
        sample = texts[:2000]
        started = time.perf_counter()
        for text in sample:
            MinHash(num_perm=128, hashfunc=hashfunc).update_batch(shingles(text))
        batch = len(sample) / (time.perf_counter() - started)
        sample = texts[:500]
        started = time.perf_counter()
        for text in sample:
            sketch = MinHash(num_perm=128, hashfunc=hashfunc)
            for shingle in shingles(text):
                sketch.update(shingle)
        single = len(sample) / (time.perf_counter() - started)
        print(f"  {hash_name}: curate {ours:8.0f}/s   datasketch update_batch {batch:7.0f}/s ({ours / batch:4.1f}x)"
              f"   datasketch update {single:6.0f}/s ({ours / single:4.1f}x)")
    print("  (datasketch gets curate's shingles: their cost is counted on both sides)")


def sentence_documents(shared: Path, count: int, seed: int = 1) -> list[dict]:
    """`count` documents of 6–12 random real sentences; 10% are edited copies of earlier documents."""
    import regex

    sentences = sorted({s.strip() for d in real_documents(shared)
                        for s in regex.split(r"(?<=[.!?])\s+|\n+", d["text"]) if 5 <= len(s.split()) <= 60})
    rng = random.Random(seed)
    docs: list[dict] = []
    for i in range(count):
        if i > 10 and rng.random() < 0.1:
            words = docs[rng.randrange(len(docs))]["text"].split()
            for _ in range(rng.randint(1, 3)):
                words[rng.randrange(len(words))] = rng.choice(words)
            text = " ".join(words)
        else:
            text = " ".join(rng.choices(sentences, k=rng.randint(6, 12)))
        docs.append({"id": f"d{i:08d}", "text": text})
    return docs


def speed(args) -> None:
    folder = WORK / f"speed-{args.docs[0]}"
    write_files(sentence_documents(Path(args.shared), args.docs[0]), folder)
    n = args.docs[0]
    if args.no_peer:  # curate alone (e.g. one checkout against another with --code)
        ours = our_run(folder, WORK / "speed-ours", 1, {})
        print(f"\ncurate local[1], exact verification, {n} documents: {n / ours['seconds']:8.1f} docs/s "
              f"({ours['seconds']:.1f} s, kept {ours['kept']})")
        return
    theirs = datatrove_run(folder, WORK / "speed-datatrove", args.datatrove_python)
    ours = our_run(folder, WORK / "speed-ours", 1, {})
    ours_signature = our_run(folder, WORK / "speed-ours-signature", 1, {"verify": "signature"})
    print(f"\nend-to-end MinHash dedup of {n} documents (JSONL in, documents out), one core each")
    print(f"  datatrove 4 stages, 1 worker: {n / theirs['seconds']:8.1f} docs/s ({theirs['seconds']:.1f} s, "
          f"kept {theirs['kept']})")
    for name, measured in (("exact verification", ours), ("signature verification", ours_signature)):
        print(f"  curate local[1], {name}: {n / measured['seconds']:8.1f} docs/s ({measured['seconds']:.1f} s, "
              f"kept {measured['kept']}) → {theirs['seconds'] / measured['seconds']:.2f}x")


class PeakMemory:
    """Peak summed RSS of this process and all its descendants (JVM, Python workers), sampled every 0.2 s;
    `breakdown` is the RSS by process kind (java, python workers, this process) at that peak; with `every`
    seconds, `timeline` holds one such breakdown per interval (where a long run's memory grows)."""

    def __init__(self, every: float = 0.0):
        self.peak = 0
        self.breakdown: dict[str, int] = {}
        self.timeline: list[dict] = []
        self._every = every
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    @staticmethod
    def _kind(pid: int) -> str:
        """java, python worker (pyspark.daemon and its forks) or this process, from the command line."""
        if pid == os.getpid():
            return "this process"
        try:
            with open(f"/proc/{pid}/cmdline", "rb") as handle:
                command = handle.read().replace(b"\0", b" ").decode(errors="replace")
        except OSError:
            return "other"
        if "java" in command.split(" ", 1)[0]:
            return "java"
        return "python workers" if "python" in command else "other"

    def _tree_rss(self) -> dict[int, int]:
        """RSS of this process and its descendants. A child whose memory counters equal its parent's shares the
        parent's memory (the instant between a JVM's posix_spawn and exec, or a fork before it writes): counted
        once, with the parent (a 10M run once showed two JVMs of 4.5 GiB each at its peak this way)."""
        children: dict[int, list[int]] = {}
        rss: dict[int, int] = {}
        counters: dict[int, str] = {}
        for entry in os.listdir("/proc"):
            if not entry.isdigit():
                continue
            try:
                with open(f"/proc/{entry}/stat") as handle:
                    parent = int(handle.read().rsplit(")", 1)[1].split()[1])
                with open(f"/proc/{entry}/statm") as handle:
                    counters[int(entry)] = handle.read().strip()
                rss[int(entry)] = int(counters[int(entry)].split()[1]) * os.sysconf("SC_PAGE_SIZE")
                children.setdefault(parent, []).append(int(entry))
            except (OSError, IndexError, ValueError):
                continue
        tree, todo = {}, [os.getpid()]
        while todo:
            pid = todo.pop()
            tree[pid] = rss.get(pid, 0)
            for child in children.get(pid, []):
                if counters.get(child) is not None and counters.get(child) == counters.get(pid):
                    continue  # the parent's memory, not new memory
                todo.append(child)
        return tree

    def _by_kind(self, tree: dict[int, int]) -> dict[str, int]:
        breakdown: dict[str, int] = {}
        for pid, size in tree.items():
            kind = self._kind(pid)
            breakdown[kind] = breakdown.get(kind, 0) + size
            breakdown[f"{kind} processes"] = breakdown.get(f"{kind} processes", 0) + 1
        return breakdown

    def _sample(self) -> None:
        started = next_point = time.time()
        while not self._stop.is_set():
            tree = self._tree_rss()
            total = sum(tree.values())
            if total > self.peak:
                self.peak = total
                self.breakdown = self._by_kind(tree)
            if self._every and time.time() >= next_point:
                self.timeline.append({"seconds": round(time.time() - started), "total": total, **self._by_kind(tree)})
                next_point += self._every
            time.sleep(0.2)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()


def scale(args) -> None:
    rows = []
    for count in args.docs:
        folder = WORK / f"scale-{count}"
        started = time.time()
        write_files(sentence_documents(Path(args.shared), count), folder)
        size = sum(f.stat().st_size for f in folder.glob("*.jsonl"))
        print(f"{count} documents, {size / 1e6:.0f} MB of JSONL, built in {time.time() - started:.0f} s", flush=True)
        with PeakMemory() as memory:
            measured = our_run(folder, WORK / f"scale-out-{count}", os.cpu_count(), {})
        rows.append((count, measured["seconds"], memory.peak, measured["kept"]))
        print(f"  {measured['seconds']:.0f} s, peak RSS {memory.peak / 2**30:.2f} GiB, kept {measured['kept']}", flush=True)
    print(f"\nscale on {os.cpu_count()} cores (local[*]): JSONL → signatures → LSH → exact verification → "
          f"components → shards")
    for count, seconds, peak, kept in rows:
        print(f"  {count:>9} docs: {seconds:7.1f} s ({count / seconds:7.0f} docs/s), peak RSS {peak / 2**30:5.2f} GiB,"
              f" kept {kept}")
    if len(rows) > 1:
        (n0, s0, _, _), (n1, s1, _, _) = rows[0], rows[-1]
        print(f"  time × {s1 / s0:.1f} for documents × {n1 / n0:.0f}")
        shutil_rm(WORK)


def shutil_rm(work: Path) -> None:
    """The big corpora are not kept between runs."""
    import shutil

    for folder in work.glob("scale-*"):
        shutil.rmtree(folder, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=["accuracy", "signatures", "speed", "scale"])
    parser.add_argument("--docs", type=int, nargs="+", default=[50_000])
    parser.add_argument("--shared", default=str(ROOT.parent / "shared" / "data"))
    parser.add_argument("--datatrove-python", default=str(ROOT / ".bench-venv" / "bin" / "python"))
    parser.add_argument("--no-peer", action="store_true", help="speed: curate only, no datatrove run")
    parser.add_argument("--code", help="a checkout whose curate to measure (default: this one); run from outside "
                                       "any checkout, as Python workers put their working folder first")
    args = parser.parse_args()
    if args.code:
        sys.path.insert(0, args.code)
        os.environ["PYTHONPATH"] = os.pathsep.join([args.code] + [p for p in [os.environ.get("PYTHONPATH")] if p])
    if args.command in ("accuracy",) or (args.command == "speed" and not args.no_peer):
        if not Path(args.datatrove_python).exists():
            raise SystemExit(f"no datatrove environment at {args.datatrove_python}: run `make bench-env` first")
    if args.command == "signatures":
        args.docs = args.docs[0]
    {"accuracy": accuracy, "signatures": signatures, "speed": speed, "scale": scale}[args.command](args)


if __name__ == "__main__":
    main()
