"""The fused row-local pass, inside Spark tasks: read → extract → every row-local stage and its rules, in one
`mapInArrow`; and `apply_stages`, through which both this pass and a stage's own pass (curate/executor/own_pass.py)
apply stages and rules: one mechanism.

`RunPlan` is everything an executor needs (picklable, small): the files of each task, the stage specs and the
files stages load.
Stages and the HTML extractor are built once per Python worker and cached; stage files are shipped with
`SparkContext.addFile` / `addArchive` and found with `SparkFiles` on executors of other hosts.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from typing import Any, Callable, Iterator, Optional, Sequence, TypeVar

import pyarrow as pa

from curate.config import ReadConfig, InputSpec, StageSpec
from curate.dedup.minhash import MINHASH, MinHasher, ShingleSpec
from curate.io.chat import MESSAGE_COLUMNS, TEXT_VIEWS, kind_of, text_views
from curate.io.paths import InputFile
from curate.io.readers import read_documents
from curate.io.splits import Piece
from curate.io.records import RawDoc, stable_id
from curate.registry import STAGES
from curate.executor.rules import CompiledRule, first_failures
from curate.schema import BASE_COLUMNS, DROP_REASON, ROW_KEY, kind_columns, run_schema
from filters.base import DocBatch, Stage
from filters.extract import ExtractParams, HtmlExtractor


@dataclass(frozen=True)
class StageFile:
    """A file or folder a stage loads: its path on the driver (or a URI), and the name executors find their copy
    under with `SparkFiles` (None: read `path` in place — local mode for folders, or `ship: false`)."""

    path: str
    shipped: Optional[str] = None

    def local(self) -> str:
        """The path to open in this process: the shipped copy where there is one, else `path`."""
        if self.shipped is not None:
            try:
                from pyspark import SparkFiles

                copy = SparkFiles.get(self.shipped)
                if os.path.exists(copy):
                    return _under_own_name(copy, os.path.basename(os.path.normpath(self.path)))
            except Exception:  # no SparkContext / worker environment: a plain local call
                pass
        return self.path


def _under_own_name(copy: str, name: str) -> str:
    """The shipped copy as a path ending in the file's own name (it is shipped under a unique one): stages may
    name things after their files, e.g. benchmark item ids `gsm8k_test.jsonl:17`."""
    if os.path.basename(copy) == name:
        return copy
    folder = os.path.join(os.path.dirname(copy), f".named-{os.path.basename(copy)}")
    link = os.path.join(folder, name)
    if not os.path.lexists(link):
        os.makedirs(folder, exist_ok=True)
        try:
            os.symlink(copy, link)
        except FileExistsError:  # another task of this executor made it first
            pass
    return link


StageFiles = dict[str, dict[str, StageFile]]  # stage name → file key → file


@dataclass
class RunPlan:
    """What the executors need to run the fused pass."""

    files: list[InputFile]
    tasks: list[list[Piece]]  # task id → the pieces of `files` it reads
    inputs: list[InputSpec]  # per config input: field names, format, kind
    read: ReadConfig
    extract: ExtractParams
    stages: list[StageSpec]  # the stages of the row-local pass, in order
    stage_files: StageFiles
    minhash: Optional[ShingleSpec] = None  # signatures of the kept documents, for near-dedup
    kind: str = "text"  # text documents, or SFT / preference / KTO records (curate.io.chat)
    minhash_field: str = "text"  # the text the signatures are computed on
    rejects_written: bool = True  # False (`output.rejects: none`): dropped documents need no scrubbing

    @property
    def schema(self) -> pa.Schema:
        """The Arrow schema of the pass's output."""
        columns = [(c, t) for spec in self.stages for c, t in spec.provides().items()]
        if self.minhash is not None:
            columns.append((MINHASH, pa.binary()))
        return run_schema(columns, self.kind)

    def fingerprint(self) -> str:
        """Identifies what `LoadedPlan` builds (stages, their files, the extractor), to reuse it across tasks."""
        from curate.validate import to_plain

        return json.dumps([[s.stage, s.name, s.params, to_plain(s.rules)] for s in self.stages]
                          + [to_plain(self.stage_files), to_plain(self.extract), to_plain(self.minhash), self.kind,
                             self.minhash_field, self.rejects_written], sort_keys=True)


