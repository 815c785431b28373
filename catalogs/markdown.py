"""The card model → a Hugging Face dataset card (`README.md`): YAML metadata made with huggingface_hub's
DatasetCard API, then the sections. Document text only ever appears inside code fences, so it never
becomes Markdown or HTML.
"""

from __future__ import annotations

import re
from typing import Any, Iterable

from huggingface_hub import DatasetCard, DatasetCardData

from catalogs.card import KIND_NAMES, KIND_TAGS, TASK_CATEGORIES
from catalogs.card import format_bytes as _bytes
from catalogs.card import format_number as _number

SPARK = "▁▂▃▄▅▆▇█"
TOP_LANGUAGES = 15
ISO_CODE = re.compile(r"^[a-z]{2,3}$")


def metadata(model: dict[str, Any]) -> DatasetCardData:
    """The YAML header: what the Hub indexes, and `configs` so that `load_dataset(<folder>)` finds the data."""
    languages = [lang for lang in model["languages"] if ISO_CODE.match(lang) and lang != "und"]
    extra: dict[str, Any] = {"tags": ["curate"] + KIND_TAGS.get(model["kind"], [])}
    if model["configs"]:
        extra["configs"] = model["configs"]
    return DatasetCardData(
        pretty_name=model["pretty_name"],
        language=languages or None,
        license=model["license"],
        multilinguality="multilingual" if len(languages) > 1 else "monolingual",
        size_categories=[model["size_category"]],
        task_categories=TASK_CATEGORIES.get(model["kind"], ["text-generation"]),
        source_datasets=model["derived_from"] or ["original"],
        **extra,
    )


MARKUP = set("\\`*_{}[]<>()#+-!|~&:=\"'$")  # what Markdown, HTML and autolinks read; all are escapable punctuation


def _md(text: Any) -> str:
    """Any text from the config or the data as literal Markdown: each character that could start markup
    backslash-escaped (CommonMark's escapes), so nothing becomes a link, image, emphasis, code or HTML;
    on one line."""
    return "".join("\\" + c if c in MARKUP else c for c in " ".join(str(text).split()))


_cell = _inline = _md


def _table(header: list[str], rows: Iterable[list[Any]]) -> list[str]:
    """A Markdown table, every cell escaped; numbers right-aligned, text left-aligned."""
    rows = [list(row) for row in rows]
    numeric = [all(isinstance(r[i], (int, float)) or re.fullmatch(r"[\d,.%–\s]*(B|KB|MB|GB|TB)?", str(r[i]))
                   for r in rows) for i in range(len(header))]
    lines = ["| " + " | ".join(_md(h) for h in header) + " |",
             "|" + "|".join("---:" if numeric[i] and i else "---" for i in range(len(header))) + "|"]
    lines += ["| " + " | ".join(_md(c) for c in row) + " |" for row in rows]
    return lines + [""]


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


def _share(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f}%" if whole else "–"


def _sample_text(sample: dict[str, Any]) -> str:
    parts = []
    for column in ("messages", "prompt", "chosen", "rejected", "completion"):
        value = sample.get(column)
        if isinstance(value, list):
            parts.append(f"[{column}]")
            parts += [f"{m['role']}: {m['content']}" for m in value]
        elif isinstance(value, str):
            parts.append(f"[{column}] {value}")
    if not parts:
        parts.append((sample.get("text") or "") + (" …" if sample.get("clipped") else ""))
    return "\n".join(parts)


