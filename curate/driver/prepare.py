"""Everything checked and planned on the driver before Spark starts: the inputs listed and grouped into tasks,
the output folder, the fields of JSONL / Parquet records, the files every stage loads; the row-local pass's plan
(`RunPlan`) and the dedup reference set's."""

from __future__ import annotations

import atexit
import dataclasses
import os
import shutil
import tempfile
from typing import Optional

from curate.config import Config, ConfigError, StageSpec
from curate.dedup.minhash import ShingleSpec
from curate.executor.row_pass import RunPlan, StageFile, StageFiles
from curate.io.paths import InputFile, expand_inputs, printable
from curate.io.splits import (DEFAULT_OPEN_COST_BYTES, DEFAULT_PARTITION_BYTES, Piece, plan_pieces, split_bytes,
                               whole_files_note)
from curate.registry import STAGES


def plan_tasks(files: list[InputFile], min_tasks: int = 1, max_partition_bytes: int = DEFAULT_PARTITION_BYTES,
               open_cost_bytes: int = DEFAULT_OPEN_COST_BYTES) -> tuple[list[list[Piece]], Optional[str]]:
    """Files → tasks: files larger than a piece split (`curate.io.splits`), pieces and small files grouped up to
    a piece's size (largest first, for balance), at least `min_tasks` tasks where the input allows it, so that
    every core has work; deterministic. Also returns the plan's one line on large files read whole, if any."""
    piece_bytes = split_bytes(sum(f.size for f in files), max_partition_bytes, min_tasks, open_cost_bytes)
    pieces, whole = plan_pieces(files, piece_bytes)
    order = sorted(pieces, key=lambda p: (-p.size, files[p.file].path, p.start))
    tasks: list[list[Piece]] = []
    current: list[Piece] = []
    current_bytes = 0
    for piece in order:
        if current and current_bytes + piece.size > piece_bytes:
            tasks.append(current)
            current, current_bytes = [], 0
        current.append(piece)
        current_bytes += piece.size
    if current:
        tasks.append(current)
    return tasks, whole_files_note(whole, piece_bytes)


def stage_files(config: Config) -> StageFiles:
    """The files each stage loads, checked before any work; fails naming the stage and the fix.

    Executors find shipped files by file name, so files whose names clash (a blocklist's many `domains`)
    are shipped as copies with names of their own. Folders (model folders) and URIs are shipped when Spark
    starts (`ship_stage_files`).
    """
    from curate.io.streams import is_uri

    found: StageFiles = {}
    names: dict[str, str] = {}
    copies: Optional[str] = None
    for spec in config.stages:
        cls = STAGES[spec.stage]
        try:
            files = cls.files_for(spec.typed_params())
        except FileNotFoundError as exc:
            raise ConfigError(f"stage {spec.name}: {exc}") from None
        for key, path in files.items():
            if not is_uri(path) and not os.path.exists(path):
                raise ConfigError(f"stage {spec.name} ({spec.stage}): file for '{key}' not found: {path}")
        try:
            cls.check_files(files)
        except ValueError as exc:
            raise ConfigError(f"stage {spec.name} ({spec.stage}): {exc}") from None
        shipped = {}
        for key, path in files.items():
            if not is_uri(path) and os.path.isfile(path):
                path = os.path.abspath(path)
                if names.setdefault(os.path.basename(path), path) != path:
                    if copies is None:
                        copies = tempfile.mkdtemp(prefix="curate-shipped-")
                        atexit.register(shutil.rmtree, copies, True)  # Spark has shipped them by then
                    unique = os.path.join(copies, f"{spec.name}.{key.replace('/', '.')}.{os.path.basename(path)}")
                    shutil.copyfile(path, unique)
                    path = unique
            shipped[key] = StageFile(path)
        found[spec.name] = shipped
    return found


def named_stage_files(config: Config) -> list[tuple[StageSpec, str, str]]:
    """(stage spec, key, path) of every file the stages read, as the config names them (not the renamed
    copies `stage_files` ships): what lineage hashes and resume keys fingerprint."""
    return [(spec, key, path) for spec in config.stages
            for key, path in STAGES[spec.stage].files_for(spec.typed_params()).items()]


def shingle_spec(config: Config) -> Optional[ShingleSpec]:
    """What the row-local pass needs to compute MinHash signatures, when near-dedup is on."""
    minhash = config.dedup.minhash
    if minhash is None:
        return None
    return ShingleSpec(**{f.name: getattr(minhash, f.name) for f in dataclasses.fields(ShingleSpec)})


def prepare(config: Config) -> RunPlan:
    """Everything checked and planned on the driver before Spark starts; the tasks are planned when it has started
    (`curate.driver.run.session_tasks`), sized by its parallelism and file-split settings."""
    check_inputs_outside_output(config)
    check_semantic_model(config)
    files = expand_inputs(config.inputs, exclude=output_paths(config))
    check_output_target(config, files)
    if config.kind != "text":
        check_record_formats(files, config)
    else:
        check_fields(files, config)
    return RunPlan(files=files, tasks=[], inputs=config.inputs, read=config.read,
                   extract=config.extract, stages=[spec for spec in config.stages if not spec.own_pass],
                   stage_files=stage_files(config), minhash=shingle_spec(config), kind=config.kind,
                   minhash_field=config.dedup.field, rejects_written=config.output.rejects != "none")


