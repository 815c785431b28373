"""Input files → the pieces tasks read: a large file is read by several tasks, so that one 30 GB JSONL export or
a few 5 GB Parquet files keep every core busy.

Uncompressed JSONL splits into byte ranges (each range reads the lines that start inside it; see
`curate.io.jsonl.read_jsonl`), Parquet into runs of row groups. Compressed streams (gzip, zstd, bzip2, lz4)
cannot be entered in the middle, a JSON array file is one value and an Arrow stream (`save_to_disk`) has no
index of its batches: each is read whole by one task, and the plan says so. WARC files stay one per task, as Common Crawl ships them (~1 GB each).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Optional

from curate.io.paths import InputFile

DEFAULT_OPEN_COST_BYTES = 4 << 20  # spark.sql.files.openCostInBytes' default: no piece is planned smaller
DEFAULT_PARTITION_BYTES = 128 << 20  # spark.sql.files.maxPartitionBytes' default
_UNITS = {"": 1, "b": 1, "k": 1 << 10, "kb": 1 << 10, "m": 1 << 20, "mb": 1 << 20, "g": 1 << 30, "gb": 1 << 30,
          "t": 1 << 40, "tb": 1 << 40, "p": 1 << 50, "pb": 1 << 50}


@dataclass(frozen=True)
class Piece:
    """What one task reads of one input file: all of it (`end` None, `start` 0), the bytes [start, end) of an
    uncompressed JSONL file, or the row groups [start, end) of a Parquet file."""

    file: int  # index into the run's files
    start: int = 0
    end: Optional[int] = None
    size: int = 0  # input bytes it covers, to balance tasks


def byte_size(value: str) -> int:
    """A Spark byte string ("128MB", "64m", "134217728b", "1048576") → bytes, with Spark's binary units."""
    match = re.fullmatch(r"\s*(\d+)\s*([a-zA-Z]*)\s*", str(value))
    if not match or match.group(2).lower() not in _UNITS:
        raise ValueError(f"not a size in bytes: {value!r} (e.g. 128m, 1g)")
    return int(match.group(1)) * _UNITS[match.group(2).lower()]


def split_bytes(total_bytes: int, max_partition_bytes: int, min_tasks: int,
                open_cost_bytes: int = DEFAULT_OPEN_COST_BYTES) -> int:
    """The size pieces are cut to, as Spark sizes file splits: at most `max_partition_bytes`, smaller when the
    input would otherwise give fewer than `min_tasks` tasks, never under `open_cost_bytes`."""
    return max(1, min(max_partition_bytes, max(open_cost_bytes, math.ceil(total_bytes / max(1, min_tasks)))))


def why_whole(file: InputFile) -> Optional[str]:
    """Why a file larger than a piece is still read whole by one task (None: it can be split)."""
    if file.format == "warc":
        return "warc"
    if file.format == "arrow":
        return "Arrow stream"  # its record batches can only be found by reading it
    if file.format == "parquet":
        return None
    from curate.io.jsonl import UTF8_BOM, is_json_array_name
    from curate.io.streams import BZ2_MAGIC, GZIP_MAGIC, LZ4_MAGIC, ZSTD_MAGIC, open_raw

    try:
        with open_raw(file.path) as raw:
            head = raw.peek(64)[:64]
    except OSError:
        return "unreadable"  # its reader reports it
    for magic, name in ((GZIP_MAGIC, "gzip"), (ZSTD_MAGIC, "zstd"), (BZ2_MAGIC, "bzip2"), (LZ4_MAGIC, "lz4")):
        if head.startswith(magic):
            return name
    body = head[len(UTF8_BOM):] if head.startswith(UTF8_BOM) else head
    if is_json_array_name(file.path) and body.lstrip()[:1] == b"[":
        return "JSON array"
    return None


def split_file(index: int, file: InputFile, piece_bytes: int) -> tuple[list[Piece], Optional[str]]:
    """The pieces of one file, and why it is read whole when it is larger than `piece_bytes` but not split."""
    whole = [Piece(index, 0, None, file.size)]
    if file.size <= piece_bytes:
        return whole, None
    why = why_whole(file)
    if why is not None:
        return whole, why
    if file.format == "parquet":
        return _row_group_pieces(index, file, piece_bytes)
    count = math.ceil(file.size / piece_bytes)
    step = math.ceil(file.size / count)  # equal pieces rather than a small last one
    bounds = list(range(0, file.size, step)) + [file.size]
    return [Piece(index, start, end if end < file.size else None, end - start)
            for start, end in zip(bounds, bounds[1:])], None


def _row_group_pieces(index: int, file: InputFile, piece_bytes: int) -> tuple[list[Piece], Optional[str]]:
    """Consecutive row groups of about `piece_bytes` (their compressed size) per piece."""
    import pyarrow.parquet as pq

    from curate.io.streams import open_raw

    try:
        with open_raw(file.path) as raw:
            metadata = pq.ParquetFile(raw).metadata
    except Exception:  # noqa: BLE001 - an unreadable file is its reader's to report
        return [Piece(index, 0, None, file.size)], "unreadable"
    sizes = [sum(metadata.row_group(g).column(c).total_compressed_size for c in range(metadata.num_columns))
             for g in range(metadata.num_row_groups)]
    if len(sizes) < 2:
        return [Piece(index, 0, None, file.size)], "one row group"
    pieces: list[Piece] = []
    first, held = 0, 0
    for group, size in enumerate(sizes):
        if held and held + size > piece_bytes:
            pieces.append(Piece(index, first, group, held))
            first, held = group, 0
        held += size
    pieces.append(Piece(index, first, None, held))
    return pieces, None


def plan_pieces(files: list[InputFile], piece_bytes: int) -> tuple[list[Piece], dict[str, list[str]]]:
    """Every file's pieces, and the files larger than a piece read whole, by why (WARC files left out: they
    are one task each by design)."""
    pieces: list[Piece] = []
    whole: dict[str, list[str]] = {}
    for index, file in enumerate(files):
        found, why = split_file(index, file, piece_bytes)
        pieces.extend(found)
        if why is not None and why != "warc":
            whole.setdefault(why, []).append(file.path)
    return pieces, whole


def whole_files_note(whole: dict[str, list[str]], piece_bytes: int) -> Optional[str]:
    """One line for the plan: which large files one task reads whole, and what to do to use more cores."""
    if not whole:
        return None
    count = sum(map(len, whole.values()))
    kinds = ", ".join(f"{len(paths)} {why}" for why, paths in sorted(whole.items()))
    first = next(iter(sorted(whole.items())))[1][0]
    return (f"{count} input file(s) larger than a task ({piece_bytes / 2**20:.0f} MB) are read whole, one task each "
            f"({kinds}; e.g. {first}): compressed streams, JSON arrays and Arrow streams cannot be split; "
            f"store them uncompressed as JSONL or Parquet, or as several smaller files, to read them on more cores")
