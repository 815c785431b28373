"""Gopher, C4 and FineWeb stages and the shared tokenizer, without Spark, on hand-checked texts."""

from __future__ import annotations

import math

import pytest

from curate.config import StageSpec
from curate.io.records import RawDoc
from curate.registry import STAGES
from curate.executor.rules import CompiledRule, first_failures
from curate.executor.row_pass import LoadedPlan, RunPlan, process_documents
from filters.base import DocBatch, NoParams
from filters.c4 import C4Params, C4Quality
from filters.extract import ExtractParams
from filters.fineweb import FineWebQuality
from filters.gopher import GopherQuality, GopherQualityParams, GopherRepetition, duplicates
from filters.text import count_sentences, tokenize

PROSE = ("The history of the town goes back to the twelfth century, when a small market grew up beside the river. "
         "Over the years the market became a trading post, and merchants from the north came to sell wool and salt. "
         "Today the old square is surrounded by cafes, and the weekly market still takes place every Saturday morning.\n"
         "Visitors can walk along the river to the ruins of the castle, which was built to protect the bridge. "
         "The museum in the former town hall tells the story of the region with maps, tools and letters.\n"
         "In summer the town hosts a music festival that attracts people from all over the country. "
         "Local families open their gardens, and the streets fill with stalls that sell bread and cheese.")


def decide(stage_name: str, texts: list[str]) -> list[str | None]:
    """Run a stage alone with its published rules; the failing rule per text (None = kept)."""
    spec = StageSpec(stage=stage_name).resolved(stage_name)
    spec.check(stage_name)
    stage = STAGES[stage_name](spec.typed_params(), {})
    batch = DocBatch({"text": texts})
    columns = {**batch.columns, **stage.annotate(batch)}
    return first_failures([CompiledRule(spec.name, r) for r in spec.rules], columns, len(texts))


def test_tokenizer_splits_long_symbol_runs_simply():
    """A whitespace-free chunk longer than 64 characters that is not alphanumeric skips the careful edge rules
    (whose repeated initialism / dot-run scans grow with the chunk) and is split into runs of word characters and
    single symbols. How fast that is, is bench material; here: the split it must give. The careful rules would
    keep "a.a.….a." whole as an initialism."""
    assert tokenize("e.g.") == ["e.g."] and tokenize("x." * 3) == ["x.x.x."]  # short chunks: the careful rules
    assert tokenize("x." * 40) == ["x", "."] * 40  # 80 characters (first: a lost shortcut fails here, at once)
    assert tokenize("a." * 50_000 + ",." * 50_000 + " word" + ".," * 100_000) == (
        ["a", "."] * 50_000 + [",", "."] * 50_000 + ["word"] + [".", ","] * 100_000)


def test_tokenizer_shapes():
    assert tokenize("Hello, world! Don't stop—it's well-known e.g. the U.S. costs $5.00 (approx.)...") == [
        "Hello", ",", "world", "!", "Do", "n't", "stop", "—", "it", "'s", "well", "-", "known", "e.g.", "the",
        "U.S.", "costs", "$", "5.00", "(", "approx", ".", ")", "..."]
    assert tokenize("日本語です。Mixed 中文 text") == ["日", "本", "語", "で", "す", "。", "Mixed", "中", "文", "text"]
    assert tokenize("see www.example.com/a/b. and 30mph 1st") == ["see", "www.example.com/a/b", ".", "and", "30",
                                                                 "mph", "1st"]
    assert count_sentences(tokenize('One here. "Two there!" Three? no end')) == 4
    assert count_sentences(tokenize("Ends with a bracket (really.)")) == 1


def test_gopher_quality_signals_by_hand():
    stage = GopherQuality(GopherQualityParams(), {})
    text = "The cat and the dog ...\n- one item\n#tag of things"
    out = stage.annotate(DocBatch({"text": [text]}))
    tokens = tokenize(text)  # The cat and the dog ... - one item # tag of things
    assert len(tokens) == 13
    assert out["gopher_words"] == [10]  # tokens other than "...", "-", "#"
    assert out["gopher_mean_word_length"][0] == pytest.approx(sum(map(len, ["The", "cat", "and", "the", "dog", "one",
                                                                           "item", "tag", "of", "things"])) / 10)
    assert out["gopher_hash_ratio"] == [pytest.approx(1 / 13)]
    assert out["gopher_ellipsis_ratio"] == [pytest.approx(1 / 13)]
    assert out["gopher_bullet_lines_ratio"] == [pytest.approx(1 / 3)]
    assert out["gopher_end_ellipsis_lines_ratio"] == [pytest.approx(1 / 3)]
    assert out["gopher_alpha_words_ratio"] == [pytest.approx(10 / 13)]
    assert out["gopher_stop_words"] == [3]  # the, and, of


