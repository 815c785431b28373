"""CulturaX metric-based cleaning: the BigScience ROOTS document metrics with per-language thresholds.

Metrics (ROOTS definitions): number of words; character repetition ratio — the share of the k most frequent
character n-grams among all, k = min(floor(sqrt(#distinct)), #distinct − #singletons); word repetition
ratio — the share of word n-grams occurring more than once; special-character ratio; stop-word ratio and
flagged-word ratio (with ROOTS' word augmentation where the thresholds file asks for it, as for zh; other
languages our tokenizer splits into characters match their lists against runs of 2–4 characters). The language-ID
score is the LID stage's `language_score`; perplexity is a rule slot for the scoring stage's signal.

The n of the repetition n-grams and every cutoff come from a thresholds file keyed by language with a
`default` block, in ROOTS' parameter names (`filters/resources/roots_thresholds.yaml` holds the published
values; `jobs/calibrate.py` derives one from your data). Its cutoffs become this stage's rules, so the
resolved config and the ledger record exactly which thresholds were applied.

Words are the batch's shared tokens (filters.text), lower-cased for the word lists. Special characters are
whatever is not a letter or a combining mark: punctuation, symbols (emoji included), digits, separators and
control characters — a rule instead of ROOTS' hand-made list.
"""

from __future__ import annotations

import dataclasses
import os
import unicodedata
from functools import lru_cache
from typing import Any, Mapping, Optional, Sequence

import numpy as np
import pyarrow as pa
import yaml

from filters.base import DocBatch, Stage
from filters.gopher import _ngram_hashes

RESOURCES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "resources")
BUNDLED_THRESHOLDS = "roots"
PERMISSIVE_MAX = 1e18  # a cutoff no document reaches: the check is off for that language
# languages our tokenizer splits into characters; their word lists are matched against runs of characters
UNSPACED_LANGUAGES = frozenset({"zh", "ja", "th", "lo", "km", "my", "bo", "yue", "wuu"})

# metrics whose cutoff only means something where it was set (or calibrated) for the language: for a language
# the thresholds file does not list, the signal is null ("does not apply") instead of the `default` block's
# cutoff, which dropped all clean Korean, Japanese and German text on the stop-word ratio (spaCy's lists do not
# match their word forms at the rate of English). The other metrics' defaults are language-neutral.
LANGUAGE_SPECIFIC = frozenset({"stopwords"})

# ROOTS parameter → (signal, rule op, the cond_check_* switch)
CUTOFFS = {
    "number_words_min_cutoff": ("metrics_words", ">=", "cond_check_number_words"),
    "number_words_max_cutoff": ("metrics_words", "<=", "cond_check_number_words"),
    "character_repetition_max_cutoff": ("metrics_char_rep_ratio", "<=", "cond_check_character_repetition_removal"),
    "word_repetition_max_cutoff": ("metrics_word_rep_ratio", "<=", "cond_check_word_repetition_removal"),
    "special_characters_max_cutoff": ("metrics_special_chars_ratio", "<=", "cond_check_special_characters"),
    "stopwords_min_cutoff": ("metrics_stopwords_ratio", ">=", "cond_check_stopwords"),
    "flagged_words_max_cutoff": ("metrics_flagged_words_ratio", "<=", "cond_check_flagged_words"),
    "lang_id_min_cutoff": ("language_score", ">=", "cond_check_lang_id"),
}
RULE_NAMES = {
    "number_words_min_cutoff": "min_words", "number_words_max_cutoff": "max_words",
    "character_repetition_max_cutoff": "char_repetition", "word_repetition_max_cutoff": "word_repetition",
    "special_characters_max_cutoff": "special_characters", "stopwords_min_cutoff": "stopwords",
    "flagged_words_max_cutoff": "flagged_words", "lang_id_min_cutoff": "lang_id",
}


