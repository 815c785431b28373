"""Writing a run: zstd Parquet shards per language, rejects, and the atomic commit of the whole output.

Shards: per language, the number of shards is its text bytes / the target size; rows are spread over them
by a hash of their id and sorted by id inside each shard, and files are renamed to `part-NNNNN.parquet`,
so the same rows give the same files. Everything is written under a staging folder beside the output and
moved into place with one rename at the end.
"""

from __future__ import annotations

import math
import re
import uuid

from pyspark.sql import DataFrame
from pyspark.sql import functions as F
from pyspark.sql.window import Window

from curate.fs import HadoopFS
from curate.schema import DROP_REASON

_LANG_DIR = "_shard_language"
_BUCKET_DIR = "_shard_bucket"
NO_BUCKET = "none"  # the folder of documents without a bucket (no value of the bucketed signal)


def _shard_plan(df: DataFrame, keys: list[str], target_bytes: int) -> tuple[dict[tuple, int], int]:
    sizes = df.groupBy(*keys).agg(F.sum(F.length("text")).alias("chars"), F.count(F.lit(1)).alias("docs")).collect()
    shards = {tuple(r[k] for k in keys): max(1, math.ceil((r["chars"] or 0) / target_bytes)) for r in sizes}
    docs = sum(r["docs"] for r in sizes)
    chars = sum((r["chars"] or 0) for r in sizes)
    rows_per_file = max(1, math.ceil(target_bytes / max(1.0, chars / max(1, docs))))
    return shards, rows_per_file


def write_shards(df: DataFrame, fs: HadoopFS, path: str, target_bytes: int, by_bucket: bool = False) -> list[str]:
    """Write `df` as `path/<language>/part-NNNNN.parquet` (or `path/<language>/<bucket>/…` with `by_bucket`);
    returns the shard paths."""
    if "language" not in df.columns:
        df = df.withColumn("language", F.lit("und"))
    df = df.withColumn("language", F.coalesce(F.col("language"), F.lit("und")))
    folders = [F.col("language").alias(_LANG_DIR)]
    if by_bucket:
        folders.append(F.coalesce(F.col("bucket"), F.lit(NO_BUCKET)).alias(_BUCKET_DIR))
    df = df.select("*", *folders)
    keys = [_LANG_DIR] + ([_BUCKET_DIR] if by_bucket else [])
    shards, rows_per_file = _shard_plan(df, keys, target_bytes)
    if not shards:  # no rows: one empty shard that carries the schema, so readers of the set still load it
        return [_empty_shard(df.drop(*keys), fs, path, levels=len(keys))]
    key = F.concat_ws("/", *[F.col(k) for k in keys])
    shard_count = F.create_map(*[x for k, n in sorted(shards.items()) for x in (F.lit("/".join(k)), F.lit(n))])
    shard = F.pmod(F.xxhash64("id"), shard_count[key])
    (df.repartition(sum(shards.values()), key, shard)
       .sortWithinPartitions(*keys, "id")  # partitionBy needs its columns first; id order then survives
       .write.mode("error")
       .option("compression", "zstd")
       .option("maxRecordsPerFile", rows_per_file)
       .partitionBy(*keys)
       .parquet(path))
    fs.delete(f"{path}/_SUCCESS")
    return _normalise_layout(fs, path, len(keys))


def _empty_shard(df: DataFrame, fs: HadoopFS, path: str, levels: int) -> str:
    """`path/und[/none]/part-00000.parquet` with no rows and the set's columns."""
    scratch = f"{path}/_empty"
    df.limit(0).coalesce(1).write.option("compression", "zstd").parquet(scratch)
    folder = "/".join([path, "und"] + [NO_BUCKET] * (levels - 1))
    fs.mkdirs(folder)
    [part] = [p for p in fs.list_files(scratch) if p.endswith(".parquet")]
    fs.rename(part, f"{folder}/part-00000.parquet")
    fs.delete(scratch)
    return f"{folder}/part-00000.parquet"


