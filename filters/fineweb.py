"""FineWeb's quality signals (Penedo et al. 2024): line punctuation, short lines, duplicated line characters,
newlines per word. Thresholds are rules (`filters/resources/default_rules.yaml`)."""

from __future__ import annotations

from typing import Any, Sequence

import pyarrow as pa

from filters.base import DocBatch, Stage
from filters.gopher import duplicates
from filters.text import TERMINAL_PUNCTUATION

_STOP_CHARS = tuple(TERMINAL_PUNCTUATION)
SHORT_LINE_CHARS = 30


class FineWebQuality(Stage):
    """Adds `fineweb_line_punct_ratio`, `fineweb_short_line_ratio`, `fineweb_char_dup_ratio`, `fineweb_list_ratio`."""

    name = "fineweb_quality_v1"
    family = "fineweb_quality"
    provides = {
        "fineweb_line_punct_ratio": pa.float32(),
        "fineweb_short_line_ratio": pa.float32(),
        "fineweb_char_dup_ratio": pa.float32(),
        "fineweb_list_ratio": pa.float32(),
    }

    def annotate(self, batch: DocBatch) -> dict[str, Sequence[Any]]:
        out: dict[str, list[Any]] = {name: [] for name in self.provides}
        for text, raw_lines, tokens in zip(batch.texts, batch.raw_lines, batch.tokens):
            lines = [line for line in raw_lines if line.strip()]
            if not lines:
                for name in self.provides:
                    out[name].append(0.0)
                continue
            out["fineweb_line_punct_ratio"].append(sum(1 for line in lines if line.endswith(_STOP_CHARS)) / len(lines))
            out["fineweb_short_line_ratio"].append(
                sum(1 for line in lines if len(line) <= SHORT_LINE_CHARS) / len(lines))
            chars = len(text) - text.count("\n")
            out["fineweb_char_dup_ratio"].append(duplicates(lines)[1] / chars if chars else 0.0)
            out["fineweb_list_ratio"].append(text.count("\n") / len(tokens) if tokens else 0.0)
        return out
