"""The own pass of a stage that declares resources (a transformer scorer on a GPU), inside Spark tasks: the kept
rows go through the stage and its rules with `apply_stages`, the same code as the row-local pass; the stage gets
the addresses of the resources Spark gave its task (`TaskContext.resources()`)."""

from __future__ import annotations

import json
from typing import Iterator

import pyarrow as pa

from curate.config import StageSpec
from curate.executor.row_pass import StageFile, apply_stages, load_stage, once_per_worker
from curate.registry import STAGES
from curate.schema import DROP_REASON
from filters.base import DocBatch


def own_pass_function(spec: StageSpec, files: dict[str, StageFile], columns: list[str]):
    """The function given to `mapInArrow` for a stage's own pass: rows of the run schema (the kept ones) → the
    same rows with the stage's columns, and its rules' failures in `drop_reason`. The stage is built once per
    Python worker and resource assignment; it reads the columns it needs, its rules those they name."""
    from curate.validate import to_plain

    key = json.dumps([to_plain(spec), to_plain(files)], sort_keys=True)
    read = [c for c in columns if c in {"text", "language", *STAGES[spec.stage].needs_for(spec.typed_params()),
                                        *(rule.signal for rule in spec.rules)}]

    def run(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
        from pyspark import TaskContext

        context = TaskContext.get()
        assigned = {name: list(info.addresses) for name, info in (context.resources() if context else {}).items()}
        loaded = once_per_worker(key + json.dumps(assigned, sort_keys=True), lambda: load_stage(spec, files, assigned))
        for batch in batches:
            reasons = batch.column(DROP_REASON).to_pylist()
            full = {name: batch.column(name).to_pylist() for name in read}
            texts = full["text"]
            alive = [i for i, reason in enumerate(reasons) if reason is None]
            docs = DocBatch({name: [values[i] for i in alive] for name, values in full.items()})
            apply_stages([loaded], docs, alive, full, texts, reasons)
            arrays = {name: batch.column(name) for name in batch.schema.names}
            arrays[DROP_REASON] = pa.array(reasons, pa.string())
            for column, data_type in loaded.provides.items():
                arrays[column] = pa.array(full[column], type=data_type)
            yield pa.RecordBatch.from_arrays(list(arrays.values()), names=list(arrays))

    return run
