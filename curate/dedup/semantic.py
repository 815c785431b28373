"""Semantic dedup (SemDeDup, as NeMo Curator runs it): documents whose sentence embeddings are closer than a cosine
threshold are duplicates, even when they share few words.

1. **Embed** the live documents' field with a sentence-embedding model folder (quality_model/embedding.py), in a
   `mapInArrow` with a stage-level ResourceProfile, so the tasks get GPUs where the executors have them (the same
   machinery as a stage's own pass); CPU otherwise.
2. **Cluster** the embeddings with Spark ML's distributed KMeans into `k` clusters (vectors are unit length, so
   Euclidean k-means orders neighbours as cosine does).
3. **Pairs inside each cluster**: every pair with cosine ≥ `threshold`, by blocked matrix products in one task
   per cluster. A document is also placed in its second-nearest cluster when that centroid is within `margin` of
   its nearest (cosine), so pairs that straddle a cluster boundary are still compared.
4. The pairs are joined by the connected components MinHash uses (curate/dedup/lsh.py) and one document per
   component survives by the run's survivor policy (curate/dedup/exact.py), as `dedup.semantic`.

Each document also gets `semantic_cluster`, its nearest cluster, written with the shards; stats and the card give
the clusters' sizes.
"""

from __future__ import annotations

import json
from typing import Callable, Iterator, Optional

import numpy as np
import pyarrow as pa
from pyspark.sql import DataFrame
from pyspark.sql import functions as F

from curate.dedup.exact import DEGREE
from curate.executor.row_pass import StageFile, once_per_worker
from curate.schema import DROP_REASON

SEMANTIC_CLUSTER = "semantic_cluster"
EMBED_TASK_ROWS = 50_000  # documents per embedding task at most (a failed task redoes this many)
BLOCK_FLOATS = 32_000_000  # one block of a cluster's similarity matrix: at most this many float32s (128 MB)

Checkpoint = Callable[[DataFrame, str], DataFrame]


