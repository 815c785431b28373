"""CulturaX / ROOTS metrics checked against direct implementations of their definitions, and the thresholds file."""

from __future__ import annotations

import math
from collections import Counter

import pytest

from curate.config import StageSpec
from curate.executor.rules import CompiledRule
from filters.base import DocBatch
from filters.metrics import CulturaXMetrics, CulturaXMetricsParams, character_repetition_ratio, word_repetition_ratio

TEXTS = [
    "The quick brown fox jumps over the lazy dog. The quick brown fox jumps over the lazy dog again and again.",
    "abcabcabcabcabcabc xyz",
    "Buy now!!! $$$ 100% FREE!!! Click here >>> www.example.com <<< 1234567890",
    "这是一个简单的中文句子，我们的测试就是这样。这是一个简单的中文句子。",
]


def roots_char_rep(text: str, n: int) -> float:
    """The ROOTS definition, written out plainly."""
    freq = sorted(Counter(text[i:i + n] for i in range(len(text) - n + 1)).values(), reverse=True)
    if not freq:
        return 0.0
    k = min(int(math.sqrt(len(freq))), len(freq) - sum(1 for f in freq if f == 1))
    return sum(freq[:k]) / sum(freq) if k > 0 else 0.0


def roots_word_rep(words: list[str], n: int) -> float:
    freq = Counter(" ".join(words[i:i + n]) for i in range(len(words) - n + 1)).values()
    return sum(f for f in freq if f > 1) / sum(freq) if freq else 0.0


@pytest.mark.parametrize("n", [3, 5, 10])
def test_character_repetition_matches_the_definition(n):
    for text in TEXTS + ["", "a" * 50, "ab" * 3]:
        assert character_repetition_ratio(text, n) == pytest.approx(roots_char_rep(text, n))


def test_word_repetition_matches_the_definition():
    words = TEXTS[0].lower().split()
    for n in (2, 5, 7):
        assert word_repetition_ratio(words, n) == pytest.approx(roots_word_rep(words, n))
    assert word_repetition_ratio(["a", "b"], 5) == 0.0


@pytest.fixture(scope="module")
def stage():
    params = CulturaXMetricsParams()
    return CulturaXMetrics(params, CulturaXMetrics.files_for(params))


def test_signals(stage):
    out = stage.annotate(DocBatch({"text": TEXTS, "language": ["en", "en", "en", "zh"]}))
    assert out["metrics_words"][0] == 21
    assert out["metrics_char_rep_ratio"][0] == pytest.approx(roots_char_rep(TEXTS[0], 10))
    assert out["metrics_char_rep_ratio"][3] == pytest.approx(roots_char_rep(TEXTS[3], 3))  # zh: n = 3
    special = sum(1 for c in TEXTS[2] if not c.isalpha())
    assert out["metrics_special_chars_ratio"][2] == pytest.approx(special / len(TEXTS[2]))
    stop = {"the", "over", "and", "again"}
    words = TEXTS[0].lower().replace(".", " ").split()
    assert out["metrics_stopwords_ratio"][0] == pytest.approx(sum(w in stop for w in words) / len(words))
    assert out["metrics_flagged_words_ratio"][0] == 0.0
    assert out["metrics_stopwords_ratio"][3] > 0  # zh: characters and their pairs against spaCy's list


def test_languages_without_lists_or_thresholds_get_no_stopword_signal(stage):
    """fr has a ROOTS block and a stop-word list; de a list but no block (the default block's 0.1 was never set
    for it); fi no stop-word list; sw no lists at all."""
    out = stage.annotate(DocBatch({"text": ["Ceci est une phrase.", "Dies ist ein Satz.", "Tämä on lause.",
                                            "Hii ni sentensi."], "language": ["fr", "de", "fi", "sw"]}))
    assert out["metrics_stopwords_ratio"][0] is not None and out["metrics_flagged_words_ratio"][0] is not None
    assert out["metrics_stopwords_ratio"][1] is None and out["metrics_flagged_words_ratio"][1] is not None
    assert out["metrics_stopwords_ratio"][2] is None and out["metrics_flagged_words_ratio"][2] is not None
    assert out["metrics_stopwords_ratio"][3] is None and out["metrics_flagged_words_ratio"][3] is None


