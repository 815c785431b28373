"""`curate card PATH`: profile an existing dataset (JSONL/JSON or Parquet; pretraining text, SFT or preference
records) into a card, without curating it.

The profile is the pipeline's own read pass with signal-only stages (language ID, and the conversation and
pair checks for SFT / preference) and no rules, so every record is kept; unreadable records are counted as the
pipeline counts them. The card's `configs` point at the files where they are, relative to the card's folder.
"""

from __future__ import annotations

import functools
import glob
import json
import os
import re
import tempfile
import time
from typing import TYPE_CHECKING, Any, Mapping, Optional

from curate.config import ConfigError, parse_config

if TYPE_CHECKING:
    from catalogs.model import CardModel
from curate.io.paths import format_of

# files that describe a dataset rather than hold it
METADATA_FILES = {"card.json", "stats.json", "ledger.json", "lineage.json", "dataset_info.json", "state.json",
                  "dataset_dict.json", "dataset_infos.json"}
TEXT_FIELDS = ("text", "content", "document", "body", "question", "prompt", "instruction", "input")
SPLITS = {"train": "train", "test": "test", "validation": "validation", "valid": "validation", "val": "validation",
          "dev": "validation"}
SAMPLE_POOL = 20_000  # rows the samples are picked from (a hash-chosen subset of a large set)


def dataset_files(path: str) -> list[str]:
    """The JSONL/JSON and Parquet files of a dataset: `path` itself, or every such file under the folder."""
    if os.path.isfile(path):
        if format_of(path) not in ("jsonl", "parquet"):
            raise ConfigError(f"{path}: not a JSONL, JSON or Parquet file")
        return [os.path.abspath(path)]
    if not os.path.isdir(path):
        raise ConfigError(f"{path}: no such file or folder")
    found = []
    for root, dirs, files in os.walk(path):
        dirs[:] = sorted(d for d in dirs if not d.startswith((".", "_")))
        for name in sorted(files):
            if name.startswith((".", "_")) or name in METADATA_FILES:
                continue
            if format_of(name) in ("jsonl", "parquet"):
                found.append(os.path.abspath(os.path.join(root, name)))
    if not found:
        raise ConfigError(f"{path}: no JSONL, JSON or Parquet files found")
    return found


@functools.lru_cache(maxsize=4096)
def first_record(path: str) -> Optional[dict[str, Any]]:
    """The first record of a file (None when it has none or it is unreadable), to detect kind and fields;
    reads one small batch, not the file."""
    from curate.io.streams import open_decompressed

    if format_of(path) == "parquet":
        import pyarrow.parquet as pq

        try:
            shard = pq.ParquetFile(path, buffer_size=1 << 20, pre_buffer=False)
            batch = next(shard.iter_batches(batch_size=1), None)
        except Exception:  # noqa: BLE001 - an unreadable file has no first record; the read pass counts it
            return None
        return batch.to_pylist()[0] if batch is not None and batch.num_rows else None
    try:
        with open_decompressed(path) as stream:
            head = stream.read(1 << 20).decode("utf-8", errors="replace")
    except OSError:
        return None
    stripped = head.lstrip("\ufeff \t\r\n")
    if stripped.startswith("["):  # a JSON array file: its first element
        try:
            value, _ = json.JSONDecoder().raw_decode(stripped[1:].lstrip())
            return value if isinstance(value, dict) else None
        except ValueError:
            return None
    for line in stripped.splitlines():
        if line.strip():
            try:
                value = json.loads(line)
            except (ValueError, RecursionError):
                continue
            return value if isinstance(value, dict) else None
    return None


def fields_of(path: str) -> tuple[str, ...]:
    """The field names of a file: its Parquet schema, or the keys of its first JSON record."""
    if format_of(path) == "parquet":
        import pyarrow.parquet as pq

        try:
            return tuple(pq.read_schema(path).names)
        except Exception:  # noqa: BLE001
            return ()
    return tuple((first_record(path) or {}).keys())


def detect_kind(record: dict[str, Any]) -> str:
    """preference when the record normalises as a pair, sft as a conversation, else text."""
    from curate.io.chat import RecordFormatError, normalise

    for kind in ("preference", "sft"):
        try:
            normalise(record, kind)
            return kind
        except (RecordFormatError, TypeError, AttributeError, ValueError, KeyError):
            continue
    return "text"


def text_field_of(record: dict[str, Any]) -> Optional[str]:
    """The field holding a text record's text: a well-known name, else the longest string field."""
    strings = {k: v for k, v in record.items() if isinstance(v, str)}
    for name in TEXT_FIELDS:
        if name in strings:
            return name
    return max(strings, key=lambda k: len(strings[k]), default=None)


