"""ChineseWebText's preparation rules (Chen et al. 2023): length, average line length, share of Chinese
characters, sensitive-word density, internal duplication of character 13-grams; and the traditional-vs-
simplified check, with the conversion done by OpenCC (the `opencc` package).

Signals only; the thresholds are rules (`filters/resources/default_rules.yaml`, from the paper's description).
With `to_simplified`, documents written in traditional characters are converted to simplified ones, as
ChineseWebText does, and the converted text replaces the original for later stages.
"""

from __future__ import annotations

import dataclasses
import os
import re
from typing import Any, Mapping, Optional, Sequence

import numpy as np
import pyarrow as pa
import regex

from filters.base import DocBatch, Stage
from filters.gopher import _ngram_hashes

_HAN = regex.compile(r"\p{Han}")
DUPLICATION_N = 13


@dataclasses.dataclass
class ChineseParams:
    """`sensitive_words` / `sensitive_words_file` (one per line): the words whose density per line is a signal;
    `to_simplified`: convert traditional-character documents to simplified ones."""

    sensitive_words: list[str] = dataclasses.field(default_factory=list)
    sensitive_words_file: Optional[str] = None
    to_simplified: bool = False


def duplicated_ngram_ratio(text: str, n: int = DUPLICATION_N) -> float:
    """Share of the character n-grams of `text` that already occurred earlier in it."""
    points = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    if len(points) < n:
        return 0.0
    hashes = _ngram_hashes(points.astype(np.uint64) + 1, n)
    return 1.0 - len(np.unique(hashes)) / len(hashes)


class ChineseWebText(Stage):
    """Adds `zh_length` (non-space characters), `zh_avg_line_length`, `zh_han_ratio`, `zh_sensitive_per_line`,
    `zh_dup_13gram_ratio` and `zh_traditional_ratio` (share of Chinese characters that simplification changes)."""

    name = "chinese_web_text_v1"
    family = "zh"
    rewrites_text = True
    kinds = ("text",)  # a rewritten text would no longer match SFT/preference messages
    provides = {
        "zh_length": pa.int64(),
        "zh_avg_line_length": pa.float32(),
        "zh_han_ratio": pa.float32(),
        "zh_sensitive_per_line": pa.float32(),
        "zh_dup_13gram_ratio": pa.float32(),
        "zh_traditional_ratio": pa.float32(),
    }
    Params = ChineseParams

    @classmethod
    def files_for(cls, params: ChineseParams) -> dict[str, str]:
        if params.sensitive_words_file is None:
            return {}
        if not os.path.isfile(params.sensitive_words_file):
            raise FileNotFoundError(f"chinese_web_text_v1: sensitive_words_file '{params.sensitive_words_file}' "
                                    f"not found; give a text file with one word per line")
        return {"sensitive_words": params.sensitive_words_file}

    def __init__(self, params: ChineseParams, files: Mapping[str, str]):
        super().__init__(params, files)
        import opencc

        self.rewrites_text = params.to_simplified  # otherwise the text (and its tokens) stay as they are
        self.simplify = opencc.OpenCC("t2s").convert
        words = set(params.sensitive_words)
        if "sensitive_words" in self.files:
            with open(self.files["sensitive_words"], encoding="utf-8") as handle:
                words |= {line.strip() for line in handle if line.strip()}
        ordered = sorted(words, key=len, reverse=True)  # longest first, so a longer word wins
        self.sensitive = re.compile("|".join(map(re.escape, ordered))) if ordered else None

    def annotate(self, batch: DocBatch) -> dict[str, Sequence[Any]]:
        out: dict[str, list[Any]] = {"text": [], **{name: [] for name in self.provides}}
        for text, lines in zip(batch.texts, batch.lines):
            visible = len(text) - sum(1 for c in text if c.isspace())
            han = len(_HAN.findall(text))
            simplified = self.simplify(text) if han else text
            if len(simplified) == len(text):
                changed = sum(1 for a, b in zip(text, simplified) if a != b)
            else:  # a phrase conversion changed the length: count the characters that differ in kind
                changed = abs(len(set(text) - set(simplified)))
            out["zh_length"].append(visible)
            out["zh_avg_line_length"].append(sum(map(len, lines)) / len(lines) if lines else 0.0)
            out["zh_han_ratio"].append(han / visible if visible else 0.0)
            hits = len(self.sensitive.findall(text)) if self.sensitive else 0
            out["zh_sensitive_per_line"].append(hits / len(lines) if lines else 0.0)
            out["zh_dup_13gram_ratio"].append(duplicated_ngram_ratio(text))
            out["zh_traditional_ratio"].append(changed / han if han else 0.0)
            out["text"].append(simplified if self.params.to_simplified else text)
        return out
