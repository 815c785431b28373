"""Semantic dedup against brute force, and its time and memory at 100k documents on CPU.

    .venv/bin/python bench/semantic.py [--threshold 0.9] [--k N] [--margin 0.05] [--docs 100000] [--skip-pairs]

**Pairs.** Every real prompt of ../shared/data's SFT, preference and question sets (Alpaca en/zh, DPO, KTO,
Glaive, identity, ShareGPT human turns, MT-Bench, Vicuna-bench, the Alpaca seed tasks, HH-RLHF first turns,
GSM8K, NQ-open, ARC, CSQA2; exact repeats kept: GSM8K's test and test_socratic share their questions) goes
through curate's semantic dedup in Spark local[2] — the embedding pass, Spark ML KMeans, the pairs inside
clusters. The embeddings it computed are collected and every pair of them is compared by brute force (all-pairs
cosine in numpy): recall and precision of curate's pairs against the brute-force pairs ≥ threshold, and documents
kept (one per connected component, by union-find written here) by curate's pairs against the brute-force pairs.
The embeddings themselves are checked against a bare transformers loop written here (mean pooling over the mask,
L2 norm, 256 tokens), and the whole pipeline (`curate run` with `dedup.semantic`) is run on the same prompts.

**Scale.** `--docs` prompt-sized documents (one or two real sentences of bench/scale.py's pool, ~200 characters;
10 % near-duplicates: an earlier document with one word replaced) through `curate run` with only semantic dedup,
local[2]: wall time, documents/s, peak RSS summed over the JVM, the Python workers and this process; and the bare
loop embedding 10,000 of the same texts (sorted by length, batches of 128) with torch on the same two cores.
Writes bench/results/semantic.json.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
WORK = ROOT / "bench" / "results" / "semantic"


def _json(path: Path):
    return json.loads(path.read_text(encoding="utf-8"))


def _jsonl(path: Path) -> list[dict]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def real_prompts(shared: Path) -> list[tuple[str, str]]:
    """(source, prompt) for every prompt of the shared SFT, preference and question sets, in file order."""
    demo, out = shared / "llama-factory-demo", []

    def add(source: str, texts) -> None:
        out.extend((source, t.strip()) for t in texts if isinstance(t, str) and t.strip())

    for name in ("alpaca_en_demo", "alpaca_zh_demo", "identity"):
        add(name, (f"{r['instruction']}\n{r['input']}".strip() for r in _json(demo / f"{name}.json")))
    for name in ("dpo_en_demo", "dpo_zh_demo", "glaive_toolcall_en_demo"):
        add(name, (r["conversations"][0]["value"] for r in _json(demo / f"{name}.json")))
    add("kto_en_demo", (r["messages"][0]["content"] for r in _json(demo / "kto_en_demo.json")))
    add("v1_sft_demo", (r["messages"][0]["content"][0]["value"] for r in _jsonl(demo / "v1_sft_demo.jsonl")))
    add("sharegpt", (turn["value"] for r in _json(shared / "fastchat" / "dummy_conversation.json")
                     for turn in r["conversations"] if turn["from"] == "human"))
    for bench in ("mt_bench", "vicuna_bench"):
        add(bench, (turn for r in _jsonl(shared / "fastchat" / bench / "question.jsonl") for turn in r["turns"]))
    add("alpaca_seed", (f"{r['instruction']}\n{r['instances'][0]['input']}".strip()
                        for r in _jsonl(shared / "stanford_alpaca" / "seed_tasks.jsonl")))
    add("hh_rlhf", (r["chosen"].split("\n\nHuman: ", 1)[-1].split("\n\nAssistant:", 1)[0]
                    for r in _jsonl(shared / "hh-rlhf" / "harmless-base" / "test.jsonl.gz")))
    for name in ("train", "test", "test_socratic"):
        add(f"gsm8k_{name}", (r["question"] for r in _jsonl(shared / "gsm8k" / f"{name}.jsonl")))
    for path in sorted((shared / "nq-open").glob("*.jsonl")):
        add("nq_open", (r["question"] for r in _jsonl(path)))
    for name in ("arc_easy", "arc_challenge"):
        add(name, (r["query"] for r in _jsonl(shared / "arc" / f"{name}.jsonl")))
    for path in sorted((shared / "csqa2").glob("*.json.gz")):
        add("csqa2", (r["question"] for r in _jsonl(path)))
    return out


def bare_embeddings(texts: list[str], model_dir: str, batch: int = 64, max_length: int = 256) -> np.ndarray:
    """all-MiniLM-L6-v2 embeddings the way sentence-transformers defines them (mean of the token states over the
    attention mask, L2-normalised), in a plain transformers loop: batches in input order, no length sorting."""
    import torch
    from transformers import AutoModel, AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(model_dir)
    model = AutoModel.from_pretrained(model_dir).eval()
    out = []
    with torch.inference_mode():
        for start in range(0, len(texts), batch):
            encoded = tokenizer(texts[start:start + batch], padding=True, truncation=True, max_length=max_length,
                                return_tensors="pt")
            states = model(**encoded).last_hidden_state
            mask = encoded["attention_mask"].unsqueeze(-1).float()
            pooled = (states * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
            out.append(torch.nn.functional.normalize(pooled, dim=1).numpy())
    return np.concatenate(out)


def brute_force_pairs(vectors: np.ndarray, threshold: float, block: int = 2048) -> set[tuple[int, int]]:
    """Every pair (i < j) of rows with cosine ≥ threshold (rows are unit length), by blocks of the full matrix."""
    pairs = set()
    for start in range(0, len(vectors), block):
        sims = vectors[start:start + block] @ vectors.T
        rows, columns = np.nonzero(sims >= threshold)
        for i, j in zip((rows + start).tolist(), columns.tolist()):
            if i < j:
                pairs.add((i, j))
    return pairs


def components(count: int, pairs) -> int:
    """Connected components of `count` nodes joined by `pairs` (union-find): documents one-per-component keeps."""
    parent = list(range(count))

    def root(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    groups = count
    for i, j in pairs:
        a, b = root(i), root(j)
        if a != b:
            parent[a] = b
            groups -= 1
    return groups


def curate_pairs(spark, texts: list[str], settings, model_dir: str):
    """curate's semantic pairs and embeddings for `texts` (node = position), from `semantic_edges`."""
    from pyspark.sql import functions as F

    from curate.dedup.semantic import semantic_edges
    from curate.executor.row_pass import StageFile

    rows = spark.createDataFrame([(i, "prompts", t) for i, t in enumerate(texts)],
                                 "_node long, source string, text string").withColumn(
        "drop_reason", F.lit(None).cast("string")).repartition(8)
    folder = WORK / "checkpoints"

    def checkpoint(df, name):
        df.write.mode("overwrite").parquet(str(folder / name))
        return spark.read.parquet(str(folder / name))

    edges, assigned = semantic_edges(rows, rows, settings, "text", "global", checkpoint, StageFile(model_dir))
    pairs = {(r["src"], r["dst"]) for r in edges.collect()}
    nearest = assigned.where("nearest").select("node", "cluster", "embedding").toPandas()
    vectors = np.zeros((len(texts), len(nearest["embedding"].iloc[0])), np.float32)
    vectors[nearest["node"].to_numpy()] = np.stack(nearest["embedding"].to_numpy())
    sizes = nearest.groupby("cluster").size()
    compared = assigned.count()
    return pairs, vectors, sizes, compared


