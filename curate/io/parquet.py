"""Parquet reader: streams row groups in batches; field names from the config."""

from __future__ import annotations

from typing import Iterator

from curate.io.jsonl import record_to_doc
from curate.io.records import CORRUPT_FILE, TOO_LARGE, RawDoc, rejected
from curate.io.streams import open_raw


def read_parquet(path: str, source: str, fields, max_doc_bytes: int, batch_rows: int = 1024) -> Iterator[RawDoc]:
    """Documents of one Parquet file, in row order; an unreadable file is one reject."""
    import pyarrow.parquet as pq

    row = 0
    try:
        with open_raw(path) as raw:
            parquet = pq.ParquetFile(raw)
            for batch in parquet.iter_batches(batch_size=batch_rows):
                for obj in batch.to_pylist():
                    row += 1
                    text = obj.get(fields.text_field)
                    if getattr(fields, "kind", "text") == "text" and isinstance(text, str) and len(text) > max_doc_bytes:
                        yield rejected(source, f"row@{row}", TOO_LARGE, None, row=row)
                        continue
                    yield record_to_doc(obj, source, f"row@{row}", fields)
    except Exception as exc:
        yield rejected(source, f"file@{row}", CORRUPT_FILE, f"{type(exc).__name__}: {exc}", rows_read=row)
