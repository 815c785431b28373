"""Building the card model from a set's facts: stats, ledger, lineage, data files and sample rows, in the
shapes the run writes them (stats.json, ledger.json, lineage.json) or the profile holds them.

Both ways to a card go through `card_model`: `catalogs.describe` reads a curate output folder, and
`curate card` profiles any other dataset (curate/driver/profile.py). Plain Python: no Spark, no files.
"""

from __future__ import annotations

from typing import Any, Optional

import yaml

from catalogs.formatting import clip, size_category
from catalogs.model import (
    Buckets,
    CardModel,
    Column,
    Contamination,
    CurationRow,
    CurationTable,
    DataConfig,
    Dedup,
    DedupClusters,
    LanguageCount,
    Ledger,
    LedgerStage,
    Pii,
    Lineage,
    Message,
    Records,
    Sample,
    Samples,
    SemanticClusters,
    Tokens,
    Totals,
)

TEXT_LIMIT = 1200  # characters of a sample's text shown in cards and the catalog
MESSAGE_LIMIT = 600  # characters per message of an SFT / preference sample
KEPT_PER_LANGUAGE = 3  # kept samples of each language shown
SAMPLE_LANGUAGES = 6  # languages (the most common) that kept samples are shown for
REJECTED_PER_REASON = 2  # rejected samples of each drop reason shown
STRUCTURE_COLUMNS = {"text": [], "sft": ["messages"], "preference": ["prompt", "chosen", "rejected"],
                     "kto": ["prompt", "completion", "label"]}
SAMPLE_SIGNALS = ("quality_score", "perplexity", "bucket", "language_score", "contamination_benchmark")
RECORD_COUNTS = ("record_formats", "prompt_languages", "response_languages")


# ---------------------------------------------------------------------------------------------- samples

def _message_list(value: list[dict[str, Any]]) -> list[Message]:
    messages = []
    for message in value:
        content, clipped = clip(message.get("content") or "", MESSAGE_LIMIT)
        messages.append(Message(role=str(message.get("role")), content=content + (" …" if clipped else "")))
    return messages


def sample_row(row: dict[str, Any], kind: str) -> Sample:
    """A row as shown in cards and the catalog: text clipped, structure kept, a few signals."""
    text, clipped = clip(row.get("text"), TEXT_LIMIT)
    structure = {}
    for column in STRUCTURE_COLUMNS.get(kind, []):
        if column in row:
            value = row[column]
            structure[column] = _message_list(value) if isinstance(value, list) else value
    signals = {name: row[name] for name in SAMPLE_SIGNALS if row.get(name) not in (None, "")}
    return Sample(id=row.get("id"), language=row.get("language"), source=row.get("source"), url=row.get("url"),
                  text=text, clipped=clipped, **structure,
                  signals={k: (round(v, 4) if isinstance(v, float) else v) for k, v in signals.items()} or None,
                  reason=row.get("drop_reason") or None)


# ---------------------------------------------------------------------------------------------- parts

def data_configs(files: list[str], prefix: str = "data") -> list[dict[str, Any]]:
    """`configs:` for the card, as the Hub metadata writes them: `default` over every shard, and one config
    per language folder when there are several. Patterns match the layout written
    (`data/<language>[/<bucket>]/part-*.parquet`)."""
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


def curation_table(ledger: dict[str, Any], languages: list[str]) -> CurationTable:
    """The CulturaX "Table 1" for this set: per language, documents in and removed by each stage, and kept."""
    stages = [s for s in ledger.get("stages", []) if s["stage"] != "read" or s["dropped"]["docs"]]
    rows = []
    for language in languages:
        seen = [s["by_language"][language] for s in ledger.get("stages", []) if language in s["by_language"]]
        if not seen:
            continue
        removed = {s["stage"]: s["by_language"].get(language, {}).get("dropped", {}).get("docs", 0) for s in stages}
        rows.append(CurationRow(language=language, in_=seen[0]["in"]["docs"], removed=removed,
                                kept=seen[-1]["kept"]["docs"]))
    return CurationTable(stages=[s["stage"] for s in stages], rows=rows)


def _languages_by_input(ledger: dict[str, Any]) -> list[str]:
    stages = ledger.get("stages") or []
    if not stages:
        return []
    return sorted(stages[0]["by_language"], key=lambda lang: (-stages[0]["by_language"][lang]["in"]["docs"], lang))


