"""The static catalog: an index of every set (search and facets) and a page per set, built from the sets'
`card.json` files (or, for folders with only a Hugging Face `README.md`, from its metadata).

The site is plain files that open from `file://`: charts are inline SVG drawn in Python, the one script and
the style sheet are copied beside the pages, and a Content-Security-Policy allows no other script. Jinja2
autoescaping turns every value from the data into text; nothing from a document becomes markup.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup

from catalogs import charts
from catalogs.formatting import LARGEST_SIZE_CATEGORY, SIZE_CATEGORIES, format_bytes, format_number, format_share
from catalogs.markdown import loading_snippet, semantic_sentence
from catalogs.model import CardModel, DataConfig, LanguageCount

HERE = os.path.dirname(os.path.abspath(__file__))
SEARCH_DEPTH = 4
TOP_LANGUAGES = 12
RELATIONS = {"inputs": "derived from", "mixed": "mixed from", "reference": "deduplicated against",
             "decontamination": "decontaminated against", "stage": "uses files of", "named": "derived from"}


@dataclass
class CatalogSet:
    """One set in the catalog: its card model, where it lives and its page."""

    model: CardModel
    location: str
    slug: str = ""
    links: list[dict[str, str]] = field(default_factory=list)


def find_sets(roots: list[str]) -> list[str]:
    """Folders under `roots` (or the roots themselves) that hold a card (`card.json` or `README.md`)."""
    found = []
    for root in roots:
        if not os.path.isdir(root):
            raise FileNotFoundError(f"catalog: '{root}' is not a folder")
        root = os.path.abspath(root)
        for folder, dirs, files in os.walk(root):
            depth = folder[len(root):].count(os.sep)
            dirs[:] = sorted(d for d in dirs if not d.startswith((".", "_")) and ".curate-" not in d
                             and depth < SEARCH_DEPTH)
            if "card.json" in files or ("README.md" in files and _has_card_metadata(os.path.join(folder, "README.md"))):
                found.append(folder)
                dirs[:] = []
    return sorted(dict.fromkeys(found))


def _has_card_metadata(readme: str) -> bool:
    with open(readme, encoding="utf-8", errors="replace") as handle:
        return handle.read(4) == "---\n"


def load_set(folder: str) -> CatalogSet:
    """A set from its card.json, or from a Hugging Face README.md's YAML metadata alone; ValueError when
    neither is a card."""
    card_json = os.path.join(folder, "card.json")
    if os.path.exists(card_json):
        with open(card_json, encoding="utf-8") as handle:
            try:
                data = json.load(handle)
            except ValueError as exc:
                raise ValueError(f"card.json is not JSON ({exc})") from None
        if not isinstance(data, dict) or data.get("card_version") is None:
            raise ValueError("card.json was not written by curate")
        return CatalogSet(model=CardModel.from_dict(data), location=folder)
    return CatalogSet(model=model_from_readme(os.path.join(folder, "README.md")), location=folder)


def _texts(value: Any) -> list[str]:
    """A YAML metadata value as a list of strings (YAML reads `no` as False, `1.0` as a number)."""
    if value is None:
        return []
    if isinstance(value, bool):  # the Norway problem: `language: [no]`
        return ["no" if value is False else "yes"]
    if isinstance(value, (list, tuple)):
        return [t for v in value for t in _texts(v)]
    return [str(value)]


def model_from_readme(readme: str) -> CardModel:
    """A minimal card model from a README.md written by someone else: its metadata and its text."""
    from huggingface_hub import DatasetCard

    try:
        card = DatasetCard.load(readme)
        data = card.data.to_dict()
    except Exception as exc:  # noqa: BLE001 - any YAML or card error: this folder is not a readable card
        raise ValueError(f"README.md has no readable metadata ({type(exc).__name__}: {exc})") from None
    if not isinstance(data, dict):
        raise ValueError("README.md metadata is not a mapping")
    tags = _texts(data.get("tags"))
    kind = "preference" if {"dpo", "preference", "rlhf"} & set(tags) else "sft" if "sft" in tags else "text"
    name = os.path.basename(os.path.dirname(os.path.abspath(readme)))
    licenses = _texts(data.get("license")) or ["other"]
    return CardModel(origin="readme", name=name, pretty_name=" ".join(_texts(data.get("pretty_name"))) or name,
                     kind=kind, license=", ".join(licenses), licenses=licenses,
                     derived_from=_texts(data.get("source_datasets")),
                     size_category=(_texts(data.get("size_categories")) or ["unknown"])[0],
                     languages={lang: LanguageCount() for lang in _texts(data.get("language"))},
                     configs=normalised_configs(data.get("configs")), readme_text=card.text)


def normalised_configs(configs: Any) -> list[DataConfig]:
    """A Hugging Face card's `configs` in the one shape the catalog reads ({config_name, default?, data_files:
    [{split, path}]}), whichever of the forms the Hub accepts it uses: data_files as a string, a list of
    strings, a list of {split, path}, or a mapping of split → path(s). Entries that fit none are left out,
    and so are keys other than those (the catalog shows none)."""
    if not isinstance(configs, list):
        return []
    out = []
    for config in configs:
        if not isinstance(config, dict):
            continue
        files = config.get("data_files")
        if isinstance(files, (str, list)) and not (isinstance(files, list) and files and isinstance(files[0], dict)):
            entries = [{"split": "train", "path": files}]
        elif isinstance(files, dict):
            entries = [{"split": str(split), "path": path} for split, path in files.items()]
        elif isinstance(files, list):
            entries = [{"split": str(e.get("split", "train")), "path": e.get("path")} for e in files
                       if isinstance(e, dict) and isinstance(e.get("path"), (str, list))]
        else:
            entries = []
        if entries:
            out.append(DataConfig.from_dict({"config_name": str(config.get("config_name", "default")),
                                             "default": config.get("default"), "data_files": entries}))
    return out


def _slug(name: str, taken: set[str]) -> str:
    base = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or "set"
    slug, n = base, 2
    while slug in taken:
        slug, n = f"{base}-{n}", n + 1
    taken.add(slug)
    return slug


def _owned_paths(item: CatalogSet) -> set[str]:
    """Files a set is made of: its data files (a profiled set's inputs), and anything in its folder."""
    if item.model.origin == "profile":
        return {i.path for i in item.model.lineage.inputs or []}
    return set()


def _belongs(path: str, item: CatalogSet) -> bool:
    """A profiled set is its own input files (its card may sit in a folder holding other data); a curated
    set is everything in its folder."""
    path = os.path.abspath(path) if "://" not in path else path
    if item.model.origin == "profile":
        return path in _owned_paths(item)
    return path.startswith(item.location.rstrip("/") + "/")


def link_sets(sets: list[CatalogSet]) -> None:
    """Links between sets made from one another: read as input (by a run, or by a mix), used as a dedup reference
    or a decontamination benchmark, or else named in `derived_from`; each link also shows on the other set as
    'used by'."""
    for target in sets:
        lineage = target.model.lineage
        read_as = "mixed" if target.model.mix is not None else "inputs"
        uses: list[tuple[str, str]] = [(i.path, read_as) for i in lineage.inputs or []]
        uses += [(i.path, "reference") for i in lineage.reference or []]
        uses += [(f.path, "decontamination" if "decontamination" in (f.stage_type or f.stage) else "stage")
                 for f in lineage.stage_files or []]
        named = {str(n).lower() for n in target.model.derived_from}
        for source in sets:
            if source is target:
                continue
            relations = sorted({relation for path, relation in uses if _belongs(path, source)})
            if not relations and {source.model.name.lower(), str(source.model.pretty_name).lower()} & named:
                relations.append("named")
            for relation in dict.fromkeys(relations):
                target.links.append({"slug": source.slug, "name": source.model.pretty_name,
                                     "relation": RELATIONS[relation], "direction": "uses"})
                source.links.append({"slug": target.slug, "name": target.model.pretty_name,
                                     "relation": RELATIONS[relation], "direction": "used by"})


def _environment() -> Environment:
    env = Environment(loader=FileSystemLoader(os.path.join(HERE, "templates")),
                      autoescape=select_autoescape(["html"], default=True), trim_blocks=True, lstrip_blocks=True)
    env.filters["number"] = format_number
    env.filters["share"] = format_share
    env.filters["bytes"] = format_bytes
    env.filters["semantic_sentence"] = semantic_sentence
    return env


def set_charts(model: CardModel) -> dict[str, Any]:
    """The SVG charts of a set's page (already escaped, marked safe for the template)."""
    out: dict[str, Any] = {}
    languages = [(lang, v.docs) for lang, v in model.languages.items() if v.docs is not None]
    out["languages"] = Markup(charts.bars(languages[:TOP_LANGUAGES], "records per language"))
    if model.ledger is not None:
        out["funnel"] = Markup(charts.bars([(s.stage, s.kept) for s in model.ledger.stages],
                                           "records kept after each stage"))
    out["signals"] = {}
    marks = _bucket_cutoffs(model)
    for name, summary in model.signals.items():
        histogram = summary.get("histogram")
        if histogram:
            out["signals"][name] = Markup(charts.histogram(
                histogram["counts"], histogram["edges"], name, histogram.get("scale", "linear"),
                marks if model.buckets is not None and name == model.buckets.signal else None))
    clusters = model.dedup.clusters
    if clusters is not None:
        out["clusters"] = Markup(charts.bars([(f"size {k}", v) for k, v in clusters.by_size.items()][:20],
                                             "duplicate clusters by size"))
    return out


def _bucket_cutoffs(model: CardModel) -> dict[str, float]:
    """The bucket cut-offs as marks on the bucketing signal's histogram ("en p30": value)."""
    buckets = model.buckets
    if buckets is None:
        return {}
    return {f"{language} p{buckets.percentiles[index]:g}": value
            for language, values in buckets.cutoffs.items() for index, value in enumerate(values)}


def facets_of(model: CardModel) -> dict[str, list[str]]:
    """The facet values of a set: kind, languages, license, size category, source, whether personal data was
    replaced (a pii stage ran and left no kind in place), and the tokenizer its tokens were counted with."""
    return {"kind": [model.kind_name],
            "language": [str(lang) for lang in model.languages] or ["unknown"],
            "license": [str(model.license or "other")],
            "size": [str(model.size_category or "unknown")],
            "source": [str(s) for s in model.derived_from] or ["original"],
            "pii": [_pii_facet(model)],
            "tokenizer": [model.tokens.tokenizer if model.tokens is not None else "not counted"]}


def _pii_facet(model: CardModel) -> str:
    if model.pii is None:
        return "not checked"
    return "found, left in place" if "keep" in model.pii.modes.values() else "redacted"


SIZE_ORDER = [name for _, name in SIZE_CATEGORIES] + [LARGEST_SIZE_CATEGORY, "unknown"]


def _facet_order(facet: str, counts: dict[str, int]) -> list[tuple[str, int]]:
    if facet == "size":
        return sorted(counts.items(), key=lambda kv: SIZE_ORDER.index(kv[0]) if kv[0] in SIZE_ORDER else len(SIZE_ORDER))
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))


