"""Planted benchmark items in a real instruction + code + maths set: how many decontamination catches, and how
many false hits.

    python bench/decontamination.py [--shared ../shared/data] [--plants 300] [--seed 0] [--old /tmp/old_decon.py]

Benchmarks: GSM8K test questions, HumanEval prompts, MT-Bench turns (long items) and the short-item ones:
NQ-Open questions (dev, EfficientQA dev and test), CommonsenseQA 2.0 questions (dev and test), ARC-Easy and
ARC-Challenge questions (llm-foundry's `query`, "Question: …").

Base (unplanted): the LLaMA-Factory demo sets alpaca_en (999), glaive_toolcall_en (300), dpo_en (300 prompts and
responses), kto_en (300), v1_sft (500), the ShareGPT demo of FastChat (500) and the GSM8K *train* questions
with their answers (7,473: maths with numbers; train and test share no question), read as the pipeline reads
them (`curate.io.chat.normalise`) and searched in the views `configs/sft.yaml` searches: `prompt_text` and
`response_text`.

Plants: --plants items of each benchmark (or all there are), seeded, one part each (a random MT-Bench turn,
ARC's question without its "Question: " prefix), put into a copy of a random base record's first user turn,
in one of four places: the whole turn; a paragraph after the turn's first 200 characters; a line between a
line of the turn and a closing line; a sentence between a sentence of the turn and a closing sentence. Each
once exactly and once edited: one word replaced (parts under 13 words) or three (longer ones) by filler words,
a line break added, spaces doubled or not, upper or title case.

Reports per benchmark the share caught of exact and edited plants, overall and for the parts the index says
it can match ("distinctive": exact plants of parts with enough informative words for an exact unit match,
edited plants of parts matchable with an edit), the parts it says it can never match, plants attributed to
another item, and EVERY distinct false hit on the unplanted base with the item it matched; then the index
build time and the records/s of `find`. --old runs the same measurement with another version of the module
(e.g. `git show HEAD:filters/decontamination.py > /tmp/old_decon.py`), whose parameters are its defaults.
"""

from __future__ import annotations

import argparse
import copy
import importlib.util
import json
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from curate.io.chat import normalise, text_views  # noqa: E402
from filters import decontamination as current  # noqa: E402

FILLER = ["table", "river", "seven", "orange", "quietly", "mountain", "paper", "window", "yellow", "garden"]
TAILS = ["Please explain your answer.", "Answer briefly.", "Show your reasoning step by step.",
         "Thank you in advance."]
FIELDS = ("prompt_text", "response_text")
PLACES = ("turn", "paragraph", "line", "sentence")


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


def specs(shared: Path, module) -> list:
    spec = module.BenchmarkSpec
    return [
        spec("gsm8k", [str(shared / "gsm8k" / "test.jsonl")], ["question"]),
        spec("humaneval", [str(shared / "human-eval" / "HumanEval.jsonl.gz")], ["prompt"], "task_id"),
        spec("mt_bench", [str(shared / "fastchat" / "mt_bench" / "question.jsonl")], ["turns"], "question_id"),
        spec("nq_open", [str(p) for p in sorted((shared / "nq-open").glob("*.jsonl"))], ["question"]),
        spec("csqa2", [str(p) for p in sorted((shared / "csqa2").glob("*.json.gz"))], ["question"], "id"),
        spec("arc_easy", [str(shared / "arc" / "arc_easy.jsonl")], ["query"]),
        spec("arc_challenge", [str(shared / "arc" / "arc_challenge.jsonl")], ["query"]),
    ]


def base_records(shared: Path) -> list[tuple[str, str, dict]]:
    """(source, kind, structured columns) of every base record."""
    demo = shared / "llama-factory-demo"
    sources = [("alpaca_en", "sft", json.loads((demo / "alpaca_en_demo.json").read_text())),
               ("glaive_toolcall_en", "sft", json.loads((demo / "glaive_toolcall_en_demo.json").read_text())),
               ("dpo_en", "preference", json.loads((demo / "dpo_en_demo.json").read_text())),
               ("kto_en", "kto", json.loads((demo / "kto_en_demo.json").read_text())),
               ("v1_sft", "sft", [json.loads(line) for line in (demo / "v1_sft_demo.jsonl").open() if line.strip()]),
               ("sharegpt", "sft", json.loads((shared / "fastchat" / "dummy_conversation.json").read_text())),
               ("gsm8k_train", "sft", [{"instruction": r["question"], "input": "", "output": r["answer"]} for r in
                                       map(json.loads, (shared / "gsm8k" / "train.jsonl").open()) ])]
    records = []
    for source, kind, rows in sources:
        for row in rows:
            _, columns = normalise(row, kind)
            records.append((source, kind, columns))
    return records