def _ledger(ledger: dict[str, Any]) -> Ledger:
    """The ledger.json of a run as the card shows it: document counts per stage and reason."""
    return Ledger(
        documents_in=ledger.get("documents_in"), documents_kept=ledger.get("documents_kept"),
        characters_in=ledger.get("characters_in"), characters_kept=ledger.get("characters_kept"),
        tokens_in=ledger.get("tokens_in"), tokens_kept=ledger.get("tokens_kept"),
        stages=[LedgerStage(stage=s["stage"], in_=s["in"]["docs"], kept=s["kept"]["docs"],
                            dropped=s["dropped"]["docs"], dropped_chars=s["dropped"]["chars"],
                            dropped_tokens=s["dropped"].get("tokens"),
                            reasons={r: c["docs"] for r, c in s["reasons"].items()}, tallies=s.get("tallies", {}))
                for s in ledger.get("stages", [])],
        by_language=curation_table(ledger, _languages_by_input(ledger)),
        rules=ledger.get("rules", {}),
        not_applied=ledger.get("not_applied", {}),
        elapsed_seconds=ledger.get("elapsed_seconds"),
    )


def _dedup(stats: dict[str, Any], ledger: Optional[dict[str, Any]]) -> Dedup:
    """Clusters from stats.json (when any), and what the ledger's dedup stage removed (when it ran)."""
    clusters = stats.get("dedup_clusters") or {}
    semantic = stats.get("semantic_clusters")
    dedup = Dedup(clusters=DedupClusters.from_dict(clusters) if clusters.get("clusters") else None,
                  semantic=SemanticClusters.from_dict(semantic) if semantic else None)
    stage = next((s for s in (ledger or {}).get("stages", []) if s["stage"] == "dedup"), None)
    if stage is not None:
        dedup.removed = {r: c["docs"] for r, c in stage["reasons"].items()} or {"dedup": 0}
        dedup.in_ = stage["in"]["docs"]
    return dedup


def _pii(ledger: Optional[dict[str, Any]], stats: dict[str, Any], config_yaml: Optional[str]) -> Optional[Pii]:
    """What the pii stages found (the ledger's tallies), what the kept records still count (stats totals: the
    replaced spans' counts) and each kind's mode (the resolved config); None where no pii stage ran."""
    found: dict[str, int] = {}
    for stage in (ledger or {}).get("stages", []):
        for column, count in (stage.get("tallies") or {}).items():
            if column.startswith("pii_"):
                found[column[4:]] = found.get(column[4:], 0) + int(count)
    if not found:
        return None
    kept = {name[4:]: int(n) for name, n in (stats.get("totals") or {}).items() if name.startswith("pii_")}
    modes: dict[str, str] = {}
    for spec in (yaml.safe_load(config_yaml or "") or {}).get("stages") or []:
        if isinstance(spec, dict) and spec.get("stage") == "pii_v1":
            params = spec.get("params") or {}
            modes.update({kind: (params.get("modes") or {}).get(kind, params.get("mode", "tag"))
                          for kind in params.get("kinds") or found})
    return Pii(found={k: n for k, n in found.items() if k in modes or not modes},
               kept={k: n for k, n in kept.items() if k in modes or not modes}, modes=modes)


# ---------------------------------------------------------------------------------------------- the model

