"""The card model → a Hugging Face dataset card (`README.md`): YAML metadata made with huggingface_hub's
DatasetCard API, then one function per section. Document text only ever appears inside code fences, so it
never becomes Markdown or HTML.
"""

from __future__ import annotations

import re
from typing import Any, Iterable

from huggingface_hub import DatasetCard, DatasetCardData

from catalogs.formatting import format_bytes, format_number, format_share
from catalogs.model import CardModel, CurationTable, Sample, SemanticClusters

TASK_CATEGORIES = {"text": ["text-generation"], "sft": ["text-generation", "question-answering"],
                   "preference": ["text-generation"], "kto": ["text-generation"]}
KIND_TAGS = {"text": ["pretraining"], "sft": ["sft", "instruction-tuning"], "preference": ["preference", "dpo", "rlhf"],
             "kto": ["preference", "kto"]}
RECORD_TABLES = (("record_formats", "source format"), ("prompt_languages", "prompt language"),
                 ("response_languages", "response language"))
STRUCTURE_SHOWN = ("messages", "prompt", "chosen", "rejected", "completion")
SPARK = "▁▂▃▄▅▆▇█"
TOP_LANGUAGES = 15
ISO_CODE = re.compile(r"^[a-z]{2,3}$")
MARKUP = set("\\`*_{}[]<>()#+-!|~&:=\"'$")  # what Markdown, HTML and autolinks read; all are escapable punctuation


def metadata(model: CardModel) -> DatasetCardData:
    """The YAML header: what the Hub indexes, and `configs` so that `load_dataset(<folder>)` finds the data."""
    languages = [lang for lang in model.languages if ISO_CODE.match(lang) and lang != "und"]
    extra: dict[str, Any] = {"tags": ["curate"] + KIND_TAGS.get(model.kind, [])}
    if model.configs:
        extra["configs"] = [config.to_dict() for config in model.configs]
    return DatasetCardData(
        pretty_name=model.pretty_name,
        language=languages or None,
        license=model.license,
        multilinguality="multilingual" if len(languages) > 1 else "monolingual",
        size_categories=[model.size_category],
        task_categories=TASK_CATEGORIES.get(model.kind, ["text-generation"]),
        source_datasets=model.derived_from or ["original"],
        **extra,
    )


# ---------------------------------------------------------------------------------------------- blocks

def _md(text: Any) -> str:
    """Any text from the config or the data as literal Markdown: each character that could start markup
    backslash-escaped (CommonMark's escapes), so nothing becomes a link, image, emphasis, code or HTML;
    on one line."""
    return "".join("\\" + c if c in MARKUP else c for c in " ".join(str(text).split()))


def _table(header: list[str], rows: Iterable[list[Any]]) -> list[str]:
    """A Markdown table, every cell escaped; numbers right-aligned, text left-aligned."""
    rows = [list(row) for row in rows]
    numeric = [all(isinstance(r[i], (int, float)) or re.fullmatch(r"[\d,.%–\s]*(B|KB|MB|GB|TB)?", str(r[i]))
                   for r in rows) for i in range(len(header))]
    lines = ["| " + " | ".join(_md(h) for h in header) + " |",
             "|" + "|".join("---:" if numeric[i] and i else "---" for i in range(len(header))) + "|"]
    lines += ["| " + " | ".join(c if isinstance(c, Markdown) else _md(c) for c in row) + " |" for row in rows]
    return lines + [""]


class Markdown(str):
    """A table cell that is Markdown already (a link made from escaped parts)."""


def _fence(text: str, info: str = "text") -> list[str]:
    """A code fence longer than any backtick run inside, so the text cannot close it."""
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * max(3, longest + 1)
    return [f"{fence}{info}", text, fence, ""]


def sparkline(counts: list[int]) -> str:
    """A histogram as one line of block characters."""
    top = max(counts) if counts else 0
    if not top:
        return ""
    return "".join(" " if c == 0 else SPARK[min(len(SPARK) - 1, int(c / top * (len(SPARK) - 1) + 0.5))] for c in counts)


