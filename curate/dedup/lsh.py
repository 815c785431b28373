"""Near-duplicate clusters on Spark: LSH banding of MinHash signatures → candidate edges → optional
verification → connected components (large-star / small-star), every step a DataFrame.

Banding gives candidate edges within each band bucket: all pairs of a small bucket, and for a large one (100k
copies of a page) edges linear in its size (see `band_edges`), so that verification never cuts similar members
of one bucket apart and a huge bucket stays cheap.
Connected components follow Kiveris et al., "Connected Components in MapReduce and Beyond" (SoCC 2014):
alternating large-star and small-star rounds until the edges form stars, each round written to the
work folder (lineage cut, nothing collected to the driver).
"""

from __future__ import annotations

import functools
from typing import Callable

import numpy as np
import pandas as pd  # at module level: pandas_udf resolves the type hints from the module's globals
from pyspark.sql import DataFrame
from pyspark.sql import functions as F
from pyspark.sql.window import Window

from curate.dedup.minhash import ShingleSpec, shingles

MAX_COMPONENT_ROUNDS = 64  # large/small-star needs O(log² n) rounds; a graph needing more is a bug


def _integral(probability: Callable[[np.ndarray], np.ndarray], low: float, high: float) -> float:
    """∫ probability over [low, high] by Simpson's rule on 2001 points (as exact as datasketch's quad here)."""
    points = np.linspace(low, high, 2001)
    values = probability(points)
    step = (high - low) / 2000
    return float(step / 3 * (values[0] + values[-1] + 4 * values[1:-1:2].sum() + 2 * values[2:-1:2].sum()))


def _miss_probability(similarity: np.ndarray, bands: int, rows: int) -> np.ndarray:
    """The chance that two documents of this similarity share no band."""
    return (1.0 - similarity ** rows) ** bands


def candidate_probability(similarity: float, bands: int, rows: int) -> float:
    """The chance that two documents of this Jaccard similarity share at least one band."""
    return 1.0 - (1.0 - similarity ** rows) ** bands


