"""One entry point for the executors: an input file → its documents, whatever the format."""

from __future__ import annotations

from typing import Iterator, Optional

from curate.io.jsonl import read_jsonl
from curate.io.parquet import read_arrow, read_parquet
from curate.io.paths import InputFile
from curate.io.records import RawDoc
from curate.io.splits import Piece
from curate.io.warc import read_warc


def read_documents(file: InputFile, fields, max_doc_bytes: int, piece: Optional[Piece] = None) -> Iterator[RawDoc]:
    """Stream the documents of `file`, or of one piece of it (a split: bytes of JSONL, row groups of Parquet);
    `fields` names the JSONL/Parquet fields (an `InputSpec`)."""
    start, end = (piece.start, piece.end) if piece is not None else (0, None)
    if file.format == "warc":
        return read_warc(file.path, file.source, max_doc_bytes)
    if file.format == "jsonl":
        return read_jsonl(file.path, file.source, fields, max_doc_bytes, start, end)
    if file.format == "parquet":
        return read_parquet(file.path, file.source, fields, max_doc_bytes, start, end)
    if file.format == "arrow":
        return read_arrow(file.path, file.source, fields, max_doc_bytes)
    raise ValueError(f"unknown format {file.format!r} for {file.path}")


FIRST_RECORDS = 20


def first_fields(file: InputFile) -> set[str]:
    """The field names of the first records of a JSONL / JSON / Parquet file (the Parquet schema's names):
    what a config's field names are checked against before work. Empty when none can be read."""
    import json
    from itertools import islice

    from curate.io.jsonl import UTF8_BOM, is_json_array_name
    from curate.io.streams import open_decompressed, open_raw

    try:
        if file.format == "parquet":
            import pyarrow.parquet as pq

            with open_raw(file.path) as raw:
                parquet = pq.ParquetFile(raw)
                return set(parquet.schema_arrow.names) if parquet.metadata.num_rows else set()
        if file.format == "arrow":
            from curate.io.parquet import arrow_batches

            with open_raw(file.path) as raw:
                return set(arrow_batches(raw).schema.names)
        names: set[str] = set()
        with open_decompressed(file.path) as stream:
            head = stream.peek(3)[:3]
            if head == UTF8_BOM:
                stream.read(3)
            if is_json_array_name(file.path) and stream.peek(64).lstrip()[:1] == b"[":
                return set()  # a JSON array: read whole by the reader, too costly to check here
            for line in islice(stream, FIRST_RECORDS):
                try:
                    record = json.loads(line)
                except (ValueError, RecursionError):
                    continue
                if isinstance(record, dict):
                    names |= set(map(str, record))
        return names
    except Exception:  # noqa: BLE001 - an unreadable file is the readers' to count
        return set()