def embed_function(config, model: StageFile) -> Callable[[Iterator[pa.RecordBatch]], Iterator[pa.RecordBatch]]:
    """`mapInArrow` function: (node, scope, value) batches → (node, scope, embedding) with unit-length float32
    embeddings; the model is loaded once per Python worker and device, on the GPU Spark gave the task if any."""
    key = json.dumps(["semantic", model.path, model.shipped, config.max_length, config.batch_size,
                      config.batch_tokens, config.dtype, config.device], sort_keys=True)

    def run(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
        from pyspark import TaskContext

        from quality_model.embedding import TextEmbedder
        from quality_model.transformer_scoring import pick_device

        context = TaskContext.get()
        resources = context.resources() if context else {}
        gpus = list(resources["gpu"].addresses) if "gpu" in resources else []
        device = pick_device(config.device, gpus)
        if device == "cpu" and context is not None:
            import torch

            torch.set_num_threads(max(1, context.cpus()))  # the task's cores, not every core of the machine
        embedder = once_per_worker(key + device, lambda: TextEmbedder(
            model.local(), device, config.dtype, config.max_length, config.batch_size, config.batch_tokens))
        for batch in batches:
            vectors = embedder.embed(batch.column("value").to_pylist())
            yield pa.RecordBatch.from_arrays(
                [batch.column("node"), batch.column("scope"), _list_array(vectors)], names=["node", "scope", "embedding"])

    return run


def _list_array(vectors: np.ndarray) -> pa.Array:
    """Rows of a 2-D float32 array as an Arrow list<float> array (Spark's array<float>)."""
    rows, width = vectors.shape
    offsets = pa.array(np.arange(0, (rows + 1) * width, width, dtype=np.int32))
    return pa.ListArray.from_arrays(offsets, pa.array(vectors.reshape(-1), pa.float32()))


def _matrix(column: pa.Array) -> np.ndarray:
    """An Arrow list<float> column of equal-length rows as a 2-D float32 array."""
    column = column.combine_chunks() if isinstance(column, pa.ChunkedArray) else column
    values = column.flatten().to_numpy(zero_copy_only=False).astype(np.float32, copy=False)
    return values.reshape(len(column), -1) if len(column) else np.zeros((0, 0), np.float32)


def assign_function(centers: np.ndarray, margin: float):
    """`mapInArrow` function: (node, scope, embedding) → (node, scope, cluster, nearest, embedding), one row for
    the nearest centroid (nearest = true) and one for each other centroid within `margin` of it (cosine)."""
    centers = centers / np.maximum(np.linalg.norm(centers, axis=1, keepdims=True), 1e-12)

    def run(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
        for batch in batches:
            vectors = _matrix(batch.column("embedding"))
            if not len(vectors):
                continue
            similarity = vectors @ centers.T if len(centers) > 1 else np.zeros((len(vectors), 1), np.float32)
            best = similarity.max(axis=1, keepdims=True)
            rows, clusters = np.nonzero(similarity >= best - margin)
            nearest = clusters == similarity.argmax(axis=1)[rows]
            index = pa.array(rows)
            yield pa.RecordBatch.from_arrays(
                [batch.column("node").take(index), batch.column("scope").take(index), pa.array(clusters, pa.int32()),
                 pa.array(nearest), batch.column("embedding").take(index)],
                names=["node", "scope", "cluster", "nearest", "embedding"])

    return run


def cluster_pairs(threshold: float):
    """`applyInArrow` function over one (scope, cluster) group: (src, dst) for every pair of its documents with
    cosine ≥ threshold, src < dst."""

    def run(table: pa.Table) -> pa.Table:
        nodes = table.column("node").to_numpy()
        vectors = _matrix(table.column("embedding"))
        sources, targets = [], []
        step = max(1, min(len(nodes), BLOCK_FLOATS // max(1, len(nodes))))
        for start in range(0, len(nodes), step):
            block = vectors[start:start + step] @ vectors[start:].T  # only columns from this block on
            rows, columns = np.nonzero(block >= threshold)
            later = columns > rows  # upper triangle (the block's own diagonal included in `start:`)
            sources.append(nodes[start + rows[later]])
            targets.append(nodes[start + columns[later]])
        src = np.concatenate(sources) if sources else np.zeros(0, np.int64)
        dst = np.concatenate(targets) if targets else np.zeros(0, np.int64)
        return pa.table({"src": np.minimum(src, dst).astype(np.int64), "dst": np.maximum(src, dst).astype(np.int64)})

    return run


def semantic_edges(rows: DataFrame, texts: DataFrame, config, field: str, scope: str, checkpoint: Checkpoint,
                   model: StageFile, profile=None) -> Optional[tuple[DataFrame, DataFrame]]:
    """(edges, assigned) for the live documents of `rows` (the narrow dedup rows; `texts`, the full rows by
    `_node`, hold `field`): edges = (src, dst) node pairs with cosine ≥ threshold inside a cluster, assigned =
    (node, scope, cluster, nearest, embedding) per document and cluster it was compared in; None when fewer than
    two documents have the field."""
    from pyspark.ml.clustering import KMeans
    from pyspark.ml.functions import array_to_vector

    from curate.dedup.stages import NODE

    alive = rows.where(F.col(DROP_REASON).isNull())
    scope_column = F.split(F.col("source"), "/").getItem(0) if scope == "source" else F.lit("")
    nodes = alive.select(F.col(NODE).alias("node"), scope_column.alias("scope"))
    values = texts.select(F.col(NODE).alias("node"), F.col(field).alias("value")).where(F.col("value").isNotNull())
    # the join's few, coalesced partitions would leave task slots (GPUs) idle: as many tasks as slots at least
    spark = rows.sparkSession
    tasks = max(2 * spark.sparkContext.defaultParallelism, -(-nodes.count() // EMBED_TASK_ROWS))
    embedded = checkpoint(nodes.join(values, "node").repartition(tasks).mapInArrow(
        embed_function(config, model), "node long, scope string, embedding array<float>", profile=profile),
        "semantic-embeddings")
    count = embedded.count()
    if count < 2:
        return None
    k = min(config.clusters_for(count), count)
    if k == 1:  # one cluster (Spark's KMeans needs k ≥ 2): every pair is compared
        centers = np.ones((1, 1), dtype=np.float32)
    else:
        kmeans = KMeans(k=k, seed=config.seed, maxIter=config.iterations, featuresCol="features")
        centers = np.array(kmeans.fit(embedded.select(array_to_vector("embedding").alias("features"))).clusterCenters())
    assigned = checkpoint(embedded.mapInArrow(
        assign_function(centers, config.margin),
        "node long, scope string, cluster int, nearest boolean, embedding array<float>"), "semantic-clusters")
    edges = checkpoint(assigned.groupBy("scope", "cluster").applyInArrow(
        cluster_pairs(config.threshold), "src long, dst long").distinct(), "semantic-edges")
    return edges, assigned


def semantic_components(rows: DataFrame, texts: DataFrame, config, field: str, scope: str, checkpoint: Checkpoint,
                        model: StageFile, profile=None) -> tuple[Optional[DataFrame], Optional[DataFrame]]:
    """(components, clusters): components = (_node, _component, _degree) for documents with a semantic duplicate,
    clusters = (_node, semantic_cluster) for every embedded document; (None, None) when fewer than two documents
    have the field (see `semantic_edges`)."""
    from curate.dedup.lsh import connected_components
    from curate.dedup.stages import NODE

    found = semantic_edges(rows, texts, config, field, scope, checkpoint, model, profile)
    if found is None:
        return None, None
    edges, assigned = found
    clusters = assigned.where("nearest").select(F.col("node").alias(NODE), F.col("cluster").alias(SEMANTIC_CLUSTER))
    components = connected_components(edges, lambda df, name: checkpoint(df, f"semantic-{name}"))
    ends = edges.select(F.col("src").alias("node")).unionAll(edges.select(F.col("dst").alias("node")))
    degrees = ends.groupBy("node").agg(F.count(F.lit(1)).alias(DEGREE))
    components = (components.join(degrees, "node", "left")
                  .select(F.col("node").alias(NODE), F.col("component").alias("_component"), DEGREE))
    return components, clusters