def card_model(*, name: str, kind: str, card: dict[str, Any], stats: dict[str, Any], configs: list[dict[str, Any]],
               files: int, columns: list[dict[str, str]], samples: dict[str, list[Sample]], lineage: dict[str, Any],
               ledger: Optional[dict[str, Any]] = None, config_yaml: Optional[str] = None,
               file_format: str = "parquet", origin: str = "pipeline") -> CardModel:
    """Everything a card and a catalog page show (written as card.json). `card` is the config's `card:`
    block; `configs` and `columns` are in the Hub metadata's shapes; a profile without curation has no ledger."""
    model = CardModel(
        origin=origin, name=name, pretty_name=card.get("pretty_name") or name,
        description=card.get("description") or "", kind=kind, license=card.get("license") or "other",
        licenses=card.get("licenses") or [], derived_from=card.get("derived_from") or [],
        model_generated=card.get("model_generated"), uses=card.get("uses") or "",
        limitations=card.get("limitations") or "", format=file_format,
        size_category=size_category(int(stats.get("documents", 0))),
        totals=Totals(**{k: int(stats.get(k, 0) or 0) for k in ("documents", "characters", "words", "bytes")}),
        files=files,
        languages={lang: LanguageCount.from_dict(v) for lang, v in stats.get("languages", {}).items()},
        configs=[DataConfig.from_dict(c) for c in configs],
        columns=[Column.from_dict(c) for c in columns],
        signals={name: s for name, s in stats.get("signals", {}).items() if s.get("count")},
        buckets=Buckets.from_dict(stats["buckets"]) if stats.get("buckets") is not None else None,
        dedup=_dedup(stats, ledger),
        records=Records.from_dict({k: stats[k] for k in RECORD_COUNTS if k in stats}),
        contamination=(Contamination(found=stats["contamination"], kept=stats.get("contamination_kept", {}))
                       if "contamination" in stats else None),
        pii=_pii(ledger, stats, config_yaml),
        tokens=Tokens.from_dict(stats["tokens"]) if stats.get("tokens") else None,
        samples=Samples(kept=samples.get("kept", []), rejected=samples.get("rejected", [])),
        lineage=Lineage.from_dict(lineage), config_yaml=config_yaml,
        ledger=_ledger(ledger) if ledger else None,
    )
    model.limitations_generated = generated_limitations(model)
    return model


def generated_limitations(model: CardModel) -> list[str]:
    """What a user should know before training on this set, from its own facts."""
    notes = []
    if model.origin == "pipeline":
        notes.append("Documents were removed by heuristic thresholds (see Curation and the rules under Lineage); "
                     "they remove good documents too, and pass some bad ones.")
    for stage, rules in (model.ledger.not_applied if model.ledger else {}).items():
        for rule, counts in rules.items():
            shown = ", ".join(f"{lang} ({n})" for lang, n in list(counts.items())[:12])
            notes.append(f"The rule {stage}.{rule} was not applied to some languages (no threshold or word list "
                         f"for them; documents in parentheses): {shown}{' …' if len(counts) > 12 else ''}.")
    notes += _language_notes(model)
    if model.model_generated:
        notes.append("Responses are model-generated: they carry the generating model's errors, biases and licence terms.")
    if model.contamination is not None:
        notes += _contamination_notes(model.contamination)
    if model.pii is not None:
        notes.append("Personal data was looked for by pattern and validator (e-mail addresses, phone numbers, IP "
                     "addresses, payment cards, IBANs, national ids, keys): names, postal addresses and other "
                     "personal information are not detected, and a detector misses some of what it looks for.")
    elif model.kind == "text" and model.origin == "pipeline":
        notes.append("Web text can hold personal information and offensive content that the filters did not catch.")
    if model.origin == "mix":
        notes.append("A mix holds what its inputs hold: each input's card (linked under Mix) says how it was "
                     "curated and what it may still contain.")
    if model.origin == "profile":
        notes.append("This card profiles the data as found; no filtering was run, so nothing here says how it was made.")
    return notes


def _language_notes(model: CardModel) -> list[str]:
    """Records with no identified language, and languages too small to train on alone."""
    notes = []
    languages = model.languages
    documents = model.totals.documents or 1
    if "und" in languages:
        notes.append(f"{languages['und'].docs} documents have no identified language (`und`).")
    minor = [lang for lang, v in languages.items() if v.docs / documents < 0.01]
    if minor:
        notes.append(f"Languages with under 1% of the documents ({', '.join(minor[:12])}"
                     f"{' …' if len(minor) > 12 else ''}) are too small to train on alone.")
    return notes


def _contamination_notes(contamination: Contamination) -> list[str]:
    """Benchmark overlaps still in the set, and which benchmarks were checked at all."""
    notes = []
    kept = {name: n for name, n in contamination.kept.items() if n}
    if kept:
        notes.append("Records overlapping benchmarks are still in the set (the rule tags them but does not "
                     "remove them): " + ", ".join(f"{name} {n}" for name, n in kept.items()) +
                     ". Do not evaluate on those benchmarks without removing them.")
    benchmarks = ", ".join(contamination.found) or "none found"
    notes.append(f"Only the configured benchmarks were checked for overlap ({benchmarks}); others were not.")
    return notes