def test_gopher_quality_rules():
    hashes = " ".join(f"#tag{i} and the word" for i in range(40))
    bullets = "\n".join(f"• item number {i} of the list and more words here" for i in range(20))
    no_stop = " ".join(["lorem", "ipsum", "dolor", "sit", "amet"] * 20)
    assert decide("gopher_quality_v1", [PROSE, "too short for the rule", hashes, bullets, no_stop]) == [
        None, "gopher_quality.short_doc", "gopher_quality.too_many_hashes", "gopher_quality.too_many_bullets",
        "gopher_quality.few_stop_words"]


def test_gopher_repetition_signals_by_hand():
    assert duplicates(["a", "b", "a", "a"]) == (2, 2)
    stage = GopherRepetition(NoParams(), {})
    text = "x y\n\nx y\n\nz"
    out = stage.annotate(DocBatch({"text": [text]}))
    assert out["gopher_dup_para_frac"] == [pytest.approx(1 / 3)]
    assert out["gopher_dup_para_char_frac"] == [pytest.approx(3 / len(text))]
    assert out["gopher_dup_line_frac"] == [pytest.approx(1 / 3)]
    # tokens x y x y z: top 2-gram "x y" twice → 3 chars × 2
    assert out["gopher_top_2gram_char_frac"] == [pytest.approx(6 / len(text))]
    assert out["gopher_dup_5gram_char_frac"] == [0.0]
    repeated = " ".join(["alpha beta gamma delta epsilon"] * 4)
    out = stage.annotate(DocBatch({"text": [repeated]}))
    # greedy scan: the first 5-gram is new, positions 1..4 new, then each later window repeats and jumps by 5
    assert out["gopher_dup_5gram_char_frac"] == [pytest.approx(3 * len("alphabetagammadeltaepsilon") / len(repeated))]
    # one paragraph, one line: the paragraph and line rules hold (0 duplicates); the top 2-gram "alpha beta" occurs
    # 4 times, 10 characters joined with its space, over 4 × 30 + 3 = 123 characters: 40 / 123 ≈ 0.325 > 0.2,
    # so top_2gram is the first published rule (dup_para_frac, dup_para_char_frac, dup_line_frac,
    # dup_line_char_frac, top_2gram, …) it fails
    assert len(repeated) == 123
    assert out["gopher_top_2gram_char_frac"] == [pytest.approx(40 / 123)]
    assert out["gopher_dup_para_frac"] == [0.0] and out["gopher_dup_line_frac"] == [0.0]
    # "x y\n\nx y\n\nz": one of three paragraphs repeats, 1 / 3 > 0.3 fails the first rule, dup_para_frac
    assert decide("gopher_repetition_v1", [PROSE, repeated, text]) == [
        None, "gopher_repetition.top_2gram", "gopher_repetition.dup_para_frac"]


def _reference_repetition(tokens: list[str], size: int) -> dict[str, float]:
    """The Gopher n-gram signals from their definition, on n-grams as joined strings: the most frequent 2–4-gram
    (the first seen among equally frequent ones) × its count, and a word-by-word greedy scan that counts an
    n-gram seen before and jumps past it."""
    values = {}
    for n in (2, 3, 4):
        grams = [" ".join(tokens[i:i + n]) for i in range(len(tokens) - n + 1)]
        counts = {gram: grams.count(gram) for gram in grams}
        top = max(counts.values(), default=0)
        first = next((gram for gram in grams if counts[gram] == top), "")
        values[f"gopher_top_{n}gram_char_frac"] = len(first) * top / size if grams else 0.0
    for n in range(5, 11):
        seen, index, chars = set(), 0, 0
        while index + n <= len(tokens):
            gram = " ".join(tokens[index:index + n])
            if gram in seen:
                chars += len(gram.replace(" ", ""))
                index += n
            else:
                seen.add(gram)
                index += 1
        values[f"gopher_dup_{n}gram_char_frac"] = chars / size
    return values