def views(kind: str, columns: dict) -> list[str]:
    found = text_views(kind, columns)
    return [found[name] for name in FIELDS]


def prompt_messages(kind: str, columns: dict) -> list[dict]:
    return columns["messages"] if kind == "sft" else columns["prompt"]


def plant(part: str, record: tuple[str, str, dict], place: str, rng: random.Random) -> tuple[str, dict]:
    """A copy of the record with `part` put into its first user turn."""
    _, kind, columns = record
    columns = copy.deepcopy(columns)
    turn = next(m for m in prompt_messages(kind, columns) if m["role"] == "user")
    original = turn["content"].strip()
    if place == "turn":
        turn["content"] = part
    elif place == "paragraph":
        turn["content"] = f"{original[:200]}\n\n{part}"
    elif place == "line":
        first = (original.splitlines() or [""])[0][:200]
        turn["content"] = f"{first}\n{part}\n{rng.choice(TAILS)}"
    else:
        lead = " ".join(original[:200].split())
        ends = [lead.rfind(mark) for mark in (". ", "? ", "! ")]
        lead = lead[:max(ends) + 1] if max(ends) > 0 else lead.rstrip(".!?:;, ") + "."
        sentence = part.rstrip()
        if not sentence.endswith((".", "?", "!")):
            sentence += "?"
        turn["content"] = f"{lead} {sentence} {rng.choice(TAILS)}"
    return kind, columns


def find(index, texts: list[str]):
    for text in texts:
        match = index.find(text) if text else None
        if match is not None:
            return match
    return None


def owners(match) -> list[tuple[str, str]]:
    return list(getattr(match, "items", None) or [(match.benchmark, match.item)])


