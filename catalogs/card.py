"""Dataset cards: one per output set, a Hugging Face `README.md` (YAML metadata + sections) and `card.json`
(the same facts, structured, for the catalog).

A card is a function of what was written (DESIGN "Describe"): `config.yaml`, `ledger.json`, `stats.json`,
`lineage.json`, the shards under `data/` and the rejects. `describe_output` reads those; `curate card` builds
the same model from a profile of any existing dataset (curate/profile.py). Plain Python with pyarrow: no
Spark here.
"""

from __future__ import annotations

import json
import os
import re
from typing import Any, Iterable, Optional

import pyarrow.fs as pafs
import pyarrow.parquet as pq
import yaml

CARD_VERSION = 1
TEXT_LIMIT = 1200  # characters of a sample's text shown in cards and the catalog
MESSAGE_LIMIT = 600  # characters per message of an SFT / preference sample
KEPT_PER_LANGUAGE = 3
SAMPLE_LANGUAGES = 6
REJECTED_PER_REASON = 2
SIZE_CATEGORIES = [(1_000, "n<1K"), (10_000, "1K<n<10K"), (100_000, "10K<n<100K"), (1_000_000, "100K<n<1M"),
                   (10_000_000, "1M<n<10M"), (100_000_000, "10M<n<100M"), (1_000_000_000, "100M<n<1B"),
                   (10_000_000_000, "1B<n<10B"), (100_000_000_000, "10B<n<100B"), (1_000_000_000_000, "100B<n<1T")]
TASK_CATEGORIES = {"text": ["text-generation"], "sft": ["text-generation", "question-answering"],
                   "preference": ["text-generation"], "kto": ["text-generation"]}
KIND_TAGS = {"text": ["pretraining"], "sft": ["sft", "instruction-tuning"], "preference": ["preference", "dpo", "rlhf"],
             "kto": ["preference", "kto"]}
KIND_NAMES = {"text": "text", "sft": "SFT (instruction) records", "preference": "preference pairs",
              "kto": "KTO (labelled) records"}
STRUCTURE_COLUMNS = {"text": [], "sft": ["messages"], "preference": ["prompt", "chosen", "rejected"],
                     "kto": ["prompt", "completion", "label"]}
SAMPLE_SIGNALS = ("quality_score", "perplexity", "bucket", "language_score", "contamination_benchmark")


# ---------------------------------------------------------------------------------------------- files

def filesystem(path: str) -> tuple[pafs.FileSystem, str]:
    """(pyarrow filesystem, path inside it) for a local path, a Hadoop-style `file:/x` or any URI."""
    if path.startswith("file:"):
        path = re.sub(r"^file:(//)?", "", path)
        if not path.startswith("/"):
            path = "/" + path
    if re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]+://", path):
        return pafs.FileSystem.from_uri(path)
    return pafs.LocalFileSystem(), os.path.abspath(path)


def _read_text(fs: pafs.FileSystem, path: str) -> Optional[str]:
    try:
        with fs.open_input_stream(path) as stream:
            return stream.read().decode("utf-8")
    except (FileNotFoundError, OSError):
        return None


def _write_text(fs: pafs.FileSystem, path: str, text: str) -> None:
    with fs.open_output_stream(path) as stream:
        stream.write(text.encode("utf-8"))


def parquet_files(fs: pafs.FileSystem, folder: str) -> list[str]:
    """Parquet files under `folder`, sorted, as paths relative to it; [] when it is missing."""
    info = fs.get_file_info(folder)
    if info.type != pafs.FileType.Directory:
        return []
    found = fs.get_file_info(pafs.FileSelector(folder, recursive=True))
    return sorted(os.path.relpath(f.path, folder) for f in found
                  if f.type == pafs.FileType.File and f.path.endswith(".parquet"))


# ---------------------------------------------------------------------------------------------- samples

def _clip(text: Optional[str], limit: int) -> tuple[Optional[str], bool]:
    if text is None or len(text) <= limit:
        return text, False
    return text[:limit], True


def _message_list(value: Any) -> Optional[list[dict[str, str]]]:
    if value is None:
        return None
    messages = []
    for message in value:
        content, clipped = _clip(message.get("content") or "", MESSAGE_LIMIT)
        messages.append({"role": str(message.get("role")), "content": content + (" …" if clipped else "")})
    return messages


def sample_row(row: dict[str, Any], kind: str) -> dict[str, Any]:
    """A row as shown in cards and the catalog: text clipped, structure kept, a few signals."""
    text, clipped = _clip(row.get("text"), TEXT_LIMIT)
    sample: dict[str, Any] = {"id": row.get("id"), "language": row.get("language"), "source": row.get("source"),
                              "url": row.get("url"), "text": text, "clipped": clipped}
    for column in STRUCTURE_COLUMNS.get(kind, []):
        if column in row:
            value = row[column]
            sample[column] = _message_list(value) if isinstance(value, list) else value
    signals = {name: row[name] for name in SAMPLE_SIGNALS if row.get(name) not in (None, "")}
    if signals:
        sample["signals"] = {k: (round(v, 4) if isinstance(v, float) else v) for k, v in signals.items()}
    if row.get("drop_reason"):
        sample["reason"] = row["drop_reason"]
    return {k: v for k, v in sample.items() if v is not None}