def _sample_text(sample: Sample) -> str:
    """A sample's structure columns (or its text) as the plain text of its fence."""
    parts = []
    for column in STRUCTURE_SHOWN:
        value = getattr(sample, column)
        if isinstance(value, list):
            parts.append(f"[{column}]")
            parts += [f"{m.role}: {m.content}" for m in value]
        elif isinstance(value, str):
            parts.append(f"[{column}] {value}")
    if not parts:
        parts.append((sample.text or "") + (" …" if sample.clipped else ""))
    return "\n".join(parts)


# ---------------------------------------------------------------------------------------------- sections

def _summary(model: CardModel) -> list[str]:
    lines = ["## Summary", ""]
    if model.description:
        lines += [_md(model.description), ""]
    made = {"pipeline": "curated by curate", "mix": "sampled by curate mix"}.get(model.origin, "profiled by curate")
    lines += [f"{model.kind_name}, {made}: {model.totals.documents:,} records in {model.files} {model.format} "
              f"file(s), {len(model.languages)} language(s).", ""]
    if model.mix is not None:
        lines += [f"**{_md(model.mix.sentence(model.tokens.tokenizer if model.tokens else None))}**", ""]
    elif model.tokens is not None:
        lines += [f"**{_md(model.tokens.sentence())}**", ""]
    if not model.totals.documents and model.origin == "pipeline":
        lines += ["**This set is empty: no record was kept** (see Curation for what removed them). Its one shard "
                  "holds the columns and no rows; `datasets` refuses to load an empty split.", ""]
    if model.model_generated is not None:
        lines += [f"Model-generated responses: **{'yes' if model.model_generated else 'no'}**.", ""]
    if model.licenses:
        lines += [f"Source licenses: {_md(', '.join(model.licenses))}.", ""]
    return lines


def _composition(model: CardModel) -> list[str]:
    totals = model.totals
    lines = ["## Composition", ""]
    tokens = model.tokens
    lines += _table(["", "value"], [["records", format_number(totals.documents)],
                                    *([[f"tokens ({_md(tokens.tokenizer)})", format_number(tokens.total)]]
                                      if tokens is not None else []),
                                    ["words", format_number(totals.words)],
                                    ["characters", format_number(totals.characters)],
                                    ["UTF-8 text", format_bytes(totals.bytes)]])
    languages = list(model.languages.items())
    by_tokens = tokens.by_language if tokens is not None else None
    lines += _table(["language", "records", "share", *(["tokens"] if by_tokens is not None else []), "words",
                     "text bytes"],
                    [[lang, format_number(v.docs), format_share(v.docs, totals.documents),
                      *([format_number(by_tokens.get(lang, 0))] if by_tokens is not None else []),
                      format_number(v.words), format_bytes(v.bytes)] for lang, v in languages[:TOP_LANGUAGES]])
    if tokens is not None and (len(tokens.by_source) > 1 or tokens.by_bucket):
        lines += _table(["tokens by", "name", "tokens", "share"],
                        [[what, _md(name) or "(none)", format_number(n), format_share(n, tokens.total)]
                         for what, counts in (("source", tokens.by_source), ("bucket", tokens.by_bucket))
                         for name, n in counts.items()])
    if len(languages) > TOP_LANGUAGES:
        lines += [f"… and {len(languages) - TOP_LANGUAGES} more languages (card.json lists them all).", ""]
    if model.columns:
        lines += ["Fields: " + ", ".join(f"{_md(c.name)} ({_md(c.type)})" for c in model.columns), ""]
    return lines


