"""Percentile buckets (CCNet): per language, cut-offs at given percentiles of a signal over the whole kept
output put each document in `head`, `middle` or `tail` (perplexity: head = the lowest, the most like the
reference text). Cut-offs are computed with Spark's `percentile_approx` and recorded in stats.json."""

from __future__ import annotations

from typing import Any

from pyspark.sql import DataFrame
from pyspark.sql import functions as F

BUCKET = "bucket"


def assign_buckets(kept: DataFrame, config) -> tuple[DataFrame, dict[str, Any]]:
    """`kept` with a `bucket` column (null where the signal is null), and the cut-offs per language."""
    signal = config.signal
    fractions = [p / 100 for p in config.percentiles]
    # higher is better: the head is the top share, so the cut-offs are the signal's upper percentiles
    queried = [1 - f for f in fractions] if config.higher_is_better else fractions
    language = F.coalesce(F.col("language"), F.lit("und")) if "language" in kept.columns else F.lit("und")
    rows = (kept.where(F.col(signal).isNotNull() & ~F.isnan(F.col(signal)))
            .groupBy(language.alias("language"))
            .agg(F.percentile_approx(F.col(signal).cast("double"), queried, config.accuracy).alias("cutoffs"),
                 F.count(F.lit(1)).alias("documents"))
            .collect())
    cutoffs = {r["language"]: [float(c) for c in r["cutoffs"]] for r in rows}
    names = config.names
    if not cutoffs:
        return kept.withColumn(BUCKET, F.lit(None).cast("string")), _record(config, {}, {})
    value = F.col(signal).cast("double")
    if config.higher_is_better:  # e.g. quality_score: compare the negated signal with negated cut-offs
        value = -value
        cutoffs_used = {k: [-c for c in v] for k, v in cutoffs.items()}
    else:
        cutoffs_used = cutoffs
    bucket = F.lit(names[-1])
    for index in range(len(fractions) - 1, -1, -1):
        cut = F.create_map(*[x for lang, cuts in sorted(cutoffs_used.items()) for x in (F.lit(lang), F.lit(cuts[index]))])
        bucket = F.when(value < cut[language], F.lit(names[index])).otherwise(bucket)
    bucket = F.when(F.col(signal).isNull() | F.isnan(F.col(signal)) | ~language.isin(list(cutoffs)), None).otherwise(bucket)
    return kept.withColumn(BUCKET, bucket), _record(config, cutoffs, {r["language"]: r["documents"] for r in rows})


def _record(config, cutoffs: dict[str, list[float]], documents: dict[str, int]) -> dict[str, Any]:
    return {"signal": config.signal, "percentiles": list(config.percentiles), "names": list(config.names),
            "higher_is_better": config.higher_is_better, "cutoffs": cutoffs, "documents_with_signal": documents}


def bucket_counts(df: DataFrame) -> dict[str, dict[str, int]]:
    """Documents per language and bucket, for the stats."""
    language = F.coalesce(F.col("language"), F.lit("und")) if "language" in df.columns else F.lit("und")
    counts: dict[str, dict[str, int]] = {}
    for r in df.groupBy(language.alias("language"), BUCKET).count().collect():
        counts.setdefault(r["language"], {})[r[BUCKET] or "none"] = r["count"]
    return counts