def test_gopher_ngram_signals_equal_their_definition_on_dense_repeats():
    """Texts drawn from 2–6 words, so that nearly every n-gram repeats, many times and overlapping (the case the
    stage's narrowing of windows by size must get right), of 0–80 tokens, and the real-text case of a paragraph
    repeated with edits: each n-gram signal equals the plain definition's."""
    import random

    rng = random.Random(7)
    stage = GopherRepetition(NoParams(), {})
    texts = []
    for _ in range(400):
        vocabulary = ["a", "bb", "ccc", "dd", "e", "ffff"][:rng.randint(2, 6)]
        texts.append(" ".join(rng.choice(vocabulary) for _ in range(rng.randint(1, 80))))
    edited = PROSE.split()
    for _ in range(30):
        edited[rng.randrange(len(edited))] = rng.choice(edited)
        texts.append(" ".join(edited[:rng.randint(20, len(edited))] * rng.randint(1, 3)))
    out = stage.annotate(DocBatch({"text": texts}))
    for index, text in enumerate(texts):
        expected = _reference_repetition(tokenize(text), len(text))
        assert {name: out[name][index] for name in expected} == pytest.approx(expected, abs=1e-12), text


def test_tokenizer_whitespace_and_separators():
    """Runs split at every Unicode whitespace (no-break, ideographic, line separator …), but not at the ASCII
    information separators U+001C–U+001F, which str.split() would split at."""
    assert tokenize("one\u00a0two\u3000three\u2028four\x85five") == ["one", "two", "three", "four", "five"]
    assert tokenize("one\x1ctwo three") == ["one\x1ctwo", "three"]
    assert tokenize("mixed\u00a0中文\u3000text") == ["mixed", "中", "文", "text"]


def test_fineweb_signals_by_hand():
    text = "A full sentence here.\nshort\nAnother full sentence here!\nshort"
    out = FineWebQuality(NoParams(), {}).annotate(DocBatch({"text": [text]}))
    assert out["fineweb_line_punct_ratio"] == [0.5]
    assert out["fineweb_short_line_ratio"] == [1.0]  # every line is at most 30 characters
    assert out["fineweb_char_dup_ratio"] == [pytest.approx(5 / (len(text) - 3))]
    assert out["fineweb_list_ratio"] == [pytest.approx(3 / len(tokenize(text)))]
    assert decide("fineweb_quality_v1", [PROSE, text]) == [None, "fineweb_quality.short_line_ratio"]


def test_c4_rewrites_lines_and_flags_pages():
    stage = C4Quality(C4Params(), {})
    text = ("This line ends well and has words.\n"
            "no terminal punctuation here\n"
            "Two words.\n"
            "Please enable JavaScript to see this page.\n"
            "We use cookies, see our privacy policy.\n"
            "A citation follows here.[1]\n"
            "Last good line, with two sentences. Really it has.")
    out = stage.annotate(DocBatch({"text": [text, "Some words go here. Lorem ipsum dolor sit amet.", "Code {x} here."]}))
    assert out["text"][0] == ("This line ends well and has words.\nA citation follows here.\n"
                              "Last good line, with two sentences. Really it has.")
    assert out["c4_lines_removed"][0] == 4
    assert out["c4_chars_removed"][0] == len(text) - len(out["text"][0])
    assert out["c4_sentences"][0] == 4
    assert out["c4_lorem_ipsum"] == [0, 1, 0] and out["c4_curly_bracket"] == [0, 0, 1]
    # with the curly-bracket rule switched off, the page's lines are still cleaned
    code = "Please enable JavaScript to run this app.\nA good sentence is here.\nCall it as f() { return 1; } here."
    out = stage.annotate(DocBatch({"text": [code]}))
    assert out["c4_curly_bracket"] == [1] and out["text"] == ["A good sentence is here."]


EDGE_CASES = ["", "   \n\t  ", "😀🎉🔥 ✨✨ 💯", "#### $$$ %%% ---", "x" * 5_000_000, "word " * 1_000_000,
              "Mixed Latin текст 中文 العربية हिन्दी 日本語.\n\n\n", "\x00\x01 control \u200b chars"]


@pytest.mark.parametrize("stage_name", ["gopher_quality_v1", "gopher_repetition_v1", "c4_quality_v1", "refinement_v1",
                                        "chinese_web_text_v1",
                                        "fineweb_quality_v1", "length_v1"])
def test_edge_cases_give_defined_signals(stage_name):
    spec = StageSpec(stage=stage_name).resolved(stage_name)
    spec.check(stage_name)
    stage = STAGES[stage_name](spec.typed_params(), {})
    out = stage.annotate(DocBatch({"text": EDGE_CASES}))
    for column in stage.provides:
        values = out[column]
        assert len(values) == len(EDGE_CASES)
        for value in values:
            assert value is not None and not (isinstance(value, float) and math.isnan(value)), (column, values)


