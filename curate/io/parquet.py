"""Parquet and Arrow readers: stream each file in record batches (Parquet's bounded by bytes: pages read through a
buffered stream, rows per batch from the file's own size per row), so a file of large documents never sits in
memory whole; field names from the config."""

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

    def batches(raw) -> tuple[int, Iterator]:
        parquet = pq.ParquetFile(raw, buffer_size=STREAM_BUFFER, pre_buffer=False)
        metadata = parquet.metadata
        groups = list(range(start, metadata.num_row_groups if end is None else end))
        rows_before = sum(metadata.row_group(i).num_rows for i in range(start))
        return rows_before, parquet.iter_batches(batch_size=rows_per_batch(metadata), row_groups=groups)

    return _read_rows(path, source, fields, max_doc_bytes, batches)


def read_arrow(path: str, source: str, fields, max_doc_bytes: int) -> Iterator[RawDoc]:
    """Documents of one Arrow IPC file (the stream format Hugging Face `datasets` writes with `save_to_disk`, or
    the random-access file format), in row order, `row@N`; an unreadable file is one reject."""
    return _read_rows(path, source, fields, max_doc_bytes, lambda raw: (0, iter(arrow_batches(raw))))


def arrow_batches(raw):
    """A reader of the record batches of an Arrow IPC stream or file (told apart by the file format's magic)."""
    import pyarrow as pa

    if raw.peek(6)[:6] == b"ARROW1":
        file = pa.ipc.open_file(pa.PythonFile(raw, mode="r"))
        return _FileBatches(file)
    return pa.ipc.open_stream(raw)


class _FileBatches:
    """An Arrow IPC file's batches, with the `schema` and iteration a stream reader has."""

    def __init__(self, file):
        self.schema = file.schema
        self._file = file

    def __iter__(self):
        return (self._file.get_batch(i) for i in range(self._file.num_record_batches))


def _read_rows(path: str, source: str, fields, max_doc_bytes: int, batches) -> Iterator[RawDoc]:
    """Rows of a columnar file as documents: `batches(stream)` opens the file and returns the number of its rows
    before the first batch (a split's) and the record batches."""
    row = 0
    try:
        with open_raw(path) as raw:
            row, found = batches(raw)
            for batch in found:
                for obj in batch.to_pylist():
                    row += 1
                    yield row_to_doc(obj, source, f"row@{row}", fields, max_doc_bytes, row=row)
    except Exception as exc:
        yield rejected(source, f"file@{row}", CORRUPT_FILE, f"{type(exc).__name__}: {exc}", rows_read=row)


def row_to_doc(obj: dict, source: str, key: str, fields, max_doc_bytes: int, **meta) -> RawDoc:
    """One row of a columnar source (Parquet, Arrow, a table) → a document; a text over `max_doc_bytes` is a
    `read.too_large` reject (with `meta`)."""
    text = obj.get(getattr(fields, "record_field", fields.text_field))
    if getattr(fields, "kind", "text") == "text" and isinstance(text, (str, bytes)) and len(text) > max_doc_bytes:
        return rejected(source, key, TOO_LARGE, None, **meta)
    return record_to_doc(obj, source, key, fields)
