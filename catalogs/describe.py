"""Reading a curate output folder into its card model.

A card is a function of what was written (DESIGN "Describe"): `config.yaml`, `ledger.json`, `stats.json`,
`lineage.json`, the shards under `data/` and the rejects. Plain Python with pyarrow: no Spark here.
"""

from __future__ import annotations

import dataclasses
import json
import os
from typing import Iterable

import pyarrow as pa
import pyarrow.fs as pafs
import pyarrow.parquet as pq
import yaml

from catalogs.card import (
    KEPT_PER_LANGUAGE,
    REJECTED_PER_REASON,
    SAMPLE_LANGUAGES,
    SAMPLE_SIGNALS,
    STRUCTURE_COLUMNS,
    card_model,
    data_configs,
    sample_row,
)
from catalogs.files import filesystem, parquet_files, read_text
from catalogs.model import CardModel, DataFile, Mix, MixInput, Sample

SAMPLE_COLUMNS = ("id", "text", "url", "source", "language")


def _columns_present(schema: pa.Schema, wanted: Iterable[str]) -> list[str]:
    return [c for c in wanted if c in schema.names]


def kept_samples(fs: pafs.FileSystem, data: str, kind: str, languages: list[str]) -> list[Sample]:
    """The first rows of the first shard of the most common languages (shards are sorted by id, so these
    are a deterministic, unbiased pick)."""
    by_language: dict[str, str] = {}
    for relative in parquet_files(fs, data):
        by_language.setdefault(relative.split("/", 1)[0], relative)
    order = [lang for lang in languages if lang in by_language] + sorted(set(by_language) - set(languages))
    samples = []
    for language in order[:SAMPLE_LANGUAGES]:
        with fs.open_input_file(f"{data}/{by_language[language]}") as handle:
            shard = pq.ParquetFile(handle)
            columns = _columns_present(shard.schema_arrow, [*SAMPLE_COLUMNS, *STRUCTURE_COLUMNS.get(kind, []),
                                                            *SAMPLE_SIGNALS])
            batch = next(shard.iter_batches(batch_size=KEPT_PER_LANGUAGE, columns=columns), None)
        if batch is not None:
            samples += [sample_row(row, kind) for row in batch.to_pylist()]
    return samples


def rejected_samples(fs: pafs.FileSystem, rejects: str, kind: str, reasons: list[str]) -> list[Sample]:
    """Up to REJECTED_PER_REASON rows per drop reason. Rejects are sorted by reason, so only the row groups
    holding a wanted reason are read past their `drop_reason` column."""
    wanted = {reason: REJECTED_PER_REASON for reason in reasons}
    found: dict[str, list[Sample]] = {}
    for relative in parquet_files(fs, rejects):
        if not any(wanted.values()):
            break
        with fs.open_input_file(f"{rejects}/{relative}") as handle:
            shard = pq.ParquetFile(handle)
            columns = _columns_present(shard.schema_arrow, [*SAMPLE_COLUMNS, "drop_reason",
                                                            *STRUCTURE_COLUMNS.get(kind, []), *SAMPLE_SIGNALS])
            for group in range(shard.num_row_groups):
                present = shard.read_row_group(group, columns=["drop_reason"]).column(0).to_pylist()
                picked = []
                for index, reason in enumerate(present):
                    if wanted.get(reason):
                        wanted[reason] -= 1
                        picked.append(index)
                if picked:  # only the picked rows become Python objects
                    table = shard.read_row_group(group, columns=columns).take(picked)
                    for row in table.to_pylist():
                        found.setdefault(row["drop_reason"], []).append(sample_row(row, kind))
    return [row for reason in reasons for row in found.get(reason, [])]


def describe_output(path: str) -> CardModel:
    """The card model of a pipeline output folder, from the files the run wrote."""
    fs, root = filesystem(path)
    config_text = read_text(fs, f"{root}/config.yaml")
    stats_text = read_text(fs, f"{root}/stats.json")
    ledger_text = read_text(fs, f"{root}/ledger.json")
    if config_text is None or stats_text is None or ledger_text is None:
        raise FileNotFoundError(f"{path} is not a curate output (config.yaml, stats.json and ledger.json are needed); "
                                f"for any other dataset use `curate card {path}` which profiles it")
    config = yaml.safe_load(config_text)
    stats = json.loads(stats_text)
    ledger = json.loads(ledger_text)
    lineage = json.loads(read_text(fs, f"{root}/lineage.json") or "{}")
    kind = config.get("kind", "text")
    data_files = parquet_files(fs, f"{root}/data")
    columns: list[dict[str, str]] = []
    if data_files:
        with fs.open_input_file(f"{root}/data/{data_files[0]}") as handle:
            columns = [{"name": f.name, "type": str(f.type)} for f in pq.read_schema(handle)]
    reasons = [reason for stage in ledger.get("stages", []) for reason in stage.get("reasons", {})]
    samples = {"kept": kept_samples(fs, f"{root}/data", kind, list(stats.get("languages", {}))),
               "rejected": rejected_samples(fs, f"{root}/rejects", kind, reasons)}
    return card_model(name=config.get("name") or os.path.basename(root), kind=kind, card=config.get("card") or {},
                      stats=stats, configs=data_configs(data_files), files=len(data_files), columns=columns,
                      samples=samples, lineage=lineage, ledger=ledger, config_yaml=config_text)


