"""Document refinement (CulturaX, ChineseWebText): remove the lines of a page that are not its content.

Line by line: JavaScript notices, cookie and terms-of-use banners, boilerplate (copyright lines, share and
subscribe prompts …, only on short lines so a paragraph that mentions them stays), lines with too few words,
and short lines trailing at the end of the page (footer remnants). Optionally C4's line rules too. What was
removed is recorded as signals; the refined text replaces the document's text for the stages after it.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any, Sequence

import pyarrow as pa

from filters.base import DocBatch, Stage
from filters.c4 import DROP, C4Params, judge_line
from filters.text import is_symbol, tokenize

DEFAULT_BOILERPLATE = [
    r"all rights reserved", r"^(©|\(c\)|copyright)\b", r"\bsign (up|in)\b", r"\blog ?in\b", r"\bsubscribe\b",
    r"\bnewsletter\b", r"\bshare (this|on)\b", r"\bclick here\b", r"\bread more\b", r"\bskip to (main )?content\b",
    r"\bfollow us\b", r"\bpowered by\b", r"\bback to top\b",
]
COOKIE_PHRASES = ("cookie", "terms of use", "terms of service", "privacy policy", "gdpr")


@dataclasses.dataclass
class RefinementParams:
    """Which line removals to apply; numbers of words count the shared tokens that are words."""

    remove_javascript_lines: bool = True
    remove_cookie_lines: bool = True
    boilerplate_patterns: list[str] = dataclasses.field(default_factory=lambda: list(DEFAULT_BOILERPLATE))
    boilerplate_max_words: int = 12  # only lines this short count as boilerplate
    min_words_per_line: int = 0  # 0: keep lines of any length
    trailing_min_words: int = 5  # short lines at the end of the page, below this many words, go
    c4_line_rules: bool = False


class Refinement(Stage):
    """Rewrites `text` without the removed lines; adds `refine_lines_removed`, `refine_chars_removed` and
    `refine_lines_kept`."""

    name = "refinement_v1"
    family = "refine"
    rewrites_text = True
    provides = {"refine_lines_removed": pa.int64(), "refine_chars_removed": pa.int64(), "refine_lines_kept": pa.int64()}
    Params = RefinementParams

    def __init__(self, params: RefinementParams, files):
        super().__init__(params, files)
        self.boilerplate = [re.compile(p, re.IGNORECASE) for p in params.boilerplate_patterns]
        self.c4 = C4Params(filter_no_terminal_punct=True, min_words_per_line=-1) if params.c4_line_rules else None

    def _line_words(self, line: str) -> int:
        return sum(1 for token in tokenize(line) if not is_symbol(token))

    def _keep(self, line: str, words: int) -> bool:
        p = self.params
        lowered = line.lower()
        if p.remove_javascript_lines and "javascript" in lowered:
            return False
        if p.remove_cookie_lines and any(phrase in lowered for phrase in COOKIE_PHRASES) and words <= 40:
            return False
        if words <= p.boilerplate_max_words and any(pattern.search(line) for pattern in self.boilerplate):
            return False
        if words < p.min_words_per_line:
            return False
        if self.c4 is not None and judge_line(line, self.c4)[0] == DROP:
            return False
        return True

    def annotate(self, batch: DocBatch) -> dict[str, Sequence[Any]]:
        out: dict[str, list[Any]] = {"text": [], **{name: [] for name in self.provides}}
        for text, lines in zip(batch.texts, batch.lines):
            counted = [(line, self._line_words(line)) for line in lines]
            kept = [(line, words) for line, words in counted if self._keep(line, words)]
            while kept and kept[-1][1] < self.params.trailing_min_words:
                kept.pop()
            refined = "\n".join(line for line, _ in kept)
            out["text"].append(refined)
            out["refine_lines_removed"].append(len(lines) - len(kept))
            out["refine_chars_removed"].append(len(text) - len(refined))
            out["refine_lines_kept"].append(len(kept))
        return out
