"""`run`: check and plan (curate/driver/prepare.py), start Spark, run the plan of global steps
(curate/driver/steps.py) — the row-local pass, own passes, dedup — and the write step: ledger, shards,
rejects, stats, lineage and card into the staging folder, then the atomic commit."""

from __future__ import annotations

import json
import os
import sys
import time
from dataclasses import dataclass
from typing import Any, Mapping, Optional

from curate.config import Config, resolved_yaml
from curate.dedup.minhash import MINHASH
from curate.driver.checkpoints import Checkpoints
from curate.driver.prepare import named_stage_files, plan_tasks, prepare, reference_plan
from curate.driver.steps import (RunContext, Step, build_steps, checkpoint_folders, job_description, ledger_names,
                                 run_steps, step_keys)
from curate.executor.row_pass import RunPlan, StageFile, partition_function
from curate.io.paths import InputFile, printable
from curate.registry import STAGES
from curate.schema import BASE_COLUMNS, DROP_REASON, ROW_KEY, spark_ddl


PROGRESS = {"finished": "nothing yet"}  # the last step of the current run that finished (for an interruption)


def finished(step: Step) -> None:
    """Record that `step` of the run is done."""
    PROGRESS["finished"] = step.done


@dataclass
class RunResult:
    """Where a run wrote its output, and its ledger and stats."""

    output: str
    ledger: dict[str, Any]
    stats: dict[str, Any]
    shards: list[str]
    seconds: float


def start(config: Config, cli_conf: Optional[Mapping[str, str]] = None):
    """Check everything, start (or join) Spark, ship the stages' files; returns (spark, plan, the dedup reference
    set's plan or None), each input listed once."""
    from curate.driver.own_pass import resource_profile, ship_stage_files
    from curate.driver.session import get_session
    from curate.driver.tables import check_tables

    plan = prepare(config)  # fails fast on inputs and model files, before Spark starts
    reference = reference_plan(config)  # and on the reference set's paths
    spark = get_session(config.spark, cli_conf)
    check_tables(spark, config)
    for spec in config.stages:  # a pass that asks for GPUs the cluster lacks fails now
        if spec.resources is not None:
            resource_profile(spark, spec.resources, f"stage {spec.name}")
    if config.dedup.semantic is not None:
        resource_profile(spark, config.dedup.semantic.resources, "dedup.semantic")
    for which in (plan, reference) if reference is not None else (plan,):
        which.tasks, note = session_tasks(spark, which.files)
        if note:
            print(f"curate: {note}", file=sys.stderr)
    plan.stage_files = ship_stage_files(spark, config, plan.stage_files)
    return spark, plan, reference


def session_tasks(spark, files: list[InputFile]):
    """`plan_tasks` sized for this session as Spark sizes its own file splits: two tasks per core at least,
    pieces of at most `spark.sql.files.maxPartitionBytes` and at least `spark.sql.files.openCostInBytes`."""
    from curate.io.splits import byte_size

    return plan_tasks(files, min_tasks=2 * spark.sparkContext.defaultParallelism,
                      max_partition_bytes=byte_size(spark.conf.get("spark.sql.files.maxPartitionBytes", "128m")),
                      open_cost_bytes=byte_size(spark.conf.get("spark.sql.files.openCostInBytes", "4m")))


def annotate(spark, plan: RunPlan):
    """The fused row-local pass as a DataFrame of the run schema (lazy: nothing runs until it is used)."""
    from curate.driver.tables import table_rows

    tasks = spark.range(0, len(plan.tasks), 1, numPartitions=max(1, len(plan.tasks)))
    rows = tasks.mapInArrow(partition_function(plan), spark_ddl(plan.schema))
    tables = table_rows(spark, plan)
    return rows if tables is None else rows.unionByName(tables) if plan.tasks else tables