@dataclass
class LoadedStage:
    """A stage built in this worker, with what the engine needs around it."""

    name: str  # the spec's name: the prefix of the stage's drop reasons
    stage: Stage
    provides: dict[str, pa.DataType]
    rules: list[CompiledRule]
    languages: Optional[frozenset[str]]  # None: every document goes through it


def load_stage(spec: StageSpec, files: dict[str, StageFile],
               assigned: Optional[dict[str, list[str]]] = None) -> LoadedStage:
    """The stage of `spec` built with its files (local copies) and, for a stage that declares resources, the
    resource addresses its task was given."""
    cls = STAGES[spec.stage]
    local = {key: f.local() for key, f in files.items()}
    params = spec.typed_params()
    stage = cls(params, local, assigned) if cls.resources is not None else cls(params, local)
    languages = frozenset(spec.languages) if spec.languages is not None else None
    return LoadedStage(spec.name, stage, cls.provides_for(params), [CompiledRule(spec.name, rule) for rule in spec.rules],
                       languages)


class LoadedPlan:
    """Stages, their compiled rules and the extractor, built from a plan."""

    def __init__(self, plan: RunPlan):
        self.plan = plan
        self.schema = plan.schema
        self.stages = [load_stage(spec, plan.stage_files.get(spec.name, {})) for spec in plan.stages]
        self._extractor: Optional[HtmlExtractor] = None
        self.minhasher = MinHasher(plan.minhash) if plan.minhash is not None else None

    @property
    def extractor(self) -> HtmlExtractor:
        """Built on first use: only tasks that meet HTML pay for loading trafilatura."""
        if self._extractor is None:
            self._extractor = HtmlExtractor(self.plan.extract)
        return self._extractor


T = TypeVar("T")
_PER_WORKER: dict[str, Any] = {}  # what is built once per Python worker process: loaded plans and stages


def once_per_worker(key: str, build: Callable[[], T]) -> T:
    """`build()` the first time `key` is asked for in this process, the same object after that."""
    if key not in _PER_WORKER:
        _PER_WORKER[key] = build()
    return _PER_WORKER[key]


def loaded_plan(plan: RunPlan) -> LoadedPlan:
    """The plan's stages, loaded once per Python worker process."""
    return once_per_worker(plan.fingerprint(), lambda: LoadedPlan(plan))


def process_documents(docs: Sequence[RawDoc], loaded: LoadedPlan) -> pa.RecordBatch:
    """Extract, annotate and select one batch of documents; returns rows of the run schema."""
    size = len(docs)
    texts: list[Optional[str]] = [d.text for d in docs]
    reasons: list[Optional[str]] = [d.drop_reason for d in docs]
    for i, doc in enumerate(docs):
        if reasons[i] is None and doc.html is not None:
            texts[i], why = loaded.extractor.extract(doc.html, doc.url)
            if why is not None:
                reasons[i] = f"extract.{why}"
        if reasons[i] is None and "\r" in texts[i]:  # one line ending for every stage: \n
            texts[i] = texts[i].replace("\r\n", "\n").replace("\r", "\n")

    full: dict[str, list[Any]] = {
        "id": [d.id for d in docs],
        "text": texts,
        "url": [d.url for d in docs],
        "source": [d.source for d in docs],
        "timestamp": [d.timestamp for d in docs],
        "meta": [d.meta_json() for d in docs],
        ROW_KEY: [d.row for d in docs],
    }
    kind_names = list(kind_columns(loaded.plan.kind))
    for name in kind_names:
        full[name] = [d.record.get(name) if d.record is not None else None for d in docs]
    alive = [i for i in range(size) if reasons[i] is None]
    batch = DocBatch({name: [full[name][i] for i in alive] for name in [*BASE_COLUMNS, *kind_names]})
    alive = apply_stages(loaded.stages, batch, alive, full, texts, reasons)
    if loaded.plan.rejects_written:
        scrub_rejects(loaded.stages, full, reasons)
    count_rejects(loaded.stages, full, reasons)
    if loaded.minhasher is not None:
        full[MINHASH] = [None] * size
        source = texts if loaded.plan.minhash_field == "text" else full[loaded.plan.minhash_field]
        for i, signature in zip(alive, loaded.minhasher.signatures([source[i] or "" for i in alive])):
            full[MINHASH][i] = signature
    full[DROP_REASON] = reasons
    schema = loaded.schema
    arrays = [pa.array(full[f.name], type=f.type) for f in schema]
    return pa.RecordBatch.from_arrays(arrays, schema=schema)