@dataclasses.dataclass
class CulturaXMetricsParams:
    """`thresholds`: 'roots' (the published ROOTS values) or a thresholds YAML of the same shape;
    `wordlists_dir`: a folder with `stopwords/<lang>.txt` and `flagged_words/<lang>.txt`;
    `check_perplexity`: add the perplexity rule (needs a `perplexity` signal from an earlier stage);
    `check_lang_id`: add the file's lang_id cutoffs as a rule (the language-ID stage's rule is the one to use)."""

    thresholds: str = BUNDLED_THRESHOLDS
    wordlists_dir: str = RESOURCES
    check_perplexity: bool = False
    # the thresholds file's lang_id cutoffs as a rule here too; off by default, so that a document's language
    # score meets one threshold, the language-ID stage's own, which the config shows
    check_lang_id: bool = False


def thresholds_path(params: CulturaXMetricsParams) -> str:
    """The thresholds file the parameters name."""
    if params.thresholds == BUNDLED_THRESHOLDS:
        return os.path.join(RESOURCES, "roots_thresholds.yaml")
    return params.thresholds


def load_thresholds(path: str) -> dict[str, dict[str, Any]]:
    """Per-language parameters, each language's block completed from `default`."""
    with open(path, encoding="utf-8") as handle:
        raw = yaml.safe_load(handle) or {}
    if not isinstance(raw, dict) or not isinstance(raw.get("default"), dict):
        raise ValueError(f"{path}: a thresholds file is a mapping of languages with a 'default' block")
    default = raw["default"]
    return {language: {**default, **(block or {})} for language, block in raw.items()}


@lru_cache(maxsize=1)
def _special_lookup() -> np.ndarray:
    """For every code point: is it a special character (not a letter, not a mark)?"""
    table = np.ones(0x110000, dtype=bool)
    for code in range(0x110000):
        if unicodedata.category(chr(code))[0] in "LM":
            table[code] = False
    return table


def _code_points(text: str) -> np.ndarray:
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)


def character_repetition_ratio(text: str, n: int) -> float:
    """Share of the k most frequent character n-grams, k = min(floor(sqrt(#distinct)), #distinct − #singletons)."""
    points = _code_points(text)
    if len(points) < n:
        return 0.0
    _, counts = np.unique(_ngram_hashes(points.astype(np.uint64) + 1, n), return_counts=True)
    distinct = len(counts)
    singletons = int(np.count_nonzero(counts == 1))
    k = min(int(np.sqrt(distinct)), distinct - singletons)
    if k <= 0:
        return 0.0
    top = np.partition(counts, distinct - k)[distinct - k:]
    return float(top.sum() / counts.sum())


def word_repetition_ratio(words: Sequence[str], n: int) -> float:
    """Share of word n-grams (by occurrence) that occur more than once."""
    if len(words) < n:
        return 0.0
    vocabulary: dict[str, int] = {}
    ids = np.fromiter((vocabulary.setdefault(w, len(vocabulary) + 1) for w in words), dtype=np.uint64,
                      count=len(words))
    _, counts = np.unique(_ngram_hashes(ids, n), return_counts=True)
    return float(counts[counts > 1].sum() / counts.sum())


def _cutoff(block: dict[str, Any], key: str, op: str, switch: str) -> float:
    """A language's cutoff, or one no document reaches where its cond_check_* switch is off."""
    if not block.get(switch, True):
        return 0 if op == ">=" else PERMISSIVE_MAX
    return block[key]


def augmented(words: list[str], sizes: Sequence[int], join: str) -> list[str]:
    """ROOTS' word augmentation: the words plus every run of `size` consecutive words joined."""
    extra = [join.join(words[i:i + size]) for size in sizes for i in range(len(words) - size + 1)]
    return words + extra


