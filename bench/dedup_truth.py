"""MinHash near-dedup against exact all-pairs Jaccard, on dense real data and on the sparse planted corpus.

    .venv/bin/python bench/dedup_truth.py                  # both corpora, curate at threshold 0.8
    .venv/bin/python bench/dedup_truth.py --code /tmp/old  # the same with another checkout's curate (before/after)

Ground truth is computed here, independently of curate: its own shingling (lower case, NFC, punctuation and
symbols to spaces, word 5-grams; a text of fewer than 5 words is one shingle), every pair's exact Jaccard from
a sparse document × shingle matrix (A·Aᵀ gives every intersection), and the connected components of the pairs
at or above the threshold. Reported for curate's output: documents kept vs the number of ground-truth
components, pairs at or above the threshold that both survive, and false removals (a removed document whose
exact Jaccard to the survivor it names is below threshold − 0.1).

Dense corpus (the shape that broke the design): instruction prompts from ../shared/data — Alpaca en/zh, the
LLaMA-Factory identity set instantiated with 6 × 6 assistant/author names from the Awesome-LLMs-Datasets
catalog (templated: 36 copies of each record differing in one or two names), glaive tool-call prompts with their tool definitions, DPO/KTO/v1 SFT prompts,
ShareGPT-format first turns, Alpaca seed tasks, MT-Bench and Vicuna-bench questions, and pages of three site
templates (real C4 text around short real bodies). Sparse corpus: bench/
dedup.py's planted pairs (each real document with three copies edited to known Jaccard levels).
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import random
import sys
import time
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WORK = ROOT / "bench" / "results" / "dedup-truth"


def truth_shingles(text: str, n: int = 5) -> frozenset:
    """Word n-gram shingles, written here from the definition (not curate's code)."""
    import regex

    words = regex.sub(r"[\p{P}\p{S}]+", " ", unicodedata.normalize("NFC", text.lower())).split()
    if not words:
        return frozenset()
    if len(words) < n:
        return frozenset([" ".join(words)])
    return frozenset(" ".join(words[i:i + n]) for i in range(len(words) - n + 1))


def dense_corpus(shared: Path) -> list[str]:
    """Prompts as users bring them: many near-identical, templated, short."""
    demo = shared / "llama-factory-demo"
    texts: list[str] = []
    for name in ("alpaca_en_demo.json", "alpaca_zh_demo.json"):
        texts += [f"{r['instruction']}\n{r.get('input', '')}".strip() for r in json.loads((demo / name).read_text())]
    catalog = [json.loads(line) for line in (shared / "awesome-llms-datasets" / "catalog.jsonl").open()]
    names = sorted({c["name"] for c in catalog if c.get("name")})[:6]
    authors = sorted({str(c.get("publisher") or c.get("Publisher") or c["name"]) for c in catalog})[-6:]
    for record in json.loads((demo / "identity.json").read_text()):
        for name, author in itertools.product(names, authors):  # templated: every pair differs in a few words
            texts.append(f"{record['instruction']}\n{record['output']}".replace("{{name}}", name)
                         .replace("{{author}}", author))
    for record in json.loads((demo / "glaive_toolcall_en_demo.json").read_text()):
        first = next(t["value"] for t in record["conversations"] if t["from"] == "human")
        texts.append(f"{record.get('tools', '')}\n{first}".strip())
    for name in ("dpo_en_demo.json",):
        texts += [r["conversations"][0]["value"] for r in json.loads((demo / name).read_text())]
    texts += [r["messages"][0]["content"] for r in json.loads((demo / "kto_en_demo.json").read_text())]
    for line in (demo / "v1_sft_demo.jsonl").open():
        texts.append(" ".join(part["value"] for part in json.loads(line)["messages"][0]["content"]))
    for record in json.loads((shared / "fastchat" / "dummy_conversation.json").read_text()):
        texts.append(record["conversations"][0]["value"])
    for line in (shared / "stanford_alpaca" / "seed_tasks.jsonl").open():
        task = json.loads(line)
        texts.append(f"{task['instruction']}\n{task['instances'][0]['input']}".strip())
    for bench in ("mt_bench", "vicuna_bench"):
        for line in (shared / "fastchat" / bench / "question.jsonl").open():
            texts.append(json.loads(line)["turns"][0])
    texts += templated_pages(shared)
    return [t for t in texts if t.strip()]


def templated_pages(shared: Path, templates: int = 3, pages: int = 600) -> list[str]:
    """Pages of a site template: the same ~150 words of navigation and footer (the opening of a real C4
    document) around a short body of 10–60 words from other C4 documents. Two pages of one template are near
    the threshold, closer the shorter their bodies: the dense, mixed buckets that LSH gets wrong."""
    rng = random.Random(7)
    c4 = [json.loads(line)["text"].split() for line in (shared / "llama-factory-demo" / "c4_demo.jsonl").open()]
    frames = [words[:150] for words in c4[:templates]]
    bodies = [words for words in c4[templates:] if len(words) >= 60]
    out = []
    for frame in frames:
        for _ in range(pages):
            body = rng.choice(bodies)
            start = rng.randrange(0, len(body) - 10)
            out.append(" ".join(frame[:100] + body[start:start + rng.randint(10, 60)] + frame[100:]))
    return out


def sparse_corpus(shared: Path) -> list[str]:
    """bench/dedup.py's accuracy corpus: real documents and three edited copies of each."""
    sys.path.append(str(ROOT))
    from bench.dedup import LEVELS, edited_to, real_documents

    rng = random.Random(0)
    base = real_documents(shared)
    vocabulary = [w for d in base for w in d["text"].split()]
    texts = []
    for i, doc in enumerate(base):
        text = " ".join(doc["text"].split()[:400])
        texts.append(text)
        for k in range(3):
            texts.append(edited_to(text, LEVELS[(3 * i + k) % len(LEVELS)], vocabulary, rng)[0])
    rng.shuffle(texts)
    return texts


def ground_truth(sets: list[frozenset], threshold: float) -> tuple[dict[tuple[int, int], float], list[int]]:
    """(every pair with exact Jaccard ≥ threshold - 0.1 → its Jaccard, component label per document for the
    pairs ≥ threshold)."""
    import numpy as np
    from scipy import sparse

    vocabulary: dict[str, int] = {}
    rows, cols = [], []
    for doc, shingles in enumerate(sets):
        for shingle in shingles:
            rows.append(doc)
            cols.append(vocabulary.setdefault(shingle, len(vocabulary)))
    matrix = sparse.csr_matrix((np.ones(len(rows), dtype=np.int32), (rows, cols)), shape=(len(sets), len(vocabulary)))
    sizes = np.array([len(s) for s in sets])
    product = sparse.triu(matrix @ matrix.T, k=1).tocoo()
    union = sizes[product.row] + sizes[product.col] - product.data
    similarity = product.data / np.maximum(union, 1)
    near = similarity >= threshold - 0.1
    pairs = {(int(a), int(b)): float(j) for a, b, j in zip(product.row[near], product.col[near], similarity[near])}
    parent = list(range(len(sets)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for (a, b), j in pairs.items():
        if j >= threshold:
            parent[find(a)] = find(b)
    return pairs, [find(i) for i in range(len(sets))]


def curate_run(texts: list[str], out: Path, threshold: float) -> tuple[int, dict[str, str], float]:
    """curate's near-dedup (MinHash only, exact verification) in local[2]: (kept, removed id → survivor id,
    seconds)."""
    import pyarrow.dataset as ds

    from curate.config import parse_config
    from curate.driver.run import run
    from curate.driver.session import get_session

    folder = out.parent / f"{out.name}-input"
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / "docs.jsonl", "w", encoding="utf-8") as handle:
        for i, text in enumerate(texts):
            handle.write(json.dumps({"id": f"d{i:06d}", "text": text}, ensure_ascii=False) + "\n")
    config = parse_config({"name": "truth", "inputs": [{"paths": [str(folder)], "id_field": "id"}],
                           "dedup": {"minhash": {"threshold": threshold}},
                           "output": {"path": str(out), "rejects": "all", "overwrite": True}})
    get_session(cli_conf={"spark.master": "local[2]", "spark.ui.showConsoleProgress": "false",
                          "spark.ui.enabled": "false", "spark.driver.memory": "4g"}).range(1).count()
    started = time.time()
    result = run(config, echo=False)
    seconds = time.time() - started
    table = ds.dataset(str(out / "rejects"), format="parquet").to_table(columns=["id", "dup_of", "drop_reason"])
    removed = {i: s for i, s, r in zip(*(table.column(c).to_pylist() for c in ("id", "dup_of", "drop_reason")))
               if r == "dedup.minhash"}
    return result.ledger["documents_kept"], removed, seconds


def report(name: str, texts: list[str], threshold: float) -> None:
    from curate.dedup.minhash import shingles

    sets = [truth_shingles(t) for t in texts]
    differ = sum(s != frozenset(x.decode("utf-8") for x in shingles(t)) for s, t in zip(sets, texts))
    pairs, component = ground_truth(sets, threshold)
    truth_kept = len(set(component))
    kept, removed, seconds = curate_run(texts, WORK / name, threshold)
    index = {f"d{i:06d}": i for i in range(len(texts))}
    survivors = set(range(len(texts))) - {index[r] for r in removed}
    left = sum(1 for (a, b), j in pairs.items() if j >= threshold and a in survivors and b in survivors)
    false = 0
    for doc, survivor in removed.items():
        a, b = sorted((index[doc], index[survivor]))
        if pairs.get((a, b), 0.0) < threshold - 0.1:
            false += 1
    above = sum(1 for j in pairs.values() if j >= threshold)
    print(f"\n{name}: {len(texts)} documents, {above} pairs with exact J ≥ {threshold} "
          f"(shingles differing from curate's: {differ})")
    print(f"  kept: curate {kept}, ground truth {truth_kept} ({(kept - truth_kept) / truth_kept:+.2%})")
    print(f"  pairs ≥ {threshold} left in the output: {left}")
    print(f"  false removals (J to survivor < {threshold - 0.1:.1f}): {false} of {len(removed)} removed "
          f"({false / max(1, len(removed)):.2%})")
    print(f"  curate dedup run: {seconds:.1f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", default=str(ROOT.parent / "shared" / "data"))
    parser.add_argument("--threshold", type=float, default=0.8)
    parser.add_argument("--code", help="a checkout whose curate to measure (default: this one)")
    parser.add_argument("--corpus", choices=["dense", "sparse", "both"], default="both")
    args = parser.parse_args()
    code = args.code or str(ROOT)
    sys.path.insert(0, code)
    os.environ["PYTHONPATH"] = os.pathsep.join([code] + [p for p in [os.environ.get("PYTHONPATH")] if p])  # workers
    shared = Path(args.shared)
    if args.corpus in ("dense", "both"):
        report("dense", dense_corpus(shared), args.threshold)
    if args.corpus in ("sparse", "both"):
        report("sparse", sparse_corpus(shared), args.threshold)


if __name__ == "__main__":
    main()
