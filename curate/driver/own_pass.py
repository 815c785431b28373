"""The driver's side of stages that run in a pass of their own (those with resources, such as a transformer
scorer on GPUs): the stage-level ResourceProfile, shipping the stages' files and model folders, and the pass.

A pass runs on the rows still kept, as one `mapInArrow` built with a `ResourceProfile` (`TaskResourceRequests`
with the task's GPU amount) when the cluster's executors have GPUs, so the row-local pass never holds a GPU;
inside a task the stage gets the addresses from `TaskContext.resources()` (curate/executor/own_pass.py).
"""

from __future__ import annotations

import atexit
import functools
import os
import shutil
import tarfile
import tempfile
from typing import Any

from curate.config import Config, ConfigError, ResourceSpec, StageSpec
from curate.io.streams import is_uri
from curate.executor.own_pass import own_pass_function
from curate.executor.row_pass import StageFile, StageFiles
from curate.schema import DROP_REASON, spark_ddl

GPU = "gpu"


def resource_profile(spark, resources: ResourceSpec, what: str):
    """The stage-level ResourceProfile of a pass of its own (`what`: a stage's, or semantic dedup's embedding),
    or None (local mode, or no GPUs to ask for); fails when it asks for GPUs the executors do not have."""
    conf = spark.sparkContext.getConf()
    executor_gpus = float(conf.get("spark.executor.resource.gpu.amount", "0") or 0)
    task_gpus = resources.gpus if resources.gpus is not None else (1.0 if executor_gpus > 0 else 0.0)
    if task_gpus <= 0 or spark.sparkContext.master.startswith("local"):
        return None
    if executor_gpus <= 0:
        raise ConfigError(f"{what}: resources.gpus is {task_gpus}, but the executors have no GPUs: set "
                          f"spark.executor.resource.gpu.amount and spark.executor.resource.gpu.discoveryScript "
                          f"(see README, 'GPU scoring'), or set resources.gpus: 0 to run it on CPU")
    from pyspark.resource import ResourceProfileBuilder, TaskResourceRequests

    requests = TaskResourceRequests().cpus(resources.cpus).resource(GPU, task_gpus)
    return ResourceProfileBuilder().require(requests).build


def ship_stage_files(spark, config: Config, files: StageFiles) -> StageFiles:
    """Every stage file shipped to the executors, once per SparkContext; returns the files with the names
    executors find them under. Files go with addFile; folders (model folders) as one uncompressed tar with
    addArchive, which Spark unpacks, except in local mode, where executors share the driver's filesystem;
    URIs with addFile. Files and folders go under a name made from their path, sizes and times
    (`_shipped_name`), as a SparkContext hands out what it was given by name. A stage with `ship: false` is
    read in place."""
    context = spark.sparkContext
    local_mode = context.master.startswith("local")
    registered = _registered(context)
    shipped: StageFiles = {}
    for spec in config.stages:
        shipped[spec.name] = {}
        for key, file in files.get(spec.name, {}).items():
            path, name = file.path, None
            if not spec.ship:
                pass
            elif is_uri(path):
                name = os.path.basename(path.rstrip("/"))
                if name not in registered:
                    context.addFile(path, recursive=True)
            elif os.path.isdir(path):
                name = ship_folder(spark, path).shipped
            else:
                name = ship_file(spark, path).shipped
            if name is not None:
                registered.add(name)
            shipped[spec.name][key] = StageFile(path, name)
    return shipped


def ship_folder(spark, path: str) -> StageFile:
    """A local folder (a model folder) shipped to the executors as one uncompressed tar, which Spark unpacks, under
    a name of its own per folder and version; in local mode, where executors share the driver's filesystem, read
    in place. Once per SparkContext."""
    context = spark.sparkContext
    if context.master.startswith("local"):
        return StageFile(path)
    name = f"{_shipped_name(path)}.tar"
    if name not in _registered(context):  # an earlier run of this SparkContext shipped it
        context.addArchive(_tar_folder(path, os.path.join(_packing_folder(), name)))
    return StageFile(path, name)


def ship_file(spark, path: str) -> StageFile:
    """One local file shipped to the executors under a name of its own per file and version (`_shipped_name`): a
    SparkContext keeps what it was given by name, so a later run (a notebook, a test session) with another
    `tokenizer.json` would otherwise be handed the first one. Once per SparkContext."""
    context = spark.sparkContext
    name = _shipped_name(path)
    if name not in _registered(context):
        named = os.path.join(_packing_folder(), name)  # Spark names a shipped symlink after its target: a hard
        if not os.path.exists(named):                  # link, or a copy across filesystems
            try:
                os.link(path, named)
            except OSError:
                shutil.copyfile(path, named)
        context.addFile(named)
    return StageFile(path, name)


def _registered(context) -> set[str]:
    """The names of the files and archives this SparkContext ships."""
    return {p.rstrip("/").rsplit("/", 1)[-1] for p in list(context.listFiles) + list(context.listArchives)}


@functools.lru_cache(maxsize=1)
def _packing_folder() -> str:
    """This process's folder for the copies and tars it ships, removed at exit."""
    folder = tempfile.mkdtemp(prefix="curate-models-")
    atexit.register(shutil.rmtree, folder, True)
    return folder


def _shipped_name(path: str) -> str:
    """`<12 hex>-<name>`: the hex from the absolute path and the sizes and modification times of the file (or of
    every file of the folder), so another file, or the same file changed, is shipped under another name."""
    import hashlib

    files = [path] if os.path.isfile(path) else sorted(
        os.path.join(root, name) for root, _, names in os.walk(path) for name in names)
    key = os.path.abspath(path) + "".join(f"\0{f}\0{os.stat(f).st_size}\0{os.stat(f).st_mtime_ns}" for f in files)
    name = os.path.basename(os.path.normpath(path))
    return f"{hashlib.sha1(key.encode('utf-8', 'surrogatepass')).hexdigest()[:12]}-{name}"


def _tar_folder(folder: str, archive: str) -> str:
    """An uncompressed tar of the folder's files with plain relative names (Spark refuses `./` entries)."""
    with tarfile.open(archive, "w", dereference=True) as tar:  # HF cache folders are symlinks into blobs/
        for root, _, names in os.walk(folder):
            for name in sorted(names):
                path = os.path.join(root, name)
                tar.add(path, arcname=os.path.relpath(path, folder))
    return archive


def run_own_pass(spark, rows: Any, spec: StageSpec, files: dict[str, StageFile]) -> Any:
    """`rows` with the stage's columns: the kept rows go through the stage and its rules (on GPUs when its
    profile asks for them), the dropped rows get nulls. Lazy: the step saves it."""
    import pyarrow as pa
    from pyspark.sql import functions as F
    from pyspark.sql.types import StructType

    provides = spec.provides()
    kept = rows.where(F.col(DROP_REASON).isNull())
    added = StructType.fromDDL(spark_ddl(pa.schema(list(provides.items()))))
    schema = StructType(kept.schema.fields + added.fields)
    passed = kept.mapInArrow(own_pass_function(spec, files, kept.columns), schema,
                             profile=resource_profile(spark, spec.resources, f"stage {spec.name}"))
    dropped = rows.where(F.col(DROP_REASON).isNotNull())
    for column, field in zip(provides, added.fields):
        dropped = dropped.withColumn(column, F.lit(None).cast(field.dataType))
    return passed.unionByName(dropped)
