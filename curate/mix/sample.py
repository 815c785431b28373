"""Sampling a mix on Spark: curated sets read through their cards, selected, re-hydrated, cut to each group's
share of the budget (repeating whole documents where the budget exceeds the supply), and shuffled.

Every choice is a function of the seed and the document's (set, id): the same inputs and config give the same
rows in the same order, on any number of executors.

- A document stands for `copies` units (1, or its re-hydration copies). A group's supply S is the units' measure
  (tokens or 1 per document); its target T = budget × share. Every unit is taken ⌊T / S⌋ times (full passes),
  and the remainder R = T − ⌊T / S⌋ · S is filled by the units of smallest hash: the hash range is cut into
  4,096 bins, the bin where the cumulative measure crosses R is read on the driver and cut at the document that
  brings the total closest to R. A group is thus filled to within one document of its target.
- Each output row has `epoch`: the how-manieth appearance of its document in the mix (0 for the first).
- Shards: rows spread over `n` shards by a hash of (seed, set, id, epoch) and sorted by it inside each shard,
  so reading the shards in order is a global shuffle.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any, Optional

from pyspark.sql import DataFrame, SparkSession
from pyspark.sql import functions as F

from curate.executor.row_pass import StageFile
from curate.mix.config import MixConfig

BINS = 4096
MIX_COLUMNS = ("set", "id", "text", "url", "source", "language", "bucket")


@dataclass
class GroupPlan:
    """One group's numbers: its share and target, supply (units and unique documents), full passes, and the
    cut of the remainder (the last hash bin taken whole, and the hash at which the crossing bin is cut)."""

    share: float
    target: float
    supply: int = 0
    unique_supply: int = 0
    passes: int = 0
    remainder: float = 0.0
    full_bins: int = 0  # bins [0, full_bins) are taken for the remainder
    cut_bin: int = -1  # in this bin, units with hash ≤ cut_hash are taken
    cut_hash: Optional[int] = None

    @property
    def epochs(self) -> float:
        """Passes over the group's unique documents the target asks for (repeating > ~4 hurts: Muennighoff et al.)."""
        return self.target / self.unique_supply if self.unique_supply else math.inf


@dataclass
class MixResult:
    rows: DataFrame
    groups: dict[str, GroupPlan]
    counts: dict[str, Any] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)


def read_sets(spark: SparkSession, config: MixConfig, data_files: dict[str, list[str]]) -> DataFrame:
    """The inputs' kept documents as one table: the mix columns (absent ones null), the columns that selection
    and re-hydration read, and `set` (the input's name)."""
    extra = sorted({s.column for s in config.select} | ({config.rehydrate.column} if config.rehydrate else set()))
    frames = []
    for spec in config.inputs:
        df = spark.read.parquet(*data_files[spec.name])
        columns = []
        for name in MIX_COLUMNS[1:] + tuple(extra):
            if name in df.columns:
                columns.append(F.col(name))
            elif name == "source":
                columns.append(F.lit(spec.name).alias(name))
            elif name == "language":
                columns.append(F.lit("und").alias(name))
            else:
                columns.append(F.lit(None).cast("double" if name in extra else "string").alias(name))
        frames.append(df.select(F.lit(spec.name).alias("set"), *columns))
    table = frames[0]
    for frame in frames[1:]:
        table = table.unionByName(frame)
    return (table.withColumn("language", F.coalesce("language", F.lit("und")))
            .withColumn("source", F.split(F.coalesce("source", "set"), "/").getItem(0)))


def count_tokens_column(df: DataFrame, tokenizer: StageFile) -> DataFrame:
    """`n_tokens` of each document's text with the mix's tokenizer (batched, on the executors)."""
    from pyspark.sql.types import LongType, StructField, StructType

    schema = StructType(df.schema.fields + [StructField("n_tokens", LongType())])

    def count(batches):
        import pyarrow as pa

        from filters.tokens import count_tokens, load_tokenizer

        loaded = load_tokenizer(tokenizer.local())
        for batch in batches:
            texts = [t or "" for t in batch.column("text").to_pylist()]
            yield pa.RecordBatch.from_arrays(batch.columns + [pa.array(count_tokens(loaded, texts), pa.int64())],
                                             schema=pa.schema(list(batch.schema) + [pa.field("n_tokens", pa.int64())]))

    return df.mapInArrow(count, schema)


def select(df: DataFrame, config: MixConfig) -> DataFrame:
    """Each selection in turn: within its sets, the top fraction by its column per group of `per` columns."""
    for selection in config.select:
        scope = F.col("set").isin(selection.sets) if selection.sets else F.lit(True)
        quantile = 1 - selection.top if selection.higher_is_better else selection.top
        per = selection.per or []
        cut = (df.where(scope & F.col(selection.column).isNotNull())
               .groupBy(*per).agg(F.percentile_approx(F.col(selection.column).cast("double"), quantile, 10_000)
                                  .alias("_cut")))
        joined = df.join(F.broadcast(cut), on=per, how="left") if per else df.crossJoin(F.broadcast(cut))
        value = F.col(selection.column).cast("double")
        passes = value >= F.col("_cut") if selection.higher_is_better else value <= F.col("_cut")
        df = joined.where(~scope | (value.isNotNull() & passes)).drop("_cut")
    return df