def pipeline_kept(texts: list[str], threshold: float, k, margin: float, out: Path) -> dict:
    """`curate run` over the prompts (JSONL) with only semantic dedup: documents kept and removed."""
    from curate.config import parse_config
    from curate.driver.run import run

    source = WORK / "prompts.jsonl"
    with open(source, "w", encoding="utf-8") as handle:
        for i, text in enumerate(texts):
            handle.write(json.dumps({"id": f"p{i}", "text": text}, ensure_ascii=False) + "\n")
    config = parse_config({"name": "semantic-bench", "inputs": [{"paths": [str(source)], "id_field": "id"}],
                           "dedup": {"semantic": {"threshold": threshold, "k": k, "margin": margin}},
                           "output": {"path": str(out), "rejects": "all", "overwrite": True}})
    result = run(config, echo=False)
    return {"kept": result.ledger["documents_kept"], "stats": result.stats.get("semantic_clusters")}


BARE_DOCS = 10_000  # documents the bare loop embeds, for its rate


def write_prompts(pool: list[str], count: int, path: Path, seed: int = 5) -> None:
    """`count` prompt-sized documents (one or two real sentences, ~200 characters), 10 % of them an earlier one
    with one word replaced: near-duplicates a semantic dedup should find."""
    import random

    path.parent.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    recent: list[str] = []
    with open(path, "w", encoding="utf-8") as handle:
        for index in range(count):
            if recent and rng.random() < 0.1:
                words = rng.choice(recent).split()
                words[rng.randrange(len(words))] = rng.choice(rng.choice(pool).split())
                text = " ".join(words)
            else:
                text = " ".join(rng.choice(pool) for _ in range(rng.randint(1, 2)))
                recent = (recent + [text])[-10_000:]
            handle.write(json.dumps({"id": f"d{index:07d}", "text": text}, ensure_ascii=False) + "\n")


