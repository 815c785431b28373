"""Gopher quality and repetition signals (Rae et al. 2021, "Scaling Language Models", appendix A1).

Signals are computed for every document; the published thresholds are rules in
`filters/resources/default_rules.yaml` (used when a config gives no rules for the stage), so a user can
re-threshold without recomputing. Definitions follow the paper as implemented in datatrove, which the
parity benchmark (`bench/filters.py`) checks document by document.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
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
            alpha = sum(count for token, count in Counter(tokens).items()  # each distinct token looked at once
                        if token.isalpha() or any(c.isalpha() for c in token))
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


def _repeated_chars(positions: list[int], hashes: list[int], n: int, prefix: list[int]) -> int:
    """Characters (spaces left out) of the n-grams that repeat an earlier one, scanning left to right and
    skipping the n words of each repeat, as Gopher counts them. `positions` (ascending) and `hashes` are the
    windows whose n-gram occurs more than once: any other window is new where it stands and can never be
    repeated, so leaving it out of the seen set changes nothing."""
    seen: set[int] = set()
    repeated = skip_until = 0
    for position, value in zip(positions, hashes):
        if position < skip_until:
            continue
        if value in seen:
            repeated += prefix[position + n] - prefix[position]  # the n-gram joined without spaces
            skip_until = position + n
        else:
            seen.add(value)
    return repeated


def _signal(n: int) -> str:
    """The signal of n-grams of n tokens."""
    return f"gopher_top_{n}gram_char_frac" if n in TOP_NGRAMS else f"gopher_dup_{n}gram_char_frac"


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
        for n in TOP_NGRAMS + DUP_NGRAMS:
            values[_signal(n)] = 0.0
        if not size:
            return values
        # Window hashes grow one token at a time (h_n = h_{n-1}·M + id, wrapping: collisions are negligible),
        # and only windows whose n-gram occurs twice or more are sorted and scanned: such a window's (n-1)-grams
        # at it and at the next position occur twice or more too, so each size narrows the last one's set.
        hashes = ids
        token_ids = ids.astype(np.int64)
        repeats = np.bincount(token_ids)[token_ids] > 1  # windows of one token
        for n in range(2, max(DUP_NGRAMS) + 1):
            windows = len(tokens) - n + 1
            if windows <= 0:
                break
            hashes = hashes[:-1] * _HASH_MULTIPLIER + ids[n - 1:]
            candidates = np.flatnonzero(repeats[:windows] & repeats[1:windows + 1])
            order = np.argsort(hashes[candidates], kind="stable")
            ordered = hashes[candidates][order]
            equal = ordered[1:] == ordered[:-1]
            shared = np.zeros(len(candidates), dtype=bool)
            shared[1:] |= equal
            shared[:-1] |= equal
            repeats = np.zeros(windows, dtype=bool)
            repeats[candidates[order[shared]]] = True
            positions = np.flatnonzero(repeats)
            if n in TOP_NGRAMS:
                # the most frequent n-gram, the first to appear among equally frequent ones (all n-grams occur
                # once when none repeats: the first window)
                top_count, start = 1, 0
                if len(positions):
                    _, first_seen, counts = np.unique(hashes[positions], return_index=True, return_counts=True)
                    top_count = int(counts.max())
                    start = int(positions[first_seen[counts == top_count]].min())
                joined_length = int(prefix[start + n] - prefix[start]) + (0 if unspaced else n - 1)
                values[_signal(n)] = joined_length * top_count / size
            elif n in DUP_NGRAMS and len(positions):
                chars = _repeated_chars(positions.tolist(), hashes[positions].tolist(), n, prefix.tolist())
                values[_signal(n)] = chars / size
        return values
