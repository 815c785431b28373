"""Tokenisation shared by every metric: one word split per document, language-aware, computed once per batch.

`tokens` follows the shape of spaCy's rule-based tokenizer (what datatrove and most Gopher/C4/FineWeb
implementations use) without its cost: punctuation peeled off word edges as separate tokens, infix hyphens,
dashes and slashes between letters split, English clitics (n't, 's, 're …) split. Scripts written without
spaces (Chinese, Japanese, Thai …) give one token per character.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

import regex

# Unicode Sentence_Terminal: what ends a sentence (. ! ? 。 ！ ？ । ۔ …)
TERMINAL_PUNCTUATION: frozenset[str] = frozenset(
    regex.findall(r"\p{Sentence_Terminal}", "".join(map(chr, range(0x110000)))))

# scripts without spaces between words: each character is a token
_NO_SPACE_SCRIPTS = r"\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}\p{Tibetan}"
NO_SPACE_CHAR = regex.compile(f"[{_NO_SPACE_SCRIPTS}]")
_CHUNK = regex.compile(f"[{_NO_SPACE_SCRIPTS}]|[^\\s{_NO_SPACE_SCRIPTS}]+")
_INFIX = regex.compile(
    r"(?<=[\p{L}\p{N}])(?:--+|[-–—~])(?=\p{L})"  # well-known, 10-CM
    r"|(?<=\p{N})[-+*^](?=[\p{N}-])"  # 1-4, 2+2
    r"|(?<=[\p{L}\p{N}])[/:<>=](?=\p{L})"  # foo/bar
    r"|(?<=[\p{Ll}])\.(?=[\p{Lu}])"  # end.Start (a missing space after a full stop)
    r"|\.\.+|…")  # read…like
_NUMBER_UNIT = regex.compile(r"^(\d+(?:[.,]\d+)?)((?!st$|nd$|rd$|th$)[a-zA-Z]{1,3})$")  # 30mph → 30 mph; not 1st
_INITIALISM = regex.compile(r"^(?:\p{L}\.)*\p{L}$")  # e.g, U.S → keep the final dot: e.g. U.S.
_URL = regex.compile(r"^(?:[a-z][a-z0-9+.-]*://|www\.)\S+$", regex.IGNORECASE)
ABBREVIATIONS = frozenset(
    "Mr. Mrs. Ms. Dr. Prof. St. Jr. Sr. Mt. vs. etc. Inc. Ltd. Co. Corp. Jan. Feb. Mar. Apr. Aug. Sept. Sep. "
    "Oct. Nov. Dec. No. Miss. Gen. Gov. Sen. Rep. Rev. Fig. Ave. Blvd.".split())
WHOLE_TOKENS = frozenset({"and/or"})
_NOT_EDGE = frozenset("-@/")  # never peeled off a word's edges (runs of dashes stay whole, as do @handles)
_CLITIC = regex.compile(r"(?i)(?<=\p{L})(n['’]t|['’](?:s|re|ve|ll|d|m))$")
_DOTS = regex.compile(r"\.{2,}|…")


@lru_cache(maxsize=4096)
def is_symbol_char(char: str) -> bool:
    """Punctuation, symbols and control characters: what a 'symbol word' is made of."""
    return unicodedata.category(char)[0] in "PSC" or char in TERMINAL_PUNCTUATION


def is_symbol(token: str) -> bool:
    """True when every character of `token` is punctuation, a symbol or a control character."""
    return all(is_symbol_char(c) for c in token)


_SIMPLE = regex.compile(r"\w+|[^\w\s]")
_TRAILING = frozenset(",.;:!?")  # one of these after a word of two or more letters is always its own token
LONG_CHUNK = 64  # longer chunks are no words, abbreviations or URLs worth the careful rules: split them simply


def _split_chunk(chunk: str, out: list[str]) -> None:
    """Split one whitespace-free chunk into tokens, appending to `out`."""
    if len(chunk) > LONG_CHUNK and not chunk.isalnum():
        out.extend(_SIMPLE.findall(chunk))  # linear, whatever the chunk holds
        return
    if chunk.isalnum():
        unit = _NUMBER_UNIT.match(chunk) if chunk[0].isdigit() else None
        out.extend(unit.groups() if unit else (chunk,))
        return
    if chunk in ABBREVIATIONS or chunk in WHOLE_TOKENS:
        out.append(chunk)
        return
    if len(chunk) > 2 and chunk[-1] in _TRAILING and chunk[:-1].isalnum() and not chunk[0].isdigit():
        out.append(chunk[:-1])  # "word," "word." — what the rules below give, without running them
        out.append(chunk[-1])
        return
    start, end = 0, len(chunk)
    prefix: list[str] = []
    while start < end and is_symbol_char(chunk[start]) and chunk[start] not in _NOT_EDGE:
        dots = _DOTS.match(chunk, start)
        if dots:
            prefix.append(dots.group())
            start = dots.end()
        else:
            prefix.append(chunk[start])
            start += 1
    suffix: list[str] = []
    while end > start and is_symbol_char(chunk[end - 1]) and chunk[end - 1] not in _NOT_EDGE:
        if chunk[end - 1] == "." and (_INITIALISM.match(chunk, start, end - 1) or chunk[start:end] in ABBREVIATIONS):
            break  # e.g. U.S. Dr. keep their final dot
        run = end - 1
        while run > start and chunk[run - 1] == "." and chunk[end - 1] == ".":
            run -= 1
        if end - run >= 2:
            suffix.append(chunk[run:end])
            end = run
        else:
            suffix.append(chunk[end - 1])
            end -= 1
    out.extend(prefix)
    core = chunk[start:end]
    if core and _URL.match(core):
        out.append(core)
    elif core:
        clitic = _CLITIC.search(core)
        if clitic and clitic.start() > 0:
            core, tail = core[: clitic.start()], clitic.group()
        else:
            tail = ""
        if not _INFIX.search(core):
            out.append(core)
        else:
            position = 0
            for match in _INFIX.finditer(core):
                if match.start() > position:
                    out.append(core[position:match.start()])
                out.append(match.group())
                position = match.end()
            if position < len(core):
                out.append(core[position:])
        if tail:
            out.append(tail)
    out.extend(reversed(suffix))


# str.split() splits on the chunk pattern's \s and on these four separators, which \s leaves inside words
_SPLIT_ONLY_SEPARATORS = ("\x1c", "\x1d", "\x1e", "\x1f")


def _chunks(text: str) -> list[str]:
    """What `_CHUNK` finds in `text`: the runs between whitespace, with each character of a script written
    without spaces on its own. str.split() finds the runs at a tenth of the pattern's cost, so the pattern runs
    only inside the runs that hold such a character (or over a text that holds one of the four separators)."""
    if any(separator in text for separator in _SPLIT_ONLY_SEPARATORS):
        return _CHUNK.findall(text)
    chunks: list[str] = []
    for run in text.split():
        if run.isascii() or NO_SPACE_CHAR.search(run) is None:
            chunks.append(run)
        else:
            chunks.extend(_CHUNK.findall(run))
    return chunks


def tokenize(text: str) -> list[str]:
    """Word and punctuation tokens of `text` (see the module docstring)."""
    out: list[str] = []
    for chunk in _chunks(text):
        if len(chunk) == 1 and NO_SPACE_CHAR.match(chunk):
            out.append(chunk)
        else:
            _split_chunk(chunk, out)
    return out


def count_sentences(tokens: list[str]) -> int:
    """Sentences in a run of tokens: a new sentence starts at the first word after sentence-terminal
    punctuation (closing quotes and brackets after the full stop still belong to the sentence before)."""
    if not tokens:
        return 0
    sentences = 1
    seen_terminal = False
    for token in tokens:
        if token in TERMINAL_PUNCTUATION:
            seen_terminal = True
        elif seen_terminal and not is_symbol(token):
            sentences += 1
            seen_terminal = False
    return sentences