def run(config: Config, cli_conf: Optional[Mapping[str, str]] = None, echo: bool = True) -> RunResult:
    """Run the pipeline described by `config`: its steps (curate/driver/steps.py) in order; returns where the output is
    and what it holds."""
    from curate.output.fs import HadoopFS
    from curate.output.targets import local_output_lock
    from curate.output.writer import StagedOutput

    started = time.time()
    PROGRESS["finished"] = "nothing yet"
    steps = build_steps(config)
    lock = local_output_lock(config.output.path)  # before Spark starts: a second run fails at once
    try:
        spark, plan, reference = start(config, cli_conf)
        fs = HadoopFS(spark, config.output.path)
        staged = StagedOutput(fs, config.output.path, keep=checkpoint_folders(steps),
                              overwrite=config.output.overwrite, local_lock=lock)
        staged.begin()
    except BaseException:
        if lock is not None:
            lock.release()
        raise
    checkpoints = Checkpoints(spark, fs, staged)
    context = RunContext(spark, config, plan, checkpoints, reference=reference, fs=fs, staged=staged,
                         started=started, steps=steps, echo=echo)
    context.keys = step_keys(context, steps)
    try:
        result = run_steps(context, steps, on_done=finished)
    except BaseException as exc:
        interrupted = isinstance(exc, KeyboardInterrupt)  # the CLI says what to do, in one line
        if checkpoints.computed or checkpoints.reused:
            if not interrupted:
                print(f"curate: the run stopped; its finished steps are kept in {staged.staging}: run the same "
                      f"command again to resume from them", file=sys.stderr)
        elif not interrupted:
            staged.abort()
        raise
    finally:
        staged.release()
    if echo:
        print(summary(result))
    return result


def write_output(context: RunContext, rows) -> RunResult:
    """The write step: ledger, shards, rejects, stats, resolved config, lineage and card into the staging
    folder, the checkpoints removed, then the commit that replaces the output."""
    from pyspark.sql import functions as F

    from curate.driver.buckets import assign_buckets, bucket_counts
    from curate.driver.ledger import build_ledger, ledger_counts
    from curate.dedup.semantic import SEMANTIC_CLUSTER
    from quality_model.embedding import embedding_model_name
    from curate.driver.stats import compute_stats, language_counts, numeric_signals, semantic_clusters, token_totals
    from curate.validate import to_plain
    from curate.output.writer import write_rejects, write_shards

    spark, config, fs, staged = context.spark, context.config, context.fs, context.staged
    checkpoints = context.checkpoints
    if checkpoints.reused and context.echo:
        print(f"curate: resuming an interrupted run: reused {', '.join(checkpoints.reused)}", file=sys.stderr)
    job_description(spark, "write: ledger")
    stage_specs = config.stages_in_order()
    counted = ledger_counts(
        rows, [(spec.name, [c for c in spec.provides() if c != "text"], [(rule.name, rule.signal) for rule in spec.rules])
               for spec in stage_specs],
        [(spec.name, list(STAGES[spec.stage].tallies)) for spec in stage_specs if STAGES[spec.stage].tallies])
    ledger = build_ledger(counted.counts, ledger_names(context.steps))
    for stage in ledger["stages"]:
        if stage["stage"] in counted.tallies:  # what the stage changed in the documents it saw (pii: per kind)
            stage["tallies"] = counted.tallies[stage["stage"]]
    if counted.not_applied:
        ledger["not_applied"] = counted.not_applied
    if counted.lost_bytes:  # input bytes no document came from, per read reason
        ledger["stages"][0]["bytes"] = counted.lost_bytes
    ledger["rules"] = {spec.name: to_plain(spec.rules) for spec in config.stages_in_order()}  # the thresholds applied
    target = config.output.shard_target_mb * 1024 * 1024
    if config.dedup.minhash is not None and not config.dedup.minhash.keep_signatures:
        rows = rows.drop(MINHASH)
    if config.kind != "text":  # the text views are derived from the messages: not written
        from curate.io.chat import TEXT_VIEWS

        rows = rows.drop(*TEXT_VIEWS[config.kind])
    kept = rows.where(F.col(DROP_REASON).isNull()).drop(DROP_REASON, "dup_of")  # drop ignores absent columns
    buckets = None
    if config.buckets is not None:
        kept, buckets = assign_buckets(kept, config.buckets)
    job_description(spark, "write: shards")
    by_language = language_counts(kept)
    shards = write_shards(kept, fs, staged.path("data"), target,
                          by_bucket=config.buckets is not None and config.buckets.partition, language_sizes=by_language)
    job_description(spark, "write: rejects")
    dropped = rows.where(F.col(DROP_REASON).isNotNull())
    write_rejects(dropped, fs, staged.path("rejects"), config.output.rejects,
                  config.output.rejects_sample_per_reason, target)
    job_description(spark, "write: stats")
    stats = compute_stats(kept, numeric_signals(kept, exclude={*BASE_COLUMNS, SEMANTIC_CLUSTER}), by_language,
                          [column for spec in stage_specs for column in STAGES[spec.stage].tallies])
    stats["shards"] = len(shards)
    if config.dedup.semantic is not None:
        settings = config.dedup.semantic
        stats["semantic_clusters"] = {**semantic_clusters(rows), "threshold": settings.threshold,
                                      "model": embedding_model_name(settings.model)}
    if buckets is not None:
        buckets["documents"] = bucket_counts(kept)
        stats["buckets"] = buckets
    token_stage = config.token_stage()
    if token_stage is not None:
        from filters.tokens import tokenizer_name

        stats["tokens"] = token_totals(kept, tokenizer_name(token_stage.params["path"], token_stage.params.get("name")))
    if config.kind != "text":
        stats.update(record_stats(rows, kept))
    if "contamination_benchmark" in rows.columns:
        stats.update(contamination_stats(rows, kept))
    ledger["elapsed_seconds"] = round(time.time() - context.started, 2)

    fs.write_text(staged.path("ledger.json"), json.dumps(ledger, indent=2, ensure_ascii=False))
    fs.write_text(staged.path("stats.json"), json.dumps(stats, indent=2, ensure_ascii=False))
    fs.write_text(staged.path("config.yaml"), resolved_yaml(config))
    job_description(spark, "write: lineage and card")
    lineage = run_lineage(spark, config, context.plan, context.reference, context.started)
    lineage["steps"] = [dict(step.describe(), key=context.keys.get(step.name)) for step in context.steps]
    lineage["resumed"] = checkpoints.reused
    fs.write_text(staged.path("lineage.json"), json.dumps(lineage, indent=2, ensure_ascii=False))
    describe(staged.staging)
    for name in checkpoint_folders(context.steps):
        fs.delete(staged.path(name))
    staged.commit()
    final = staged.final
    shards = [s.replace(staged.staging, final, 1) for s in shards]
    return RunResult(output=final, ledger=ledger, stats=stats, shards=shards, seconds=time.time() - context.started)