def check_semantic_model(config: Config) -> None:
    """Semantic dedup's embedding model must be a model folder (config.json, weights, tokenizer), or a cluster URI;
    the default one must be installed."""
    from curate.io.streams import is_uri

    semantic = config.dedup.semantic
    if semantic is None:
        return
    try:
        path = semantic.model_path()
    except FileNotFoundError as exc:
        raise ConfigError(f"dedup.semantic.model: {exc}") from None
    if is_uri(path):
        return
    if not os.path.isdir(path):
        raise ConfigError(f"dedup.semantic.model: '{path}' is not a folder; give a Hugging Face sentence-embedding "
                          f"model folder (config.json, weights, tokenizer), e.g. one saved with save_pretrained")
    if not os.path.exists(os.path.join(path, "config.json")):
        raise ConfigError(f"dedup.semantic.model: '{path}' has no config.json; it is not a model folder saved with "
                          f"save_pretrained")


def output_paths(config: Config) -> list[str]:
    """The output and the folders curate keeps beside it: never read as input (an output inside an input
    folder would otherwise be read back by the next run)."""
    from curate.io.streams import is_uri
    from curate.output.targets import sibling

    if is_uri(config.output.path):
        return []
    final = os.path.realpath(os.path.abspath(config.output.path))
    return [final] + [sibling(final, suffix) for suffix in ("staging", "replaced", "lock")]


def _named_inputs(config: Config) -> list[str]:
    """The local input paths as the config names them (a glob by its fixed part), links not followed."""
    from curate.io.paths import glob_root
    from curate.io.streams import is_uri, local_path

    return [os.path.abspath(glob_root(local_path(p))) for spec in config.inputs + config.dedup.reference
            for p in spec.paths if not is_uri(p)]


def check_inputs_outside_output(config: Config) -> None:
    """An input the output folder is or holds fails here, before its files are listed (they would be skipped as
    the output's and the message would say the input matched nothing)."""
    from curate.io.streams import is_uri, local_path
    from curate.output.targets import check_target

    if not is_uri(config.output.path):
        check_target(local_path(config.output.path), "output", _named_inputs(config))


def check_output_target(config: Config, files: list[InputFile]) -> None:
    """A local output must be one this run may replace (curate/output/targets.py); URIs are checked when the run
    starts, through Hadoop."""
    from curate.io.streams import is_uri, local_path
    from curate.output.targets import check_output

    if is_uri(config.output.path):
        return
    # the input files by their real paths (the inputs as named were checked before they were listed)
    inputs = [local_path(f.path) for f in files if not is_uri(f.path)]
    check_output(local_path(config.output.path), inputs, config.output.overwrite)


FIELD_CHECK_FILES = 1000  # files checked per input (the rest are assumed to share their fields)


def check_fields(files: list[InputFile], config: Config) -> None:
    """The text field must be among the fields of the first records of each JSONL / Parquet file, and an id or
    URL field the config names among those of some file of its input (records without one get derived ids):
    a wrong name fails here, naming the fields found and the option to use, instead of rejecting every record
    as read.missing_field."""
    from curate.io.readers import first_fields

    seen: dict[int, set[str]] = {}
    checked: dict[int, int] = {}
    for file in files:
        if file.format == "warc" or checked.get(file.input_index, 0) >= FIELD_CHECK_FILES:
            continue
        checked[file.input_index] = checked.get(file.input_index, 0) + 1
        spec = config.inputs[file.input_index]
        found = first_fields(file)
        if not found:
            continue  # empty, or no readable record at its start: the readers count that as rejects
        seen.setdefault(file.input_index, set()).update(found)
        if spec.record_field not in found:
            raise _field_error(f"inputs[{file.input_index}]: {printable(file.path)}", spec.record_field, found,
                               *(("--text-field", "text_field") if not spec.html_field else ("--html-field",
                                                                                           "html_field")))
    for index, found in seen.items():
        spec = config.inputs[index]
        for option, key, name in (("--id-field", "id_field", spec.id_field), ("--url-field", "url_field",
                                                                               spec.url_field)):
            if name and name not in found and not (key == "url_field" and name == "url"):  # URLs are optional
                raise _field_error(f"inputs[{index}] ({', '.join(spec.paths)[:200]})", name, found, option, key)


def _field_error(where: str, name: str, found: set[str], option: str, key: str) -> ConfigError:
    names = sorted(found)
    shown = ", ".join(names[:40]) + (f" and {len(names) - 40} more" if len(names) > 40 else "")
    return ConfigError(f"{where}: its first records have no field '{name}' (fields found: {shown}); name the "
                       f"field with {option}, or `{key}` in the config's input")


def check_record_formats(files: list[InputFile], config: Config) -> None:
    """The first record of each SFT / preference file must fit a format: a wrong `kind` or a file of another
    shape fails here, naming the fields found, instead of rejecting every record."""
    from curate.io.readers import read_documents
    from curate.io.records import BAD_FORMAT

    for file in files:
        if file.format == "warc":
            raise ConfigError(f"inputs[{file.input_index}]: {file.path} is a web archive; kind {config.kind} reads "
                              f"JSONL, JSON or Parquet records")
        first = next(iter(read_documents(file, config.inputs[file.input_index], config.read.max_doc_bytes)), None)
        if first is not None and first.drop_reason == f"read.{BAD_FORMAT}":
            raise ConfigError(f"inputs[{file.input_index}]: {file.path}: the first record fits no {config.kind} "
                              f"format: {first.meta.get('error')}")


def reference_plan(config: Config) -> Optional[RunPlan]:
    """The read (and signature) pass over the dedup reference set, without the cleaning stages."""
    if not config.dedup.reference:
        return None
    files = expand_inputs(config.dedup.reference)
    return RunPlan(files=files, tasks=[], inputs=config.dedup.reference, read=config.read,
                   extract=config.extract, stages=[], stage_files={}, minhash=shingle_spec(config), kind=config.kind,
                   minhash_field=config.dedup.field)
