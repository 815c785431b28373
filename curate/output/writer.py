"""Writing a run: zstd Parquet shards per language, rejects, and the atomic commit of the whole output.

Shards: per language, the number of shards is its text bytes / the target size; rows are spread over them
by a hash of their id and sorted by id inside each shard, and files are renamed to `part-NNNNN.parquet`,
so the same rows give the same files. Everything is written under a staging folder beside the output and
moved into place with one rename at the end.
"""

from __future__ import annotations

import json
import math
import re
import sys
import threading
import time
from typing import Mapping, Optional

from pyspark.sql import DataFrame
from pyspark.sql import functions as F
from pyspark.sql.window import Window

from curate.output.fs import HadoopFS
from curate.schema import DROP_REASON, ROW_KEY
from curate.validate import ConfigError

_LANG_DIR = "_shard_language"
_BUCKET_DIR = "_shard_bucket"
NO_BUCKET = "none"  # the folder of documents without a bucket (no value of the bucketed signal)


def _order(df: DataFrame) -> list[str]:
    """Rows in id order; the internal row key breaks ties between equal ids (and is not written)."""
    return ["id", ROW_KEY] if ROW_KEY in df.columns else ["id"]


def _shard_plan(df: DataFrame, keys: list[str], target_bytes: int,
                sizes: Optional[Mapping[str, Mapping[str, int]]] = None) -> tuple[dict[tuple, int], int]:
    """Shards per folder (language, or language and bucket) and rows per file, from the folders' characters and
    documents (`sizes` per language where the caller has counted them, else counted here)."""
    if sizes is None:
        rows = df.groupBy(*keys).agg(F.sum(F.length("text")).alias("chars"), F.count(F.lit(1)).alias("docs")).collect()
        folders = {tuple(r[k] for k in keys): {"chars": r["chars"] or 0, "docs": r["docs"]} for r in rows}
    else:
        folders = {(language,): size for language, size in sizes.items() if size["docs"]}
    shards = {folder: max(1, math.ceil(size["chars"] / target_bytes)) for folder, size in folders.items()}
    docs = sum(size["docs"] for size in folders.values())
    chars = sum(size["chars"] for size in folders.values())
    rows_per_file = max(1, math.ceil(target_bytes / max(1.0, chars / max(1, docs))))
    return shards, rows_per_file


