"""Benchmark decontamination: does a text contain a benchmark item, verbatim or lightly edited?

Items come from files named in config (JSONL, JSON arrays, CSV or Parquet; `.gz` JSONL too), one or more text
fields each (a list field, such as MT-Bench's `turns`, gives one part per element). Texts and items are
compared as normalised words (Unicode NFKC, lower case, punctuation and symbols dropped), so whitespace, case
and punctuation changes do not hide an item. A leading "Question:" (or "Q:", "Problem:", "Query:", "Input:")
label of an item part is not part of the item.

What an item part can match depends on how informative it is: its informative words are the distinct words
with at least one letter, at least two characters long and not an English stop word (spaCy's list,
`resources/stopwords/en.txt`, plus contraction pieces such as "don" and "isn"). Numbers, symbols, one-letter
variables and stop words never count.

- A part with ≥ `min_informative_exact` (2) informative words matches a text when a unit of the text equals
  it (`unit`). Units: the whole text, each paragraph (blank-line separated), each run of one to three
  consecutive lines, each run of one to four consecutive sentences (a sentence ends at `.`, `!`, `?` or `:`
  before white space, or at a blank line; a single line break does not end one, so "Question: <item>" gives
  the unit "<item>"). A short part inside a longer sentence is not a match.
- A part with ≥ `min_informative` (3) informative words also matches
  1. (`ngram`) when the text holds one of its word n-grams (`ngram`, 13 by default, as GPT-3 and OLMo
     decontaminate) that itself has ≥ `min_informative` informative words; a part of `min_words` (8) to n-1
     words when it appears whole, anywhere;
  2. (`near`, parts shorter than n words) when a unit of the text is the part with one word substituted,
     inserted or dropped and keeps ≥ `min_similarity` of the part's words (so parts of 4+ words): each part's
     one-word-deletion and wildcard-substitution variants are indexed, so this is a few hash lookups per unit;
  3. (`fuzzy`, parts of n words or more) when they share an `anchor`-word n-gram (default 4) holding an
     informative word, ≥ `min_similarity` (0.75) of the part's words appear in order in the text's window
     around it (difflib's matching blocks) and those words hold ≥ `min_informative_share` (0.6) of the part's
     informative words, at least `min_informative`: the item with a few words changed, inserted or dropped,
     never a common phrasing with other content words, nor numbers and symbols alone.
- A part with fewer than `min_informative_exact` informative words can never match; the index lists such parts
  (`BenchmarkIndex.unmatchable`).

Checks run cheapest first (n-grams, whole parts, units, one-edit units, fuzzy) and the first match is kept. It
names every item the matched words could be: all items whose normalised part is the matched one (benchmarks
repeat one another: MT-Bench 115 and GSM8K test 326 share their opening, ARC repeats stems), every part
holding a matched n-gram, every part one edit away by the same lookup, and fuzzy matches equally similar.
Plain Python over batches; the index is built once per worker from the files.
"""

from __future__ import annotations

import bisect
import csv
import dataclasses
import difflib
import gzip
import io
import json
import os
import unicodedata
from functools import lru_cache
from typing import Any, Iterable, Iterator, Mapping, Optional, Sequence

import pyarrow as pa
import regex

from filters.base import DocBatch, Stage

_WORD = regex.compile(r"[\p{L}\p{N}_]+")
_LETTER = regex.compile(r"\p{L}")
_NEWLINE = regex.compile(r"\n")
_PARAGRAPH = regex.compile(r"\n[^\S\n]*\n")
_SENTENCE_END = regex.compile(r"[.!?:]+(?=\s)|[。！？]+")
_LABEL = regex.compile(r"^\s*(?:question|q|problem|query|input)\s*:", regex.IGNORECASE)
_WILDCARD = "\x00"  # stands for any one word in a substitution variant; never a word itself
STOPWORDS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "resources", "stopwords", "en.txt")
# pieces that words() leaves of English contractions ("don't" → "don", "t"): no more informative than the word
_CONTRACTION_PIECES = ("ain", "aren", "couldn", "didn", "doesn", "don", "hadn", "hasn", "haven", "isn", "ll",
                       "mustn", "needn", "shan", "shouldn", "ve", "wasn", "weren", "won", "wouldn")