def run_lineage(spark, config: Config, plan: RunPlan, reference: Optional[RunPlan], started: float) -> dict[str, Any]:
    """lineage.json: inputs (and dedup reference files) with sizes and checksums, the files each stage read,
    the code version, the environment and when the run started and finished."""
    from curate.driver.lineage import code_version, environment, input_checksums, sha256_tree, utc

    files = plan.files + (reference.files if reference is not None else [])
    table_files = {spec.table: sorted(spark.table(spec.table).inputFiles()) for spec in config.inputs if spec.table}
    sums = input_checksums(spark, [f.path for f in files] + [p for paths in table_files.values() for p in paths])
    stage_files = [{"stage": spec.name, "stage_type": spec.stage, "key": key, "path": os.path.abspath(path),
                    # a secret (pii_v1's hash key): a checksum would let anyone test guesses of it offline
                    "sha256": None if key in STAGES[spec.stage].secret_files else sha256_tree(path)}
                   for spec, key, path in named_stage_files(config)]

    def listed(files: list[InputFile]) -> list[dict[str, Any]]:
        return [{"path": printable(_absolute(f.path)), "format": f.format, "bytes": f.size, "sha256": sums.get(f.path)}
                for f in files]

    finished = time.time()
    lineage = {"inputs": listed(plan.files), "stage_files": stage_files, "code": code_version(),
               "environment": environment(spark), "started": utc(started), "finished": utc(finished),
               "elapsed_seconds": round(finished - started, 2)}
    if reference is not None:
        lineage["reference"] = listed(reference.files)
    if table_files:  # catalog tables, with the files Spark read them from (none for views and some formats)
        lineage["tables"] = [{"table": name, "files": [{"path": p, "sha256": sums.get(p)} for p in paths]}
                             for name, paths in table_files.items()]
    return lineage


def _absolute(path: str) -> str:
    from curate.io.streams import is_uri, local_path

    return path if is_uri(path) else os.path.abspath(local_path(path))


def describe(path: str) -> None:
    """Write the set's card (README.md, card.json) from what the run wrote into `path`. A failure here
    warns and leaves the data in place: `curate card <output>` writes the card again."""
    from catalogs.describe import describe_output
    from catalogs.write import write_card

    try:
        write_card(path, describe_output(path))
    except Exception as exc:  # noqa: BLE001 - the data is written; a card problem must not lose it
        print(f"curate: warning: the dataset card was not written ({type(exc).__name__}: {exc}); "
              f"run `curate card <output>` to write it", file=sys.stderr)


