"""C4's cleaning (Raffel et al. 2020), as datatrove implements it (words per line are counted before
citation marks are removed): line filters that rewrite the text, and document signals whose thresholds are
rules. With the page-level rules on (the default), a page with "lorem ipsum" or a curly bracket is dropped, as
in C4; with one switched off, its lines are still cleaned.

Line filters (parameters, each switchable): a word longer than `max_word_length`, no terminal punctuation,
fewer than `min_words_per_line` words, a mention of javascript, cookie/terms-of-use phrases; Wikipedia-style
citation marks are removed. Document signals: sentences in the kept lines, and whether a kept line showed
"lorem ipsum" or a curly bracket (the paper drops such pages).
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any, Optional, Sequence

import pyarrow as pa

from filters.base import DocBatch, Stage
from filters.text import count_sentences, tokenize

_CITATION = re.compile(r"\[\d*]|\[edit]|\[citation needed]")
_END_PUNCTUATION = (".", "?", "!", '"', "'")
_POLICY = ("terms of use", "privacy policy", "cookie policy", "uses cookies", "use of cookies", "use cookies")


@dataclasses.dataclass
class C4Params:
    """The line filters; set a number to -1 or a switch to false to turn one off."""

    remove_citations: bool = True
    filter_no_terminal_punct: bool = True
    min_words_per_line: int = 3
    max_word_length: int = 1000
    filter_javascript: bool = True
    filter_policy: bool = True


class C4Quality(Stage):
    """Rewrites `text` to its kept lines; adds `c4_lines_removed`, `c4_chars_removed`, `c4_sentences`,
    `c4_lorem_ipsum` and `c4_curly_bracket` (1 when a kept line had them)."""

    name = "c4_quality_v1"
    family = "c4"
    rewrites_text = True
    kinds = ("text",)  # a rewritten text would no longer match SFT/preference messages
    provides = {
        "c4_lines_removed": pa.int64(),
        "c4_chars_removed": pa.int64(),
        "c4_sentences": pa.int64(),
        "c4_lorem_ipsum": pa.int8(),
        "c4_curly_bracket": pa.int8(),
    }
    Params = C4Params

    def annotate(self, batch: DocBatch) -> dict[str, Sequence[Any]]:
        out: dict[str, list[Any]] = {"text": [], **{name: [] for name in self.provides}}
        for text in batch.texts:
            for name, value in self._document(text).items():
                out[name].append(value)
        return out

    def _document(self, text: str) -> dict[str, Any]:
        lines = text.splitlines()
        kept: list[str] = []
        sentences = 0
        lorem = curly = 0
        for raw in lines:
            verdict, line = judge_line(raw, self.params)
            if verdict == LOREM_IPSUM:  # the page's finding; the line itself is not kept
                lorem = 1
            elif verdict == CURLY_BRACKET:
                curly = 1
            elif verdict == KEEP:
                sentences += count_sentences(tokenize(line))
                kept.append(line)
        new_text = "\n".join(kept).strip()
        return {"text": new_text, "c4_lines_removed": len(lines) - len(kept),
                "c4_chars_removed": len(text) - len(new_text), "c4_sentences": sentences,
                "c4_lorem_ipsum": lorem, "c4_curly_bracket": curly}


KEEP, DROP, LOREM_IPSUM, CURLY_BRACKET = "keep", "drop", "lorem_ipsum", "curly_bracket"


def judge_line(raw: str, p: C4Params) -> tuple[str, Optional[str]]:
    """C4's verdict on one line, in the reference order: (KEEP, the cleaned line), (DROP, None), or a page-level
    finding (LOREM_IPSUM / CURLY_BRACKET, None) that drops the whole page."""
    line = raw.strip()
    words = line.split()
    if p.max_word_length != -1 and any(len(word) > p.max_word_length for word in words):
        return DROP, None
    if p.remove_citations:
        line = _CITATION.sub("", line)
    if p.filter_no_terminal_punct and (not line.endswith(_END_PUNCTUATION) or line.endswith("...")):
        return DROP, None
    if len(words) < p.min_words_per_line:
        return DROP, None
    lowered = line.lower()
    if "lorem ipsum" in lowered:
        return LOREM_IPSUM, None
    if p.filter_javascript and "javascript" in lowered:
        return DROP, None
    if "{" in line:
        return CURLY_BRACKET, None
    if p.filter_policy and any(phrase in lowered for phrase in _POLICY):
        return DROP, None
    return KEEP, line