def rebase_configs(model: CardModel, data_root: str, card_folder: str) -> CardModel:
    """The model with its data_files made relative to `card_folder` instead of `data_root` (card written
    elsewhere: `curate card OUTPUT --out DIR`)."""
    prefix = os.path.relpath(os.path.abspath(data_root), os.path.abspath(card_folder))
    if prefix == ".":
        return model
    configs = [dataclasses.replace(config, data_files=[_rebased(entry, prefix) for entry in config.data_files])
               for config in model.configs]
    return dataclasses.replace(model, configs=configs)


def _rebased(entry: DataFile, prefix: str) -> DataFile:
    if isinstance(entry.path, list):
        return dataclasses.replace(entry, path=[f"{prefix}/{p}" for p in entry.path])
    return dataclasses.replace(entry, path=f"{prefix}/{entry.path}")


def describe_mix(path: str, final: str | None = None) -> CardModel:
    """The card model of a `curate mix` output folder (config.yaml, stats.json, mix_ledger.json, data/), with
    each input set's card linked by a path relative to `final` (where the mix lives; default `path`)."""
    fs, root = filesystem(path)
    config_text = read_text(fs, f"{root}/config.yaml")
    stats_text = read_text(fs, f"{root}/stats.json")
    ledger_text = read_text(fs, f"{root}/mix_ledger.json")
    if config_text is None or stats_text is None or ledger_text is None:
        raise FileNotFoundError(f"{path} is not a curate mix (config.yaml, stats.json and mix_ledger.json are needed)")
    config, stats, ledger = yaml.safe_load(config_text), json.loads(stats_text), json.loads(ledger_text)
    home = filesystem(final or path)[1]
    inputs = [_mix_input(spec, ledger.get("sets", {}).get(spec["name"], {}), home) for spec in config["inputs"]]
    licenses = sorted({i.license for i in inputs})
    card = dict(config.get("card") or {})
    card["license"] = card.get("license") or (licenses[0] if len(licenses) == 1 else "other")
    card["licenses"] = card.get("licenses") or licenses
    card["derived_from"] = card.get("derived_from") or [i.pretty_name for i in inputs]
    data_files = parquet_files(fs, f"{root}/data")
    columns: list[dict[str, str]] = []
    if data_files:
        with fs.open_input_file(f"{root}/data/{data_files[0]}") as handle:
            columns = [{"name": f.name, "type": str(f.type)} for f in pq.read_schema(handle)]
    lineage = {"inputs": [{"path": i.path + "/card.json", "format": "curate set",
                           "sha256": _sha256(fs, f"{i.path}/card.json")} for i in inputs],
               "elapsed_seconds": ledger.get("elapsed_seconds")}
    model = card_model(name=config.get("name") or os.path.basename(root), kind="mix", card=card, stats=stats,
                       configs=data_configs(data_files), files=len(data_files), columns=columns,
                       samples={"kept": kept_samples(fs, f"{root}/data", "text", list(stats.get("languages", {})))},
                       lineage=lineage, config_yaml=config_text, origin="mix")
    model.mix = Mix.from_dict({**{k: ledger.get(k) for k in ("unit", "budget", "realised", "seed", "groups", "shards",
                                                              "tokenized", "warnings", "composition", "epochs")},
                               "weights_by": (config.get("weights") or {}).get("by"),
                               "selection": config.get("select"), "rehydrate": config.get("rehydrate")})
    model.mix.inputs = inputs
    return model


def _mix_input(spec: dict, counts: dict, home: str) -> MixInput:
    """An input of a mix, named as its card names it (when the card is still where the mix read it)."""
    folder = os.path.abspath(spec["set"])
    card: dict = {}
    try:
        with open(os.path.join(folder, "card.json"), encoding="utf-8") as handle:
            card = json.load(handle)
    except (OSError, ValueError):
        pass
    readme = os.path.join(folder, "README.md")
    return MixInput(name=spec["name"], pretty_name=card.get("pretty_name") or spec["name"], path=folder,
                    card=os.path.relpath(readme, home) if os.path.exists(readme) else None,
                    license=card.get("license") or "other", read=counts.get("read") or {},
                    selected=counts.get("selected") or {}, taken=counts.get("taken") or {})


def _sha256(fs: pafs.FileSystem, path: str) -> str | None:
    import hashlib

    try:
        with fs.open_input_stream(path) as stream:
            return hashlib.sha256(stream.read()).hexdigest()
    except (FileNotFoundError, OSError):
        return None