def apply_stages(stages: list[LoadedStage], batch: DocBatch, alive: list[int], full: dict[str, list[Any]],
                 texts: list[Optional[str]], reasons: list[Optional[str]]) -> list[int]:
    """Every stage in order over the live documents (`batch`, at indices `alive` of the full batch): their
    signals written into `full` (None where a document did not reach the stage), their rules' first failure
    into `reasons`, rewritten texts into `texts`. Returns the indices still alive."""
    size = len(reasons)
    for loaded in stages:
        for column in loaded.provides:
            full[column] = [None] * size
        if not alive:
            continue
        if loaded.languages is None:
            batch, alive = _run_stage(loaded, batch, alive, full, texts, reasons)
            continue
        # only documents of the stage's languages go through it; the others pass untouched
        inside = [p for p, language in enumerate(batch.columns["language"]) if language in loaded.languages]
        if not inside:
            continue
        kept_batch, kept_alive = _run_stage(loaded, batch.subset(inside), [alive[p] for p in inside],
                                            full, texts, reasons)
        batch, alive = _merge(batch, alive, inside, kept_batch, kept_alive)
    return alive


def _run_stage(loaded: LoadedStage, batch: DocBatch, alive: list[int], full: dict[str, list[Any]],
               texts: list[Optional[str]], reasons: list[Optional[str]]) -> tuple[DocBatch, list[int]]:
    """Annotate `batch` (the live documents `alive`), write signals into `full`, apply the rules; returns
    the batch and positions of the documents that passed."""
    stage, rules = loaded.stage, loaded.rules
    signals = stage.annotate(batch)
    for column in loaded.provides:
        values = signals[column]
        batch.columns[column] = list(values)
        target = full[column]
        for position, i in enumerate(alive):
            target[i] = values[position]
    failures = first_failures(rules, batch.columns, batch.size)
    keep = []
    for position, reason in enumerate(failures):
        if reason is None:
            keep.append(position)
        else:
            reasons[alive[position]] = reason
    if len(keep) < len(alive):
        batch = batch.subset(keep)
        alive = [alive[p] for p in keep]
    if stage.rewrites_text:  # the rewrite applies to the documents the stage keeps
        rewritten = {c: [signals[c][p] for p in keep] for c in signals if c not in loaded.provides}
        _rewrite(batch, alive, rewritten, full, texts)
    return batch, alive