def scale(docs: int, threshold: float, margin: float, shared: Path) -> dict:
    """`curate run` with only semantic dedup over `docs` web-like documents, with peak RSS; then the bare loop
    over the same texts on the same cores."""
    from bench.dedup import PeakMemory
    from bench.scale import sentences
    from curate.config import parse_config
    from curate.driver.run import run
    from quality_model.embedding import packaged_model

    folder = WORK / f"input-{docs}"
    write_prompts(sentences(shared), docs, folder / "docs.jsonl")
    config = parse_config({"name": "semantic-scale", "inputs": [{"paths": [str(folder / "*.jsonl")],
                                                                 "id_field": "id"}],
                           "dedup": {"semantic": {"threshold": threshold, "margin": margin}},
                           "output": {"path": str(WORK / f"out-{docs}"), "rejects": "all", "overwrite": True}})
    with PeakMemory() as memory:
        started = time.time()
        result = run(config, echo=False)
        seconds = time.time() - started
    texts = [json.loads(line)["text"] for line in open(folder / "docs.jsonl", encoding="utf-8")][:BARE_DOCS]
    import torch

    torch.set_num_threads(os.cpu_count())
    started = time.time()
    bare_embeddings(sorted(texts, key=len), packaged_model(), batch=128)  # sorted: padding as curate batches
    bare = time.time() - started
    row = {"docs": docs, "seconds": round(seconds, 1), "docs_per_s": round(docs / seconds, 1),
            "kept": result.ledger["documents_kept"], "removed": docs - result.ledger["documents_kept"],
            "peak_rss_bytes": memory.peak, "peak_rss_by_kind": memory.breakdown,
            "semantic_clusters": result.stats.get("semantic_clusters"),
            "bare_embedding_seconds": round(bare, 1), "bare_docs": len(texts),
            "bare_docs_per_s": round(len(texts) / bare, 1)}
    print(f"\nscale, local[2] on CPU: {docs} documents in {row['seconds']} s ({row['docs_per_s']} docs/s), peak RSS "
          f"{memory.peak / 2**30:.2f} GiB {memory.breakdown}, kept {row['kept']}; bare embedding loop on the same "
          f"texts ({len(texts)} of them) {row['bare_embedding_seconds']} s ({row['bare_docs_per_s']} docs/s)", flush=True)
    return row


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--threshold", type=float, default=0.9)
    parser.add_argument("--k", type=int, default=None)
    parser.add_argument("--margin", type=float, default=0.05)
    parser.add_argument("--docs", type=int, default=100_000, help="documents of the scale run (0: skip it)")
    parser.add_argument("--shared", default=str(ROOT.parent / "shared" / "data"))
    parser.add_argument("--skip-pairs", action="store_true", help="only the scale run")
    args = parser.parse_args()
    WORK.mkdir(parents=True, exist_ok=True)
    if args.skip_pairs:
        row = scale(args.docs, args.threshold, args.margin, Path(args.shared))
        print(json.dumps(row, indent=1))
        (ROOT / "bench" / "results" / "semantic-scale.json").write_text(json.dumps(row, indent=1) + "\n")
        return
    from curate.config import SemanticConfig
    from curate.driver.session import get_session
    from quality_model.embedding import packaged_model

    prompts = real_prompts(Path(args.shared))
    texts = [text for _, text in prompts]
    sources = sorted({source for source, _ in prompts})
    print(f"{len(texts)} prompts from {len(sources)} sources ({len(set(texts))} distinct texts)", flush=True)
    spark = get_session(cli_conf={"spark.master": "local[2]", "spark.ui.showConsoleProgress": "false",
                                  "spark.sql.shuffle.partitions": "16"})
    settings = SemanticConfig(threshold=args.threshold, k=args.k, margin=args.margin)
    started = time.time()
    found, vectors, sizes, compared = curate_pairs(spark, texts, settings, packaged_model())
    curate_seconds = time.time() - started
    truth = brute_force_pairs(vectors, args.threshold)
    bare = bare_embeddings(texts, packaged_model())
    agreement = np.einsum("ij,ij->i", bare, vectors)
    result = {
        "prompts": len(texts), "distinct": len(set(texts)), "threshold": args.threshold, "margin": args.margin,
        "k": len(sizes), "cluster_sizes": {"min": int(sizes.min()), "median": float(sizes.median()),
                                           "max": int(sizes.max())},
        "rows_compared": compared, "curate_seconds": round(curate_seconds, 1),
        "pairs_brute_force": len(truth), "pairs_curate": len(found), "pairs_found": len(found & truth),
        "pair_recall": len(found & truth) / len(truth) if truth else 1.0,
        "pair_precision": len(found & truth) / len(found) if found else 1.0,
        "kept_brute_force": components(len(texts), truth), "kept_curate_pairs": components(len(texts), found),
        "embedding_cosine_to_bare": {"min": float(agreement.min()), "mean": float(agreement.mean())},
    }
    spark.stop()
    result["kept_off_percent"] = 100 * (result["kept_curate_pairs"] - result["kept_brute_force"]) / result["kept_brute_force"]
    print(json.dumps(result, indent=1), flush=True)
    print(f"\npairs ≥ {args.threshold}: brute force {len(truth)}, curate {len(found)}, recall "
          f"{result['pair_recall']:.4f}, precision {result['pair_precision']:.4f}; documents kept: brute force "
          f"{result['kept_brute_force']}, curate's pairs {result['kept_curate_pairs']} "
          f"({result['kept_off_percent']:+.2f} %)", flush=True)
    result["pipeline"] = pipeline_kept(texts, args.threshold, args.k, args.margin, WORK / "out-prompts")
    print(f"the pipeline (curate run, dedup.semantic only) kept {result['pipeline']['kept']}: "
          f"{json.dumps(result['pipeline']['stats'])}", flush=True)
    if args.docs:
        result["scale"] = scale(args.docs, args.threshold, args.margin, Path(args.shared))
    (ROOT / "bench" / "results" / "semantic.json").write_text(json.dumps(result, indent=1) + "\n")


if __name__ == "__main__":
    main()
