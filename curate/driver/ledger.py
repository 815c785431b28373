"""The ledger: per stage, reason and language, documents and characters (and tokens, with a tokenizer) in, kept
and dropped.

Computed from one DataFrame aggregation over the annotated rows (not accumulators, which double-count
when Spark retries a task). A document's stage is the prefix of its drop reason; a stage's input is
what no earlier stage dropped, so in = kept + dropped holds at every stage by construction, and the
test suite checks it against the rows themselves.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any, Iterable, Optional, Sequence

from pyspark.sql import DataFrame
from pyspark.sql import functions as F

from curate.schema import DROP_REASON, N_TOKENS

UNDETERMINED = "und"


def aggregate(df: DataFrame) -> list[tuple]:
    """(language, drop_reason, documents, characters[, tokens]) for every combination present; small, collected."""
    return ledger_counts(df).counts


@dataclass
class LedgerCounts:
    """What the ledger needs from the rows, from one aggregation: (language, reason, documents, characters),
    the documents each rule could not judge per stage and language, the input bytes lost per read reason, and
    the tallies of stages that count what they changed (stage → signal → sum over every document it saw)."""

    counts: list[tuple]  # (language, reason, documents, characters[, tokens])
    not_applied: dict[str, Any]
    lost_bytes: dict[str, int]
    tallies: dict[str, dict[str, int]] = field(default_factory=dict)


def ledger_counts(df: DataFrame,
                  stages: Sequence[tuple[str, list[str], list[tuple[str, str]]]] = (),
                  tallies: Sequence[tuple[str, list[str]]] = ()) -> LedgerCounts:
    """One groupBy(language, drop reason) over the rows for all of `LedgerCounts` (one Spark job, not three).

    Not applied: per stage and rule, the documents the stage annotated but the rule could not judge, its signal
    being null there (no threshold for the language, no word list, a metric that does not apply); `stages` gives
    (stage name, the columns it provides, its (rule name, signal) pairs); only non-zero counts. Lost bytes: input
    bytes no document came from, per read reason (archive bytes between records, records cut short or
    unframeable, unreadable files), from the rejects' `meta.bytes`. Tallies: (stage name, its count signals to
    sum), e.g. the personal data pii_v1 replaced, per kind."""
    language = F.coalesce(F.col("language"), F.lit(UNDETERMINED)) if "language" in df.columns else F.lit(UNDETERMINED)
    checks = _rule_checks(df, stages)
    summed = [(stage, column) for stage, columns in tallies for column in columns if column in df.columns]
    lost = F.get_json_object("meta", "$.bytes").cast("long")
    lost = F.when(F.col(DROP_REASON).startswith("read.") & lost.isNotNull(), lost)
    found = (df.groupBy(language.alias("language"), F.col(DROP_REASON).alias("reason"))
             .agg(F.count(F.lit(1)).alias("docs"), F.sum(F.coalesce(F.length("text"), F.lit(0))).alias("chars"),
                  F.sum(lost).alias("lost"), F.count(lost).alias("lost_rows"),
                  *([F.sum(N_TOKENS).alias("tokens")] if N_TOKENS in df.columns else []),
                  *[F.sum(F.when(condition, 1).otherwise(0)).alias(f"c{i}") for i, (_, _, condition) in enumerate(checks)],
                  *[F.sum(column).alias(f"t{i}") for i, (_, column) in enumerate(summed)])
             .collect())
    counts = sorted(((r["language"], r["reason"], int(r["docs"]), int(r["chars"] or 0),
                      *([int(r["tokens"] or 0)] if N_TOKENS in df.columns else [])) for r in found),
                    key=lambda r: (r[0], r[1] or ""))
    lost_bytes: dict[str, int] = defaultdict(int)
    not_applied: dict[str, dict[str, dict[str, int]]] = {}
    for row in found:
        if row["lost_rows"]:
            lost_bytes[row["reason"]] += int(row["lost"])
        for i, (stage, rule, _) in enumerate(checks):
            if row[f"c{i}"]:
                by_language = not_applied.setdefault(stage, {}).setdefault(rule, {})
                by_language[row["language"]] = by_language.get(row["language"], 0) + int(row[f"c{i}"])
    totals: dict[str, dict[str, int]] = {}
    for i, (stage, column) in enumerate(summed):
        totals.setdefault(stage, {})[column] = sum(int(row[f"t{i}"] or 0) for row in found)
    return LedgerCounts(
        tallies=totals,
        counts=counts,
        not_applied={stage: {rule: dict(sorted(langs.items(), key=lambda kv: (-kv[1], kv[0])))
                             for rule, langs in rules.items()} for stage, rules in not_applied.items()},
        lost_bytes=dict(sorted(lost_bytes.items())))


def _rule_checks(df: DataFrame, stages) -> list[tuple[str, str, Any]]:
    """(stage, rule, condition) for each rule whose signal the stage provides: annotated by the stage (any of
    its columns set) but the signal null."""
    checks = []
    for stage, provides, rules in stages:
        present = [F.col(c).isNotNull() for c in provides if c in df.columns]
        if not present:
            continue
        annotated = present[0]
        for condition in present[1:]:
            annotated = annotated | condition
        for rule, signal in rules:
            if signal in provides and signal in df.columns:
                checks.append((stage, rule, annotated & F.col(signal).isNull()))
    return checks


def _counter(measures: Sequence[str] = ("docs", "chars")) -> dict[str, int]:
    return {m: 0 for m in measures}


def _add(target: dict[str, int], cell: dict[str, int]) -> None:
    for measure in target:
        target[measure] += cell[measure]


def build_ledger(counts: Iterable[tuple], stage_names: list[str]) -> dict[str, Any]:
    """The ledger document from aggregated counts, stages in pipeline order. Each count is (language, reason,
    documents, characters), with the documents' tokens as a fifth element when the run counts tokens; every cell
    of the ledger then has `tokens` beside `docs` and `chars`."""
    counts = list(counts)
    measures = ("docs", "chars", "tokens") if any(len(c) > 4 for c in counts) else ("docs", "chars")
    dropped: dict[str, dict[str, dict[str, dict[str, int]]]] = defaultdict(
        lambda: defaultdict(lambda: defaultdict(lambda: _counter(measures))))
    total: dict[str, dict[str, int]] = defaultdict(lambda: _counter(measures))
    for language, reason, *values in counts:
        cell = dict(zip(measures, [*values, 0][:len(measures)]))
        _add(total[language], cell)
        if reason is not None:
            _add(dropped[reason.split(".", 1)[0]][reason][language], cell)
    unknown = sorted(set(dropped) - set(stage_names))
    if unknown:
        raise ValueError(f"drop reasons from stages not in the pipeline: {unknown}")

    remaining = {lang: dict(c) for lang, c in total.items()}
    stages = []
    for name in stage_names:
        by_language = {}
        for language in sorted(total):
            in_ = dict(remaining[language])
            out = _counter(measures)
            reasons = {}
            for reason, cells in dropped.get(name, {}).items():
                cell = cells.get(language)
                if cell:
                    _add(out, cell)
                    reasons[reason] = dict(cell)
            kept = {m: in_[m] - out[m] for m in measures}
            remaining[language] = kept
            if in_["docs"]:
                by_language[language] = {"in": in_, "kept": kept, "dropped": out, "reasons": reasons}
        stage_in = _sum((v["in"] for v in by_language.values()), measures)
        stage_dropped = _sum((v["dropped"] for v in by_language.values()), measures)
        reasons_total: dict[str, dict[str, int]] = defaultdict(lambda: _counter(measures))
        for v in by_language.values():
            for reason, cell in v["reasons"].items():
                _add(reasons_total[reason], cell)
        stages.append({
            "stage": name,
            "in": stage_in,
            "kept": {m: stage_in[m] - stage_dropped[m] for m in measures},
            "dropped": stage_dropped,
            "reasons": dict(sorted(reasons_total.items(), key=lambda kv: (-kv[1]["docs"], kv[0]))),
            "by_language": by_language,
        })
    final = _sum(remaining.values(), measures)
    ledger = {
        "documents_in": sum(c["docs"] for c in total.values()),
        "characters_in": sum(c["chars"] for c in total.values()),
        "documents_kept": final["docs"],
        "characters_kept": final["chars"],
    }
    if "tokens" in measures:
        ledger["tokens_in"] = sum(c["tokens"] for c in total.values())
        ledger["tokens_kept"] = final["tokens"]
    return {**ledger, "stages": stages}


def _sum(cells: Iterable[dict[str, int]], measures: Sequence[str] = ("docs", "chars")) -> dict[str, int]:
    out = _counter(measures)
    for cell in cells:
        _add(out, cell)
    return out


def format_not_applied(not_applied: dict[str, Any], top: int = 8) -> list[str]:
    """Lines saying which rules did not apply to which languages (documents in parentheses)."""
    lines = []
    for stage, rules in not_applied.items():
        for rule, languages in rules.items():
            shown = ", ".join(f"{lang} ({n})" for lang, n in list(languages.items())[:top])
            more = f" and {len(languages) - top} more" if len(languages) > top else ""
            lines.append(f"rule {stage}.{rule} not applied (no threshold or word list for the language) to: "
                         f"{shown}{more}")
    return lines


def format_table(ledger: dict[str, Any], top: int = 3) -> str:
    """A short text table: per stage, documents in, kept, dropped and the top reasons."""
    width = max([len("stage")] + [len(s["stage"]) for s in ledger["stages"]]) + 2
    header = f"{'stage':<{width}}{'in':>9}{'kept':>9}{'dropped':>9}  top reasons"
    lines = [header, "-" * len(header)]
    for stage in ledger["stages"]:
        lost = stage.get("bytes", {})
        reasons = ", ".join(f"{r.split('.', 1)[1]} {c['docs']}" + (f" ({lost[r]:,} bytes)" if r in lost else "")
                            for r, c in list(stage["reasons"].items())[:top])
        lines.append(f"{stage['stage']:<{width}}{stage['in']['docs']:>9}{stage['kept']['docs']:>9}"
                     f"{stage['dropped']['docs']:>9}  {reasons}")
    return "\n".join(lines)
