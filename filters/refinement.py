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
_BLANK_RUNS = re.compile(r"\n(?:[ \t]*\n)+")
COOKIE_PHRASES = ["we use cookies", "uses cookies", "use of cookies", "accept cookies", "accept all cookies",
                  "cookie policy", "cookie settings", "cookie preferences", "terms of use", "terms of service",
                  "privacy policy"]


@dataclasses.dataclass
class RefinementParams:
    """Which line removals to apply; numbers of words count the shared tokens that are words."""

    remove_javascript_lines: bool = True
    remove_cookie_lines: bool = True
    cookie_phrases: list[str] = dataclasses.field(default_factory=lambda: list(COOKIE_PHRASES))
    cookie_max_words: int = 40  # only lines this short count as banners
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
    kinds = ("text",)  # a rewritten text would no longer match SFT/preference messages
    provides = {"refine_lines_removed": pa.int64(), "refine_chars_removed": pa.int64(), "refine_lines_kept": pa.int64()}
    Params = RefinementParams

    def __init__(self, params: RefinementParams, files):
        super().__init__(params, files)
        self.boilerplate = [re.compile(p, re.IGNORECASE) for p in params.boilerplate_patterns]
        self.cookies = [phrase.lower() for phrase in params.cookie_phrases]
        self.c4 = C4Params(filter_no_terminal_punct=True, min_words_per_line=-1) if params.c4_line_rules else None

    def _line_words(self, line: str) -> int:
        return sum(1 for token in tokenize(line) if not is_symbol(token))

    def _keep(self, line: str, words: int) -> bool:
        p = self.params
        lowered = line.lower()
        if p.remove_javascript_lines and "javascript" in lowered:
            return False
        if p.remove_cookie_lines and words <= p.cookie_max_words and any(phrase in lowered for phrase in self.cookies):
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
        for text, raw_lines in zip(batch.texts, batch.raw_lines):
            # decide on the non-empty lines; blank lines stay, so paragraphs survive refinement
            verdicts = []
            for line in raw_lines:
                stripped = line.strip()
                if not stripped:
                    verdicts.append(None)
                    continue
                words = self._line_words(stripped)
                verdicts.append((words, self._keep(stripped, words)))
            for index in range(len(verdicts) - 1, -1, -1):  # short lines trailing at the end go too
                verdict = verdicts[index]
                if verdict is None or not verdict[1]:
                    continue
                if verdict[0] >= self.params.trailing_min_words:
                    break
                verdicts[index] = (verdict[0], False)
            kept_lines, removed, removed_chars = [], 0, 0
            for line, verdict in zip(raw_lines, verdicts):
                if verdict is None or verdict[1]:
                    kept_lines.append(line.rstrip())
                else:
                    removed += 1
                    removed_chars += len(line) + 1
            refined = _BLANK_RUNS.sub("\n\n", "\n".join(kept_lines)).strip("\n")
            out["text"].append(refined)
            out["refine_lines_removed"].append(removed)
            out["refine_chars_removed"].append(min(removed_chars, len(text)))
            out["refine_lines_kept"].append(sum(1 for v in verdicts if v is not None and v[1]))
        return out