class CulturaXMetrics(Stage):
    """Adds `metrics_words`, `metrics_char_rep_ratio`, `metrics_word_rep_ratio`, `metrics_special_chars_ratio`,
    `metrics_stopwords_ratio` and `metrics_flagged_words_ratio` (null for a language without a word list, and
    the stop-word ratio null for a language without its own block in the thresholds file)."""

    name = "culturax_metrics_v1"
    family = "metrics"
    needs = ("text", "language")
    provides = {
        "metrics_words": pa.int64(),
        "metrics_char_rep_ratio": pa.float32(),
        "metrics_word_rep_ratio": pa.float32(),
        "metrics_special_chars_ratio": pa.float32(),
        "metrics_stopwords_ratio": pa.float32(),
        "metrics_flagged_words_ratio": pa.float32(),
    }
    Params = CulturaXMetricsParams

    @classmethod
    def files_for(cls, params: CulturaXMetricsParams) -> dict[str, str]:
        path = thresholds_path(params)
        if not os.path.isfile(path):
            raise FileNotFoundError(f"culturax_metrics_v1: thresholds file '{path}' not found; use 'roots' (the "
                                    f"published ROOTS values) or a file written by jobs/calibrate.py")
        files = {"thresholds": path}
        for kind in ("stopwords", "flagged_words"):
            folder = os.path.join(params.wordlists_dir, kind)
            if os.path.isdir(folder):
                for name in sorted(os.listdir(folder)):
                    if name.endswith(".txt"):
                        files[f"{kind}/{name[:-4]}"] = os.path.join(folder, name)
        return files

    @classmethod
    def check_files(cls, files: Mapping[str, str]) -> None:
        load_thresholds(files["thresholds"])

    @classmethod
    def rules_for(cls, params: CulturaXMetricsParams) -> list[dict[str, Any]]:
        """The thresholds file as rules: the default block's cutoffs, per-language ones in `by_language`."""
        table = load_thresholds(thresholds_path(params))
        cutoffs = dict(CUTOFFS)
        if not params.check_lang_id:
            del cutoffs["lang_id_min_cutoff"]
        if params.check_perplexity:
            cutoffs["perplexity_max_cutoff"] = ("perplexity", "<=", "cond_check_perplexity")
        rules = []
        for key, (signal, op, switch) in cutoffs.items():
            values = {lang: _cutoff(block, key, op, switch) for lang, block in sorted(table.items())}
            default = values.pop("default")
            by_language = {lang: value for lang, value in values.items() if value != default}
            rules.append({"name": RULE_NAMES.get(key, "perplexity"), "signal": signal, "op": op, "value": default,
                          "by_language": by_language})
        return rules

    def __init__(self, params: CulturaXMetricsParams, files: Mapping[str, str]):
        super().__init__(params, files)
        self.table = load_thresholds(self.files["thresholds"])
        self.lists: dict[str, dict[str, frozenset[str]]] = {"stopwords": {}, "flagged_words": {}}
        for key, path in self.files.items():
            kind, _, language = key.partition("/")
            if kind in self.lists:
                with open(path, encoding="utf-8") as handle:
                    self.lists[kind][language] = frozenset(w.strip().lower() for w in handle if w.strip())

    def _settings(self, language: Optional[str]) -> dict[str, Any]:
        return self.table.get(language or "", self.table["default"])

    def annotate(self, batch: DocBatch) -> dict[str, Sequence[Any]]:
        out: dict[str, list[Any]] = {name: [] for name in self.provides}
        special = _special_lookup()
        for text, words, language in zip(batch.texts, batch.words, batch.column("language")):
            settings = self._settings(language)
            lowered = [w.lower() for w in words]
            out["metrics_words"].append(len(words))
            out["metrics_char_rep_ratio"].append(character_repetition_ratio(text, settings["character_repetition_length"]))
            out["metrics_word_rep_ratio"].append(word_repetition_ratio(lowered, settings["word_repetition_length"]))
            points = _code_points(text)
            out["metrics_special_chars_ratio"].append(float(special[points].mean()) if len(points) else 0.0)
            if settings.get("cond_words_augmentation"):
                lowered = augmented(lowered, settings["words_augmentation_group_sizes"],
                                    settings["words_augmentation_join_char"])
            elif language in UNSPACED_LANGUAGES:  # one token per character: lists match runs of 2-4 characters
                lowered = augmented(lowered, (2, 3, 4), "")
            for kind, column in (("stopwords", "metrics_stopwords_ratio"), ("flagged_words", "metrics_flagged_words_ratio")):
                words_of_kind = self.lists[kind].get(language or "")
                if words_of_kind is None or (kind in LANGUAGE_SPECIFIC and language not in self.table):
                    out[column].append(None)
                else:
                    out[column].append(sum(1 for w in lowered if w in words_of_kind) / len(lowered) if lowered else 0.0)
        return out
