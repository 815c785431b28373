"""Basic length and line statistics of a document: the signals for minimum-length and line rules."""

from __future__ import annotations

import dataclasses
from typing import Any, Sequence

import pyarrow as pa

from filters.base import DocBatch, Stage


@dataclasses.dataclass
class LengthParams:
    """Languages written without spaces between words count each non-space character as a word."""

    char_word_languages: list[str] = dataclasses.field(default_factory=lambda: ["zh", "ja", "th", "lo", "km", "my", "bo", "wuu", "yue"])


class Length(Stage):
    """Adds `n_chars`, `n_words`, `n_lines` (non-empty), `mean_line_chars` and `max_line_chars`."""

    name = "length_v1"
    family = "length"
    needs = ("text", "language")
    provides = {
        "n_chars": pa.int64(),
        "n_words": pa.int64(),
        "n_lines": pa.int64(),
        "mean_line_chars": pa.float32(),
        "max_line_chars": pa.int64(),
    }
    Params = LengthParams

    def annotate(self, batch: DocBatch) -> dict[str, Sequence[Any]]:
        char_word = set(self.params.char_word_languages)
        languages = batch.column("language")
        n_words = []
        for text, words, language in zip(batch.texts, batch.words, languages):
            if language in char_word:
                n_words.append(sum(len(w) for w in words))
            else:
                n_words.append(len(words))
        line_lengths = [[len(line) for line in lines] for lines in batch.lines]
        return {
            "n_chars": [len(t) for t in batch.texts],
            "n_words": n_words,
            "n_lines": [len(ls) for ls in line_lengths],
            "mean_line_chars": [sum(ls) / len(ls) if ls else 0.0 for ls in line_lengths],
            "max_line_chars": [max(ls) if ls else 0 for ls in line_lengths],
        }