def _normalise_layout(fs: HadoopFS, path: str, levels: int) -> list[str]:
    """`_shard_language=en/part-00003-<uuid>.c000.zstd.parquet` → `en/part-00000.parquet` (one more folder
    level per partition column); drop markers."""
    out = []
    for folder in fs.list_dirs(path):
        name = folder.rstrip("/").rsplit("/", 1)[-1]
        target = f"{path}/{name.split('=', 1)[1] if '=' in name else name}"
        fs.rename(folder, target)
        if levels > 1:
            out.extend(_normalise_layout(fs, target, levels - 1))
            continue
        parts = [p for p in fs.list_files(target) if re.search(r"/part-[^/]*\.parquet$", p)]
        for index, part in enumerate(parts):
            final = f"{target}/part-{index:05d}.parquet"
            fs.rename(part, final)
            out.append(final)
        for other in fs.list_files(target):
            if not other.endswith(".parquet"):
                fs.delete(other)
    return out


def write_rejects(df: DataFrame, fs: HadoopFS, path: str, mode: str, per_reason: int, target_bytes: int) -> int:
    """Write dropped rows (all, or the first `per_reason` ids of each reason) sorted by reason and id."""
    if mode == "none":
        return 0
    if mode == "sample":
        rank = F.row_number().over(Window.partitionBy(DROP_REASON).orderBy("id"))
        df = df.withColumn("_rank", rank).where(F.col("_rank") <= per_reason).drop("_rank")
    chars = df.agg(F.sum(F.coalesce(F.length("text"), F.lit(0)))).first()[0] or 0
    files = max(1, math.ceil(chars / target_bytes))
    (df.repartitionByRange(files, DROP_REASON, "id").sortWithinPartitions(DROP_REASON, "id")
       .write.mode("error").option("compression", "zstd").parquet(path))
    fs.delete(f"{path}/_SUCCESS")
    for index, part in enumerate(p for p in fs.list_files(path) if p.endswith(".parquet")):
        fs.rename(part, f"{path}/part-{index:05d}.parquet")
    for other in fs.list_files(path):
        if not other.endswith(".parquet"):
            fs.delete(other)
    return files


class StagedOutput:
    """A staging folder beside the final output; `commit` replaces the output with it in one rename.

    The staging folder's name is fixed per output, so a rerun after an interruption finds the checkpoints the
    stopped run finished (`keep`) and resumes from them (curate/checkpoints.py)."""

    def __init__(self, fs: HadoopFS, final: str, keep: tuple[str, ...] = ()):
        self.fs = fs
        self.final = fs.qualify(final.rstrip("/"))
        self.keep = keep
        parent, name = self.final.rsplit("/", 1)
        self.staging = f"{parent}/{name}.curate-staging"
        self._trash = f"{parent}/{name}.curate-replaced-{uuid.uuid4().hex[:12]}"

    def path(self, relative: str) -> str:
        """A path inside the staging folder."""
        return f"{self.staging}/{relative}"

    def begin(self) -> None:
        """Create the staging folder. Of what an interrupted run to the same output left, only its checkpoints
        stay (each is reused only if its key still matches); partial shards, rejects and reports go."""
        parent, name = self.final.rsplit("/", 1)
        if self.fs.exists(parent):
            for folder in self.fs.list_dirs(parent):
                base = folder.rstrip("/").rsplit("/", 1)[-1]
                if base.startswith((f"{name}.curate-staging-", f"{name}.curate-replaced-")):
                    self.fs.delete(folder)
        if self.fs.exists(self.staging):
            for entry in self.fs.list_files(self.staging) + self.fs.list_dirs(self.staging):
                if entry.rstrip("/").rsplit("/", 1)[-1] not in self.keep:
                    self.fs.delete(entry)
        self.fs.mkdirs(self.staging)

    def commit(self) -> None:
        """Move the staged output to the final path, replacing what was there whole."""
        if self.fs.exists(self.final):
            self.fs.rename(self.final, self._trash)
        self.fs.rename(self.staging, self.final)
        self.fs.delete(self._trash)

    def abort(self) -> None:
        """Remove the staging folder; the final path is left as it was."""
        self.fs.delete(self.staging)
