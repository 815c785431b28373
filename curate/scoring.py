"""Transformer scoring as its own Spark stage: the only stage that asks for GPUs.

It runs after dedup, on the kept documents only (GPU time is the dearest), as one `mapInArrow` built with a
stage-level `ResourceProfile` (`TaskResourceRequests` with the task's GPU amount) when the cluster's
executors have GPUs, so the CPU stages before it never hold a GPU. Inside a task the device comes from
`TaskContext.resources()["gpu"]`; models load once per Python worker (`loaded_scorer`). Model folders are
shipped to the executors (or read in place from a shared filesystem). The result is written to the staging
folder at once, so no later action recomputes it.
"""

from __future__ import annotations

import atexit
import os
import shutil
import tarfile
import tempfile
from typing import Iterator, Optional

import pyarrow as pa

from curate.config import Config, ConfigError, ScorerConfig, ScoringResources
from curate.io.paths import is_uri
from curate.rules import CompiledRule, first_failures
from curate.schema import DROP_REASON
from quality_model.transformer_scoring import ScorerSpec, loaded_scorer, pick_device

GPU = "gpu"
_MODEL_FIELDS = ("model", "small_model", "head")


def check_scorer_files(config: Config) -> None:
    """Fail before any work when a local model folder or head is missing or incomplete."""
    for i, scorer in enumerate(config.scoring):
        for field_name in _MODEL_FIELDS:
            path = getattr(scorer, field_name)
            if path is None or is_uri(path):
                continue
            where = f"scoring[{i}] ({scorer.name}).{field_name}"
            if not os.path.exists(path):
                raise ConfigError(f"{where}: '{path}' not found; give a Hugging Face model folder (config.json, "
                                  f"weights, tokenizer) saved with save_pretrained, or a cluster URI")
            if field_name != "head" and not os.path.exists(os.path.join(path, "config.json")):
                raise ConfigError(f"{where}: '{path}' has no config.json; it is not a model folder saved with "
                                  f"save_pretrained")


def scorer_paths(config: Config) -> list[str]:
    """The model folders and heads the scorers read (to fingerprint them for resuming)."""
    return [getattr(s, f) for s in config.scoring for f in _MODEL_FIELDS if getattr(s, f) is not None]


def scoring_profile(spark, resources: ScoringResources):
    """The stage-level ResourceProfile of the scoring stage, or None (local mode, or no GPUs to ask for)."""
    conf = spark.sparkContext.getConf()
    executor_gpus = float(conf.get("spark.executor.resource.gpu.amount", "0") or 0)
    task_gpus = resources.task_gpus if resources.task_gpus is not None else (1.0 if executor_gpus > 0 else 0.0)
    if task_gpus <= 0 or spark.sparkContext.master.startswith("local"):
        return None
    if executor_gpus <= 0:
        raise ConfigError(f"scoring_resources.task_gpus is {task_gpus}, but the executors have no GPUs: set "
                          f"spark.executor.resource.gpu.amount and spark.executor.resource.gpu.discoveryScript "
                          f"(see README, 'GPU scoring'), or set task_gpus: 0 to score on CPU")
    from pyspark.resource import ResourceProfileBuilder, TaskResourceRequests

    requests = TaskResourceRequests().cpus(resources.task_cpus).resource(GPU, task_gpus)
    return ResourceProfileBuilder().require(requests).build


def ship_models(spark, scorers: list[ScorerConfig]) -> dict[tuple[str, str], str]:
    """Ship the model folders that ask for it to the executors; returns (scorer, field) → the name executors
    look up with SparkFiles. Local mode ships nothing (the executors share the driver's filesystem); cluster
    URIs go with addFile, local folders as one uncompressed tar with addArchive (Spark unpacks it)."""
    if spark.sparkContext.master.startswith("local"):
        return {}
    names = {}
    packed = None
    registered = {p.rstrip("/").rsplit("/", 1)[-1] for p in
                  list(spark.sparkContext.listFiles) + list(spark.sparkContext.listArchives)}
    for scorer in scorers:
        if not scorer.ship:
            continue
        for field_name in _MODEL_FIELDS:
            path = getattr(scorer, field_name)
            if path is None:
                continue
            if is_uri(path):
                name = os.path.basename(path.rstrip("/"))
                if name not in registered:
                    spark.sparkContext.addFile(path, recursive=True)
            elif os.path.isdir(path):
                name = f"{scorer.name}-{field_name}.tar"
                if name not in registered:  # an earlier run of this SparkContext shipped it
                    if packed is None:
                        packed = tempfile.mkdtemp(prefix="curate-models-")
                        atexit.register(shutil.rmtree, packed, True)
                    spark.sparkContext.addArchive(_tar_folder(path, os.path.join(packed, name)))
            else:
                name = os.path.basename(path)
                if name not in registered:
                    spark.sparkContext.addFile(os.path.abspath(path))
            registered.add(name)
            names[(scorer.name, field_name)] = name
    return names


