"""Planted benchmark items in an SFT sample: how many decontamination catches, and how many false hits.

    python bench/decontamination.py [--shared ../shared/data] [--plants 100]

Base: the Alpaca (999) and ShareGPT (500) demo records of ../shared/data, normalised to conversations. Plants:
GSM8K test questions, HumanEval prompts and MT-Bench questions, --plants of each (or all there are), put into
copies of base records' user turns (after a short lead-in) exactly, and lightly edited: 3 words replaced by
other words, whitespace changed (spaces doubled, a line break added) and case changed (upper or title case).
Reports the share caught (flagged as contaminated) per benchmark and kind, names plants attributed to
another item (benchmarks overlap: MT-Bench question 115 is GSM8K test question 326), and the share of
unplanted base records flagged.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from curate.io.chat import to_sft  # noqa: E402
from filters.decontamination import BenchmarkIndex, BenchmarkSpec, DecontaminationParams, load_items  # noqa: E402

FILLER = ["table", "river", "seven", "orange", "quietly", "mountain", "paper", "window", "yellow", "garden"]


def edit(text: str, rng: random.Random, changes: int = 3) -> str:
    """A few words replaced, spacing and case changed."""
    tokens = text.split(" ")
    candidates = [i for i, t in enumerate(tokens) if t.isalpha() and len(t) > 2]
    for i in rng.sample(candidates, min(changes, len(candidates))):
        tokens[i] = rng.choice(FILLER)
    if len(tokens) > 4:
        tokens[rng.randrange(1, len(tokens))] += "\n"
    edited = "  ".join(tokens) if rng.random() < 0.5 else " ".join(tokens)
    return edited.upper() if rng.random() < 0.5 else edited.title()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", default=str(ROOT.parent / "shared" / "data"))
    parser.add_argument("--plants", type=int, default=100)
    parser.add_argument("--ngram", type=int, default=13)
    parser.add_argument("--min-similarity", type=float, default=DecontaminationParams.min_similarity)
    args = parser.parse_args()
    shared = Path(args.shared)
    base = [to_sft(r) for r in json.loads((shared / "llama-factory-demo" / "alpaca_en_demo.json").read_text())]
    base += [to_sft(r) for r in json.loads((shared / "fastchat" / "dummy_conversation.json").read_text())]
    specs = [
        BenchmarkSpec("gsm8k", [str(shared / "gsm8k" / "test.jsonl")], ["question"]),
        BenchmarkSpec("humaneval", [str(shared / "human-eval" / "HumanEval.jsonl.gz")], ["prompt"], "task_id"),
        BenchmarkSpec("mt_bench", [str(shared / "fastchat" / "mt_bench" / "question.jsonl")], ["turns"], "question_id"),
    ]
    benchmarks = [(spec.name, load_items(spec)) for spec in specs]
    started = time.perf_counter()
    index = BenchmarkIndex(benchmarks, DecontaminationParams(ngram=args.ngram, min_similarity=args.min_similarity))
    print(f"index: {len(index.parts)} item parts, {index.skipped} shorter than {index.params.min_words} words skipped, "
          f"built in {time.perf_counter() - started:.2f} s")

    rng = random.Random(0)
    rows = []  # (text, planted benchmark or None, item, kind)
    for name, items in benchmarks:
        for item_id, parts in rng.sample(items, min(args.plants, len(items))):
            part = max(parts, key=len) if name != "mt_bench" else parts[0]
            host = rng.choice(base)
            lead = host[0]["content"][:200]
            rows.append((f"{lead}\n\n{part}", name, item_id, "exact"))
            rows.append((f"{lead}\n\n{edit(part, rng)}", name, item_id, "edited"))
    started = time.perf_counter()
    results = {}
    for text, name, item_id, kind in rows:
        match = index.find(text)
        caught = match is not None
        if caught and (match.benchmark, match.item) != (name, item_id):
            print(f"planted {name} {item_id} ({kind}) was caught as {match.benchmark} {match.item}: "
                  f"{text[-120:]!r}")
        results.setdefault((name, kind), []).append(caught)
    false_hits = []
    for conversation in base:
        text = "\n".join(m["content"] for m in conversation)
        match = index.find(text)
        if match is not None:
            false_hits.append((match.benchmark, match.item, match.how, text[:100]))
    seconds = time.perf_counter() - started
    print(f"{'benchmark':<11}{'kind':<8}{'planted':>8}{'caught':>8}{'share':>8}")
    for (name, kind), caught in sorted(results.items()):
        print(f"{name:<11}{kind:<8}{len(caught):>8}{sum(caught):>8}{sum(caught) / len(caught):>8.1%}")
    for kind in ("exact", "edited"):
        all_caught = [c for (_, k), cs in results.items() if k == kind for c in cs]
        print(f"{'all':<11}{kind:<8}{len(all_caught):>8}{sum(all_caught):>8}{sum(all_caught) / len(all_caught):>8.1%}")
    print(f"false hits on {len(base)} unplanted records: {len(false_hits)} ({len(false_hits) / len(base):.2%})")
    for hit in false_hits[:10]:
        print("  ", hit)
    print(f"{len(rows) + len(base)} texts checked in {seconds:.2f} s")
    out = ROOT / "bench" / "results" / "decontamination.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps({f"{n}/{k}": [len(c), sum(c)] for (n, k), c in results.items()}
                              | {"false_hits": len(false_hits), "unplanted": len(base)}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