def _mix(model: CardModel) -> list[str]:
    """A mix's inputs (linked to their cards), its groups' asked and realised shares, its composition by input,
    language and bucket, the appearances of documents, and the rules it sampled by."""
    mix = model.mix
    tokens = mix.unit == "tokens"
    lines = ["## Mix", "", f"Budget: {mix.budget:,} {mix.unit}; realised: {mix.realised:,}; seed {mix.seed}; "
             f"{mix.shards} shard(s) in shuffled order.", ""]
    lines += _table(["input", "license", "records read", *(["tokens read"] if tokens else []), "selected",
                     "rows in the mix", "distinct", *(["tokens in the mix"] if tokens else [])],
                    [[Markdown(f"[{_md(i.pretty_name)}](<{i.card}>)") if i.card and ">" not in i.card else i.pretty_name,
                      i.license, format_number(i.read.get("documents")),
                      *([format_number(i.read.get("tokens"))] if tokens else []),
                      format_number(i.selected.get("documents")), format_number(i.taken.get("documents")),
                      format_number(i.taken.get("unique_documents")),
                      *([format_number(i.taken.get("tokens"))] if tokens else [])] for i in mix.inputs])
    lines += _table([f"group ({' / '.join(mix.weights_by)})", "share asked", f"target ({mix.unit})", "realised",
                     "share realised", "epochs"],
                    [[name, f"{g.share:.4f}", format_number(round(g.target)), format_number(g.realised),
                      f"{g.realised_share:.4f}", "–" if g.epochs is None else f"{g.epochs:.2f}"]
                     for name, g in mix.groups.items()])
    lines += _table(["input", "language", "bucket", "rows", "repeats", *(["tokens"] if tokens else [])],
                    [[p.set, p.language, p.bucket if p.bucket is not None else "–", format_number(p.documents),
                      format_number(p.repeated), *([format_number(p.tokens)] if tokens else [])]
                     for p in mix.composition])
    lines += _table(["appearance of the document", "rows"], [[int(e) + 1, format_number(n)]
                                                             for e, n in mix.epochs.items()])
    rules = [f"- top {_md(r.get('top'))} by `{_md(r.get('column'))}` per {_md(', '.join(r.get('per') or []) or 'set')}"
             + (f" in {_md(', '.join(r['sets']))}" if r.get("sets") else "") for r in mix.selection]
    if mix.rehydrate:
        rules.append(f"- re-hydrated by `{_md(mix.rehydrate.get('column'))}`: " + ", ".join(
            f"size ≥ {size} → {copies} copies" for size, copies in mix.rehydrate.get("repeats") or []))
    if rules:
        lines += ["Rules:", "", *rules, ""]
    if mix.warnings:
        lines += ["Warnings:", "", *[f"- {_md(w)}" for w in mix.warnings], ""]
    if mix.tokenized:
        lines += [f"Tokenized: {mix.tokenized.get('tokens', 0):,} token ids (EOS after each document) in "
                  f"{mix.tokenized.get('shards', 0)} Megatron `.bin`/`.idx` pair(s) under `tokenized/`, one per "
                  f"shard.", ""]
    return lines


def _curation(model: CardModel) -> list[str]:
    ledger = model.ledger
    if ledger is None:
        return ["## Curation", "", "No curation record: this card profiles the data as found.", ""]
    lines = ["## Curation", "",
             f"{ledger.documents_in:,} records in, {ledger.documents_kept:,} kept "
             f"({format_share(ledger.documents_kept, ledger.documents_in)})."
             + (f" Tokens: {ledger.tokens_in:,} in, {ledger.tokens_kept:,} kept "
                f"({format_share(ledger.tokens_kept, ledger.tokens_in)})." if ledger.tokens_in is not None else ""),
             ""]
    lines += _table(["stage", "in", "removed", "kept", "top reasons"],
                    [[s.stage, format_number(s.in_), format_number(s.dropped), format_number(s.kept),
                      ", ".join(f"{r} ({n:,})" for r, n in list(s.reasons.items())[:3])] for s in ledger.stages])
    if model.pii is not None:
        lines += [_md(model.pii.sentence()), ""]
    return lines + _by_language(ledger.by_language)