SITE_MARKER = ".curate-catalog"


def _prepare_out(out: str) -> None:
    """`out` must be empty, missing or a catalog built before (its pages and assets are replaced)."""
    if os.path.isdir(out) and os.listdir(out) and not os.path.exists(os.path.join(out, SITE_MARKER)):
        raise FileExistsError(f"'{out}' holds other files and is not a catalog built by curate; give an empty or "
                              f"new folder to --out")
    os.makedirs(os.path.join(out, "sets"), exist_ok=True)
    with open(os.path.join(out, SITE_MARKER), "w", encoding="utf-8") as handle:
        handle.write("built by curate catalog; its pages and assets are replaced on every build\n")
    shutil.rmtree(os.path.join(out, "assets"), ignore_errors=True)
    shutil.copytree(os.path.join(HERE, "assets"), os.path.join(out, "assets"))
    for stale in os.listdir(os.path.join(out, "sets")):
        if stale.endswith(".html"):
            os.remove(os.path.join(out, "sets", stale))


def build_site(roots: list[str], out: str) -> str:
    """Build the catalog of every set under `roots` into `out`; returns the path of index.html. A folder whose
    card cannot be read is skipped with a warning naming it."""
    sets = _load_sets(roots)
    taken: set[str] = set()
    for item in sets:
        item.slug = _slug(str(item.model.name or os.path.basename(item.location)), taken)
    link_sets(sets)
    env = _environment()
    _prepare_out(out)
    facet_counts: dict[str, dict[str, int]] = {}
    entries = []
    for item in sets:
        facets = facets_of(item.model)
        for facet, values in facets.items():
            for value in values:
                facet_counts.setdefault(facet, {}).setdefault(value, 0)
                facet_counts[facet][value] += 1
        search = " ".join([str(item.model.name), str(item.model.pretty_name), str(item.model.description),
                           " ".join(sum(facets.values(), []))]).lower()
        entries.append({"set": item, "facets": {k: "|".join(v) for k, v in facets.items()}, "search": search})
        _write(os.path.join(out, "sets", f"{item.slug}.html"), _set_page(env, item))
    facet_list = [(facet, _facet_order(facet, facet_counts.get(facet, {})))
                  for facet in ("kind", "language", "license", "size", "source", "pii", "tokenizer")]
    index = env.get_template("index.html").render(entries=entries, facets=facet_list, root=".",
                                                   roots=[os.path.abspath(r) for r in roots])
    path = os.path.join(out, "index.html")
    _write(path, index)
    return os.path.abspath(path)


def _load_sets(roots: list[str]) -> list[CatalogSet]:
    """Every readable set under `roots`; each unreadable one is named on stderr and left out."""
    sets = []
    for folder in find_sets(roots):
        try:
            sets.append(load_set(folder))
        except (ValueError, OSError) as exc:
            print(f"curate catalog: skipped {folder}: {exc}", file=sys.stderr)
    if not sets:
        print(f"curate catalog: no sets (folders with card.json or a README.md card) under {', '.join(roots)}",
              file=sys.stderr)
    return sets


def _set_page(env: Environment, item: CatalogSet) -> str:
    """The HTML page of one set."""
    pages = {link["name"]: link["slug"] for link in item.links}
    return env.get_template("set.html").render(
        m=item.model, item=item, charts=set_charts(item.model), kind_name=item.model.kind_name, pages=pages,
        snippet=loading_snippet(item.model, item.location) if item.model.configs else "",
        location_uri=Path(item.location).as_uri(), root="..")


def _write(path: str, text: str) -> None:
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(text)