def write_shards(df: DataFrame, fs: HadoopFS, path: str, target_bytes: int, by_bucket: bool = False,
                 language_sizes: Optional[Mapping[str, Mapping[str, int]]] = None) -> list[str]:
    """Write `df` as `path/<language>/part-NNNNN.parquet` (or `path/<language>/<bucket>/…` with `by_bucket`);
    returns the shard paths. `language_sizes`: documents and characters per language ('und' where unknown),
    when the caller has them (stats.py's `language_counts`), saving a pass; not used with `by_bucket`."""
    if "language" not in df.columns:
        df = df.withColumn("language", F.lit("und"))
    df = df.withColumn("language", F.coalesce(F.col("language"), F.lit("und")))
    folders = [F.col("language").alias(_LANG_DIR)]
    if by_bucket:
        folders.append(F.coalesce(F.col("bucket"), F.lit(NO_BUCKET)).alias(_BUCKET_DIR))
    df = df.select("*", *folders)
    keys = [_LANG_DIR] + ([_BUCKET_DIR] if by_bucket else [])
    shards, rows_per_file = _shard_plan(df, keys, target_bytes, None if by_bucket else language_sizes)
    if not shards:  # no rows: one empty shard that carries the schema, so readers of the set still load it
        return [_empty_shard(df.drop(*keys), fs, path, levels=len(keys))]
    key = F.concat_ws("/", *[F.col(k) for k in keys])
    shard_count = F.create_map(*[x for k, n in sorted(shards.items()) for x in (F.lit("/".join(k)), F.lit(n))])
    shard = F.pmod(F.xxhash64("id"), shard_count[key])
    (df.repartition(sum(shards.values()), key, shard)
       .sortWithinPartitions(*keys, *_order(df))  # partitionBy needs its columns first; id order then survives
       .drop(ROW_KEY)
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
    df.drop(ROW_KEY).limit(0).coalesce(1).write.option("compression", "zstd").parquet(scratch)
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
        rank = F.row_number().over(Window.partitionBy(DROP_REASON).orderBy(*_order(df)))
        df = df.withColumn("_rank", rank).where(F.col("_rank") <= per_reason).drop("_rank")
    chars = df.agg(F.sum(F.coalesce(F.length("text"), F.lit(0)))).first()[0] or 0
    files = max(1, math.ceil(chars / target_bytes))
    (df.repartitionByRange(files, DROP_REASON, *_order(df)).sortWithinPartitions(DROP_REASON, *_order(df))
       .drop(ROW_KEY)
       .write.mode("error").option("compression", "zstd").parquet(path))
    fs.delete(f"{path}/_SUCCESS")
    for index, part in enumerate(p for p in fs.list_files(path) if p.endswith(".parquet")):
        fs.rename(part, f"{path}/part-{index:05d}.parquet")
    for other in fs.list_files(path):
        if not other.endswith(".parquet"):
            fs.delete(other)
    return files


class StagedOutput:
    """A staging folder beside the final output; `commit` replaces the output with it.

    The staging folder's name is fixed per output, so a rerun after an interruption finds the checkpoints the
    stopped run finished (`keep`) and resumes from them (curate/driver/checkpoints.py). One run at a time holds the
    output (the lock `<output>.curate-lock`, with a heartbeat; a lock whose process is dead or whose heartbeat
    stopped is taken over). Replacing an output takes two renames (old → `<output>.curate-replaced`, staging →
    output); a run killed between them is finished or undone by the next run (`recover`)."""

    def __init__(self, fs: HadoopFS, final: str, keep: tuple[str, ...] = (), overwrite: bool = False,
                 local_lock=None):
        """`local_lock`: a `curate.output.targets.LocalLock` already taken for this output (before Spark started)."""
        from curate.output.targets import new_run_id, sibling

        self.fs = fs
        self.final = fs.qualify(final.rstrip("/"))
        self.keep = keep
        self.overwrite = overwrite
        self.staging = sibling(self.final, "staging")
        self.trash = sibling(self.final, "replaced")
        self.lock = sibling(self.final, "lock")
        self.local_lock = local_lock
        self.run_id = local_lock.run_id if local_lock is not None else new_run_id()
        self._heartbeat: Optional[threading.Event] = None

    def path(self, relative: str) -> str:
        """A path inside the staging folder."""
        return f"{self.staging}/{relative}"

    def begin(self) -> None:
        """Take the lock, finish or undo an interrupted replacement, check the output may be replaced, and
        create the staging folder. Of what an interrupted run left there only its checkpoints stay (each is
        reused only if its key still matches); partial shards, rejects and reports go."""
        from curate.output.targets import STAGING_MARKER

        self.fs.mkdirs(self.final.rsplit("/", 1)[0])
        self._acquire()
        try:
            self.recover()
            self._check_replaceable()
            if self.fs.exists(self.staging):
                entries = self._names(self.staging)
                if entries and STAGING_MARKER not in entries:
                    raise ConfigError(f"'{self.staging}' is not a staging folder curate made; move it or choose "
                                      f"another output")
                for name in entries:
                    if name not in self.keep and name != STAGING_MARKER:
                        self.fs.delete(f"{self.staging}/{name}")
            self.fs.mkdirs(self.staging)
            self.fs.write_text(self.path(STAGING_MARKER), self.run_id)
        except BaseException:
            self.release()
            raise

    def _names(self, folder: str) -> list[str]:
        return [p.rstrip("/").rsplit("/", 1)[-1] for p in self.fs.list_files(folder) + self.fs.list_dirs(folder)]

    def _check_replaceable(self) -> None:
        """The output's own check (curate/output/targets.py) through Hadoop: the only one for HDFS / S3 outputs."""
        from curate.output.targets import check_replaceable_entries

        if not self.fs.exists(self.final):
            return
        if not self.fs.is_dir(self.final):
            raise ConfigError(f"output '{self.final}' is a file, not a folder; give a folder path")
        check_replaceable_entries(self.final, self._names(self.final), self.overwrite)

    def recover(self) -> None:
        """After a run killed while replacing the output: put the new output in place if it was complete,
        else the old one back; never leave the path empty with both copies aside."""
        from curate.output.targets import OUTPUT_MARKER

        if not self.fs.exists(self.trash):
            return
        if self.fs.exists(self.final):  # both renames were done; only the old copy's removal was not
            self.fs.delete(self.trash)
        elif self.fs.exists(f"{self.staging}/{OUTPUT_MARKER}"):  # the new output was complete: finish
            self.fs.rename(self.staging, self.final)
            self._strip_run_files(self.final)
            self.fs.delete(self.trash)
            print(f"curate: finished replacing {self.final}, which an interrupted run had left half done",
                  file=sys.stderr)
        else:  # the new output was not complete: the old one goes back
            self.fs.rename(self.trash, self.final)
            print(f"curate: restored {self.final}, which an interrupted run had moved aside", file=sys.stderr)

    def commit(self) -> None:
        """Mark the staged output complete and move it to the final path, replacing what was there whole."""
        from curate.output.targets import OUTPUT_MARKER, marker_text

        self.fs.write_text(self.path(OUTPUT_MARKER), marker_text(self.run_id))
        if self.fs.exists(self.final):
            self.fs.rename(self.final, self.trash)
        self.fs.rename(self.staging, self.final)
        self._strip_run_files(self.final)
        self.fs.delete(self.trash)

    def _strip_run_files(self, folder: str) -> None:
        from curate.output.targets import STAGING_MARKER

        self.fs.delete(f"{folder}/{STAGING_MARKER}")

    def abort(self) -> None:
        """Remove the staging folder; the final path is left as it was."""
        self.fs.delete(self.staging)

    # the lock: one run per output
    def _acquire(self) -> None:
        from curate.output.targets import LocalLock, OutputLocked, describe_holder, lock_record

        if self.local_lock is None and self.final.startswith("file:"):
            self.local_lock = LocalLock(_local(self.lock), self.run_id)
            self.local_lock.acquire()
        if self.local_lock is not None:
            return
        holder = self._try_remote_lock(lock_record(self.run_id))
        if holder is not None:
            raise OutputLocked(describe_holder(holder, self.lock))
        self._heartbeat = threading.Event()
        threading.Thread(target=self._beat, args=(self._heartbeat,), daemon=True, name="curate-lock").start()

    def _try_remote_lock(self, record: dict) -> Optional[dict]:
        from curate.output.targets import lock_is_stale

        if self.fs.exists(self.lock):
            try:
                holder = json.loads(self.fs.read_text(self.lock) or "{}")
            except ValueError:
                holder = {}
            age = time.time() - self.fs.modification_time(self.lock)
            if holder and not lock_is_stale(holder, age):
                return holder
            self.fs.delete(self.lock)
        if not self.fs.create_new(self.lock, json.dumps(record)):
            return {"pid": "?", "host": "?", "started": time.time()}
        return None

    def _beat(self, stop: threading.Event) -> None:
        from curate.output.targets import HEARTBEAT_SECONDS

        while not stop.wait(HEARTBEAT_SECONDS):
            try:
                self.fs.touch(self.lock)
            except Exception:  # noqa: BLE001 - a missed beat only makes the lock look older
                pass

    def release(self) -> None:
        """Give the output up (the lock file removed; a local one without the JVM, which an interrupted run may
        have lost)."""
        if self.local_lock is not None:
            self.local_lock.release()
            return
        if self._heartbeat is None:
            return
        self._heartbeat.set()
        self._heartbeat = None
        self.fs.delete(self.lock)


def _local(path: str) -> str:
    return path[len("file:"):] if path.startswith("file:") else path