def render_card(model: dict[str, Any]) -> str:
    """The whole card as Markdown with its YAML header."""
    totals = model["totals"]
    lines = [f"# {_inline(model['pretty_name'])}", ""]

    lines += ["## Summary", ""]
    if model["description"]:
        lines += [_inline(model["description"]), ""]
    made = "curated by curate" if model["origin"] == "pipeline" else "profiled by curate"
    lines += [f"{KIND_NAMES.get(model['kind'], model['kind'])}, {made}: {totals['documents']:,} records in "
              f"{model['files']} {model['format']} file(s), {len(model['languages'])} language(s).", ""]
    if not totals["documents"] and model["origin"] == "pipeline":
        lines += ["**This set is empty: no record was kept** (see Curation for what removed them). Its one shard "
                  "holds the columns and no rows; `datasets` refuses to load an empty split.", ""]
    if model.get("model_generated") is not None:
        lines += [f"Model-generated responses: **{'yes' if model['model_generated'] else 'no'}**.", ""]
    if model["licenses"]:
        lines += [f"Source licenses: {_inline(', '.join(model['licenses']))}.", ""]

    lines += ["## Composition", ""]
    lines += _table(["", "value"], [["records", _number(totals["documents"])], ["words", _number(totals["words"])],
                                    ["characters", _number(totals["characters"])], ["UTF-8 text", _bytes(totals["bytes"])]])
    languages = list(model["languages"].items())
    lines += _table(["language", "records", "share", "words", "text bytes"],
                    [[lang, _number(v["docs"]), _share(v["docs"], totals["documents"]), _number(v.get("words")),
                      _bytes(v.get("bytes", 0))] for lang, v in languages[:TOP_LANGUAGES]])
    if len(languages) > TOP_LANGUAGES:
        lines += [f"… and {len(languages) - TOP_LANGUAGES} more languages (card.json lists them all).", ""]
    if model["columns"]:
        lines += ["Fields: " + ", ".join(f"{_md(c['name'])} ({_md(c['type'])})" for c in model["columns"]), ""]

    ledger = model.get("ledger")
    lines += ["## Curation", ""]
    if ledger:
        lines += [f"{ledger['documents_in']:,} records in, {ledger['documents_kept']:,} kept "
                  f"({_share(ledger['documents_kept'], ledger['documents_in'])}).", ""]
        lines += _table(["stage", "in", "removed", "kept", "top reasons"],
                        [[s["stage"], _number(s["in"]), _number(s["dropped"]), _number(s["kept"]),
                          ", ".join(f"{r} ({n:,})" for r, n in list(s["reasons"].items())[:3])] for s in ledger["stages"]])
        table = ledger["by_language"]
        if table["rows"]:
            lines += ["Removed per stage and language (the CulturaX Table 1 of this set):", ""]
            lines += _table(["language", "in", *table["stages"], "kept", "kept %"],
                            [[r["language"], _number(r["in"]), *[_number(r["removed"][s]) for s in table["stages"]],
                              _number(r["kept"]), _share(r["kept"], r["in"])] for r in table["rows"][:TOP_LANGUAGES]])
            if len(table["rows"]) > TOP_LANGUAGES:
                lines += [f"… and {len(table['rows']) - TOP_LANGUAGES} more languages (ledger.json has them all).", ""]
    else:
        lines += ["No curation record: this card profiles the data as found.", ""]

    lines += ["## Quality signals", ""]
    if model["signals"]:
        lines += _table(["signal", "count", "mean", "p10", "p50", "p90", "min", "max", "histogram"],
                        [[name, _number(s["count"]), _number(s["mean"]), _number(s.get("p10")), _number(s.get("p50")),
                          _number(s.get("p90")), _number(s["min"]), _number(s["max"]),
                          sparkline(s.get("histogram", {}).get("counts", []))] for name, s in model["signals"].items()])
    buckets = model.get("buckets")
    if buckets:
        lines += [f"Buckets by {_md(buckets['signal'])} (percentiles {_md(buckets['percentiles'])} per language, "
                  f"{'higher' if buckets.get('higher_is_better') else 'lower'} is better):", ""]
        names = list(buckets["names"]) + ["none"]
        lines += _table(["language", *names], [[lang, *[_number(counts.get(n, 0)) for n in names]]
                                               for lang, counts in buckets.get("documents", {}).items()])

    dedup = model.get("dedup") or {}
    if dedup:
        lines += ["## Deduplication", ""]
        if dedup.get("removed"):
            lines += _table(["reason", "removed"], [[r, _number(n)] for r, n in dedup["removed"].items()])
        clusters = dedup.get("clusters")
        if clusters:
            lines += [f"{clusters['clusters']:,} clusters of duplicates kept one record each; they held "
                      f"{clusters['documents_in_clusters']:,} records, the largest {clusters['largest']:,}.", ""]
            lines += _table(["cluster size", "clusters"], [[size, _number(n)] for size, n in clusters["by_size"].items()])

    records = model.get("records") or {}
    if model["kind"] != "text":
        lines += ["## Records", ""]
        for key, title in (("record_formats", "source format"), ("prompt_languages", "prompt language"),
                           ("response_languages", "response language")):
            if records.get(key):
                lines += _table([title, "records"], [[k, _number(v)] for k, v in records[key].items()])

    contamination = model.get("contamination")
    if contamination is not None:
        lines += ["## Benchmark contamination", ""]
        found, kept = contamination["found"], contamination["kept"]
        if found:
            lines += _table(["benchmark", "records found", "still in the set"],
                            [[name, _number(n), _number(kept.get(name, 0))] for name, n in found.items()])
        else:
            lines += ["No record overlaps the configured benchmarks.", ""]

    lines += ["## Samples", ""]
    for sample in model["samples"].get("kept", []):
        lines += [f"**kept** {_cell(sample.get('id'))} ({_cell(sample.get('language', '?'))}, "
                  f"{_cell(sample.get('source', ''))})", ""]
        lines += _fence(_sample_text(sample))
    rejected = model["samples"].get("rejected", [])
    if rejected:
        lines += ["Rejected, with the reason:", ""]
        for sample in rejected:
            lines += [f"**{_cell(sample.get('reason'))}** {_cell(sample.get('id'))} ({_cell(sample.get('language', '?'))})",
                      ""]
            lines += _fence(_sample_text(sample))

    lineage = model.get("lineage") or {}
    lines += ["## Lineage", ""]
    if lineage.get("inputs"):
        lines += _table(["input", "bytes", "sha256"], [[i["path"], _number(i.get("bytes")), i.get("sha256", "")]
                                                       for i in lineage["inputs"]])
    if lineage.get("stage_files"):
        lines += _table(["stage", "file", "sha256"], [[f"{f['stage']} ({f['key']})", f["path"], f["sha256"]]
                                                      for f in lineage["stage_files"]])
    facts = [(k, lineage[k]) for k in ("started", "finished", "elapsed_seconds") if k in lineage]
    facts += [(f"code {k}", v) for k, v in (lineage.get("code") or {}).items()]
    facts += list((lineage.get("environment") or {}).items())
    if facts:
        lines += _table(["", ""], [[k, v] for k, v in facts])
    if model.get("config_yaml"):
        lines += ["<details><summary>Resolved config (every threshold applied)</summary>", ""]
        lines += _fence(model["config_yaml"], "yaml") + ["</details>", ""]

    lines += ["## Uses and limitations", ""]
    if model.get("uses"):
        lines += [_inline(model["uses"]), ""]
    for note in ([model["limitations"]] if model.get("limitations") else []) + model["limitations_generated"]:
        lines += [f"- {_inline(note)}"]
    lines += ["", "## Loading", ""]
    lines += _fence(loading_snippet(model, "path/to/this/folder"), "python")
    card = DatasetCard(f"---\n{metadata(model).to_yaml()}\n---\n\n" + "\n".join(lines))
    return str(card)


def loading_snippet(model: dict[str, Any], location: str) -> str:
    """Python that loads the set from `location` (its folder), through the card's configs."""
    configs = model.get("configs") or []
    default = next((c for c in configs if c.get("default")), configs[0] if configs else None)
    split = (default or {}).get("data_files", [{}])[0].get("split", "train")
    lines = ["from datasets import load_dataset", "", f"ds = load_dataset({location!r}, split={split!r})"]
    other = [c["config_name"] for c in configs if c is not default]
    if other and model.get("origin") == "pipeline":
        lines.append(f"# one language only: load_dataset({location!r}, {other[0]!r}, split='train')")
    elif other:
        lines.append(f"# other configs: {', '.join(other)} (load_dataset({location!r}, {other[0]!r}))")
    return "\n".join(lines)