def _by_language(table: CurationTable) -> list[str]:
    """The curation table per language (the first TOP_LANGUAGES rows)."""
    if not table.rows:
        return []
    lines = ["Removed per stage and language (the CulturaX Table 1 of this set):", ""]
    lines += _table(["language", "in", *table.stages, "kept", "kept %"],
                    [[r.language, format_number(r.in_), *[format_number(r.removed[s]) for s in table.stages],
                      format_number(r.kept), format_share(r.kept, r.in_)] for r in table.rows[:TOP_LANGUAGES]])
    if len(table.rows) > TOP_LANGUAGES:
        lines += [f"… and {len(table.rows) - TOP_LANGUAGES} more languages (ledger.json has them all).", ""]
    return lines


def _quality(model: CardModel) -> list[str]:
    lines = ["## Quality signals", ""]
    if model.signals:
        lines += _table(["signal", "count", "mean", "p10", "p50", "p90", "min", "max", "histogram"],
                        [[name, format_number(s["count"]), format_number(s["mean"]), format_number(s.get("p10")),
                          format_number(s.get("p50")), format_number(s.get("p90")), format_number(s["min"]),
                          format_number(s["max"]), sparkline(s.get("histogram", {}).get("counts", []))]
                         for name, s in model.signals.items()])
    buckets = model.buckets
    if buckets is not None:
        lines += [f"Buckets by {_md(buckets.signal)} (percentiles {_md(buckets.percentiles)} per language, "
                  f"{'higher' if buckets.higher_is_better else 'lower'} is better):", ""]
        names = list(buckets.names) + ["none"]
        lines += _table(["language", *names], [[lang, *[format_number(counts.get(n, 0)) for n in names]]
                                               for lang, counts in (buckets.documents or {}).items()])
    return lines


def _dedup(model: CardModel) -> list[str]:
    dedup = model.dedup
    if not dedup.recorded:
        return []
    lines = ["## Deduplication", ""]
    if dedup.removed:
        lines += _table(["reason", "removed"], [[r, format_number(n)] for r, n in dedup.removed.items()])
    clusters = dedup.clusters
    if clusters is not None:
        lines += [f"{clusters.clusters:,} clusters of duplicates kept one record each; they held "
                  f"{clusters.documents_in_clusters:,} records, the largest {clusters.largest:,}.", ""]
        lines += _table(["cluster size", "clusters"],
                        [[size, format_number(n)] for size, n in clusters.by_size.items()])
    if dedup.semantic is not None:
        lines += [semantic_sentence(dedup.semantic), ""]
    return lines


def semantic_sentence(semantic: SemanticClusters) -> str:
    """Semantic dedup in one sentence: what it compared, how, in what clusters, and what it removed."""
    size = semantic.size
    how = f"cosine ≥ {semantic.threshold:g}" if semantic.threshold is not None else "cosine over the threshold"
    model = f" of {semantic.model} embeddings" if semantic.model else ""
    spread = (f" of {size['min']:,}–{size['max']:,} records (median {size['p50']:,})"
              if size.get("min") is not None else "")
    return (f"Semantic dedup ({how}{model}) compared {semantic.documents:,} records inside {semantic.clusters:,} "
            f"KMeans clusters{spread} and removed {semantic.removed:,}, from {semantic.clusters_with_removals:,} "
            f"clusters.")


def _records(model: CardModel) -> list[str]:
    if model.kind == "text":
        return []
    lines = ["## Records", ""]
    for key, title in RECORD_TABLES:
        counts = getattr(model.records, key)
        if counts:
            lines += _table([title, "records"], [[k, format_number(v)] for k, v in counts.items()])
    return lines