def _rewrite(batch: DocBatch, alive: list[int], rewritten: dict[str, list[Any]], full: dict[str, list[Any]],
             texts: list[Optional[str]]) -> None:
    """Give the documents `alive` (the rows of `batch`) the columns a stage rewrote: a new text, or new message
    lists, from which the text and its views are rebuilt (curate.io.chat.text_views); a record without messages
    (unreadable, in rejects) takes the stage's new text as it is."""
    structure = [c for c in rewritten if c in MESSAGE_COLUMNS]
    if structure:
        kind = kind_of({c: None for c in structure})
        given = rewritten.get("text") or [None] * len(alive)
        views = {v: list(batch.columns[v]) for v in TEXT_VIEWS[kind] if v in batch.columns}
        new_texts = []
        for p in range(len(alive)):
            row = {c: rewritten[c][p] for c in structure}
            if all(value is not None for value in row.values()):
                built = text_views(kind, row)
                new_texts.append(built["text"])
                for view, values in views.items():
                    values[p] = built[view]
            else:
                new_texts.append(given[p] if given[p] is not None else batch.texts[p])
        rewritten = {**rewritten, "text": new_texts, **views}
    for column, values in rewritten.items():
        if column == "text":
            batch.replace_texts(values)
            target = texts
        else:
            batch.columns[column] = values
            target = full[column]
        for i, value in zip(alive, values):
            target[i] = value


def scrub_rejects(stages: list[LoadedStage], full: dict[str, list[Any]], reasons: list[Optional[str]]) -> None:
    """Run each stage that scrubs rejects (PII) over the documents dropped before it or by its own rules: their
    text (or messages) rewritten, their signals left as they are. A reason's prefix names the stage that dropped
    the document; read and extraction reasons come before every stage."""
    order = {loaded.name: index for index, loaded in enumerate(stages)}
    texts = full["text"]
    for index, loaded in enumerate(stages):
        if not (loaded.stage.rewrites_text and loaded.stage.scrubs_rejects):
            continue
        languages = full.get("language") if loaded.languages is not None else None  # as it treats kept documents
        dropped = [i for i, reason in enumerate(reasons) if reason is not None and texts[i] is not None
                   and order.get(reason.split(".", 1)[0], -1) <= index
                   and (languages is None or languages[i] in loaded.languages)]
        if not dropped:
            continue
        view = DocBatch({name: [values[i] for i in dropped] for name, values in full.items()
                         if name not in loaded.provides})
        signals = loaded.stage.annotate(view)
        _rewrite(view, dropped, {c: list(signals[c]) for c in signals if c not in loaded.provides}, full, texts)


def count_rejects(stages: list[LoadedStage], full: dict[str, list[Any]], reasons: list[Optional[str]]) -> None:
    """Give each stage that counts rejects (token counts) its signals for the documents dropped before it: computed
    on their text as it stands (scrubbed, when a stage scrubs rejects), so the ledger sums them per drop reason."""
    texts = full["text"]
    for loaded in stages:
        if not loaded.stage.counts_rejects:
            continue
        first = next(iter(loaded.provides))
        dropped = [i for i, reason in enumerate(reasons)
                   if reason is not None and texts[i] is not None and full[first][i] is None]
        if not dropped:
            continue
        view = DocBatch({name: [values[i] for i in dropped] for name, values in full.items()
                         if name not in loaded.provides})
        signals = loaded.stage.annotate(view)
        for column in loaded.provides:
            target = full[column]
            for i, value in zip(dropped, signals[column]):
                target[i] = value


def _merge(batch: DocBatch, alive: list[int], inside: list[int], kept: DocBatch,
           kept_alive: list[int]) -> tuple[DocBatch, list[int]]:
    """One batch again, in document order, from the documents a language-scoped stage kept (`kept`) and those
    it skipped (the positions of `batch` not in `inside`); returns it with its documents' indices."""
    inside_set = set(inside)
    position = {i: p for p, i in enumerate(alive)}
    merged = sorted(kept_alive + [alive[p] for p in range(batch.size) if p not in inside_set])
    kept_at = {i: p for p, i in enumerate(kept_alive)}
    columns: dict[str, list[Any]] = {}
    for name, values in batch.columns.items():
        columns[name] = [kept.columns[name][kept_at[i]] if i in kept_at else values[position[i]] for i in merged]
    for name in kept.columns:
        if name not in columns:  # the stage's signals: none for the documents it skipped
            columns[name] = [kept.columns[name][kept_at[i]] if i in kept_at else None for i in merged]
    result = DocBatch(columns)
    for view in DocBatch._VIEWS:  # keep the tokenisation both sides already have
        if view in batch.__dict__ and view in kept.__dict__:
            result.__dict__[view] = [kept.__dict__[view][kept_at[i]] if i in kept_at
                                     else batch.__dict__[view][position[i]] for i in merged]
    return result, merged