def record_stats(rows, kept) -> dict[str, Any]:
    """SFT / preference extras for stats.json: kept records per source format and per prompt / response
    language."""
    from pyspark.sql import functions as F

    def counts(df, column) -> dict[str, int]:
        return {str(r[0]): int(r[1]) for r in df.groupBy(column).count().orderBy(F.desc("count")).collect()}

    out: dict[str, Any] = {"record_formats": counts(kept, F.get_json_object("meta", "$.format"))}
    for column in ("prompt_language", "response_language"):
        if column in kept.columns:
            out[f"{column}s"] = counts(kept, column)
    return out


def contamination_stats(rows, kept) -> dict[str, Any]:
    """Records found to contain each benchmark: all of them, and those still in the kept set (a rule that only
    tags, or one switched off, keeps them)."""
    from pyspark.sql import functions as F

    def counts(df) -> dict[str, int]:
        found = df.where(F.col("contamination_benchmark") != "").groupBy("contamination_benchmark").count()
        return {str(r[0]): int(r[1]) for r in found.orderBy(F.desc("count"), "contamination_benchmark").collect()}

    return {"contamination": counts(rows), "contamination_kept": counts(kept)}


SCAN_BATCH_BYTES = 32 << 20  # decoded bytes per columnar batch when Spark reads the checkpoints back
EXPANSION = 5  # decoded / zstd-compressed bytes of text, on the safe side


def bound_scan_batches(spark, fs, path: str, rows) -> int:
    """Rows per columnar batch of Spark's Parquet reader, from the checkpoint's bytes per row, so that reading
    back large documents (4,096 rows of 1 MB by default: 4 GB) stays near SCAN_BATCH_BYTES. Returns it."""
    count = rows.count()  # from the Parquet footers: no data is read
    stored = sum(fs.size(f) for f in fs.list_files(path) if f.endswith(".parquet"))
    per_row = EXPANSION * stored / max(1, count)
    batch = int(max(16, min(4096, SCAN_BATCH_BYTES // max(1.0, per_row))))
    spark.conf.set("spark.sql.parquet.columnarReaderBatchSize", str(batch))
    return batch


def global_dedup(spark, rows, config: Config, plan: Optional[RunPlan], checkpoint):
    """The global dedup stages the config asks for (see curate/dedup/stages.py), against the reference set read
    with `plan` (when the config has one); graph steps go through `checkpoint` (the staging folder's `dedup/`)."""
    from pyspark.sql import functions as F

    from curate.dedup.stages import run_dedup

    reference = None
    if plan is not None:  # read and signatures only: no stage files to ship
        reference = (annotate(spark, plan).where(F.col(DROP_REASON).isNull()).drop(DROP_REASON)
                     .withColumn("id", F.concat(F.lit("reference:"), F.col("id")))
                     .withColumn(ROW_KEY, F.concat(F.lit("reference:"), F.col(ROW_KEY))))
    semantic = None
    if config.dedup.semantic is not None:
        from curate.dedup.stages import SemanticPlan
        from curate.driver.own_pass import resource_profile, ship_folder

        settings = config.dedup.semantic
        model = ship_folder(spark, settings.model_path()) if settings.ship else StageFile(settings.model_path())
        semantic = SemanticPlan(settings, settings.field or config.dedup.field, model,
                                resource_profile(spark, settings.resources, "dedup.semantic"))
    return run_dedup(rows, config.dedup, checkpoint, reference, semantic)


def summary(result: RunResult) -> str:
    """What the job prints at the end: the ledger table and where everything is."""
    from curate.driver.ledger import format_not_applied, format_table

    out = result.output[len("file:"):] if result.output.startswith("file:") else result.output
    ledger = result.ledger
    return "\n".join([
        "",
        format_table(ledger),
        "",
        *format_not_applied(ledger.get("not_applied", {})),
        f"kept {ledger['documents_kept']} of {ledger['documents_in']} documents in {result.seconds:.1f} s",
        f"shards:  {out}/data  ({len(result.shards)} Parquet files, by language)",
        f"rejects: {out}/rejects",
        f"ledger:  {out}/ledger.json   stats: {out}/stats.json   lineage: {out}/lineage.json",
        f"card:    {out}/README.md",
        f"config:  {out}/config.yaml",
    ])
