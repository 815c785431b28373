"""Threshold calibration (CulturaX): per-language distributions of the ROOTS metrics on a sample of your data,
and cutoffs derived from them, written as a thresholds file that `culturax_metrics_v1` reads directly.

The metrics are computed where the pipeline computes them (after the stages before the metrics stage, with
their rules), but nothing is dropped by the metrics' own rules. For each language with enough documents:
`iqr` puts a lower cutoff at Q1 − k·IQR and an upper one at Q3 + k·IQR (CulturaX's outlier rule), clipped
to what the metric can take (a metric with no spread keeps the base value); `percentile` uses the given lower/upper percentiles. Other languages keep the
base file's values.
"""

from __future__ import annotations

import copy
import dataclasses
import sys
from datetime import datetime, timezone
from typing import Any, Literal

import yaml

from curate.config import Config, ConfigError, StageSpec
from filters.metrics import thresholds_path

METRIC_STAGE = "culturax_metrics_v1"
CutoffKind = Literal["min", "max"]
# ROOTS parameter → the signal it cuts, whether it is a lower or an upper cutoff, and the signal's range
CALIBRATED: dict[str, tuple[str, CutoffKind, float, float]] = {
    "number_words_min_cutoff": ("metrics_words", "min", 0, float("inf")),
    "character_repetition_max_cutoff": ("metrics_char_rep_ratio", "max", 0, 1),
    "word_repetition_max_cutoff": ("metrics_word_rep_ratio", "max", 0, 1),
    "special_characters_max_cutoff": ("metrics_special_chars_ratio", "max", 0, 1),
    "stopwords_min_cutoff": ("metrics_stopwords_ratio", "min", 0, 1),
    "flagged_words_max_cutoff": ("metrics_flagged_words_ratio", "max", 0, 1),
    "lang_id_min_cutoff": ("language_score", "min", 0, 1),
}


@dataclasses.dataclass
class CalibrationOptions:
    """How cutoffs are derived from the distributions."""

    method: Literal["iqr", "percentile"] = "iqr"
    iqr_k: float = 1.5
    lower_percentile: float = 0.05
    upper_percentile: float = 0.95
    min_documents: int = 50
    # the most a language's calibrated cutoffs may remove of its documents on the sample, all together: each of
    # the k cutoffs is relaxed to remove at most max_removed_share / k (so their union stays within the share)
    max_removed_share: float = 0.10


def calibration_config(config: Config) -> Config:
    """The config's stages up to its metrics stage (added with defaults if absent), that stage without rules."""
    calibrated = copy.deepcopy(config)
    names = [s.stage for s in calibrated.stages]
    if METRIC_STAGE not in names:
        if "language_id_v1" not in names:
            raise ConfigError("calibration needs a language_id_v1 stage in the config (metrics are per language)")
        spec = StageSpec(stage=METRIC_STAGE)
        spec.check("calibration")
        calibrated.stages.insert(names.index("language_id_v1") + 1, spec)
        names = [s.stage for s in calibrated.stages]
    calibrated.stages = calibrated.stages[: names.index(METRIC_STAGE) + 1]
    calibrated.stages[-1].rules = []
    return calibrated


def derive(quantiles: dict[str, list[float]], options: CalibrationOptions) -> dict[str, float]:
    """Cutoffs from one language's quantiles per signal: [lower percentile, Q1, Q3, upper percentile, and the
    quantiles at share and 1 − share, share = max_removed_share / number of cutoffs] — each cutoff relaxed to
    the last pair where it would remove more than its share."""
    cutoffs = {}
    for key, (signal, kind, low, high) in CALIBRATED.items():
        values = quantiles.get(signal)
        if not values or any(v is None for v in values):
            continue
        p_low, q1, q3, p_high = values[:4]
        if options.method == "iqr":
            if q3 <= q1:
                continue  # no spread (e.g. a metric that is mostly 0): the data says nothing; keep the base value
            spread = options.iqr_k * (q3 - q1)
            value = q1 - spread if kind == "min" else q3 + spread
        else:
            value = p_low if kind == "min" else p_high
        if len(values) > 4:  # at most the share of the documents below (min) or above (max) the cutoff
            share_low, share_high = values[4], values[5]
            value = min(value, share_low) if kind == "min" else max(value, share_high)
        value = min(max(value, low), high)
        cutoffs[key] = int(value) if signal == "metrics_words" else round(float(value), 4)
    return cutoffs


def share_per_cutoff(options: CalibrationOptions) -> float:
    """The share of a language's documents each calibrated cutoff may remove."""
    return options.max_removed_share / len(CALIBRATED)


def calibrate(config: Config, options: CalibrationOptions, cli_conf=None) -> tuple[dict[str, Any], dict[str, int]]:
    """Run the sample through the stages and derive per-language cutoffs; returns (thresholds, documents per language)."""
    from pyspark.sql import functions as F

    from curate.driver.run import annotate, start

    calibrated = calibration_config(config)
    metrics_spec = calibrated.stages[-1]
    base_path = thresholds_path(metrics_spec.typed_params())
    spark, plan, _ = start(calibrated, cli_conf)  # the row-local pass only: no dedup
    rows = annotate(spark, plan).where(F.col("drop_reason").isNull())
    share = share_per_cutoff(options)
    levels = [options.lower_percentile, 0.25, 0.75, options.upper_percentile, share, 1 - share]
    aggregations = [F.count(F.lit(1)).alias("documents")]
    for signal, _, _, _ in CALIBRATED.values():
        aggregations.append(F.percentile_approx(F.col(signal).cast("double"), levels, 10000).alias(signal))
    table = {r["language"]: r.asDict() for r in rows.groupBy("language").agg(*aggregations).collect()}

    with open(base_path, encoding="utf-8") as handle:
        thresholds = yaml.safe_load(handle)
    counts = {}
    for language, row in sorted(table.items(), key=lambda kv: str(kv[0])):
        counts[language] = int(row["documents"])
        if language in (None, "und"):
            continue
        if row["documents"] < options.min_documents:
            print(f"calibrate: warning: {language} has {row['documents']} documents in the sample, fewer than the "
                  f"{options.min_documents} needed (--min-documents); it keeps the base file's values"
                  f"{'' if language in thresholds else ', which do not list it: its stop-word rule will not apply'}",
                  file=sys.stderr)
            continue
        cutoffs = derive({signal: row[signal] for signal, _, _, _ in CALIBRATED.values()}, options)
        block = dict(thresholds.get(language) or {})
        block.update(cutoffs)
        block["calibration_documents"] = int(row["documents"])  # the sample the cutoffs come from
        thresholds[language] = block
    return thresholds, counts


def write_thresholds(path: str, thresholds: dict[str, Any], counts: dict[str, int], options: CalibrationOptions,
                     sources: list[str]) -> None:
    """The thresholds file, with a header saying how it was made."""
    header = [
        f"# Thresholds calibrated by curate on {datetime.now(timezone.utc).strftime('%Y-%m-%d %H:%M UTC')}",
        f"# method: {options.method} (k={options.iqr_k}, percentiles {options.lower_percentile}/{options.upper_percentile}),"
        f" languages with >= {options.min_documents} documents; together the cutoffs remove at most "
        f"{options.max_removed_share:.0%} of a language's sample (calibration_documents: its size)",
        f"# documents per language in the sample: {counts}",
        f"# inputs: {', '.join(sources)}",
    ]
    with open(path, "w", encoding="utf-8") as handle:
        handle.write("\n".join(header) + "\n")
        yaml.safe_dump(thresholds, handle, sort_keys=False, allow_unicode=True)
