"""The document table: the columns every row has, and the Arrow/Spark schema of a configured run."""

from __future__ import annotations

from typing import Iterable

import pyarrow as pa

from filters.tokens import N_TOKENS  # noqa: F401 (a document's length in tokens, with `tokenizer:`)

TIMESTAMP = pa.timestamp("us", tz="UTC")

# id: stable (source + record key, or the source's own id); meta: JSON of whatever else the record carried
BASE_COLUMNS: dict[str, pa.DataType] = {
    "id": pa.string(),
    "text": pa.string(),
    "url": pa.string(),
    "source": pa.string(),
    "timestamp": TIMESTAMP,
    "meta": pa.string(),
}
DROP_REASON = "drop_reason"
# internal: a key unique across the whole run (a digest of the file's source name and the record's position in
# it), what every global step keys rows by; the user's `id` may repeat across inputs. Never written out.
ROW_KEY = "_row"
RESERVED_COLUMNS = {DROP_REASON, ROW_KEY, "html", "minhash", "dup_of", "dup_cluster", "dup_cluster_size", "bucket",
                    "semantic_cluster"}


def kind_columns(kind: str) -> dict[str, pa.DataType]:
    """The columns SFT / preference / KTO rows carry beyond the base ones: structure, then text views."""
    if kind == "text":
        return {}
    from curate.io.chat import KIND_COLUMNS, TEXT_VIEWS

    return {**KIND_COLUMNS[kind], **{view: pa.string() for view in TEXT_VIEWS[kind]}}


def run_schema(stage_columns: Iterable[tuple[str, pa.DataType]], kind: str = "text") -> pa.Schema:
    """Base columns, the row key, the kind's columns, then each stage's signals in stage order, then
    `drop_reason`."""
    fields = [pa.field(n, t) for n, t in BASE_COLUMNS.items()]
    fields.append(pa.field(ROW_KEY, pa.string()))
    fields += [pa.field(n, t) for n, t in kind_columns(kind).items()]
    fields += [pa.field(n, t) for n, t in stage_columns]
    fields.append(pa.field(DROP_REASON, pa.string()))
    return pa.schema(fields)


_SPARK_TYPES = {
    pa.string(): "string",
    pa.int64(): "bigint",
    pa.int32(): "int",
    pa.int8(): "tinyint",
    pa.float32(): "float",
    pa.float64(): "double",
    pa.bool_(): "boolean",
    pa.binary(): "binary",
    TIMESTAMP: "timestamp",
    pa.list_(pa.float32()): "array<float>",
    pa.list_(pa.struct([("role", pa.string()), ("content", pa.string())])): "array<struct<role:string,content:string>>",
}


def spark_ddl(schema: pa.Schema) -> str:
    """The Spark DDL string of an Arrow schema made of the types above."""
    return ", ".join(f"`{f.name}` {_SPARK_TYPES[f.type]}" for f in schema)