def in_sample(doc_id: str, fraction: float) -> bool:
    """A deterministic choice of about `fraction` of all ids."""
    digest = hashlib.blake2b(doc_id.encode("utf-8", "surrogatepass"), digest_size=8).digest()
    return int.from_bytes(digest, "big") < fraction * 2**64


def _doc_bytes(doc: RawDoc) -> int:
    if doc.html is not None:
        return len(doc.html)
    return len(doc.text) if doc.text else 0


def run_task(plan: RunPlan, task_id: int) -> Iterator[pa.RecordBatch]:
    """All output batches of one task: its pieces of files read in order, cut into batches by rows and bytes."""

    def documents() -> Iterator[RawDoc]:
        for piece in plan.tasks[task_id]:
            file = plan.files[piece.file]
            for doc in read_documents(file, plan.inputs[file.input_index], plan.read.max_doc_bytes, piece):
                doc.row = stable_id(file.source, f"#{doc.address}")  # sources are unique in a run: so are row keys
                yield doc

    return in_batches(plan, documents())


def in_batches(plan: RunPlan, docs: Iterator[RawDoc]) -> Iterator[pa.RecordBatch]:
    """The pass over a stream of documents: the sample kept, cut into batches by rows and bytes, each processed."""
    loaded = loaded_plan(plan)
    pending: list[RawDoc] = []
    pending_bytes = 0
    fraction = plan.read.sample_fraction
    for doc in docs:
        if fraction < 1 and not in_sample(doc.id, fraction):
            continue
        pending.append(doc)
        pending_bytes += _doc_bytes(doc)
        if len(pending) >= plan.read.batch_rows or pending_bytes >= plan.read.batch_bytes:
            yield process_documents(pending, loaded)
            pending, pending_bytes = [], 0
    if pending:
        yield process_documents(pending, loaded)


TABLE_FILE, TABLE_ROW = "_curate_file", "_curate_row"  # where a table's row was stored, when Spark knows


def table_function(plan: RunPlan, input_index: int):
    """The function given to `mapInArrow` over a catalog table's rows (curate/driver/tables.py): each row a record
    of the input's fields, addressed by the file and row it was stored at (`TABLE_FILE`, `TABLE_ROW`), or, for
    tables whose rows have no file (views, some formats), by the task's partition and position."""
    from curate.io.parquet import row_to_doc

    spec = plan.inputs[input_index]
    source = spec.source or spec.table

    def run(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
        from pyspark import TaskContext

        partition = TaskContext.get().partitionId()

        def documents() -> Iterator[RawDoc]:
            position = 0
            for batch in batches:
                for obj in batch.to_pylist():
                    position += 1
                    stored, row = obj.pop(TABLE_FILE, None), obj.pop(TABLE_ROW, None)
                    if stored is not None and row is not None:
                        address = f"{os.path.basename(stored)}#row@{row + 1}"
                    else:  # a file may span partitions: only the partition and position are unique then
                        address = f"partition@{partition}#row@{position}"
                    doc = row_to_doc(obj, source, address, spec, plan.read.max_doc_bytes)
                    doc.row = stable_id(source, f"#{address}")
                    yield doc

        yield from in_batches(plan, documents())

    return run


def partition_function(plan: RunPlan):
    """The function given to `mapInArrow`: its input rows are task ids (column `id`)."""

    def run(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
        for batch in batches:
            for task_id in batch.column("id").to_pylist():
                yield from run_task(plan, task_id)

    return run