def test_thresholds_become_rules():
    spec = StageSpec(stage="culturax_metrics_v1").resolved("metrics")
    spec.check("metrics")
    rules = {r.name: r for r in spec.rules}
    assert list(rules) == ["min_words", "max_words", "char_repetition", "word_repetition", "special_characters",
                           "stopwords", "flagged_words"]  # the language score has one threshold: LID's own
    assert rules["char_repetition"].value == 0.2 and rules["char_repetition"].by_language["en"] == 0.106
    assert rules["min_words"].by_language["zh"] == 1 and rules["stopwords"].by_language["en"] == 0.3
    spec = StageSpec(stage="culturax_metrics_v1", params={"check_lang_id": True}).resolved("metrics")
    spec.check("metrics")
    rules = {r.name: r for r in spec.rules}
    assert rules["lang_id"].signal == "language_score" and rules["lang_id"].by_language["bn"] == 0.95


def test_calibrated_file_and_switches(tmp_path):
    path = tmp_path / "mine.yaml"
    path.write_text("default: {number_words_min_cutoff: 5, number_words_max_cutoff: 10, character_repetition_length: 4,"
                    " character_repetition_max_cutoff: 0.5, word_repetition_length: 3, word_repetition_max_cutoff: 0.5,"
                    " special_characters_max_cutoff: 0.5, stopwords_min_cutoff: 0.2, flagged_words_max_cutoff: 0.1,"
                    " lang_id_min_cutoff: 0.5}\nde: {cond_check_stopwords: false}\n"
                    "fr: {cond_check_number_words: false}\n")
    spec = StageSpec(stage="culturax_metrics_v1", params={"thresholds": str(path)}).resolved("metrics")
    spec.check("metrics")
    rules = {r.name: r for r in spec.rules}
    assert rules["stopwords"].value == 0.2 and rules["stopwords"].by_language == {"de": 0}
    assert rules["min_words"].value == 5 and rules["min_words"].by_language == {"fr": 0}
    assert rules["max_words"].value == 10 and set(rules["max_words"].by_language) == {"fr"}
    # a switched-off check passes every document, however many words or few stop words it has; the others apply
    # the default block's cutoffs (5 to 10 words, a stop-word share of at least 0.2)
    params = CulturaXMetricsParams(thresholds=str(path))
    stage = CulturaXMetrics(params, CulturaXMetrics.files_for(params))
    no_stop_words = "xylophon zebra quark banane tisch lampe"  # 6 words, in neither stop-word list
    documents = [(no_stop_words, "de"), (no_stop_words, "fr"), ("le chat", "fr"), ("der hund", "de"),
                 ("le chat " * 20, "fr"), ("der hund " * 20, "de")]
    out = stage.annotate(DocBatch({"text": [t for t, _ in documents], "language": [lang for _, lang in documents]}))
    assert out["metrics_words"] == [6, 6, 2, 2, 40, 40]
    assert out["metrics_stopwords_ratio"] == [0.0, 0.0, 0.5, 0.5, 0.5, 0.5]  # le / der: 1 word in 2
    checks = {name: CompiledRule("metrics", rules[name]) for name in ("min_words", "max_words", "stopwords")}
    failed = [{name for name, rule in checks.items() if not rule.holds(out[rule.signal][i], language)}
              for i, (_, language) in enumerate(documents)]
    assert failed == [set(), {"stopwords"}, set(), {"min_words"}, set(), {"max_words"}]
    assert checks["max_words"].holds(10 ** 15, "fr") and not checks["max_words"].holds(11, "de")


EDGE_CASES = ["", "   \n\t  ", "😀🎉🔥 ✨✨ 💯", "#### $$$ %%% ---", "x" * 5_000_000,
              "Mixed Latin текст 中文 العربية हिन्दी 日本語.\n\n\n"]


def test_edge_cases(stage):
    out = stage.annotate(DocBatch({"text": EDGE_CASES, "language": ["en"] * len(EDGE_CASES)}))
    for column, values in out.items():
        for value in values:
            assert value is not None and not math.isnan(value), (column, values)
    assert out["metrics_char_rep_ratio"][4] == 1.0  # one 10-gram repeated throughout


def test_unspaced_languages_match_multi_character_list_entries(stage):
    import regex

    flagged = sorted(w for w in stage.lists["flagged_words"]["ja"]
                     if 2 <= len(w) <= 4 and regex.fullmatch(r"[\p{Han}\p{Hiragana}\p{Katakana}]+", w))[:3]
    assert len(flagged) == 3
    out = stage.annotate(DocBatch({"text": ["".join(flagged)], "language": ["ja"]}))
    assert out["metrics_flagged_words_ratio"][0] > 0
