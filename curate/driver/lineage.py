"""Lineage of a run: every input file with its size and SHA-256, the model and benchmark files the stages
read, the code version and when it ran. Written as `lineage.json` beside the output; the card shows it.

Input checksums are computed on the executors, one task per group of files, reading each file once more
as stored (compressed bytes); model files, which are few and on the driver, are hashed there.
"""

from __future__ import annotations

import hashlib
import os
import platform
import subprocess
import time
from typing import Any, Iterable, Iterator

CHUNK = 4 << 20


def sha256_file(path: str) -> str:
    """SHA-256 of a file's bytes as stored, local or any URI pyarrow opens."""
    from curate.io.streams import open_raw

    digest = hashlib.sha256()
    with open_raw(path) as stream:
        for block in iter(lambda: stream.read(CHUNK), b""):
            digest.update(block)
    return digest.hexdigest()


def sha256_tree(path: str) -> str:
    """SHA-256 of a local file, or of a folder as its sorted (relative name, file digest) pairs."""
    if not os.path.isdir(path):
        return sha256_file(path)
    digest = hashlib.sha256()
    for root, dirs, files in os.walk(path):
        dirs.sort()
        for name in sorted(files):
            full = os.path.join(root, name)
            digest.update(f"{os.path.relpath(full, path)}\0{sha256_file(full)}\n".encode())
    return digest.hexdigest()


def _hash_partition(paths: Iterable[str]) -> Iterator[tuple[str, str]]:
    for path in paths:
        try:
            yield path, sha256_file(path)
        except OSError as exc:  # the reader already counted this file as unreadable; say so here too
            yield path, f"unreadable: {exc}"


def input_checksums(spark, paths: list[str]) -> dict[str, str]:
    """path → SHA-256 for every input file, hashed in parallel on the executors."""
    if not paths:
        return {}
    slices = max(1, min(len(paths), spark.sparkContext.defaultParallelism * 2))
    return dict(spark.sparkContext.parallelize(sorted(paths), slices).mapPartitions(_hash_partition).collect())


def code_version() -> dict[str, Any]:
    """curate's version, and the git commit (and whether the tree had changes) when run from a checkout."""
    import curate

    version: dict[str, Any] = {"curate": curate.__version__}
    root = os.path.dirname(os.path.dirname(os.path.abspath(curate.__file__)))
    try:
        commit = subprocess.run(["git", "-C", root, "rev-parse", "HEAD"], capture_output=True, text=True,
                                timeout=10, check=True).stdout.strip()
        dirty = subprocess.run(["git", "-C", root, "status", "--porcelain", "--untracked-files=no"],
                               capture_output=True, text=True, timeout=10, check=True).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return version
    version.update({"git_commit": commit, "git_dirty": bool(dirty)})
    return version


def environment(spark) -> dict[str, str]:
    """Python, Spark and the master the run used."""
    return {"python": platform.python_version(), "spark": spark.version,
            "master": spark.sparkContext.master}


def utc(seconds: float) -> str:
    """An epoch time as ISO 8601 UTC, to the second."""
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(seconds))
