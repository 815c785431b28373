"""Parquet reader: streams each file in batches bounded by bytes (pages read through a buffered stream, rows per
batch from the file's own size per row), so a file of large documents never sits in memory whole; field names
from the config."""

from __future__ import annotations

from typing import Iterator, Optional

from curate.io.jsonl import record_to_doc
from curate.io.records import CORRUPT_FILE, TOO_LARGE, RawDoc, rejected
from curate.io.streams import open_raw


BATCH_BYTES = 16 << 20  # decoded bytes per batch read
MAX_BATCH_ROWS = 1024
STREAM_BUFFER = 8 << 20


def rows_per_batch(metadata, batch_bytes: int = BATCH_BYTES) -> int:
    """Rows per batch so that a batch holds about `batch_bytes` of decoded data (from the row groups' sizes)."""
    rows = metadata.num_rows
    size = sum(metadata.row_group(i).total_byte_size for i in range(metadata.num_row_groups))
    if not rows or not size:
        return MAX_BATCH_ROWS
    return max(1, min(MAX_BATCH_ROWS, batch_bytes * rows // size))


def read_parquet(path: str, source: str, fields, max_doc_bytes: int, start: int = 0,
                 end: Optional[int] = None) -> Iterator[RawDoc]:
    """Documents of one Parquet file, in row order, or of its row groups [start, end) (a split of the file; rows
    keep their numbers in the whole file, `row@N`); an unreadable file is one reject."""
    import pyarrow.parquet as pq

    row = 0
    try:
        with open_raw(path) as raw:
            parquet = pq.ParquetFile(raw, buffer_size=STREAM_BUFFER, pre_buffer=False)
            metadata = parquet.metadata
            groups = list(range(start, metadata.num_row_groups if end is None else end))
            row = sum(metadata.row_group(i).num_rows for i in range(start))
            for batch in parquet.iter_batches(batch_size=rows_per_batch(metadata), row_groups=groups):
                for obj in batch.to_pylist():
                    row += 1
                    text = obj.get(fields.text_field)
                    if getattr(fields, "kind", "text") == "text" and isinstance(text, str) and len(text) > max_doc_bytes:
                        yield rejected(source, f"row@{row}", TOO_LARGE, None, row=row)
                        continue
                    yield record_to_doc(obj, source, f"row@{row}", fields)
    except Exception as exc:
        yield rejected(source, f"file@{row}", CORRUPT_FILE, f"{type(exc).__name__}: {exc}", rows_read=row)