def _columns(path: str) -> list[dict[str, str]]:
    """Field names and types of a file: the Parquet schema, or the first JSON record's value types."""
    if format_of(path) == "parquet":
        import pyarrow.parquet as pq

        return [{"name": f.name, "type": str(f.type)} for f in pq.read_schema(path)]
    return [{"name": str(k), "type": type(v).__name__} for k, v in (first_record(path) or {}).items()]


def split_of(relative: str) -> str:
    """The split a file belongs to, from the names Hugging Face datasets use in paths (`test/…`,
    `validation-00000-of-00001.parquet`, `train.jsonl` …); train when none."""
    parts = relative.lower().split("/")
    for part in parts[:-1] + [re.split(r"[-_.]", parts[-1], maxsplit=1)[0]]:
        if part in SPLITS:
            return SPLITS[part]
    return "train"


def file_groups(files: list[str], root: str) -> list[tuple[str, list[str]]]:
    """Files that share a format and a field set form one card config, named after what sets them apart
    (unique names, one group: `default`)."""
    groups: dict[tuple, list[str]] = {}
    for path in files:
        groups.setdefault((format_of(path), tuple(sorted(fields_of(path)))), []).append(path)
    if len(groups) == 1:
        return [("default", files)]
    named: list[tuple[str, list[str]]] = []
    taken: set[str] = set()
    for members in sorted(groups.values(), key=lambda m: (-len(m), m[0])):
        relative = [os.path.relpath(m, root) if os.path.isdir(root) else os.path.basename(m) for m in members]
        folder = os.path.commonpath([os.path.dirname(r) for r in relative]) if len(members) > 1 else ""
        base = re.sub(r"[^A-Za-z0-9_-]+", "_", folder or relative[0].split(".", 1)[0]).strip("_") or "data"
        name, n = base, 2
        while name in taken:
            name, n = f"{base}_{n}", n + 1
        taken.add(name)
        named.append((name, members))
    return named


def _empty_parquet(path: str) -> bool:
    if format_of(path) != "parquet":
        return False
    import pyarrow.parquet as pq

    try:
        return pq.ParquetFile(path).metadata.num_rows == 0
    except Exception:  # noqa: BLE001 - unreadable: counted by the read pass, left in the card
        return False


def card_configs(groups: list[tuple[str, list[str]]], root: str, out: str) -> list[dict[str, Any]]:
    """`configs:` of the card: per group, its files by split, as paths relative to the card's folder (glob
    characters escaped: Hugging Face reads them as patterns). Groups in another format than the first are left
    out: `datasets` loads one format per dataset."""
    configs = []
    shared_format = format_of(groups[0][1][0])  # datasets reads one format per dataset: the main group's
    for index, (name, members) in enumerate(g for g in groups if format_of(g[1][0]) == shared_format):
        splits: dict[str, list[str]] = {}
        holding = [path for path in members if not _empty_parquet(path)]  # datasets fails on 0-row Parquet files
        for path in holding or members:
            relative = os.path.relpath(path, root) if os.path.isdir(root) else os.path.basename(path)
            splits.setdefault(split_of(relative), []).append(glob.escape(os.path.relpath(path, os.path.abspath(out))))
        config: dict[str, Any] = {"config_name": name}
        if index == 0:
            config["default"] = True
        config["data_files"] = [{"split": split, "path": paths} for split, paths in sorted(splits.items())]
        configs.append(config)
    return configs


def profile_config(path: str, files: list[str], kind: str, text_field: Optional[str], name: str,
                   card: dict[str, Any]):
    """The pipeline config of the profile pass: the files, language ID and the kind's checks without rules."""
    inputs = []
    for group_name, members in file_groups(files, path):
        record = first_record(members[0]) or {}
        field = text_field or (text_field_of(record) if kind == "text" else "text") or "text"
        if kind == "text" and record and field not in record:
            raise ConfigError(f"{members[0]}: no field '{field}' in its records (fields: {', '.join(map(str, record))}); "
                              f"name the text field with --text-field")
        inputs.append({"paths": members, "source": group_name, "text_field": field, "url_field": "url"})
    stages: list[dict[str, Any]] = [{"stage": "language_id_v1", "rules": []}]
    if kind in ("sft", "preference"):
        stages.append({"stage": "conversation_v1", "rules": []})
    if kind == "preference":
        stages.append({"stage": "preference_v1", "rules": []})
    return parse_config({"name": name, "kind": kind, "inputs": inputs, "stages": stages,
                         "dedup": {"exact": False, "minhash": None},
                         "output": {"path": os.path.join(tempfile.gettempdir(), f"curate-profile-{name}")},
                         "card": card}, origin=f"profile of {path}")


