"""Files of a set on any filesystem pyarrow reaches (local paths, `file:` URIs, object stores): where a card
is read from and written to. Imports nothing else from catalogs."""

from __future__ import annotations

import os
import re
from typing import Optional

import pyarrow.fs as pafs


def filesystem(path: str) -> tuple[pafs.FileSystem, str]:
    """(pyarrow filesystem, path inside it) for a local path, a Hadoop-style `file:/x` or any URI."""
    if path.startswith("file:"):
        path = re.sub(r"^file:(//)?", "", path)
        if not path.startswith("/"):
            path = "/" + path
    if re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]+://", path):
        return pafs.FileSystem.from_uri(path)
    return pafs.LocalFileSystem(), os.path.abspath(path)


def read_text(fs: pafs.FileSystem, path: str) -> Optional[str]:
    """The UTF-8 text of a file; None when it cannot be read (a run that did not write it)."""
    try:
        with fs.open_input_stream(path) as stream:
            return stream.read().decode("utf-8")
    except (FileNotFoundError, OSError):
        return None


def write_text(fs: pafs.FileSystem, path: str, text: str) -> None:
    """Write `text` as UTF-8, replacing the file."""
    with fs.open_output_stream(path) as stream:
        stream.write(text.encode("utf-8"))


def parquet_files(fs: pafs.FileSystem, folder: str) -> list[str]:
    """Parquet files under `folder`, sorted, as paths relative to it; [] when it is missing."""
    info = fs.get_file_info(folder)
    if info.type != pafs.FileType.Directory:
        return []
    found = fs.get_file_info(pafs.FileSelector(folder, recursive=True))
    return sorted(os.path.relpath(f.path, folder) for f in found
                  if f.type == pafs.FileType.File and f.path.endswith(".parquet"))
