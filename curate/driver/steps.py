"""The declared plan of a run's global steps, built once from the config before any work.

Each step says what the ledger calls the stages it accounts for, where its checkpoint lives in the staging
folder, what its resume key digests, what it reads and writes, and how it runs. `run` executes the steps in
order, the checkpoints and resume keys come from them, the ledger's stage list is theirs in order, lineage
records them, and `curate card` profiling runs the plan of a profile config. A new global step is a function
that returns a `Step` and one line in `build_steps`.

The steps, in order: annotate (read, extract, the row-local stages), the own passes `after: row_local`, dedup
(against the reference set, then URL, exact and MinHash: rounds of one step, which share the row numbering and
the ledger's `dedup` stage), the own passes `after: dedup`, select (a checkpoint of the rows when the last step
left them lazy) and write.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable, Optional

from curate.driver.checkpoints import Checkpoints, code_fingerprint, digest, file_fingerprints
from curate.config import Config, StageSpec
from curate.executor.row_pass import RunPlan
from curate.validate import to_plain


@dataclass
class RunContext:
    """What the steps run with: the session, the config, the row-local plan, and for a run that writes an output
    its checkpoints, output folders, steps and their resume keys."""

    spark: Any
    config: Config
    plan: RunPlan
    checkpoints: Optional[Checkpoints] = None  # None: nothing is saved (profiling)
    reference: Optional[RunPlan] = None  # the read pass over the dedup reference set, listed once
    fs: Any = None  # curate.output.fs.HadoopFS of the output
    staged: Any = None  # curate.output.writer.StagedOutput
    started: float = 0.0
    steps: list["Step"] = field(default_factory=list)
    keys: dict[str, str] = field(default_factory=dict)
    echo: bool = True  # say on stderr which checkpoints a resumed run reused


Rows = Any  # a pyspark DataFrame of the run schema (pyspark is imported inside functions only)
# (rows, round=None) → the rows saved in the step's folder (or `<folder>/<round>`), read back
Checkpoint = Callable[..., Rows]


@dataclass(frozen=True)
class Step:
    """One global step of a run.

    `checkpoint`: the staging folder the step saves to and resumes from, through the `Checkpoint` it is given
    (None: nothing saved); a step with `rounds` saves intermediate results as `<checkpoint>/<round>` and leaves
    its result lazy. `key_parts`: what, besides the previous step's key, its result depends on.
    `run(context, rows, checkpoint)` → the rows after the step (`rows` is None for the first step).
    """

    name: str
    done: str  # how an interruption message names the finished step
    ledger: tuple[str, ...]
    reads: str
    writes: str
    run: Callable[[RunContext, Optional[Rows], Checkpoint], Rows]
    key_parts: Callable[[RunContext], list[Any]] = lambda context: []
    checkpoint: Optional[str] = None
    rounds: tuple[str, ...] = field(default=())

    @property
    def result_saved(self) -> bool:
        """Whether the rows the step returns are read back from its checkpoint (not lazy work)."""
        return self.checkpoint is not None and not self.rounds

    def describe(self) -> dict[str, Any]:
        """The step as lineage.json records it."""
        return {"step": self.name, "ledger": list(self.ledger), "checkpoint": self.checkpoint,
                "rounds": list(self.rounds), "reads": self.reads, "writes": self.writes}


def annotate_step(config: Config) -> Step:
    """Read → extract → the row-local stages, in one fused pass (curate/executor/row_pass.py)."""
    row_local = [spec for spec in config.stages if not spec.own_pass]

    def key_parts(context: RunContext) -> list[Any]:
        from curate.driver.prepare import named_stage_files

        plan = context.plan
        paths = [path for spec, _, path in named_stage_files(config) if not spec.own_pass]
        return [code_fingerprint(), file_fingerprints(f.path for f in plan.files), file_fingerprints(paths),
                to_plain(config.inputs), to_plain(config.read), to_plain(config.extract), to_plain(row_local),
                config.kind, config.dedup.field, to_plain(plan.minhash), plan.rejects_written]

    def run(context: RunContext, rows: Optional[Rows], checkpoint: Checkpoint) -> Rows:
        from curate.driver.run import annotate, bound_scan_batches

        rows = checkpoint(annotate(context.spark, context.plan))
        if context.checkpoints is not None:
            bound_scan_batches(context.spark, context.fs, context.staged.path("annotated"), rows)
        return rows

    return Step(name="annotate", done="reading and the row-local stages",
                ledger=("read", "extract", *[spec.name for spec in row_local]), reads="input files",
                writes="rows: base columns, the row-local stages' signals, drop_reason", run=run,
                key_parts=key_parts, checkpoint="annotated")


def own_pass_step(config: Config, spec: StageSpec) -> Step:
    """One stage in a pass of its own, with the resources it asks for (curate/driver/own_pass.py)."""

    def key_parts(context: RunContext) -> list[Any]:
        from curate.driver.prepare import named_stage_files

        paths = [path for other, _, path in named_stage_files(config) if other.name == spec.name]
        return [to_plain(spec), file_fingerprints(paths)]

    def run(context: RunContext, rows: Optional[Rows], checkpoint: Checkpoint) -> Rows:
        from curate.driver.own_pass import run_own_pass

        return checkpoint(run_own_pass(context.spark, rows, spec, context.plan.stage_files.get(spec.name, {})))

    return Step(name=f"pass {spec.name}", done=f"stage {spec.name}", ledger=(spec.name,), reads="rows",
                writes=f"rows with {', '.join(spec.provides())}", run=run, key_parts=key_parts,
                checkpoint=f"passes/{spec.name}")


def dedup_step(config: Config) -> Step:
    """Against the reference set, then URL, exact, MinHash and semantic dedup (curate/dedup/stages.py)."""
    dedup = config.dedup
    rounds = tuple(name for name, on in (("reference", bool(dedup.reference)), ("url", dedup.url),
                                        ("exact", dedup.exact), ("minhash", dedup.minhash is not None),
                                        ("semantic", dedup.semantic is not None)) if on)

    def key_parts(context: RunContext) -> list[Any]:
        # dedup numbers rows by partition (monotonically_increasing_id): what splits the checkpoint read back counts
        spark = context.spark
        split = [spark.sparkContext.defaultParallelism] + [
            spark.conf.get(k, None) for k in ("spark.sql.files.maxPartitionBytes", "spark.sql.files.openCostInBytes",
                                              "spark.sql.files.minPartitionNum")]
        reference = context.reference
        return [to_plain(dedup), split,
                file_fingerprints(f.path for f in reference.files) if reference is not None else [],
                file_fingerprints([dedup.semantic.model_path()]) if dedup.semantic is not None else []]

    def run(context: RunContext, rows: Optional[Rows], checkpoint: Checkpoint) -> Rows:
        from curate.driver.run import global_dedup

        return global_dedup(context.spark, rows, config, context.reference, checkpoint)

    return Step(name="dedup", done="dedup", ledger=("dedup",), reads="rows (and the reference set)",
                writes="rows with dup_of, dup_cluster, dup_cluster_size" + (", semantic_cluster" if dedup.semantic else ""),
        run=run, key_parts=key_parts,
                checkpoint="dedup", rounds=rounds)


def select_step() -> Step:
    """The rows after the last global step, saved once, so that the ledger, shards and rejects read them
    instead of recomputing the lazy work before them."""
    return Step(name="select", done="the global steps", ledger=(), reads="rows", writes="rows", checkpoint="selected",
                run=lambda context, rows, checkpoint: checkpoint(rows))


def write_step() -> Step:
    """Percentile buckets over the kept rows, then shards, rejects, ledger, stats, resolved config, lineage and card
    into the staging folder, then the commit that replaces the output (curate/driver/run.py `write_output`)."""

    def run(context: RunContext, rows: Optional[Rows], checkpoint: Checkpoint) -> Rows:
        from curate.driver.run import write_output

        return write_output(context, rows)

    return Step(name="write", done="writing", ledger=(), reads="rows",
                writes="buckets, data/, rejects/, ledger.json, stats.json, config.yaml, lineage.json, README.md, "
                       "card.json",
                run=run)


def build_steps(config: Config) -> list[Step]:
    """The steps `config` asks for, in order (the write step last)."""
    steps = [annotate_step(config)]
    dedup = [dedup_step(config)] if config.dedup.enabled else []
    for spec in config.stages_in_order():  # the order the config's validation checked the columns in
        if spec.after == "dedup":
            steps, dedup = steps + dedup, []
        if spec.own_pass:
            steps.append(own_pass_step(config, spec))
    steps += dedup
    if not steps[-1].result_saved:
        steps.append(select_step())
    return steps + [write_step()]


def ledger_names(steps: list[Step]) -> list[str]:
    """The ledger's stages in order: those of each step."""
    return [name for step in steps for name in step.ledger]