def _rows(df, limit_per: int, partition: str, total: int, partitions: Optional[int] = None) -> list[dict[str, Any]]:
    """Up to `limit_per` rows per value of `partition` (by id), from a hash-chosen pool of about SAMPLE_POOL rows
    so that a large set is not sorted whole; at most `partitions` values."""
    from pyspark.sql import Window
    from pyspark.sql import functions as F

    if total > SAMPLE_POOL:
        df = df.where(F.pmod(F.xxhash64("id"), F.lit(total // SAMPLE_POOL + 1)) == 0)
    rank = F.row_number().over(Window.partitionBy(F.coalesce(F.col(partition), F.lit(""))).orderBy("id"))
    picked = df.withColumn("_rank", rank).where(F.col("_rank") <= limit_per).drop("_rank").orderBy(partition, "id")
    rows = [row.asDict(recursive=True) for row in picked.collect()]
    if partitions is not None:
        keep = list(dict.fromkeys(r.get(partition) for r in rows))[:partitions]
        rows = [r for r in rows if r.get(partition) in keep]
    return rows


def profile_dataset(path: str, out: str, kind: str = "auto", text_field: Optional[str] = None,
                    name: Optional[str] = None, card: Optional[dict[str, Any]] = None,
                    cli_conf: Optional[Mapping[str, str]] = None) -> CardModel:
    """The card model of the dataset at `path`; `out` is the folder the card will be written to (the
    card's data_files are relative to it)."""
    from pyspark import StorageLevel
    from pyspark.sql import functions as F

    from catalogs.card import KEPT_PER_LANGUAGE, REJECTED_PER_REASON, SAMPLE_LANGUAGES, card_model, sample_row
    from curate.driver.ledger import aggregate, build_ledger
    from curate.driver.lineage import code_version, environment, input_checksums, utc
    from curate.driver.run import record_stats, start
    from curate.driver.steps import RunContext, build_steps, ledger_names, run_steps
    from curate.schema import BASE_COLUMNS, DROP_REASON
    from curate.driver.stats import compute_stats, numeric_signals

    started = time.time()
    files = dataset_files(path)
    if kind == "auto":
        record = next((r for r in map(first_record, files) if r), None)
        if record is None:
            raise ConfigError(f"{path}: no readable record in {len(files)} file(s)")
        kind = detect_kind(record)
    name = name or os.path.basename(os.path.abspath(path).rstrip("/")).split(".", 1)[0]
    config = profile_config(path, files, kind, text_field, name, card or {})
    spark, plan, _ = start(config, cli_conf)  # a profile has no dedup reference set
    steps = build_steps(config)  # the run's steps but the last: the card is written instead of the output
    rows = run_steps(RunContext(spark, config, plan), steps[:-1]).persist(StorageLevel.MEMORY_AND_DISK)
    try:
        if kind != "text":
            from curate.io.chat import TEXT_VIEWS

            rows = rows.drop(*[v for v in TEXT_VIEWS[kind] if v != "text"])
        ledger = build_ledger(aggregate(rows), ledger_names(steps))
        kept = rows.where(F.col(DROP_REASON).isNull()).drop(DROP_REASON)
        stats = compute_stats(kept, numeric_signals(kept, exclude=set(BASE_COLUMNS)))
        if kind != "text":
            stats.update(record_stats(rows, kept))
        kept_rows = [sample_row(r, kind) for r in _rows(kept, KEPT_PER_LANGUAGE, "language", stats["documents"],
                                                        SAMPLE_LANGUAGES)]
        dropped = ledger["documents_in"] - ledger["documents_kept"]
        rejected_rows = [sample_row(r, kind) for r in _rows(rows.where(F.col(DROP_REASON).isNotNull()),
                                                            REJECTED_PER_REASON, DROP_REASON, dropped)] if dropped else []
        sums = input_checksums(spark, files)
    finally:
        rows.unpersist()
    finished = time.time()
    lineage = {"inputs": [{"path": f, "format": format_of(f), "bytes": os.path.getsize(f), "sha256": sums.get(f)}
                          for f in files],
               "code": code_version(), "environment": environment(spark), "started": utc(started),
               "finished": utc(finished), "elapsed_seconds": round(finished - started, 2)}
    configs = card_configs(file_groups(files, path), path, out)
    columns = _columns(files[0])
    return card_model(name=name, kind=kind, card=card or {}, stats=stats, configs=configs, files=len(files),
                      columns=columns, samples={"kept": kept_rows, "rejected": rejected_rows}, lineage=lineage,
                      ledger=ledger if ledger["documents_kept"] != ledger["documents_in"] else None,
                      file_format="parquet" if all(format_of(f) == "parquet" for f in files) else "json",
                      origin="profile")
