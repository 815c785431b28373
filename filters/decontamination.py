"""Benchmark decontamination: does a text contain a benchmark item, verbatim or lightly edited?

Items come from files named in config (JSONL, JSON arrays, CSV or Parquet; `.gz` JSONL too), one or more text
fields each (a list field, such as MT-Bench's `turns`, gives one part per element). Texts and items are
compared as normalised words (Unicode NFKC, lower case, punctuation and symbols dropped), so whitespace, case
and punctuation changes do not hide an item.

A text is contaminated by an item when
1. they share a word n-gram (`ngram`, 13 by default, as GPT-3 and OLMo decontaminate); an item part
   shorter than n words (but at least `min_words`) must appear whole; or
2. (`fuzzy`) they share an `anchor`-word n-gram (default 4) and ≥ `min_similarity` (default 0.75) of the
   item part's words appear, in order, in the text's window around it (difflib's matching blocks): the item
   with a few words changed, inserted or dropped.

Plain Python over batches; the index is built once per worker from the files.
"""

from __future__ import annotations

import csv
import dataclasses
import difflib
import gzip
import io
import json
import os
import unicodedata
from typing import Any, Iterable, Iterator, Mapping, Optional, Sequence

import pyarrow as pa
import regex

from filters.base import DocBatch, Stage

_WORD = regex.compile(r"[\p{L}\p{N}_]+")


def words(text: str) -> list[str]:
    """Normalised words: NFKC, lower case, runs of letters, digits and underscores."""
    return _WORD.findall(unicodedata.normalize("NFKC", text).lower())


@dataclasses.dataclass
class BenchmarkSpec:
    """One benchmark: its files, the fields holding item text, and the field naming an item."""

    name: str
    paths: list[str]
    fields: list[str]
    id_field: Optional[str] = None


@dataclasses.dataclass
class Match:
    """Which benchmark item a text contains, and how it was found."""

    benchmark: str
    item: str
    how: str  # "ngram" or "fuzzy"
    similarity: float


def _records(path: str) -> Iterator[dict[str, Any]]:
    lower = path.lower()
    if lower.endswith(".parquet"):
        import pyarrow.parquet as pq

        yield from pq.read_table(path).to_pylist()
        return
    opener = gzip.open if lower.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as handle:
        if lower.endswith((".csv", ".csv.gz")):
            yield from csv.DictReader(handle)
            return
        text = handle.read()
    stripped = text.lstrip()
    if stripped.startswith("["):
        yield from json.loads(stripped)
        return
    for line in io.StringIO(text):
        if line.strip():
            yield json.loads(line)


def load_items(spec: BenchmarkSpec) -> list[tuple[str, list[str]]]:
    """(item id, text parts) of every item of a benchmark; ids default to file name:row."""
    items = []
    for path in spec.paths:
        if not os.path.exists(path):
            raise FileNotFoundError(f"benchmark '{spec.name}': {path} not found")
        for row_number, record in enumerate(_records(path)):
            if not isinstance(record, dict):
                raise ValueError(f"{path}: record {row_number} is not an object")
            parts: list[str] = []
            for field in spec.fields:
                value = record.get(field)
                if isinstance(value, list):
                    parts.extend(str(v) for v in value if v)
                elif value:
                    parts.append(str(value))
            if not parts:
                continue
            item_id = str(record[spec.id_field]) if spec.id_field and record.get(spec.id_field) is not None \
                else f"{os.path.basename(path)}:{row_number}"
            items.append((item_id, parts))
    return items


@dataclasses.dataclass
class DecontaminationParams:
    """n-gram size, the shortest item part worth matching, and the fuzzy match for edited copies; for the
    stage, the benchmarks and the text columns searched (`fields`: `text`, or views like `prompt_text`)."""

    ngram: int = 13
    min_words: int = 8
    fuzzy: bool = True
    anchor: int = 4
    min_similarity: float = 0.75
    max_anchor_items: int = 50  # an anchor shared by more item parts is too common to point anywhere
    benchmarks: list[BenchmarkSpec] = dataclasses.field(default_factory=list)
    fields: list[str] = dataclasses.field(default_factory=lambda: ["text"])