def group_key(config: MixConfig) -> Any:
    parts = [F.coalesce(F.col(c).cast("string"), F.lit("none")) for c in config.weights.by]
    return F.concat_ws("/", *parts)


def copies_column(config: MixConfig) -> Any:
    """How many units a document stands for: its re-hydration copies (1 without re-hydration or a size)."""
    if config.rehydrate is None:
        return F.lit(1)
    size = F.col(config.rehydrate.column)
    copies = F.lit(1)
    for smallest, repeats in config.rehydrate.repeats:
        copies = F.when(size >= smallest, F.lit(repeats)).otherwise(copies)
    return F.when(size.isNull(), F.lit(1)).otherwise(copies)


def sample(spark: SparkSession, df: DataFrame, config: MixConfig) -> MixResult:
    """The mix's rows (with `epoch`) from the selected documents `df` (with `n_tokens` for a token budget)."""
    measure = F.col("n_tokens") if config.budget.unit == "tokens" else F.lit(1).cast("long")
    units = (df.withColumn("_group", group_key(config)).withColumn("_measure", measure)
             .withColumn("_copies", copies_column(config))
             .withColumn("_copy", F.explode(F.sequence(F.lit(0), F.col("_copies") - 1)))
             .withColumn("_hash", F.xxhash64(F.lit(config.seed), "set", "id", "_copy"))
             .withColumn("_bin", (F.shiftright("_hash", 52) + F.lit(BINS // 2)).cast("int")))
    shares = config.weights.shares
    plans = {group: GroupPlan(share=share, target=share * config.budget.amount) for group, share in shares.items()}
    warnings: list[str] = []
    by_bin = (units.groupBy("_group", "_bin").agg(F.sum("_measure").alias("m"),
                                                   F.sum(F.when(F.col("_copy") == 0, F.col("_measure"))).alias("u"))
              .collect())
    bins: dict[str, list[int]] = {}
    for row in by_bin:
        if row["_group"] not in plans:
            continue
        plan = plans[row["_group"]]
        plan.supply += int(row["m"] or 0)
        plan.unique_supply += int(row["u"] or 0)
        bins.setdefault(row["_group"], [0] * BINS)[row["_bin"]] += int(row["m"] or 0)
    crossing = []
    for group, plan in sorted(plans.items()):
        if plan.target > 0 and plan.supply == 0:
            warnings.append(f"group '{group}' has no documents: its share {plan.share:g} stays empty")
            continue
        if plan.supply == 0:
            continue
        plan.passes = int(plan.target // plan.supply)
        plan.remainder = plan.target - plan.passes * plan.supply
        if plan.epochs > config.max_epochs:
            warnings.append(f"group '{group}' is repeated {plan.epochs:.1f} times (its documents hold "
                            f"{plan.unique_supply:,} {config.budget.unit} for a target of {plan.target:,.0f}); "
                            f"past {config.max_epochs:g} epochs repeated data adds little")
        cumulative = 0
        for index, amount in enumerate(bins[group]):
            if cumulative + amount >= plan.remainder:
                plan.full_bins, plan.cut_bin = index, index
                crossing.append((group, index, plan.remainder - cumulative))
                break
            cumulative += amount
    if crossing:
        wanted = F.lit(False)
        for group, index, _ in crossing:
            wanted = wanted | ((F.col("_group") == group) & (F.col("_bin") == index))
        rows = units.where(wanted).select("_group", "_hash", "set", "id", "_copy", "_measure").collect()
        by_group: dict[str, list] = {}
        for row in rows:
            by_group.setdefault(row["_group"], []).append(row)
        for group, _, need in crossing:
            ordered = sorted(by_group.get(group, []), key=lambda r: (r["_hash"], r["set"], r["id"], r["_copy"]))
            total, best, best_gap = 0, None, abs(need)
            for row in ordered:
                total += row["_measure"]
                if abs(need - total) < best_gap:
                    best, best_gap = row["_hash"], abs(need - total)
            plans[group].cut_hash = best
    taken = F.lit(0)
    for group, plan in plans.items():
        extra = F.col("_bin") < plan.full_bins
        if plan.cut_hash is not None:
            extra = extra | ((F.col("_bin") == plan.cut_bin) & (F.col("_hash") <= plan.cut_hash))
        taken = F.when(F.col("_group") == group, F.lit(plan.passes) + F.when(extra, 1).otherwise(0)).otherwise(taken)
    chosen = (units.withColumn("_passes", taken).where(F.col("_passes") > 0)
              .withColumn("_pass", F.explode(F.sequence(F.lit(0), F.col("_passes") - 1)))
              .withColumn("epoch", (F.col("_pass") * F.col("_copies") + F.col("_copy")).cast("int"))
              .withColumn("_order", F.xxhash64(F.lit(config.seed + 1), "set", "id", "epoch")))
    return MixResult(rows=chosen, groups=plans, warnings=warnings)


def shuffled_shards(rows: DataFrame, target_bytes: int, chars: int) -> tuple[DataFrame, int]:
    """The rows spread over ⌈characters / target⌉ shards by their order hash, sorted by it in each shard."""
    shards = max(1, math.ceil(chars / target_bytes))
    spread = rows.repartition(shards, F.pmod(F.col("_order"), F.lit(shards))).sortWithinPartitions("_order", "set", "id")
    return spread, shards