def test_fused_runner_gives_rewritten_text_only_to_survivors():
    specs = [StageSpec(stage="c4_quality_v1").resolved("test"), StageSpec(stage="length_v1", rules=[]).resolved("test")]
    for spec in specs:
        spec.check("test")
    plan = RunPlan(files=[], tasks=[], inputs=[], read=None, extract=ExtractParams(), stages=specs, stage_files={})
    keep = "\n".join(f"Sentence number {i} is a complete one." for i in range(6)) + "\nnot kept"
    short = "Only one sentence here.\nnot kept either"
    docs = [RawDoc(id="a", source="s", text=keep), RawDoc(id="b", source="s", text=short),
            RawDoc(id="c", source="s", drop_reason="read.invalid_json", text="{broken")]
    batch = process_documents(docs, LoadedPlan(plan)).to_pydict()
    assert batch["drop_reason"] == [None, "c4.too_few_sentences", "read.invalid_json"]
    assert batch["text"][0] == keep.rsplit("\n", 1)[0]  # the survivor gets the refined text
    assert batch["text"][1] == short  # the reject keeps the text it came with
    assert batch["c4_lines_removed"] == [1, 1, None]
    assert batch["n_words"][0] == len(keep.rsplit("\n", 1)[0].replace(".", " ").split())
    assert batch["n_words"][1] is None  # later stages never saw the dropped document


def test_refinement_removes_boilerplate_lines_and_short_trailing_lines():
    from filters.refinement import Refinement, RefinementParams

    text = ("Main Title Of The Article\n"
            "This paragraph is the real content of the page and it goes on for a while with many words.\n"
            "Please enable JavaScript to view the comments.\n"
            "We use cookies to improve your experience.\n"
            "Share this article\n"
            "Another long paragraph of real content that mentions that you can subscribe to many things in life.\n"
            "© 2024 Example Corp. All rights reserved.\n"
            "Home | About\n"
            "Contact")
    stage = Refinement(RefinementParams(), {})
    out = stage.annotate(DocBatch({"text": [text, "Just a footer\nmenu"]}))
    assert out["text"][0].split("\n") == [
        "Main Title Of The Article",
        "This paragraph is the real content of the page and it goes on for a while with many words.",
        "Another long paragraph of real content that mentions that you can subscribe to many things in life."]
    assert out["refine_lines_removed"] == [6, 2]
    assert out["refine_lines_kept"] == [3, 0]
    assert out["refine_chars_removed"][0] == len(text) - len(out["text"][0])
    recipe = "Bake the chocolate chip cookie dough for twelve minutes.\n\nLet the cookies cool before serving them."
    paragraphs = stage.annotate(DocBatch({"text": [recipe]}))
    assert paragraphs["text"] == [recipe] and paragraphs["refine_chars_removed"] == [0]  # paragraphs and cookies stay
    assert decide("refinement_v1", ["Just a footer\nmenu"]) == ["refine.empty"]
    strict = Refinement(RefinementParams(min_words_per_line=6, c4_line_rules=True), {})
    assert strict.annotate(DocBatch({"text": [text]}))["text"][0].count("\n") == 1  # the title has no end punctuation


def test_chinese_web_text_signals_and_simplification(tmp_path):
    from filters.chinese import ChineseParams, ChineseWebText, duplicated_ngram_ratio

    words = tmp_path / "sensitive.txt"
    words.write_text("赌博\n色情\n")
    params = ChineseParams(sensitive_words=["诈骗"], sensitive_words_file=str(words), to_simplified=True)
    stage = ChineseWebText(params, ChineseWebText.files_for(params))
    simplified = "这是一个简单的中文句子，用来测试过滤规则。\n第二行也是中文内容，没有问题。"
    traditional = "這是一個繁體中文的句子，軟體與記憶體。"
    spam = "赌博网站 色情 诈骗\n赌博"
    out = stage.annotate(DocBatch({"text": [simplified, traditional, spam]}))
    assert out["zh_length"][0] == len(simplified) - 1
    assert out["zh_han_ratio"][0] == pytest.approx(sum(1 for c in simplified if "\u4e00" <= c <= "\u9fff")
                                                   / (len(simplified) - 1))
    assert out["zh_traditional_ratio"][0] == 0.0 and out["zh_traditional_ratio"][1] > 0.3
    assert out["text"][1] == "这是一个繁体中文的句子，软体与记忆体。"  # converted by OpenCC
    assert out["zh_sensitive_per_line"][2] == pytest.approx(4 / 2)
    # 39 characters, 27 13-grams; the 13 of the first period are new, the 14 after it repeat them
    assert duplicated_ngram_ratio("一二三四五六七八九十甲乙丙" * 3, 13) == pytest.approx(14 / 27)
    assert decide("chinese_web_text_v1", [simplified]) == ["zh.min_length"]