def words(text: str) -> list[str]:
    """Normalised words: NFKC, lower case, runs of letters, digits and underscores."""
    return _WORD.findall(unicodedata.normalize("NFKC", text).lower())


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    """English stop words as normalised words (spaCy's list plus contraction pieces)."""
    found = set(_CONTRACTION_PIECES)
    with open(STOPWORDS, encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                found.add(line.strip().lower())
                found.update(words(line))
    return frozenset(found)


def informative_words(tokens: Iterable[str]) -> set[str]:
    """The distinct informative words of normalised words: a letter in them, two characters or more, not a stop
    word. Numbers, symbols (already dropped by `words`), one-letter variables and stop words never count."""
    stop = stopwords()
    return {t for t in tokens if len(t) >= 2 and t not in stop and _LETTER.search(t)}


def item_words(text: str) -> tuple[str, ...]:
    """The normalised words of an item part, without a leading "Question:"-style label."""
    stripped = _LABEL.sub("", text, count=1)
    return tuple(words(stripped if stripped.strip() else text))


@dataclasses.dataclass
class BenchmarkSpec:
    """One benchmark: its files, the fields holding item text, and the field naming an item."""

    name: str
    paths: list[str]
    fields: list[str]
    id_field: Optional[str] = None


@dataclasses.dataclass
class Match:
    """Which benchmark item a text contains, and how it was found. `benchmark` and `item` name the first of
    `items`: every (benchmark, item) the matched words could be (see the module's notes)."""

    benchmark: str
    item: str
    how: str  # "ngram", "unit", "near" or "fuzzy"
    similarity: float
    items: list[tuple[str, str]] = dataclasses.field(default_factory=list)
    text: str = ""  # the text's matched words, normalised
    part: str = ""  # the item part matched, as the benchmark writes it

    def label(self) -> str:
        """`benchmark/item; benchmark/item (how, similarity)`: the `contamination` column."""
        names = "; ".join(f"{b}/{i}" for b, i in (self.items or [(self.benchmark, self.item)]))
        return f"{names} ({self.how}, {self.similarity:.2f})"


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
    """`ngram`: n-gram size; `min_words`: the shortest part (under n words) matched whole anywhere in a text,
    shorter ones match only a whole unit (the text, a paragraph, lines, sentences); `min_informative_exact`: the
    informative words a part needs to match at all (as an exact unit); `min_informative`: those it needs for any
    other match (n-gram, whole part anywhere, one edit, fuzzy; also per matched n-gram); `near`: one-word-edit
    unit matches for parts under n words; `fuzzy`, `anchor`, `min_similarity`, `min_informative_share`: the
    fuzzy match of edited copies of parts of n words or more; for the stage, the benchmarks and the text
    columns searched (`fields`: `text`, or views like `prompt_text`)."""

    ngram: int = 13
    min_words: int = 8
    min_informative_exact: int = 2
    min_informative: int = 3
    near: bool = True
    fuzzy: bool = True
    anchor: int = 4
    min_similarity: float = 0.75
    min_informative_share: float = 0.6
    max_anchor_items: int = 50  # an anchor shared by more item parts is too common to point anywhere
    benchmarks: list[BenchmarkSpec] = dataclasses.field(default_factory=list)
    fields: list[str] = dataclasses.field(default_factory=lambda: ["text"])


@dataclasses.dataclass
class _Part:
    """One distinct normalised item part and every item holding it."""

    tokens: tuple[str, ...]
    owners: list[tuple[str, str]]
    text: str  # the first owner's text, as written
    informative: frozenset[str]
    level: int  # 0 never matched, 1 only verbatim, 2 also edited (`BenchmarkIndex.level`)


class BenchmarkIndex:
    """Every benchmark's distinct item parts, indexed for exact and one-edit unit lookups, by their word n-grams
    (whole, for parts of `min_words` to n-1 words) and by their anchors (for the fuzzy match)."""

    def __init__(self, benchmarks: Iterable[tuple[str, Sequence[tuple[str, Sequence[str]]]]],
                 params: DecontaminationParams):
        self.params = params
        p = params
        self.parts: list[_Part] = []
        self.unmatchable: list[tuple[str, str, str]] = []  # (benchmark, item id, text) of parts never matched
        self.units: dict[tuple[str, ...], int] = {}  # whole part → part index (parts of level ≥ 1)
        self.unit_lengths: set[int] = set()
        # n-gram with enough informative words → the index of the part holding it, or of every part holding it
        self.grams: dict[tuple[str, ...], Any] = {}
        self.heads: dict[tuple[str, ...], list[int]] = {}  # first min_words words of a part matched whole
        self.substitutions: dict[tuple[str, ...], list[int]] = {}  # part with one word a wildcard
        self.deletions: dict[tuple[str, ...], list[int]] = {}  # part less one word
        self.near_lengths: set[int] = set()  # lengths of parts matched with one edit
        self.near_parts: set[int] = set()
        self.anchors: dict[tuple[str, ...], list[tuple[int, int]]] = {}  # anchor → (part index, position)
        by_tokens: dict[tuple[str, ...], int] = {}
        unmatchable_parts: list[tuple[str, str, str]] = []
        for benchmark, items in benchmarks:
            for item_id, texts in items:
                for text in texts:
                    tokens = item_words(text)
                    if not tokens:
                        unmatchable_parts.append((benchmark, item_id, text))
                        continue
                    index = by_tokens.get(tokens)
                    if index is None:
                        index = by_tokens[tokens] = len(self.parts)
                        info = frozenset(informative_words(tokens))
                        self.parts.append(_Part(tokens, [], text, info, self._level(tokens, info)))
                    part = self.parts[index]
                    if (benchmark, item_id) not in part.owners:
                        part.owners.append((benchmark, item_id))
                    if part.level == 0:
                        unmatchable_parts.append((benchmark, item_id, text))
        self.unmatchable = unmatchable_parts
        for index, part in enumerate(self.parts):
            if part.level:
                self._add(index, part)
        for anchor, postings in list(self.anchors.items()):
            if len({index for index, _ in postings}) > p.max_anchor_items:
                del self.anchors[anchor]  # too common to point anywhere

    def _add(self, index: int, part: _Part) -> None:
        p = self.params
        tokens, m = part.tokens, len(part.tokens)
        self.units[tokens] = index
        self.unit_lengths.add(m)
        if len(part.informative) < p.min_informative:
            return  # an exact unit match only
        if m >= p.ngram:
            for i in range(m - p.ngram + 1):
                gram = tokens[i:i + p.ngram]
                if len(informative_words(gram)) >= p.min_informative:
                    held = self.grams.get(gram)
                    if held is None:
                        self.grams[gram] = index
                    elif isinstance(held, int):
                        if held != index:
                            self.grams[gram] = (held, index)
                    elif index not in held:
                        self.grams[gram] = held + (index,)
        elif m >= p.min_words:
            self.heads.setdefault(tokens[:p.min_words], []).append(index)
        if self._near_eligible(m):
            self.near_lengths.add(m)
            self.near_parts.add(index)
            for i in range(m):
                self.substitutions.setdefault(tokens[:i] + (_WILDCARD,) + tokens[i + 1:], []).append(index)
                deletion = tokens[:i] + tokens[i + 1:]
                postings = self.deletions.setdefault(deletion, [])
                if index not in postings:
                    postings.append(index)
        if p.fuzzy and m >= p.ngram:
            a = p.anchor
            for i in range(0, max(1, m - a + 1)):
                anchor = tokens[i:i + a]
                if not any(t in part.informative for t in anchor):
                    continue
                self.anchors.setdefault(anchor, []).append((index, i))

    @property
    def unmatchable_count(self) -> int:
        """How many item parts can never match (too few informative words)."""
        return len(self.unmatchable)

    def level(self, text: str) -> int:
        """How an item part written as `text` can match: 0 never (fewer than `min_informative_exact` informative
        words), 1 only verbatim (as a unit; parts of `min_words` words or more with `min_informative` informative
        words also anywhere), 2 also edited (`min_informative` informative words, and n words or more, or few
        enough that one edit keeps `min_similarity` of them)."""
        tokens = item_words(text)
        return self._level(tokens, informative_words(tokens))

    def _near_eligible(self, m: int) -> bool:
        """Whether parts of m words are matched with one word edited (one edit keeps ≥ min_similarity)."""
        return self.params.near and 1 < m < self.params.ngram and (m - 1) / m >= self.params.min_similarity

    def _level(self, tokens: Sequence[str], info: Iterable[str]) -> int:
        p, count = self.params, len(set(info))
        if count < p.min_informative_exact:
            return 0
        if count < p.min_informative:
            return 1
        # edited copies: surviving n-grams and the fuzzy match for parts of n words or more, one-edit unit matches
        # for shorter ones
        return 2 if len(tokens) >= p.ngram or self._near_eligible(len(tokens)) else 1

    def _match(self, indices: Sequence[int], how: str, similarity: float, matched: Sequence[str]) -> Match:
        """A match with every item of the parts at `indices` (the parts the matched words could be)."""
        owners: list[tuple[str, str]] = []
        for index in sorted(indices):  # parts in the order of the benchmarks
            owners += [owner for owner in self.parts[index].owners if owner not in owners]
        benchmark, item = owners[0]
        return Match(benchmark, item, how, round(similarity, 3), owners, " ".join(matched),
                     self.parts[min(indices)].text)

    def find(self, text: str) -> Optional[Match]:
        """The first benchmark item `text` contains, or None."""
        norm = unicodedata.normalize("NFKC", text).lower()
        found = [(m.group(), m.start()) for m in _WORD.finditer(norm)]
        if not found:
            return None
        tokens = [t for t, _ in found]
        starts = [s for _, s in found]
        p = self.params
        n, size = p.ngram, len(tokens)
        if self.grams:
            for i in range(size - n + 1):
                held = self.grams.get(tuple(tokens[i:i + n]))
                if held is not None:
                    return self._match((held,) if isinstance(held, int) else held, "ngram", 1.0, tokens[i:i + n])
        if self.heads:
            k = p.min_words
            for i in range(size - k + 1):
                for index in self.heads.get(tuple(tokens[i:i + k]), ()):
                    part = self.parts[index].tokens
                    if tuple(tokens[i:i + len(part)]) == part:
                        return self._match((index,), "ngram", 1.0, part)
        spans = _spans(norm, starts, size)
        for s, e in spans:
            if e - s in self.unit_lengths:
                index = self.units.get(tuple(tokens[s:e]))
                if index is not None:
                    return self._match((index,), "unit", 1.0, tokens[s:e])
        if self.near_lengths:
            for s, e in spans:
                match = self._near(tokens[s:e])
                if match is not None:
                    return match
        if p.fuzzy and self.anchors:
            return self._fuzzy(tokens)
        return None

    def _near(self, unit: list[str]) -> Optional[Match]:
        """A part of level 2 that `unit` equals with one word substituted, inserted or dropped."""
        k = len(unit)
        if k in self.near_lengths:  # one word substituted
            for j in range(k):
                found = self.substitutions.get(tuple(unit[:j]) + (_WILDCARD,) + tuple(unit[j + 1:]))
                if found:
                    return self._match(found, "near", (k - 1) / k, unit)
        if k - 1 in self.near_lengths:  # one word inserted in the text
            for j in range(k):
                index = self.units.get(tuple(unit[:j] + unit[j + 1:]))
                if index in self.near_parts:
                    return self._match((index,), "near", (k - 1) / k, unit)
        if k + 1 in self.near_lengths:  # one word of the part dropped
            found = self.deletions.get(tuple(unit))
            if found:
                return self._match(found, "near", k / (k + 1), unit)
        return None

    def _fuzzy(self, tokens: list[str]) -> Optional[Match]:
        p = self.params
        a = p.anchor
        tried: set[tuple[int, int]] = set()
        for i in range(len(tokens) - a + 1):
            best: list[tuple[float, int, list[str]]] = []  # the parts this anchor leads to that match, best first
            for index, j in self.anchors.get(tuple(tokens[i:i + a]), ()):
                entry = self.parts[index]
                part = entry.tokens
                # the text window the part would cover, aligned on where this anchor sits in the part
                pad = max(2, len(part) // 10)  # room for a few inserted or dropped words on either side
                start = max(0, i - j - pad)
                if (index, start) in tried:
                    continue
                tried.add((index, start))
                window = tokens[start:i - j + len(part) + pad]
                # bounds first: the part's words found anywhere in the window, and its informative ones
                present = set(window)
                need_info = max(p.min_informative, p.min_informative_share * len(entry.informative))
                if len(entry.informative & present) < need_info \
                        or sum(t in present for t in part) < p.min_similarity * len(part):
                    continue
                blocks = difflib.SequenceMatcher(None, part, window, autojunk=False).get_matching_blocks()
                similarity = sum(block.size for block in blocks) / len(part)
                if similarity < p.min_similarity:
                    continue
                kept = {part[x] for block in blocks for x in range(block.a, block.a + block.size)}
                if len(kept & entry.informative) >= need_info:
                    best.append((similarity, index, window))
            if best:  # items sharing wording: the most similar, and any as similar
                top = max(similarity for similarity, _, _ in best)
                tied = [(index, window) for similarity, index, window in best if similarity == top]
                return self._match([index for index, _ in tied], "fuzzy", top, tied[0][1])
        return None


def _cuts(pattern: regex.Pattern, norm: str, starts: list[int], size: int, end: bool = False) -> list[int]:
    """Token indices where `pattern` splits the text (0 and `size` included)."""
    cuts = {0, size}
    for found in pattern.finditer(norm):
        cuts.add(bisect.bisect_left(starts, found.end() if end else found.start()))
    return sorted(cuts)


def _spans(norm: str, starts: list[int], size: int) -> list[tuple[int, int]]:
    """Token spans of a text's units: the whole text, paragraphs, runs of 1-3 lines, runs of 1-4 sentences,
    in order of their start."""
    spans = {(0, size)}
    paragraphs = _cuts(_PARAGRAPH, norm, starts, size)
    lines = _cuts(_NEWLINE, norm, starts, size)
    sentences = sorted(set(paragraphs) | set(_cuts(_SENTENCE_END, norm, starts, size, end=True)))
    spans.update(zip(paragraphs, paragraphs[1:]))
    for cuts, longest in ((lines, 3), (sentences, 4)):
        for run in range(1, longest + 1):
            spans.update(zip(cuts, cuts[run:]))
    return sorted(span for span in spans if span[1] > span[0])


class Decontamination(Stage):
    """Adds `contamination_benchmark` (the benchmark whose item a document contains, '' if none) and
    `contamination` (every benchmark/item id the matched text could be, and how it was found). Its published
    rules drop a contaminated document with the reason `decontamination.<benchmark>`, one rule per configured
    benchmark; `contamination_benchmark` names the first benchmark listed in `contamination`."""

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
            found_items.append(match.label() if match else "")
        return {"contamination_benchmark": found_benchmarks, "contamination": found_items}
