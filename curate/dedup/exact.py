"""URL dedup on normalised URLs and exact dedup on a hash of normalised text.

Survivor policy (the same for every dedup stage): a reference document (see `REFERENCE`) first, then the
highest `quality_score` when the column exists, then the newest `timestamp`, then (near-dedup) the document with
the most near-duplicates — the cluster's centre, so that fewer documents are removed for a survivor they are not
themselves similar to — then the smallest `id`, then the smallest row key (ids may repeat across inputs; the row
key never does) — a property of the data, not of partitioning. Scope `source` keeps the first part of `source` (an input's
`source:` name, e.g. one crawl dump) in the key, so copies are only looked for within it; `global` looks
across all inputs.
"""

from __future__ import annotations

from pyspark.sql import Column, DataFrame
from pyspark.sql import functions as F

from curate.schema import DROP_REASON, ROW_KEY

DUP_OF = "dup_of"
DUP_CLUSTER = "dup_cluster"
DUP_CLUSTER_SIZE = "dup_cluster_size"
REFERENCE = "_reference"  # true on rows of a reference dataset: they always survive and are never written
DEGREE = "_degree"  # near-dedup: a document's number of verified near-duplicates


def normalized_url(column: str = "url") -> Column:
    """Lower-cased host and path without scheme, `www.`, port, query, fragment or trailing slash."""
    url = F.lower(F.trim(F.col(column)))
    url = F.regexp_replace(url, r"^[a-z][a-z0-9+.-]*://", "")
    url = F.regexp_replace(url, r"[?#].*$", "")
    url = F.regexp_replace(url, r"^www\.", "")
    url = F.regexp_replace(url, r"^([^/:]+):\d+", "$1")
    url = F.regexp_replace(url, r"/+$", "")
    return F.when(F.length(url) > 0, url)


def normalized_text_hash(column: str = "text") -> Column:
    """A 128-bit hash of the text lower-cased, NFC-agnostic of punctuation and whitespace runs."""
    text = F.lower(F.col(column))
    text = F.regexp_replace(text, r"[\p{P}\p{S}\s]+", " ")
    text = F.trim(text)
    return F.when(F.length(text) > 0, F.substring(F.sha2(text, 256), 1, 32))


def _survivor_order(df: DataFrame) -> Column:
    reference = F.when(F.col(REFERENCE), 0).otherwise(1) if REFERENCE in df.columns else F.lit(1)
    quality = (-F.col("quality_score").cast("double")) if "quality_score" in df.columns else F.lit(0.0)
    newest = -F.coalesce(F.unix_micros(F.col("timestamp")), F.lit(0))
    central = -F.coalesce(F.col(DEGREE), F.lit(0)) if DEGREE in df.columns else F.lit(0)
    return F.struct(reference.alias("r"), F.coalesce(quality, F.lit(float("inf"))).alias("q"), newest.alias("t"),
                    central.alias("c"), F.col("id").alias("id"), F.col(ROW_KEY).alias("row"))


def scoped(key: Column, scope: str) -> Column:
    """The key within its source (`source` scope) or alone (`global`)."""
    if scope == "source":
        return F.when(key.isNotNull(), F.concat_ws("\x00", F.split(F.col("source"), "/").getItem(0), key))
    return key


def deduplicate(rows: DataFrame, key: Column, reason: str, clusters: bool = False,
                in_reference: bool = False) -> DataFrame:
    """Mark all but one document per key `reason`, with `dup_of` = the survivor's id.

    With `clusters`, every document of a key also gets `dup_cluster` (the survivor's id) and
    `dup_cluster_size`: the documents the key holds, counting those an earlier dedup stage merged into
    them. With `in_reference`, only documents whose key a reference document holds are marked, as
    `<reason>_in_reference`."""
    alive = F.col(DROP_REASON).isNull()
    keyed = rows.withColumn("_key", F.when(alive, key))
    weight = F.coalesce(F.col(DUP_CLUSTER_SIZE), F.lit(1))
    groups = (keyed.where(F.col("_key").isNotNull()).groupBy("_key")
              .agg(F.min(_survivor_order(keyed)).alias("_best"), F.sum(weight).alias("_size")))
    joined = keyed.join(groups, on="_key", how="left")
    duplicate = F.col("_key").isNotNull() & (F.col("_best.row") != F.col(ROW_KEY))  # ids may repeat; row keys not
    if in_reference:
        duplicate = duplicate & (F.col("_best.r") == 0) & ~F.col(REFERENCE)
        reason = f"{reason}_in_reference"
    result = (joined.withColumn(DROP_REASON, F.when(duplicate, F.lit(reason)).otherwise(F.col(DROP_REASON)))
              .withColumn(DUP_OF, F.when(duplicate, F.col("_best.id")).otherwise(F.col(DUP_OF))))
    if clusters:
        result = (result.withColumn(DUP_CLUSTER, F.when(F.col("_key").isNotNull(), F.col("_best.id"))
                                    .otherwise(F.col(DUP_CLUSTER)))
                  .withColumn(DUP_CLUSTER_SIZE, F.when(F.col("_key").isNotNull(), F.col("_size"))
                              .otherwise(F.col(DUP_CLUSTER_SIZE))))
    return result.drop("_key", "_best", "_size")


def with_dedup_columns(rows: DataFrame) -> DataFrame:
    """The columns dedup stages fill: `dup_of` (removed rows), `dup_cluster` and `dup_cluster_size`."""
    return (rows.withColumn(DUP_OF, F.lit(None).cast("string"))
            .withColumn(DUP_CLUSTER, F.lit(None).cast("string"))
            .withColumn(DUP_CLUSTER_SIZE, F.lit(None).cast("bigint")))
