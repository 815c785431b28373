"""Each stage on its own, without Spark: real fastText lid.176, real trafilatura, the rules."""

from __future__ import annotations

import json

import pytest

from curate.config import RuleSpec
from curate.executor.rules import CompiledRule, first_failures
from filters.base import DocBatch, NoParams
from filters.extract import ExtractParams, HtmlExtractor
from filters.language import LanguageId, LanguageIdParams
from filters.length import Length
from tests.conftest import DATA, heavy_html


@pytest.fixture(scope="module")
def lid():
    params = LanguageIdParams()
    return LanguageId(params, LanguageId.files_for(params))


def test_language_id_on_known_sentences(lid):
    texts = [
        "The committee will publish its final report on the housing market next week.",
        "Die Kommission wird ihren Abschlussbericht über den Wohnungsmarkt nächste Woche veröffentlichen.",
        "La commission publiera son rapport final sur le marché du logement la semaine prochaine.",
        "委員会は来週、住宅市場に関する最終報告書を公表する予定です。",
        "委员会将于下周发布关于住房市场的最终报告。",
        "",
        "   \n  ",
    ]
    out = lid.annotate(DocBatch({"text": texts}))
    assert out["language"] == ["en", "de", "fr", "ja", "zh", "und", "und"]
    assert all(0.5 < s <= 1.0 for s in out["language_score"][:5])
    assert out["language_score"][5:] == [0.0, 0.0]


def test_language_id_prepares_text_as_fasttext_reads_it(lid):
    """Line breaks become spaces and nothing else changes: non-breaking and ideographic spaces stay in their
    words, as fastText (which splits on ASCII whitespace only) sees them in a line of its own input."""
    texts = ["Ceci est une phrase\u00a0avec des espaces\u00a0insécables.\nEt une deuxième ligne\u3000ici.",
             "Das ist ein Satz.\r\nUnd\u2009noch einer."]
    out = lid.annotate(DocBatch({"text": texts}))
    for text, language, score in zip(texts, out["language"], out["language_score"]):
        labels, probabilities = lid.model.predict(text.replace("\r", " ").replace("\n", " "), k=1)
        assert (language, score) == (labels[0][len("__label__"):], min(1.0, float(probabilities[0])))


def test_language_id_reads_multiline_text(lid):
    text = "Ceci est la première ligne.\nEt voici une deuxième ligne, toujours en français.\n\nFin."
    assert lid.annotate(DocBatch({"text": [text]}))["language"] == ["fr"]


def test_length_signals_and_char_languages():
    stage = Length(NoParams(), {})
    texts = ["one two, three!\n\nfour five\n", "日本語の文章です。\n二行目", ""]
    out = stage.annotate(DocBatch({"text": texts}))
    assert out["n_words"] == [5, 11, 0]  # punctuation is not a word; unspaced scripts count characters
    assert out["n_lines"] == [2, 2, 0]
    assert out["n_chars"] == [len(t) for t in texts]
    assert out["max_line_chars"] == [15, 9, 0]
    assert out["mean_line_chars"][0] == pytest.approx(12.0)
    assert out["mean_line_chars"][2] == 0.0


def test_docbatch_subset_keeps_computed_views():
    batch = DocBatch({"text": ["a b\nc", "d", "e f g"], "x": [1, 2, 3]})
    tokens = batch.tokens
    child = batch.subset([0, 2])
    assert child.columns == {"text": ["a b\nc", "e f g"], "x": [1, 3]}
    assert child.__dict__["tokens"] == [tokens[0], tokens[2]]  # carried over, not split again
    child.replace_texts(["new text", "other"])
    assert "tokens" not in child.__dict__ and child.words == [["new", "text"], ["other"]]


@pytest.mark.parametrize("engine", ["trafilatura", "resiliparse"])
def test_extraction_keeps_main_text_and_drops_boilerplate(engine):
    gold = json.loads((DATA / "html" / "gold.json").read_text())
    extractor = HtmlExtractor(ExtractParams(engine=engine))
    for name, expected in gold.items():
        html = (DATA / "html" / name).read_bytes()
        text, reason = extractor.extract(html, expected["url"])
        assert reason is None, name
        found = sum(snippet in text for snippet in expected["with"])
        assert found >= len(expected["with"]) - 1, (name, expected["with"])
        leaked = sum(snippet in text for snippet in expected["without"])
        # Resiliparse keeps more boilerplate (README "Crawl path": gold-snippet precision 0.81 against 0.92)
        assert leaked <= (1 if engine == "trafilatura" else 2), (name, expected["without"])


def test_the_engines_are_different_extractors():
    """The engine switch reaches the library: Resiliparse separates blocks with blank lines, trafilatura not."""
    page = (DATA / "html" / "fairkom.eu.about.html").read_bytes()
    texts = {engine: HtmlExtractor(ExtractParams(engine=engine)).extract(page)[0] for engine in ("trafilatura",
                                                                                                  "resiliparse")}
    assert "\n\n" in texts["resiliparse"] and "\n\n" not in texts["trafilatura"]


def test_extraction_guards_report_reasons():
    page = (DATA / "html" / "laviedesidees.fr.evaluation.html").read_bytes()
    assert HtmlExtractor(ExtractParams(max_html_bytes=1000)).extract(page) == (None, "too_large")
    assert HtmlExtractor(ExtractParams()).extract(b"<html><head><script>var x = 1;</script></head><body></body></html>") == (None, "no_text")
    huge = heavy_html()
    params = ExtractParams(max_html_bytes=len(huge) + 1, timeout_s=0.5)
    assert HtmlExtractor(params).extract(huge) == (None, "timeout")


@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")  # the finaliser's ignored raises
def test_a_timeout_that_lands_in_a_finaliser_is_raised_again():
    """Python ignores an exception raised inside a finaliser (py4j's weakref callbacks run at any garbage
    collection): a timeout that lands there must fire again, not let the page run on. The stand-in extractor
    collects an object whose finaliser outlasts the timeout, then works for 3 s."""
    import time

    class SlowToCollect:
        def __del__(self):
            until = time.monotonic() + 0.3
            while time.monotonic() < until:  # the timer's first signals arrive here and are ignored
                pass

    def slow_extract(html, **options):
        SlowToCollect()
        until = time.monotonic() + 3
        while time.monotonic() < until:
            pass
        return "text"

    extractor = HtmlExtractor(ExtractParams(timeout_s=0.1))
    extractor._extract = slow_extract
    started = time.monotonic()
    assert extractor.extract(b"<p>page</p>") == (None, "timeout")
    assert time.monotonic() - started < 2


def _rule(name, signal, op, value, by_language=None):
    return CompiledRule("s", RuleSpec(name=name, signal=signal, op=op, value=value, by_language=by_language or {}))


def test_rules_first_failure_and_per_language_thresholds():
    rules = [
        _rule("allowed", "language", "in", ["en", "de", "ja"]),
        _rule("min_score", "language_score", ">=", 0.8, {"de": 0.3}),
        _rule("min_words", "n_words", ">=", 10),
    ]
    columns = {
        "language": ["en", "de", "fr", "en", "ja", "en"],
        "language_score": [0.9, 0.4, 0.99, 0.5, 0.9, None],
        "n_words": [20, 20, 20, 5, 3, 50],
    }
    # a missing signal means the rule does not apply
    assert first_failures(rules, columns, 6) == [None, None, "s.allowed", "s.min_score", "s.min_words", None]


def test_rule_type_mismatch_fails_closed():
    assert not _rule("r", "x", ">=", 3).holds("text", None)
    assert _rule("r", "x", "not_in", ["a"]).holds("b", None)
