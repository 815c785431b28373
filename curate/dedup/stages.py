"""The dedup stages in order — against a reference set first, then URL, exact, MinHash and semantic within the
run — as lazy DataFrame work over the annotated rows, with the graph steps materialised in a work folder."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Optional

from pyspark.sql import DataFrame
from pyspark.sql import functions as F

from curate.dedup.exact import (DEGREE, DUP_CLUSTER, DUP_CLUSTER_SIZE, DUP_OF, REFERENCE, deduplicate,
                                normalized_text_hash, normalized_url, scoped, with_dedup_columns)
from curate.dedup.lsh import band_edges, connected_components, verify_edges
from curate.dedup.minhash import MINHASH
from curate.dedup.semantic import SEMANTIC_CLUSTER, semantic_components
from curate.executor.row_pass import StageFile
from curate.schema import DROP_REASON, ROW_KEY

NODE = "_node"
EXACT_KEY = "_exact_key"  # the hash of the normalised text, computed once where the text is

Checkpoint = Callable[[DataFrame, str], DataFrame]


@dataclass
class SemanticPlan:
    """Semantic dedup as the driver set it up: the settings, the field embedded, the model folder as executors find
    it, and the embedding pass's ResourceProfile (None: local mode or no GPUs)."""

    settings: Any  # curate.config.SemanticConfig
    field: str
    model: StageFile
    profile: Any = None


def run_dedup(rows: DataFrame, dedup, checkpoint: Checkpoint, reference: Optional[DataFrame] = None,
              semantic: Optional[SemanticPlan] = None) -> DataFrame:
    """`rows` with the dedup stages the config asks for applied (`drop_reason`, `dup_of`, `dup_cluster`,
    `dup_cluster_size`, and `semantic_cluster` with semantic dedup). `reference`: rows of the reference set
    (same base columns, and `minhash` when near-dedup is on); run documents found in it are removed, then it is
    dropped; semantic dedup runs within the run only.

    The decisions are made on a narrow projection of the rows (row key, the keys and what the survivor policy
    reads), so that each stage's shuffles move a few dozen bytes per document, not its text; the full rows
    are joined with the decisions once, at the end."""
    rows = with_dedup_columns(rows)
    if semantic is not None:
        rows = rows.withColumn(SEMANTIC_CLUSTER, F.lit(None).cast("int"))
    everything = rows
    if reference is not None:
        everything = (rows.withColumn(REFERENCE, F.lit(False))
                      .unionByName(with_dedup_columns(reference).withColumn(REFERENCE, F.lit(True)),
                                   allowMissingColumns=True))
    everything = everything.withColumn(NODE, F.monotonically_increasing_id())
    decided = _narrow(everything, dedup)
    if reference is not None:
        decided = _dedup_pass(decided, everything, dedup, "global", checkpoint, "reference-", in_reference=True)
        decided = decided.where(~F.col(REFERENCE)).drop(REFERENCE)
    decided = _dedup_pass(decided, everything, dedup, dedup.scope, checkpoint, "", in_reference=False)
    outcome = [DROP_REASON, DUP_OF, DUP_CLUSTER, DUP_CLUSTER_SIZE]
    if semantic is not None:
        decided = _semantic_pass(decided, everything, semantic, dedup.scope, checkpoint)
        outcome.append(SEMANTIC_CLUSTER)
    return rows.drop(*outcome).join(decided.select(ROW_KEY, *outcome), ROW_KEY).select(*rows.columns)


def _narrow(rows: DataFrame, dedup) -> DataFrame:
    """The columns dedup decides on: row key, node, id, source, drop reason and dedup columns, the survivor
    policy's (quality score, timestamp, reference flag), the URL and the exact-text key when those stages run,
    and the MinHash signature."""
    wanted = [NODE, ROW_KEY, "id", "source", "timestamp", DROP_REASON, DUP_OF, DUP_CLUSTER, DUP_CLUSTER_SIZE]
    wanted += [c for c in ("quality_score", REFERENCE) if c in rows.columns]
    if dedup.url:
        wanted.append("url")
    if dedup.minhash is not None:
        wanted.append(MINHASH)
    exact_key = ([F.when(F.col(DROP_REASON).isNull(), normalized_text_hash(dedup.field)).alias(EXACT_KEY)]
                 if dedup.exact else [])
    return rows.select(*wanted, *exact_key)


