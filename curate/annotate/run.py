"""`curate annotate`: a deterministic sample of curated sets scored by a local instruct LM (quality_model/annotation.py)
inside Spark tasks — with a stage-level ResourceProfile, so on GPUs where the executors have them — written into a
staging folder and committed with one rename, as `curate run` writes a set:

    <output>/data/part-NNNNN.parquet   one row per sampled document: id, set, text, prompt, answer, score (null when
                                       the answer holds no score in range: counted, never guessed)
    <output>/annotations.json          documents, scored, unparseable, documents per score, model, template, seconds
    <output>/config.yaml               the resolved config

`jobs/train_quality.py --annotations <output>` trains a quality head from it.
"""

from __future__ import annotations

import json
import os
import time
from dataclasses import dataclass
from typing import Any, Iterator, Mapping, Optional

import pyarrow as pa
import yaml

from curate.annotate.config import AnnotateConfig
from curate.executor.row_pass import StageFile, once_per_worker
from curate.validate import ConfigError

ANNOTATION_SCHEMA = "id string, set string, text string, prompt string, answer string, score int"


@dataclass
class AnnotateResult:
    output: str
    report: dict[str, Any]
    seconds: float


def annotate_function(config: AnnotateConfig, model: StageFile):
    """`mapInArrow` function: (id, set, text) batches → the annotation rows; the model loads once per Python
    worker and device (the GPU Spark gave the task, if any)."""
    template, score_format, generation = config.template_text(), config.score_format(), config.generation
    key = json.dumps(["annotate", model.path, model.shipped, generation.__dict__], sort_keys=True)

    def run(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
        from pyspark import TaskContext

        from quality_model.annotation import Annotator, render_prompts
        from quality_model.transformer_scoring import pick_device

        context = TaskContext.get()
        resources = context.resources() if context else {}
        device = pick_device(generation.device, list(resources["gpu"].addresses) if "gpu" in resources else [])
        if device == "cpu" and context is not None:
            import torch

            torch.set_num_threads(max(1, context.cpus()))
        annotator = once_per_worker(key + device, lambda: Annotator(
            model.local(), device, generation.dtype, generation.max_new_tokens, generation.batch_size,
            generation.max_prompt_tokens))
        for batch in batches:
            prompts = render_prompts(template, batch.column("text").to_pylist(), config.max_chars)
            answers = annotator.answer(prompts)
            yield pa.RecordBatch.from_arrays(
                [batch.column("id"), batch.column("set"), batch.column("text"), pa.array(prompts, pa.string()),
                 pa.array(answers, pa.string()), pa.array([score_format.parse(a) for a in answers], pa.int32())],
                names=["id", "set", "text", "prompt", "answer", "score"])

    return run


def sampled(spark, config: AnnotateConfig, files: dict[str, list[str]]):
    """The sample: every input's (id, set, field) rows, the `documents` with the smallest hash of (seed, set, id)
    — the same documents on every run, whatever the partitioning."""
    from pyspark.sql import functions as F

    tables = []
    for name, paths in files.items():
        table = spark.read.parquet(*paths)
        if config.field not in table.columns:
            raise ConfigError(f"field: set '{name}' has no column '{config.field}' (columns: "
                              f"{', '.join(table.columns)})")
        tables.append(table.select(F.col("id").cast("string").alias("id"), F.lit(name).alias("set"),
                                   F.col(config.field).alias("text")).where(F.col("text").isNotNull()))
    rows = tables[0]
    for table in tables[1:]:
        rows = rows.unionByName(table)
    order = F.xxhash64(F.lit(config.sample.seed), F.col("set"), F.col("id"))
    return rows.withColumn("_order", order).orderBy("_order", "set", "id").limit(config.sample.documents).drop("_order")


def run_annotate(config: AnnotateConfig, cli_conf: Optional[Mapping[str, str]] = None) -> AnnotateResult:
    """Sample, annotate and write what `config` describes."""
    from pyspark.sql import functions as F

    from curate.driver.own_pass import resource_profile, ship_folder
    from curate.driver.session import get_session
    from curate.mix.run import data_files
    from curate.output.fs import HadoopFS
    from curate.output.targets import check_output, local_output_lock
    from curate.output.writer import StagedOutput
    from curate.validate import to_plain

    started = time.time()
    files = data_files(config.inputs)
    check_output(config.output.path, [spec.set for spec in config.inputs], config.output.overwrite)
    lock = local_output_lock(config.output.path)
    try:
        spark = get_session(config.spark, cli_conf)
        profile = resource_profile(spark, config.resources, "annotate")
        model = ship_folder(spark, config.model) if config.ship else StageFile(config.model)
        fs = HadoopFS(spark, config.output.path)
        staged = StagedOutput(fs, config.output.path, overwrite=config.output.overwrite, local_lock=lock)
        staged.begin()
    except BaseException:
        if lock is not None:
            lock.release()
        raise
    try:
        rows = sampled(spark, config, files)
        count = rows.count()
        partitions = max(1, min(count, spark.sparkContext.defaultParallelism * 2))
        annotated = rows.repartition(partitions, "id").mapInArrow(annotate_function(config, model), ANNOTATION_SCHEMA,
                                                                  profile=profile)
        annotated.write.mode("overwrite").option("compression", "zstd").parquet(staged.path("data"))
        written = spark.read.parquet(staged.path("data"))
        scores = {int(r["score"]): int(r["count"]) for r in written.where(F.col("score").isNotNull())
                  .groupBy("score").count().collect()}
        report = {"documents": count, "scored": sum(scores.values()), "unparseable": count - sum(scores.values()),
                  "scores": {str(k): scores[k] for k in sorted(scores)},
                  "model": os.path.basename(os.path.normpath(config.model)), "template": config.template,
                  "score_pattern": config.score_format().pattern, "elapsed_seconds": round(time.time() - started, 2)}
        fs.write_text(staged.path("annotations.json"), json.dumps(report, indent=2, ensure_ascii=False))
        fs.write_text(staged.path("config.yaml"), yaml.safe_dump(to_plain(config), sort_keys=False, allow_unicode=True))
        staged.commit()
    except BaseException:
        staged.abort()
        raise
    finally:
        staged.release()
    return AnnotateResult(staged.final, report, time.time() - started)

