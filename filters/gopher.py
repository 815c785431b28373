"""Gopher quality and repetition signals (Rae et al. 2021, "Scaling Language Models", appendix A1).

Signals are computed for every document; the published thresholds are rules in
`filters/resources/default_rules.yaml` (used when a config gives no rules for the stage), so a user can
re-threshold without recomputing. Definitions follow the paper as implemented in datatrove, which the
parity benchmark (`bench/filters.py`) checks document by document.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any, Sequence

import numpy as np
import pyarrow as pa

from filters.base import DocBatch, Stage
from filters.text import NO_SPACE_CHAR

_PARAGRAPH_BREAK = re.compile(r"\n{2,}")
_LINE_BREAKS = re.compile(r"\n+")
_HASH_MULTIPLIER = np.uint64(0x9E3779B97F4A7C15)


@dataclasses.dataclass
class GopherQualityParams:
    """`stop_words`: the words whose presence marks running text (the paper's eight English words)."""

    stop_words: list[str] = dataclasses.field(
        default_factory=lambda: ["the", "be", "to", "of", "and", "that", "have", "with"])


class GopherQuality(Stage):
    """Word counts and shapes, symbol ratios, bullet/ellipsis line ratios, alphabetic words, stop words."""

    name = "gopher_quality_v1"
    family = "gopher_quality"
    provides = {
        "gopher_words": pa.int64(),
        "gopher_mean_word_length": pa.float32(),
        "gopher_hash_ratio": pa.float32(),
        "gopher_ellipsis_ratio": pa.float32(),
        "gopher_bullet_lines_ratio": pa.float32(),
        "gopher_end_ellipsis_lines_ratio": pa.float32(),
        "gopher_alpha_words_ratio": pa.float32(),
        "gopher_stop_words": pa.int64(),
    }
    Params = GopherQualityParams

    def annotate(self, batch: DocBatch) -> dict[str, Sequence[Any]]:
        stop_words = frozenset(self.params.stop_words)
        out: dict[str, list[Any]] = {name: [] for name in self.provides}
        for text, tokens, words, lines in zip(batch.texts, batch.tokens, batch.words, batch.raw_lines):
            n_tokens = len(tokens)
            out["gopher_words"].append(len(words))
            out["gopher_mean_word_length"].append(sum(map(len, words)) / len(words) if words else 0.0)
            out["gopher_hash_ratio"].append(text.count("#") / n_tokens if n_tokens else 0.0)
            out["gopher_ellipsis_ratio"].append(
                (text.count("...") + text.count("…")) / n_tokens if n_tokens else 0.0)
            n_lines = len(lines)
            bullets = sum(1 for line in lines if line.lstrip().startswith(("•", "-")))
            end_ellipsis = sum(1 for line in lines if line.rstrip().endswith(("...", "…")))
            out["gopher_bullet_lines_ratio"].append(bullets / n_lines if n_lines else 0.0)
            out["gopher_end_ellipsis_lines_ratio"].append(end_ellipsis / n_lines if n_lines else 0.0)
            alpha = sum(1 for token in tokens if any(c.isalpha() for c in token))
            out["gopher_alpha_words_ratio"].append(alpha / n_tokens if n_tokens else 0.0)
            out["gopher_stop_words"].append(len(stop_words.intersection(tokens)))
        return out


TOP_NGRAMS = (2, 3, 4)  # the paper's n-gram sizes: share of the most frequent n-gram …
DUP_NGRAMS = (5, 6, 7, 8, 9, 10)  # … and share of characters in duplicated n-grams


def duplicates(items: Sequence[str]) -> tuple[int, int]:
    """(number of items seen before, their characters)."""
    seen: set[str] = set()
    count = chars = 0
    for item in items:
        if item in seen:
            count += 1
            chars += len(item)
        else:
            seen.add(item)
    return count, chars


def _ngram_hashes(ids: np.ndarray, n: int) -> np.ndarray:
    """A 64-bit hash of every window of n token ids (wrapping arithmetic; collisions are negligible)."""
    windows = len(ids) - n + 1
    hashes = np.zeros(windows, dtype=np.uint64)
    for k in range(n):
        hashes = hashes * _HASH_MULTIPLIER + ids[k:k + windows]
    return hashes


def _repeated_ngram_chars(hashes: np.ndarray, n: int, prefix: np.ndarray) -> int:
    """Characters (spaces left out) of the n-grams that repeat an earlier one, scanning left to right and
    skipping the n words of each repeat, as Gopher counts them. Only positions whose n-gram occurred before
    anywhere can be repeats: the runs between them are added to the seen set whole, not word by word."""
    order = np.argsort(hashes, kind="stable")
    earlier = np.zeros(len(hashes), dtype=bool)
    earlier[order[1:]] = hashes[order[1:]] == hashes[order[:-1]]  # stable: the later of two equal n-grams
    candidates = np.flatnonzero(earlier).tolist()
    if not candidates:
        return 0
    values = hashes.tolist()
    seen: set[int] = set()
    repeated, index, last, next_candidate = 0, 0, len(values), 0
    while index < last:
        while next_candidate < len(candidates) and candidates[next_candidate] < index:
            next_candidate += 1
        if next_candidate == len(candidates):
            break  # no repeat can follow
        target = candidates[next_candidate]
        seen.update(values[index:target])
        index = target
        if values[index] in seen:
            repeated += int(prefix[index + n] - prefix[index])  # the n-gram joined without spaces
            index += n
        else:
            seen.add(values[index])
            index += 1
    return repeated


class GopherRepetition(Stage):
    """Shares of duplicated paragraphs and lines (by count and characters), of the most frequent 2–4-gram and
    of characters in duplicated 5–10-grams, each relative to the document's characters."""

    name = "gopher_repetition_v1"
    family = "gopher_repetition"
    provides = {
        **{name: pa.float32() for name in ("gopher_dup_para_frac", "gopher_dup_para_char_frac",
                                           "gopher_dup_line_frac", "gopher_dup_line_char_frac")},
        **{f"gopher_top_{n}gram_char_frac": pa.float32() for n in TOP_NGRAMS},
        **{f"gopher_dup_{n}gram_char_frac": pa.float32() for n in DUP_NGRAMS},
    }

    def annotate(self, batch: DocBatch) -> dict[str, Sequence[Any]]:
        out: dict[str, list[Any]] = {name: [] for name in self.provides}
        for text, tokens in zip(batch.texts, batch.tokens):
            for name, value in self._document(text, tokens).items():
                out[name].append(value)
        return out

    def _document(self, text: str, tokens: list[str]) -> dict[str, float]:
        size = len(text)
        values: dict[str, float] = {}
        paragraphs = _PARAGRAPH_BREAK.split(text.strip())
        count, chars = duplicates(paragraphs)
        values["gopher_dup_para_frac"] = count / len(paragraphs)
        values["gopher_dup_para_char_frac"] = chars / size if size else 0.0
        lines = _LINE_BREAKS.split(text)
        count, chars = duplicates(lines)
        values["gopher_dup_line_frac"] = count / len(lines)
        values["gopher_dup_line_char_frac"] = chars / size if size else 0.0

        vocabulary: dict[str, int] = {}
        ids = np.fromiter((vocabulary.setdefault(t, len(vocabulary) + 1) for t in tokens), dtype=np.uint64,
                          count=len(tokens))
        lengths = np.fromiter((len(t) for t in tokens), dtype=np.int64, count=len(tokens))
        # n-grams are joined with spaces, as the text has them, except in scripts written without spaces
        single = np.flatnonzero(lengths == 1).tolist()  # only one-character tokens can be CJK-like characters
        half = len(tokens) / 2
        unspaced = len(single) > half and sum(1 for i in single if NO_SPACE_CHAR.match(tokens[i])) > half
        prefix = np.concatenate(([0], np.cumsum(lengths)))
        for n in TOP_NGRAMS:
            key = f"gopher_top_{n}gram_char_frac"
            if len(tokens) < n or not size:
                values[key] = 0.0
                continue
            # the most frequent n-gram, the first to appear among equally frequent ones
            _, first_seen, counts = np.unique(_ngram_hashes(ids, n), return_index=True, return_counts=True)
            top_count = int(counts.max())
            start = int(first_seen[counts == top_count].min())
            joined_length = int(prefix[start + n] - prefix[start]) + (0 if unspaced else n - 1)
            values[key] = joined_length * top_count / size
        for n in DUP_NGRAMS:
            key = f"gopher_dup_{n}gram_char_frac"
            if len(tokens) < n or not size:
                values[key] = 0.0
                continue
            values[key] = _repeated_ngram_chars(_ngram_hashes(ids, n), n, prefix) / size
        return values