def _contamination(model: CardModel) -> list[str]:
    contamination = model.contamination
    if contamination is None:
        return []
    if not contamination.found:
        return ["## Benchmark contamination", "", "No record overlaps the configured benchmarks.", ""]
    return ["## Benchmark contamination", ""] + _table(
        ["benchmark", "records found", "still in the set"],
        [[name, format_number(n), format_number(contamination.kept.get(name, 0))]
         for name, n in contamination.found.items()])


def _samples(model: CardModel) -> list[str]:
    lines = ["## Samples", ""]
    for sample in model.samples.kept:
        source = "" if sample.source is None else sample.source
        lines += [f"**kept** {_md(sample.id)} ({_md(_language(sample))}, {_md(source)})", ""]
        lines += _fence(_sample_text(sample))
    if model.samples.rejected:
        lines += ["Rejected, with the reason:", ""]
    for sample in model.samples.rejected:
        lines += [f"**{_md(sample.reason)}** {_md(sample.id)} ({_md(_language(sample))})", ""]
        lines += _fence(_sample_text(sample))
    return lines


def _language(sample: Sample) -> str:
    return "?" if sample.language is None else sample.language


def _lineage(model: CardModel) -> list[str]:
    lineage = model.lineage
    lines = ["## Lineage", ""]
    if lineage.inputs:
        lines += _table(["input", "bytes", "sha256"], [[i.path, format_number(i.bytes), i.sha256]
                                                       for i in lineage.inputs])
    if lineage.stage_files:
        lines += _table(["stage", "file", "sha256"], [[f"{f.stage} ({f.key})", f.path, f.sha256]
                                                      for f in lineage.stage_files])
    facts = [(k, getattr(lineage, k)) for k in ("started", "finished", "elapsed_seconds")
             if getattr(lineage, k) is not None]
    facts += [(f"code {k}", v) for k, v in (lineage.code or {}).items()]
    facts += list((lineage.environment or {}).items())
    if facts:
        lines += _table(["", ""], [[k, v] for k, v in facts])
    if model.config_yaml:
        lines += ["<details><summary>Resolved config (every threshold applied)</summary>", ""]
        lines += _fence(model.config_yaml, "yaml") + ["</details>", ""]
    return lines


def _uses(model: CardModel) -> list[str]:
    lines = ["## Uses and limitations", ""]
    if model.uses:
        lines += [_md(model.uses), ""]
    for note in ([model.limitations] if model.limitations else []) + model.limitations_generated:
        lines += [f"- {_md(note)}"]
    return lines


def _loading(model: CardModel) -> list[str]:
    return ["", "## Loading", ""] + _fence(loading_snippet(model, "path/to/this/folder"), "python")


SECTIONS = (_summary, _composition, _curation, _quality, _dedup, _records, _contamination, _samples, _lineage,
            _uses, _loading)


MIX_SECTIONS = (_summary, _composition, _mix, _samples, _lineage, _uses, _loading)


def render_card(model: CardModel) -> str:
    """The whole card as Markdown with its YAML header."""
    lines = [f"# {_md(model.pretty_name)}", ""]
    for section in MIX_SECTIONS if model.mix is not None else SECTIONS:
        lines += section(model)
    return str(DatasetCard(f"---\n{metadata(model).to_yaml()}\n---\n\n" + "\n".join(lines)))


def loading_snippet(model: CardModel, location: str) -> str:
    """Python that loads the set from `location` (its folder), through the card's configs."""
    configs = model.configs
    default = next((c for c in configs if c.default), configs[0] if configs else None)
    split = default.data_files[0].split if default is not None and default.data_files else "train"
    lines = ["from datasets import load_dataset", "", f"ds = load_dataset({location!r}, split={split!r})"]
    other = [c.config_name for c in configs if c is not default]
    if other and model.origin == "pipeline":
        lines.append(f"# one language only: load_dataset({location!r}, {other[0]!r}, split='train')")
    elif other:
        lines.append(f"# other configs: {', '.join(other)} (load_dataset({location!r}, {other[0]!r}))")
    return "\n".join(lines)