def optimal_bands(threshold: float, num_perm: int, weights: tuple[float, float] = (0.5, 0.5)) -> tuple[int, int]:
    """datasketch's choice of (bands, rows): the least weighted sum of the false-positive area below the
    threshold and the false-negative area above it."""
    best, best_error = (1, 1), float("inf")
    for bands in range(1, num_perm + 1):
        for rows in range(1, num_perm // bands + 1):
            missed = functools.partial(_miss_probability, bands=bands, rows=rows)
            false_positive = _integral(lambda s, missed=missed: 1 - missed(s), 0.0, threshold)
            false_negative = _integral(missed, threshold, 1.0)
            error = weights[0] * false_positive + weights[1] * false_negative
            if error < best_error:
                best, best_error = (bands, rows), error
    return best


def recall_bands(threshold: float, num_perm: int, recall: float) -> tuple[int, int]:
    """The (bands, rows) with the fewest false candidates (largest `rows`) among those that find a pair at
    the threshold with probability ≥ `recall`; verification then removes the false candidates."""
    for rows in range(num_perm, 0, -1):
        bands = num_perm // rows
        if candidate_probability(threshold, bands, rows) >= recall:
            return bands, rows
    return num_perm, 1


ALL_PAIRS_BUCKET = 256  # band buckets up to this size: every pair of members is a candidate
REPRESENTATIVES = 8  # larger buckets: every member against the bucket's first (smallest) members …
NEIGHBOURS = 4  # … and against the next members in signature order (near-identical signatures sort together)


def band_edges(nodes: DataFrame, bands: int, rows: int, width: int, verified: bool = True) -> DataFrame:
    """Candidate edges (src, dst) from `nodes` (node, scope, minhash), from the band buckets with two or more
    members.

    Unverified (`verified=False`), every member is linked to its bucket's smallest node: the components are
    the buckets' union either way. Verified, an edge that fails verification must not cut similar members
    apart, so a bucket of up to ALL_PAIRS_BUCKET members gives every pair (each pair at or above the
    threshold is then compared directly); a larger one (one page copied thousands of times, a template) gives
    each member's edges to the bucket's first REPRESENTATIVES members and to its NEIGHBOURS next members in
    signature order: linear in the bucket's size, and a cluster of copies stays connected through the
    representatives while similar members that differ from them meet their neighbours."""
    size = rows * width
    keyed = nodes.select("node", "scope", F.posexplode(F.array(*[
        F.substring("minhash", band * size + 1, size) for band in range(bands)])).alias("band", "key"))
    bucket = ["scope", "band", "key"]
    buckets = (keyed.groupBy(*bucket).agg(F.min("node").alias("root"), F.count(F.lit(1)).alias("members"))
               .where(F.col("members") > 1))
    members = keyed.join(buckets, on=bucket, how="inner")
    if not verified:
        return (members.where(F.col("node") != F.col("root"))
                .select(F.col("node").alias("src"), F.col("root").alias("dst")).distinct())
    small = members.where(F.col("members") <= ALL_PAIRS_BUCKET).select(*bucket, "node")
    pairs = (small.alias("a").join(small.alias("b"), on=bucket)
             .where(F.col("a.node") < F.col("b.node"))
             .select(F.col("a.node").alias("src"), F.col("b.node").alias("dst")))
    large = members.where(F.col("members") > ALL_PAIRS_BUCKET).select(*bucket, "node")
    by_node = Window.partitionBy(*bucket).orderBy("node")
    ranked = large.withColumn("rank", F.row_number().over(by_node))
    representatives = ranked.where(F.col("rank") <= REPRESENTATIVES).select(*bucket, F.col("node").alias("rep"))
    to_representatives = (ranked.join(representatives, on=bucket).where(F.col("node") > F.col("rep"))
                          .select(F.col("node").alias("src"), F.col("rep").alias("dst")))
    by_signature = Window.partitionBy(*bucket).orderBy("minhash", "node")
    signed = large.join(nodes.select("node", "minhash"), "node")
    neighbours = [signed.select(F.col("node").alias("src"), F.lead("node", step).over(by_signature).alias("dst"))
                  .where(F.col("dst").isNotNull()) for step in range(1, NEIGHBOURS + 1)]
    edges = pairs.unionByName(to_representatives)
    for more in neighbours:
        edges = edges.unionByName(more)
    return edges.select(F.least("src", "dst").alias("src"), F.greatest("src", "dst").alias("dst")).distinct()


def verify_edges(edges: DataFrame, ends: DataFrame, mode: str, threshold: float, spec: ShingleSpec) -> DataFrame:
    """Only the edges whose Jaccard similarity is ≥ `threshold`: estimated from the two signatures
    (`signature`; `ends` = (node, value: signature)) or exact over the two documents' shingle sets
    (`exact`; `ends` = (node, value: text))."""
    pairs = (edges.join(ends.withColumnRenamed("node", "src").withColumnRenamed("value", "left"), "src")
             .join(ends.withColumnRenamed("node", "dst").withColumnRenamed("value", "right"), "dst"))
    width = spec.width

    @F.pandas_udf("double")
    def similarity(left: pd.Series, right: pd.Series) -> pd.Series:
        if mode == "signature":
            dtype = f"<u{width}"
            a = np.frombuffer(b"".join(left), dtype=dtype).reshape(len(left), -1)
            b = np.frombuffer(b"".join(right), dtype=dtype).reshape(len(right), -1)
            return pd.Series((a == b).mean(axis=1))
        sets: dict[str, frozenset] = {}  # a bucket's members meet many pairs: shingle each text once per batch

        def shingled(text: str) -> frozenset:
            found = sets.get(text)
            if found is None:
                found = sets[text] = frozenset(shingles(text, spec.unit, spec.ngram))
            return found

        return pd.Series([jaccard_of_sets(shingled(x), shingled(y)) for x, y in zip(left, right)], dtype="float64")

    return (pairs.withColumn("similarity", similarity("left", "right"))
            .where(F.col("similarity") >= threshold).select("src", "dst"))


def jaccard_of_sets(a: "set | frozenset", b: "set | frozenset") -> float:
    """|a ∩ b| / |a ∪ b|; 1.0 for two empty sets."""
    if not a and not b:
        return 1.0
    return len(a & b) / len(a | b)


def connected_components(edges: DataFrame, checkpoint: Callable[[DataFrame, str], DataFrame]) -> DataFrame:
    """(node, component) for every node on an edge; `component` is the smallest node of its component.

    `checkpoint(df, name)` materialises a round (e.g. written to Parquet and read back)."""
    u, v = F.col("u"), F.col("v")
    current = checkpoint(edges.select(F.greatest("src", "dst").alias("u"), F.least("src", "dst").alias("v"))
                         .where(u != v).distinct(), "cc-0")
    for round_number in range(1, MAX_COMPONENT_ROUNDS + 1):
        current = checkpoint(_small_star(_large_star(current)), f"cc-{round_number}")
        if _is_star_forest(current):
            return (current.select(u.alias("node"), v.alias("component"))
                    .unionByName(current.select(v.alias("node"), v.alias("component"))).distinct())
    raise RuntimeError(f"connected components did not converge in {MAX_COMPONENT_ROUNDS} rounds")


def _large_star(edges: DataFrame) -> DataFrame:
    """Each node's larger neighbours are linked to the smallest node of its neighbourhood."""
    both = (edges.select(F.col("u").alias("x"), F.col("v").alias("y"))
            .unionByName(edges.select(F.col("v").alias("x"), F.col("u").alias("y"))))
    smallest = both.groupBy("x").agg(F.least(F.min("y"), F.col("x")).alias("m"))
    return (both.where(F.col("y") > F.col("x")).join(smallest, "x")
            .select(F.col("y").alias("u"), F.col("m").alias("v")).distinct())


def _small_star(edges: DataFrame) -> DataFrame:
    """Each node and its smaller neighbours are linked to the smallest of them."""
    smallest = edges.groupBy("u").agg(F.min("v").alias("m"))
    moved = (edges.join(smallest, "u").where(F.col("v") != F.col("m"))
             .select(F.col("v").alias("u"), F.col("m").alias("v")))
    return moved.unionByName(smallest.select("u", F.col("m").alias("v"))).distinct()


def _is_star_forest(edges: DataFrame) -> bool:
    """Every node points to one root and no root points anywhere: the components are found."""
    if edges.groupBy("u").count().where(F.col("count") > 1).limit(1).count():
        return False
    roots = edges.select(F.col("v").alias("u")).distinct()
    return not roots.join(edges.select("u"), "u", "left_semi").limit(1).count()