def measure(module, benchmarks, base, plants, judge, label: str, params) -> dict:
    """Build `module`'s index, run the plants and the base through it, print and return the results."""
    started = time.perf_counter()
    index = module.BenchmarkIndex(benchmarks, params)
    build = time.perf_counter() - started
    print(f"\n=== {label} ===")
    print(f"index built in {build:.2f} s")

    results: dict[tuple[str, str], list[tuple[bool, bool]]] = {}  # (benchmark, kind) → (caught, distinctive)
    by_place: dict[tuple[str, str], list[bool]] = {}
    misattributed = []
    started = time.perf_counter()
    for name, item_id, part, kind, place, level, texts in plants:
        match = find(index, texts)
        caught = match is not None
        distinctive = level >= (1 if kind == "exact" else 2)
        results.setdefault((name, kind), []).append((caught, distinctive))
        if distinctive:
            by_place.setdefault((place, kind), []).append(caught)
        if caught and (name, item_id) not in owners(match):
            misattributed.append((name, item_id, kind, part, match))
    plant_seconds = time.perf_counter() - started

    false_hits = []
    started = time.perf_counter()
    for number, (source, kind, columns) in enumerate(base):
        texts = views(kind, columns)
        match = find(index, texts)
        if match is not None:
            false_hits.append((source, number, texts, match))
    base_seconds = time.perf_counter() - started

    unmatchable: dict[str, int] = {}
    for benchmark, _, _ in getattr(index, "unmatchable", []):
        unmatchable[benchmark] = unmatchable.get(benchmark, 0) + 1
    listed = hasattr(index, "unmatchable")  # an older version has no such list
    skipped = getattr(index, "skipped", None)

    print(f"{'benchmark':<14}{'kind':<8}{'planted':>8}{'caught':>8}{'recall':>8}{'distinct.':>10}{'caught':>8}"
          f"{'recall':>8}{'unmatchable':>13}")
    totals: dict[str, list[int]] = {}
    report = {}
    for (name, kind), rows in sorted(results.items()):
        caught = sum(c for c, _ in rows)
        distinct = [c for c, d in rows if d]
        total = totals.setdefault(kind, [0, 0, 0, 0])
        for i, value in enumerate((len(rows), caught, len(distinct), sum(distinct))):
            total[i] += value
        share = f"{sum(distinct) / len(distinct):.1%}" if distinct else "-"
        never = (unmatchable.get(name, 0) if listed else "-") if kind == "exact" else ""
        print(f"{name:<14}{kind:<8}{len(rows):>8}{caught:>8}{caught / len(rows):>8.1%}{len(distinct):>10}"
              f"{sum(distinct):>8}{share:>8}{never:>13}")
        report[f"{name}/{kind}"] = {"planted": len(rows), "caught": caught, "distinctive": len(distinct),
                                    "distinctive_caught": sum(distinct)}
    for kind, (planted, caught, distinct, distinct_caught) in sorted(totals.items()):
        never = (sum(unmatchable.values()) if listed else "-") if kind == "exact" else ""
        print(f"{'all':<14}{kind:<8}{planted:>8}{caught:>8}{caught / planted:>8.1%}{distinct:>10}{distinct_caught:>8}"
              f"{distinct_caught / distinct:>8.1%}{never:>13}")
    print("distinctive plants caught, by place: " + ", ".join(
        f"{place}/{kind} {sum(c)}/{len(c)}" for (place, kind), c in sorted(by_place.items())))
    if skipped is not None:
        print(f"(this version skips item parts under its min_words: {skipped} parts)")
    print(f"plants attributed to another item: {len(misattributed)}")
    for name, item_id, kind, part, match in misattributed:
        print(f"   planted {name}/{item_id} ({kind}) {part[:90]!r}\n      caught as {owners(match)} "
              f"({match.how}, {match.similarity:.2f}) {getattr(match, 'text', '')[:90]!r}")
    distinct_hits: dict[tuple, list] = {}
    for source, number, texts, match in false_hits:
        key = (tuple(owners(match)), getattr(match, "text", ""), match.how)
        distinct_hits.setdefault(key, []).append((source, number, texts))
    print(f"false hits on {len(base)} unplanted records: {len(false_hits)} ({len(false_hits) / len(base):.2%}), "
          f"{len(distinct_hits)} distinct; by source: "
          + ", ".join(f"{s} {sum(1 for h in false_hits if h[0] == s)}" for s in sorted({h[0] for h in false_hits})))
    for (names, text, how), hits in distinct_hits.items():
        source, number, texts = hits[0]
        match = find(index, texts)
        item_text = getattr(match, "part", "") or judge.get(names[0], "")
        record = " | ".join(t for t in texts if t)
        position = record.lower().find(text.split(" ")[0]) if text else 0
        snippet = record[max(0, position - 60):position + 160].replace("\n", "⏎")
        print(f"  - {len(hits)}× {source}#{number} → {'; '.join(f'{b}/{i}' for b, i in names)} "
              f"({how}, {match.similarity:.2f})\n      item:    {item_text[:200]!r}\n      matched: {text[:200]!r}"
              f"\n      record:  {snippet!r}")
    records = len(plants) + len(base)
    print(f"find: {len(base)} base records in {base_seconds:.2f} s ({len(base) / base_seconds:,.0f} records/s), "
          f"{len(plants)} planted in {plant_seconds:.2f} s ({len(plants) / plant_seconds:,.0f} records/s); "
          f"{records / (base_seconds + plant_seconds):,.0f} records/s overall")
    report.update({"false_hits": len(false_hits), "distinct_false_hits": len(distinct_hits), "unplanted": len(base),
                   "unmatchable": unmatchable, "misattributed": len(misattributed), "build_seconds": round(build, 3),
                   "base_records_per_second": round(len(base) / base_seconds, 1),
                   "planted_records_per_second": round(len(plants) / plant_seconds, 1)})
    return report


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", default=str(ROOT.parent / "shared" / "data"))
    parser.add_argument("--plants", type=int, default=300, help="items planted per benchmark (all if fewer)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--old", help="another version of filters/decontamination.py to measure the same way")
    parser.add_argument("--ngram", type=int, default=current.DecontaminationParams.ngram)
    parser.add_argument("--min-similarity", type=float, default=current.DecontaminationParams.min_similarity)
    parser.add_argument("--min-informative-share", type=float,
                        default=current.DecontaminationParams.min_informative_share)
    parser.add_argument("--min-informative", type=int, default=current.DecontaminationParams.min_informative)
    parser.add_argument("--min-informative-exact", type=int,
                        default=current.DecontaminationParams.min_informative_exact)
    args = parser.parse_args()
    shared = Path(args.shared)
    params = current.DecontaminationParams(ngram=args.ngram, min_similarity=args.min_similarity,
                                           min_informative=args.min_informative,
                                           min_informative_share=args.min_informative_share,
                                           min_informative_exact=args.min_informative_exact)
    print(f"params: ngram {params.ngram}, min_words {params.min_words}, min_informative_exact "
          f"{params.min_informative_exact}, min_informative {params.min_informative}, min_similarity "
          f"{params.min_similarity}, min_informative_share {params.min_informative_share}, anchor {params.anchor}, "
          f"max_anchor_items {params.max_anchor_items}, seed {args.seed}")
    benchmarks = [(spec.name, current.load_items(spec)) for spec in specs(shared, current)]
    base = base_records(shared)
    judge_index = current.BenchmarkIndex(benchmarks, params)  # the distinctiveness of each planted part
    judge = {(name, item_id): parts[0] for name, items in benchmarks for item_id, parts in items}
    print("benchmarks: " + ", ".join(f"{name} {len(items)} items" for name, items in benchmarks))
    print(f"base: {len(base)} records (" + ", ".join(f"{s} {sum(1 for r in base if r[0] == s)}"
                                                    for s in dict.fromkeys(r[0] for r in base)) + ")")

    rng = random.Random(args.seed)
    hosts = [r for r in base if any(m["role"] == "user" for m in prompt_messages(r[1], r[2]))]
    plants = []  # (benchmark, item, part, kind, place, level, texts)
    for name, items in benchmarks:
        for item_id, parts in rng.sample(items, min(args.plants, len(items))):
            part = rng.choice(parts) if name == "mt_bench" else max(parts, key=len)
            if name.startswith("arc_") and part.startswith("Question: "):
                part = part[len("Question: "):]
            level = judge_index.level(part)
            changes = 1 if len(current.words(part)) < 13 else 3
            for kind, text in (("exact", part), ("edited", edit(part, rng, changes))):
                place = rng.choice(PLACES)
                planted_kind, columns = plant(text, rng.choice(hosts), place, rng)
                plants.append((name, item_id, part, kind, place, level, views(planted_kind, columns)))
    print(f"plants: {len(plants)} ({len(plants) // 2} items, exact and edited)")
    levels = {}
    for name, items in benchmarks:
        counts = [0, 0, 0]
        for _, parts in items:
            for part in parts:
                counts[judge_index.level(part)] += 1
        levels[name] = counts
    print("item parts by what can match them (never / exact unit only / also edited): "
          + ", ".join(f"{name} {c[0]}/{c[1]}/{c[2]}" for name, c in levels.items()))

    results = {"params": {"ngram": params.ngram, "min_words": params.min_words,
                          "min_informative_exact": params.min_informative_exact,
                          "min_informative": params.min_informative, "min_similarity": params.min_similarity,
                          "seed": args.seed, "plants": args.plants},
               "current": measure(current, benchmarks, base, plants, judge, "this version", params)}
    if args.old:
        loaded = importlib.util.spec_from_file_location("old_decontamination", args.old)
        old = importlib.util.module_from_spec(loaded)
        sys.modules[loaded.name] = old  # dataclasses look their module up
        loaded.loader.exec_module(old)
        old_benchmarks = [(spec.name, old.load_items(spec)) for spec in specs(shared, old)]
        results["old"] = measure(old, old_benchmarks, base, plants, judge, f"old version ({args.old}, its defaults)",
                                 old.DecontaminationParams())
    out = ROOT / "bench" / "results" / "decontamination.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