def _dedup_pass(rows: DataFrame, texts: DataFrame, dedup, scope: str, checkpoint: Checkpoint, prefix: str,
                in_reference: bool) -> DataFrame:
    """One pass of the stages over the narrow `rows`; `texts` (the full rows, by `_node`) gives the texts of
    near-duplicate candidates to verify."""
    if dedup.url:
        rows = deduplicate(rows, scoped(normalized_url(), scope), "dedup.url", in_reference=in_reference)
    if dedup.exact:
        rows = deduplicate(rows, scoped(F.col(EXACT_KEY), scope), "dedup.exact", clusters=not in_reference,
                           in_reference=in_reference)
    if dedup.minhash is not None:
        components = minhash_components(rows, dedup.minhash, scope, lambda df, name: checkpoint(df, prefix + name),
                                        dedup.field, texts)
        rows = rows.join(components, NODE, "left")
        rows = deduplicate(rows, F.col("_component"), "dedup.minhash", clusters=not in_reference,
                           in_reference=in_reference).drop("_component", DEGREE)
    return rows


def _semantic_pass(rows: DataFrame, texts: DataFrame, semantic: SemanticPlan, scope: str,
                   checkpoint: Checkpoint) -> DataFrame:
    """Semantic dedup over the narrow `rows` after the other stages (curate/dedup/semantic.py): `dedup.semantic`
    for all but one document of each component, and every embedded document's `semantic_cluster`."""
    components, clusters = semantic_components(rows, texts, semantic.settings, semantic.field, scope, checkpoint,
                                                semantic.model, semantic.profile)
    if components is None:
        return rows.withColumn(SEMANTIC_CLUSTER, F.lit(None).cast("int"))
    rows = rows.join(components, NODE, "left").join(clusters, NODE, "left")
    return deduplicate(rows, F.col("_component"), "dedup.semantic", clusters=True).drop("_component", DEGREE)


def minhash_components(rows: DataFrame, config, scope: str, checkpoint: Checkpoint, field: str = "text",
                       texts: Optional[DataFrame] = None) -> DataFrame:
    """(_node, _component, _degree) for the live documents with a near-duplicate: LSH banding, verification of
    the candidate pairs when configured, connected components, and each document's number of (verified)
    near-duplicates, which makes a cluster's centre its survivor when nothing else decides. `texts`: where the
    verified field is, by `_node`, when `rows` do not hold it (default: `rows`)."""
    alive = rows.where(F.col(DROP_REASON).isNull() & F.col(MINHASH).isNotNull())
    scope_column = F.split(F.col("source"), "/").getItem(0) if scope == "source" else F.lit("")
    nodes = checkpoint(alive.select(F.col(NODE).alias("node"), scope_column.alias("scope"), MINHASH), "nodes")
    bands, rows_per_band = config.banding()
    edges = band_edges(nodes, bands, rows_per_band, config.width, verified=config.verify != "none")
    if config.verify != "none":
        edges = checkpoint(edges, "candidates")
        if config.verify == "exact":  # texts of the documents on a candidate edge only
            on_edges = edges.select(F.col("src").alias("node")).union(edges.select(F.col("dst").alias("node")))
            source = texts if texts is not None else alive
            ends = source.select(F.col(NODE).alias("node"), F.col(field).alias("value")).join(
                on_edges.distinct(), "node", "left_semi")
        else:
            ends = nodes.select("node", F.col(MINHASH).alias("value"))
        edges = verify_edges(edges, ends, config.verify, config.threshold, config)
    edges = checkpoint(edges, "edges")
    components = connected_components(edges, checkpoint)
    ends = edges.select(F.col("src").alias("node")).unionAll(edges.select(F.col("dst").alias("node")))
    degrees = ends.groupBy("node").agg(F.count(F.lit(1)).alias(DEGREE))  # distinct edges: distinct neighbours
    return (components.join(degrees, "node", "left")
            .select(F.col("node").alias(NODE), F.col("component").alias("_component"), DEGREE))
