"""One entry point for the executors: an input file → its documents, whatever the format."""

from __future__ import annotations

from typing import Iterator

from curate.io.jsonl import read_jsonl
from curate.io.parquet import read_parquet
from curate.io.paths import InputFile
from curate.io.records import RawDoc
from curate.io.warc import read_warc


def read_documents(file: InputFile, fields, max_doc_bytes: int) -> Iterator[RawDoc]:
    """Stream the documents of `file`; `fields` names the JSONL/Parquet fields (an `InputSpec`)."""
    if file.format == "warc":
        return read_warc(file.path, file.source, max_doc_bytes)
    if file.format == "jsonl":
        return read_jsonl(file.path, file.source, fields, max_doc_bytes)
    if file.format == "parquet":
        return read_parquet(file.path, file.source, fields, max_doc_bytes)
    raise ValueError(f"unknown format {file.format!r} for {file.path}")