class BenchmarkIndex:
    """Every benchmark's item parts, indexed by their word n-grams (and anchors, for the fuzzy match)."""

    def __init__(self, benchmarks: Iterable[tuple[str, Sequence[tuple[str, Sequence[str]]]]],
                 params: DecontaminationParams):
        self.params = params
        self.grams: dict[tuple[str, ...], int] = {}  # n-gram (or a whole short part) → part index
        self.short_lengths: set[int] = set()  # lengths of parts shorter than n, matched whole
        self.anchors: dict[tuple[str, ...], list[int]] = {}
        self.parts: list[tuple[str, str, list[str]]] = []  # (benchmark, item, words)
        self.skipped = 0  # parts shorter than min_words
        n, a = params.ngram, params.anchor
        for benchmark, items in benchmarks:
            for item_id, texts in items:
                for text in texts:
                    tokens = words(text)
                    if len(tokens) < params.min_words:
                        self.skipped += 1
                        continue
                    index = len(self.parts)
                    self.parts.append((benchmark, item_id, tokens))
                    if len(tokens) < n:
                        self.grams.setdefault(tuple(tokens), index)
                        self.short_lengths.add(len(tokens))
                    else:
                        for i in range(len(tokens) - n + 1):
                            self.grams.setdefault(tuple(tokens[i:i + n]), index)
                    if params.fuzzy:
                        for i in range(0, max(1, len(tokens) - a + 1)):
                            postings = self.anchors.setdefault(tuple(tokens[i:i + a]), [])
                            if not postings or postings[-1] != index:
                                postings.append(index)

    def find(self, text: str) -> Optional[Match]:
        """The first benchmark item `text` contains, or None."""
        tokens = words(text)
        n = self.params.ngram
        for length in [n, *sorted(self.short_lengths)]:
            for i in range(len(tokens) - length + 1):
                index = self.grams.get(tuple(tokens[i:i + length]))
                if index is not None:
                    benchmark, item, _ = self.parts[index]
                    return Match(benchmark, item, "ngram", 1.0)
        if self.params.fuzzy:
            return self._fuzzy(tokens)
        return None

    def _fuzzy(self, tokens: list[str]) -> Optional[Match]:
        a = self.params.anchor
        tried: set[tuple[int, int]] = set()
        for i in range(len(tokens) - a + 1):
            postings = self.anchors.get(tuple(tokens[i:i + a]), ())
            if len(postings) > self.params.max_anchor_items:
                continue
            for index in postings:
                benchmark, item, part = self.parts[index]
                # the text window the part would cover, aligned on where this anchor sits in the part
                pad = max(2, len(part) // 10)  # room for a few inserted or dropped words on either side
                for j in _positions(part, tokens[i:i + a]):
                    start = max(0, i - j - pad)
                    if (index, start) in tried:
                        continue
                    tried.add((index, start))
                    window = tokens[start:i - j + len(part) + pad]
                    matcher = difflib.SequenceMatcher(None, part, window, autojunk=False)
                    similarity = sum(block.size for block in matcher.get_matching_blocks()) / len(part)
                    if similarity >= self.params.min_similarity:
                        return Match(benchmark, item, "fuzzy", round(similarity, 3))
        return None


def _positions(part: list[str], anchor: list[str]) -> Iterator[int]:
    size = len(anchor)
    for j in range(len(part) - size + 1):
        if part[j:j + size] == anchor:
            yield j


class Decontamination(Stage):
    """Adds `contamination_benchmark` (the benchmark whose item a document contains, '' if none) and
    `contamination` (benchmark/item id, and how it was found). Its published rules drop a contaminated
    document with the reason `decontamination.<benchmark>`, one rule per configured benchmark."""

    name = "decontamination_v1"
    family = "decontamination"
    needs = ("text",)
    provides = {"contamination_benchmark": pa.string(), "contamination": pa.string()}
    Params = DecontaminationParams

    @classmethod
    def files_for(cls, params: DecontaminationParams) -> dict[str, str]:
        if not params.benchmarks:
            raise FileNotFoundError("decontamination_v1: params.benchmarks is empty; list benchmarks as "
                                    "{name, paths, fields, id_field}")
        files = {}
        for benchmark in params.benchmarks:
            if not regex.fullmatch(r"[a-z][a-z0-9_]*", benchmark.name):
                raise FileNotFoundError(f"decontamination_v1: benchmark name '{benchmark.name}' must be lower-case "
                                        f"letters, digits and '_' (it names a drop reason)")
            if any(key.startswith(f"{benchmark.name}/") for key in files):
                raise FileNotFoundError(f"decontamination_v1: benchmark name '{benchmark.name}' is used twice")
            for index, path in enumerate(benchmark.paths):
                if not os.path.exists(path):
                    raise FileNotFoundError(f"decontamination_v1: benchmark '{benchmark.name}': {path} not found")
                files[f"{benchmark.name}/{index}"] = path
            try:
                items = load_items(benchmark)
            except (ValueError, TypeError, AttributeError, KeyError, OSError) as exc:
                raise FileNotFoundError(f"decontamination_v1: benchmark '{benchmark.name}' cannot be read: "
                                        f"{type(exc).__name__}: {exc}") from None
            if not items:
                raise FileNotFoundError(f"decontamination_v1: benchmark '{benchmark.name}' has no items with text "
                                        f"in fields {benchmark.fields}; check the field names")
        return files

    @classmethod
    def needs_for(cls, params: DecontaminationParams) -> tuple[str, ...]:
        return tuple(params.fields)

    @classmethod
    def rules_for(cls, params: DecontaminationParams) -> list[dict[str, Any]]:
        return [{"name": b.name, "signal": "contamination_benchmark", "op": "!=", "value": b.name}
                for b in params.benchmarks]

    def __init__(self, params: DecontaminationParams, files: Mapping[str, str]):
        super().__init__(params, files)
        benchmarks = []
        for benchmark in params.benchmarks:
            local = dataclasses.replace(benchmark, paths=[self.files[f"{benchmark.name}/{i}"]
                                                          for i in range(len(benchmark.paths))])
            benchmarks.append((benchmark.name, load_items(local)))
        self.index = BenchmarkIndex(benchmarks, params)

    def annotate(self, batch: DocBatch) -> dict[str, Sequence[Any]]:
        found_benchmarks: list[str] = []
        found_items: list[str] = []
        for i in range(batch.size):
            match = None
            for field_name in self.params.fields:
                text = batch.columns[field_name][i]
                match = self.index.find(text) if text else None
                if match is not None:
                    break
            found_benchmarks.append(match.benchmark if match else "")
            found_items.append(f"{match.benchmark}/{match.item} ({match.how}, {match.similarity:.2f})" if match else "")
        return {"contamination_benchmark": found_benchmarks, "contamination": found_items}
