"""Resumable runs: the expensive steps (the row-local pass, each dedup round, scoring) are written to the
staging folder as Parquet checkpoints, each stamped with a key: a digest of everything its rows depend on
(the code, the input files' sizes and modification times, the files the stages read, the config sections
that feed it). A rerun after an interruption finds the staging folder where it was left and reads back every
checkpoint whose key still matches instead of computing it again; a changed input, config or code gives a
new key and the step is computed afresh.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
from typing import Any, Iterable

MARKER = "_CURATE_CHECKPOINT"  # leading "_": Spark's Parquet reader skips it
PACKAGES = ("curate", "filters", "quality_model")


def digest(*parts: Any) -> str:
    """A short stable digest of JSON-able parts."""
    text = json.dumps(parts, sort_keys=True, default=str, ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:32]  # file names need not be UTF-8


@functools.lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """A digest of the engine's and the stages' code and resources: results of other code are not reused."""
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))  # the checkout
    hasher = hashlib.sha256()
    for package in PACKAGES:
        for folder, dirs, files in os.walk(os.path.join(root, package)):
            dirs[:] = sorted(d for d in dirs if d != "__pycache__")
            for name in sorted(files):
                if name.endswith((".pyc", ".pyo")):
                    continue
                path = os.path.join(folder, name)
                hasher.update(os.path.relpath(path, root).encode())
                with open(path, "rb") as handle:
                    hasher.update(hashlib.sha256(handle.read()).digest())
    return hasher.hexdigest()[:32]


def file_fingerprints(paths: Iterable[str]) -> list[tuple[str, int, int]]:
    """(path, size, modification time in ns) of files, or of every file in a folder; URIs through pyarrow."""
    out = []
    for path in paths:
        if "://" in path and not path.startswith("file://"):
            import pyarrow.fs as pafs

            filesystem, inner = pafs.FileSystem.from_uri(path)
            info = filesystem.get_file_info(inner)
            out.append((path, info.size or 0, int(info.mtime_ns or 0)))
            continue
        local = path[len("file://"):] if path.startswith("file://") else path
        if os.path.isdir(local):
            for folder, dirs, files in os.walk(local):
                dirs.sort()
                for name in sorted(files):
                    full = os.path.join(folder, name)
                    status = os.stat(full)
                    out.append((full, status.st_size, status.st_mtime_ns))
        elif os.path.exists(local):
            status = os.stat(local)
            out.append((local, status.st_size, status.st_mtime_ns))
        else:
            out.append((local, -1, -1))
    return out


class Checkpoints:
    """Write-or-reuse of the run's checkpoints in its staging folder; records which were reused."""

    def __init__(self, spark, fs, staged):
        self.spark = spark
        self.fs = fs
        self.staged = staged
        self.reused: list[str] = []
        self.computed: list[str] = []

    def save(self, df, name: str, key: str):
        """`df` written to `<staging>/<name>` (zstd Parquet) and read back; when a finished checkpoint with
        the same key is there already, it is read back without computing `df`."""
        path = self.staged.path(name)
        marker = f"{path}/{MARKER}"
        if self.fs.exists(marker) and self.fs.read_text(marker) == key:
            self.reused.append(name)
            return self.spark.read.parquet(path)
        self.fs.delete(path)
        df.write.option("compression", "zstd").parquet(path)
        self.fs.delete(f"{path}/_SUCCESS")
        # last, and whole or not at all (written aside, then renamed): a checkpoint cut short has no marker, and
        # a marker is never seen empty (a kill in the ~10 ms between its creation and its close lost the step)
        self.fs.write_text(f"{marker}.partial", key)
        self.fs.rename(f"{marker}.partial", marker)
        self.computed.append(name)
        return self.spark.read.parquet(path)