def _columns_present(schema, wanted: Iterable[str]) -> list[str]:
    return [c for c in wanted if c in schema.names]


def kept_samples(fs: pafs.FileSystem, data: str, kind: str, languages: list[str]) -> list[dict[str, Any]]:
    """The first rows of the first shard of the most common languages (shards are sorted by id, so these
    are a deterministic, unbiased pick)."""
    files = parquet_files(fs, data)
    by_language: dict[str, str] = {}
    for relative in files:
        by_language.setdefault(relative.split("/", 1)[0], relative)
    order = [lang for lang in languages if lang in by_language] + sorted(set(by_language) - set(languages))
    samples = []
    for language in order[:SAMPLE_LANGUAGES]:
        with fs.open_input_file(f"{data}/{by_language[language]}") as handle:
            shard = pq.ParquetFile(handle)
            columns = _columns_present(shard.schema_arrow, ["id", "text", "url", "source", "language",
                                                            *STRUCTURE_COLUMNS.get(kind, []), *SAMPLE_SIGNALS])
            batch = next(shard.iter_batches(batch_size=KEPT_PER_LANGUAGE, columns=columns), None)
        if batch is not None:
            samples += [sample_row(row, kind) for row in batch.to_pylist()]
    return samples


def rejected_samples(fs: pafs.FileSystem, rejects: str, kind: str, reasons: list[str]) -> list[dict[str, Any]]:
    """Up to REJECTED_PER_REASON rows per drop reason. Rejects are sorted by reason, so only the row groups
    holding a wanted reason are read past their `drop_reason` column."""
    wanted = {reason: REJECTED_PER_REASON for reason in reasons}
    found: dict[str, list[dict[str, Any]]] = {}
    for relative in parquet_files(fs, rejects):
        if not any(wanted.values()):
            break
        with fs.open_input_file(f"{rejects}/{relative}") as handle:
            shard = pq.ParquetFile(handle)
            columns = _columns_present(shard.schema_arrow, ["id", "text", "url", "source", "language", "drop_reason",
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


# ---------------------------------------------------------------------------------------------- the model

def is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def format_number(value: Any) -> str:
    """A count or a measure as shown in cards and the catalog; "–" for a missing one."""
    if not is_number(value):
        return "–" if value is None or not str(value) else str(value)
    if isinstance(value, float):
        return f"{value:,.4g}" if abs(value) < 1e6 else f"{value:,.0f}"
    return f"{value:,}"


def format_bytes(value: Any) -> str:
    """Bytes in B, KB, MB, GB or TB."""
    if not is_number(value):
        return "–"
    for unit in ("B", "KB", "MB", "GB", "TB"):
        if value < 1024 or unit == "TB":
            return f"{value:,.0f} {unit}" if unit == "B" else f"{value:,.1f} {unit}"
        value /= 1024
    return str(value)


def size_category(documents: int) -> str:
    """Hugging Face's size category for a number of rows."""
    for bound, name in SIZE_CATEGORIES:
        if documents < bound:
            return name
    return "n>1T"


def data_configs(files: list[str], prefix: str = "data") -> list[dict[str, Any]]:
    """`configs:` for the card: `default` over every shard, and one config per language folder when there
    are several. Patterns match the layout written (`data/<language>[/<bucket>]/part-*.parquet`)."""
    if not files:
        return []
    depth = max(f.count("/") for f in files)
    every = "/".join(["*"] * depth + ["*.parquet"])
    configs = [{"config_name": "default", "default": True,
                "data_files": [{"split": "train", "path": f"{prefix}/{every}"}]}]
    languages = sorted({f.split("/", 1)[0] for f in files}) if depth else []
    if len(languages) > 1:
        below = "/".join(["*"] * (depth - 1) + ["*.parquet"])
        configs += [{"config_name": language, "data_files": [{"split": "train", "path": f"{prefix}/{language}/{below}"}]}
                    for language in languages]
    return configs


def curation_table(ledger: dict[str, Any], languages: list[str]) -> dict[str, Any]:
    """The CulturaX "Table 1" for this set: per language, documents in and removed by each stage, and kept."""
    stages = [s for s in ledger.get("stages", []) if s["stage"] != "read" or s["dropped"]["docs"]]
    rows = []
    for language in languages:
        first = next((s["by_language"][language] for s in ledger.get("stages", []) if language in s["by_language"]), None)
        if first is None:
            continue
        removed = {s["stage"]: s["by_language"].get(language, {}).get("dropped", {}).get("docs", 0) for s in stages}
        last = [s["by_language"][language] for s in ledger["stages"] if language in s["by_language"]][-1]
        rows.append({"language": language, "in": first["in"]["docs"], "removed": removed, "kept": last["kept"]["docs"]})
    return {"stages": [s["stage"] for s in stages], "rows": rows}


def _languages_by_input(ledger: dict[str, Any]) -> list[str]:
    stages = ledger.get("stages") or []
    if not stages:
        return []
    return sorted(stages[0]["by_language"], key=lambda lang: (-stages[0]["by_language"][lang]["in"]["docs"], lang))


def card_model(*, name: str, kind: str, card: dict[str, Any], stats: dict[str, Any], configs: list[dict[str, Any]],
               files: int, columns: list[dict[str, str]], samples: dict[str, list], lineage: dict[str, Any],
               ledger: Optional[dict[str, Any]] = None, config_yaml: Optional[str] = None,
               file_format: str = "parquet", origin: str = "pipeline") -> dict[str, Any]:
    """Everything a card and a catalog page show, as plain data (written as card.json)."""
    documents = int(stats.get("documents", 0))
    kept_languages = {lang: v for lang, v in stats.get("languages", {}).items()}
    model: dict[str, Any] = {
        "card_version": CARD_VERSION,
        "origin": origin,
        "name": name,
        "pretty_name": card.get("pretty_name") or name,
        "description": card.get("description") or "",
        "kind": kind,
        "license": card.get("license") or "other",
        "licenses": card.get("licenses") or [],
        "derived_from": card.get("derived_from") or [],
        "model_generated": card.get("model_generated"),
        "uses": card.get("uses") or "",
        "limitations": card.get("limitations") or "",
        "format": file_format,
        "size_category": size_category(documents),
        "totals": {k: int(stats.get(k, 0) or 0) for k in ("documents", "characters", "words", "bytes")},
        "files": files,
        "languages": kept_languages,
        "configs": configs,
        "columns": columns,
        "signals": {name: s for name, s in stats.get("signals", {}).items() if s.get("count")},
        "buckets": stats.get("buckets"),
        "dedup": ({"clusters": stats["dedup_clusters"]} if (stats.get("dedup_clusters") or {}).get("clusters") else {}),
        "records": {k: stats[k] for k in ("record_formats", "prompt_languages", "response_languages") if k in stats},
        "contamination": ({"found": stats["contamination"], "kept": stats.get("contamination_kept", {})}
                          if "contamination" in stats else None),
        "samples": samples,
        "lineage": lineage,
        "config_yaml": config_yaml,
    }
    if ledger:
        order = _languages_by_input(ledger)
        model["ledger"] = {
            "documents_in": ledger.get("documents_in"), "documents_kept": ledger.get("documents_kept"),
            "characters_in": ledger.get("characters_in"), "characters_kept": ledger.get("characters_kept"),
            "stages": [{"stage": s["stage"], "in": s["in"]["docs"], "kept": s["kept"]["docs"],
                        "dropped": s["dropped"]["docs"], "dropped_chars": s["dropped"]["chars"],
                        "reasons": {r: c["docs"] for r, c in s["reasons"].items()}} for s in ledger.get("stages", [])],
            "by_language": curation_table(ledger, order),
            "rules": ledger.get("rules", {}),
            "not_applied": ledger.get("not_applied", {}),
            "elapsed_seconds": ledger.get("elapsed_seconds"),
        }
        dedup_stage = next((s for s in ledger.get("stages", []) if s["stage"] == "dedup"), None)
        if dedup_stage is not None:
            model["dedup"]["removed"] = {r: c["docs"] for r, c in dedup_stage["reasons"].items()} or {"dedup": 0}
            model["dedup"]["in"] = dedup_stage["in"]["docs"]
    model["limitations_generated"] = generated_limitations(model)
    return model


def generated_limitations(model: dict[str, Any]) -> list[str]:
    """What a user should know before training on this set, from its own facts."""
    notes = []
    languages = model["languages"]
    documents = model["totals"]["documents"] or 1
    if model["origin"] == "pipeline":
        notes.append("Documents were removed by heuristic thresholds (see Curation and the rules under Lineage); "
                     "they remove good documents too, and pass some bad ones.")
    for stage, rules in ((model.get("ledger") or {}).get("not_applied") or {}).items():
        for rule, counts in rules.items():
            shown = ", ".join(f"{lang} ({n})" for lang, n in list(counts.items())[:12])
            notes.append(f"The rule {stage}.{rule} was not applied to some languages (no threshold or word list "
                         f"for them; documents in parentheses): {shown}{' …' if len(counts) > 12 else ''}.")
    if "und" in languages:
        notes.append(f"{languages['und']['docs']} documents have no identified language (`und`).")
    minor = [lang for lang, v in languages.items() if v["docs"] / documents < 0.01]
    if minor:
        notes.append(f"Languages with under 1% of the documents ({', '.join(minor[:12])}"
                     f"{' …' if len(minor) > 12 else ''}) are too small to train on alone.")
    if model.get("model_generated"):
        notes.append("Responses are model-generated: they carry the generating model's errors, biases and licence terms.")
    contamination = model.get("contamination")
    if contamination is not None:
        kept = {name: n for name, n in contamination["kept"].items() if n}
        if kept:
            notes.append("Records overlapping benchmarks are still in the set (the rule tags them but does not "
                         "remove them): " + ", ".join(f"{name} {n}" for name, n in kept.items()) +
                         ". Do not evaluate on those benchmarks without removing them.")
        benchmarks = ", ".join(contamination["found"]) or "none found"
        notes.append(f"Only the configured benchmarks were checked for overlap ({benchmarks}); others were not.")
    if model["kind"] == "text" and model["origin"] == "pipeline":
        notes.append("Web text can hold personal information and offensive content that the filters did not catch.")
    if model["origin"] == "profile":
        notes.append("This card profiles the data as found; no filtering was run, so nothing here says how it was made.")
    return notes


# ---------------------------------------------------------------------------------------------- pipeline output

def describe_output(path: str) -> dict[str, Any]:
    """The card model of a pipeline output folder, from the files the run wrote."""
    fs, root = filesystem(path)
    config_text = _read_text(fs, f"{root}/config.yaml")
    stats_text = _read_text(fs, f"{root}/stats.json")
    ledger_text = _read_text(fs, f"{root}/ledger.json")
    if config_text is None or stats_text is None or ledger_text is None:
        raise FileNotFoundError(f"{path} is not a curate output (config.yaml, stats.json and ledger.json are needed); "
                                f"for any other dataset use `curate card {path}` which profiles it")
    config = yaml.safe_load(config_text)
    stats = json.loads(stats_text)
    ledger = json.loads(ledger_text)
    lineage = json.loads(_read_text(fs, f"{root}/lineage.json") or "{}")
    kind = config.get("kind", "text")
    data_files = parquet_files(fs, f"{root}/data")
    columns: list[dict[str, str]] = []
    if data_files:
        with fs.open_input_file(f"{root}/data/{data_files[0]}") as handle:
            columns = [{"name": f.name, "type": str(f.type)} for f in pq.read_schema(handle)]
    languages = list(stats.get("languages", {}))
    reasons = [reason for stage in ledger.get("stages", []) for reason in stage.get("reasons", {})]
    samples = {"kept": kept_samples(fs, f"{root}/data", kind, languages),
               "rejected": rejected_samples(fs, f"{root}/rejects", kind, reasons)}
    return card_model(name=config.get("name") or os.path.basename(root), kind=kind, card=config.get("card") or {},
                      stats=stats, configs=data_configs(data_files), files=len(data_files), columns=columns,
                      samples=samples,
                      lineage=lineage, ledger=ledger, config_yaml=config_text)


def written_by_curate(folder: str) -> bool:
    """True when the folder's README.md is a card curate wrote (card.json beside it, or curate's tag)."""
    if os.path.exists(os.path.join(folder, "card.json")):
        return True
    try:
        with open(os.path.join(folder, "README.md"), encoding="utf-8", errors="replace") as handle:
            head = handle.read(4096)
    except OSError:
        return False
    return head.startswith("---\n") and "\n- curate\n" in head.split("\n---", 2)[0]


def rebase_configs(model: dict[str, Any], data_root: str, card_folder: str) -> dict[str, Any]:
    """The model with its data_files made relative to `card_folder` instead of `data_root` (card written
    elsewhere: `curate card OUTPUT --out DIR`)."""
    prefix = os.path.relpath(os.path.abspath(data_root), os.path.abspath(card_folder))
    if prefix == ".":
        return model
    for config in model["configs"]:
        for entry in config["data_files"]:
            paths = entry["path"] if isinstance(entry["path"], list) else [entry["path"]]
            rebased = [f"{prefix}/{p}" for p in paths]
            entry["path"] = rebased if isinstance(entry["path"], list) else rebased[0]
    return model


def write_card(path: str, model: dict[str, Any]) -> str:
    """Write `README.md` (the Hugging Face card) and `card.json` into `path`; returns the README's path."""
    from catalogs.markdown import render_card

    fs, root = filesystem(path)
    fs.create_dir(root, recursive=True)
    _write_text(fs, f"{root}/card.json", json.dumps(model, indent=1, ensure_ascii=False, default=str))
    readme = f"{root}/README.md"
    _write_text(fs, readme, render_card(model))
    return readme