def checkpoint_folders(steps: list[Step]) -> tuple[str, ...]:
    """The top-level staging folders the steps keep their checkpoints in (kept when a stopped run is resumed)."""
    return tuple(dict.fromkeys(step.checkpoint.split("/", 1)[0] for step in steps if step.checkpoint))


def run_steps(context: RunContext, steps: list[Step], on_done: Callable[[Step], None] = lambda step: None) -> Any:
    """The steps in order, each given the rows of the one before and its checkpoint; returns what the last
    returns. `on_done(step)` after each."""
    rows = None
    try:
        for step in steps:
            job_description(context.spark, step.name)
            rows = step.run(context, rows, saver(context, step))
            on_done(step)
    finally:
        job_description(context.spark, None)
    return rows


def job_description(spark, text: Optional[str]) -> None:
    """Name the Spark jobs that follow (`curate: <step>`) in Spark's UI, event log and REST API; None clears it."""
    spark.sparkContext.setJobDescription(None if text is None else f"curate: {text}")


def saver(context: RunContext, step: Step) -> Checkpoint:
    """The step's `Checkpoint`: saves and reads back under its folder with its key; passes rows through where
    nothing is saved (no checkpoint, or profiling)."""
    checkpoints = context.checkpoints
    if checkpoints is None or step.checkpoint is None:
        return lambda rows, round=None: rows
    folder, key = step.checkpoint, context.keys[step.name]

    def save(rows: Rows, round: Optional[str] = None) -> Rows:
        if round is None:
            return checkpoints.save(rows, folder, key)
        return checkpoints.save(rows, f"{folder}/{round}", digest(key, round))

    return save


def step_keys(context: RunContext, steps: list[Step]) -> dict[str, str]:
    """Each checkpointed step's resume key: a digest of the previous key, the step and what it depends on."""
    keys: dict[str, str] = {}
    previous = ""
    for step in steps:
        if step.checkpoint is None:
            continue
        previous = digest(previous, step.name, step.key_parts(context))
        keys[step.name] = previous
    return keys
