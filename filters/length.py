"""Basic length and line statistics of a document: the signals for minimum-length and line rules."""

from __future__ import annotations

from typing import Any, Sequence

import pyarrow as pa

from filters.base import DocBatch, Stage


class Length(Stage):
    """Adds `n_chars`, `n_words`, `n_lines` (non-empty), `mean_line_chars` and `max_line_chars`.

    Words are the batch's shared tokens that are not punctuation; in scripts written without spaces
    (Chinese, Japanese, Thai …) every character is a word.
    """

    name = "length_v1"
    family = "length"
    needs = ("text",)
    provides = {
        "n_chars": pa.int64(),
        "n_words": pa.int64(),
        "n_lines": pa.int64(),
        "mean_line_chars": pa.float32(),
        "max_line_chars": pa.int64(),
    }

    def annotate(self, batch: DocBatch) -> dict[str, Sequence[Any]]:
        line_lengths = [[len(line) for line in lines] for lines in batch.lines]
        return {
            "n_chars": [len(t) for t in batch.texts],
            "n_words": [len(words) for words in batch.words],
            "n_lines": [len(ls) for ls in line_lengths],
            "mean_line_chars": [sum(ls) / len(ls) if ls else 0.0 for ls in line_lengths],
            "max_line_chars": [max(ls) if ls else 0 for ls in line_lengths],
        }