def _tar_folder(folder: str, archive: str) -> str:
    """An uncompressed tar of the folder's files with plain relative names (Spark refuses `./` entries)."""
    with tarfile.open(archive, "w", dereference=True) as tar:  # HF cache folders are symlinks into blobs/
        for root, _, files in os.walk(folder):
            for name in sorted(files):
                path = os.path.join(root, name)
                tar.add(path, arcname=os.path.relpath(path, folder))
    return archive


def _local_path(scorer: ScorerConfig, field_name: str, shipped: dict[tuple[str, str], str]) -> Optional[str]:
    path = getattr(scorer, field_name)
    if path is None:
        return None
    name = shipped.get((scorer.name, field_name))
    if name is None:
        return path
    from pyspark import SparkFiles

    local = SparkFiles.get(name)
    return local if os.path.exists(local) else path


def spec_of(scorer: ScorerConfig) -> ScorerSpec:
    """The plain scorer settings of a configured scorer."""
    return ScorerSpec(kind=scorer.kind, model=scorer.model, small_model=scorer.small_model, head=scorer.head,
                      label=scorer.label, max_length=scorer.max_length, batch_size=scorer.batch_size,
                      batch_tokens=scorer.batch_tokens, dtype=scorer.dtype, device=scorer.device)


def scoring_function(scorers: list[ScorerConfig], shipped: dict[tuple[str, str], str]):
    """mapInArrow function: kept rows → the same rows with each scorer's column and rule failures."""
    rules = [[CompiledRule(s.name, rule) for rule in s.rules] for s in scorers]

    def run(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
        from pyspark import TaskContext

        context = TaskContext.get()
        resources = context.resources() if context is not None else {}
        gpus = list(resources[GPU].addresses) if GPU in resources else []
        loaded = [loaded_scorer(spec_of(s), _local_path(s, "model", shipped), pick_device(s.device, gpus),
                                _local_path(s, "small_model", shipped), _local_path(s, "head", shipped))
                  for s in scorers]
        for batch in batches:
            texts = batch.column("text").to_pylist()
            columns = {name: batch.column(name).to_pylist() for name in batch.schema.names}
            reasons = columns[DROP_REASON]
            for scorer, model, scorer_rules in zip(scorers, loaded, rules):
                alive = [i for i, reason in enumerate(reasons) if reason is None]
                scores: list[Optional[float]] = [None] * len(texts)
                for i, value in zip(alive, model.score([texts[i] for i in alive])):
                    scores[i] = value
                columns[scorer.output] = scores
                alive_columns = {name: [values[i] for i in alive] for name, values in columns.items()}
                for i, reason in zip(alive, first_failures(scorer_rules, alive_columns, len(alive))):
                    reasons[i] = reason
            arrays = {name: batch.column(name) for name in batch.schema.names}
            arrays[DROP_REASON] = pa.array(reasons, pa.string())
            for scorer in scorers:
                arrays[scorer.output] = pa.array(columns[scorer.output], pa.float32())
            yield pa.RecordBatch.from_arrays(list(arrays.values()), names=list(arrays))

    return run


def score_documents(spark, rows, config: Config, checkpoint):
    """`rows` with every scorer's column; kept rows are scored (on GPUs when the cluster has them) and the
    scorers' rules applied; dropped rows get nulls. `checkpoint(df, name)` writes and re-reads."""
    from pyspark.sql import functions as F
    from pyspark.sql.types import FloatType, StructField, StructType

    shipped = ship_models(spark, config.scoring)
    profile = scoring_profile(spark, config.scoring_resources)
    kept = rows.where(F.col(DROP_REASON).isNull())
    schema = StructType(kept.schema.fields + [StructField(s.output, FloatType()) for s in config.scoring])
    scored = kept.mapInArrow(scoring_function(config.scoring, shipped), schema, profile=profile)
    scored = checkpoint(scored, "scored")
    dropped = rows.where(F.col(DROP_REASON).isNotNull())
    for scorer in config.scoring:
        dropped = dropped.withColumn(scorer.output, F.lit(None).cast("float"))
    return scored.unionByName(dropped)
