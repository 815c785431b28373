"""Benchmark decontamination: verbatim and lightly edited items are found, unrelated text is not."""

from __future__ import annotations

import gzip
import json

from filters.base import DocBatch
from filters.decontamination import (BenchmarkIndex, BenchmarkSpec, Decontamination, DecontaminationParams,
                                     informative_words, load_items, words)

QUESTIONS = [
    {"id": "q1", "question": "Natalia sold clips to 48 of her friends in April, and then she sold half as many clips "
                             "in May. How many clips did Natalia sell altogether in April and May?"},
    {"id": "q2", "question": "Weng earns $12 an hour for babysitting. Yesterday, she just did 50 minutes of "
                             "babysitting. How much did she earn?"},
]
TURNS = [{"question_id": 81, "turns": ["Compose an engaging travel blog post about a recent trip to Hawaii.",
                                       "Rewrite your previous response starting every sentence with A."]}]
# short items: 4 informative words ("who" and "the" are stop words), 2 ("what" is one), none (numbers, one-letter
# variables and symbols), and one that is long but only numbers
SHORT = [
    {"question": "Who wrote the novel Moby Dick?"},
    {"question": "What causes thunder?"},
    {"question": "P(X = 2, 3, 4, 5, 6, 7)"},
    {"question": "What is 2 + 3?"},
    {"question": "f([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]) == 105"},
]


def index(tmp_path, **params) -> BenchmarkIndex:
    (tmp_path / "gsm.jsonl").write_text("".join(json.dumps(q) + "\n" for q in QUESTIONS))
    with gzip.open(tmp_path / "mt.jsonl.gz", "wt") as handle:
        handle.write("".join(json.dumps(t) + "\n" for t in TURNS))
    gsm = load_items(BenchmarkSpec("gsm8k", [str(tmp_path / "gsm.jsonl")], ["question"], "id"))
    mt = load_items(BenchmarkSpec("mt_bench", [str(tmp_path / "mt.jsonl.gz")], ["turns"], "question_id"))
    return BenchmarkIndex([("gsm8k", gsm), ("mt_bench", mt)], DecontaminationParams(**params))


def short_index(tmp_path, rows=SHORT, **params) -> BenchmarkIndex:
    (tmp_path / "short.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    items = load_items(BenchmarkSpec("nq", [str(tmp_path / "short.jsonl")], ["question"]))
    return BenchmarkIndex([("nq", items)], DecontaminationParams(**params))


def test_verbatim_items_are_found_whatever_the_case_and_spacing(tmp_path):
    found = index(tmp_path).find("Please help.\n\nWENG EARNS $12 an  hour for babysitting. yesterday,\nshe just "
                                 "did 50 minutes of babysitting. How much did she earn? Thanks")
    assert (found.benchmark, found.item, found.how) == ("gsm8k", "q2", "ngram")
    short = index(tmp_path).find("compose an engaging travel blog post about a recent trip to hawaii!!")
    assert (short.benchmark, short.item) == ("mt_bench", "81")  # shorter than 13 words: matched whole


def test_edited_items_are_found_by_the_fuzzy_match_only(tmp_path):
    edited = ("Natalia sold pens to 48 of her friends in March, and then she sold half as many pens in May. "
              "How many pens did Natalia sell altogether in March and May?")
    assert index(tmp_path, fuzzy=False).find(edited) is None  # no 13 words survive unchanged
    found = index(tmp_path).find("Question: " + edited)
    assert (found.item, found.how) == ("q1", "fuzzy") and found.similarity >= 0.75


def test_unrelated_text_is_clean(tmp_path):
    built = index(tmp_path)
    assert built.find("Natalia sold her bicycle in April. The weather in May was warm and she went hiking.") is None
    assert built.find("How much did she earn? I do not know.") is None
    assert built.find("") is None
    assert words("Élan, VITAL 12-3") == ["élan", "vital", "12", "3"]


def test_informative_words_leave_out_stop_words_numbers_symbols_and_single_letters():
    assert informative_words(words("Who wrote the novel Moby Dick?")) == {"wrote", "novel", "moby", "dick"}
    assert informative_words(words("P(X = 2, 3, 4, 5, 6, 7)")) == set()
    assert informative_words(words("Don't stop; it isn't 42 x 3d!")) == {"stop", "3d"}


def test_a_short_item_is_found_as_the_whole_prompt_a_line_or_a_sentence(tmp_path):
    built = short_index(tmp_path)
    for text in ("Who wrote the novel Moby Dick?",  # the whole prompt
                 "  WHO WROTE THE NOVEL MOBY-DICK  ",
                 "Answer these, please.\nwho wrote the novel moby dick\nThanks!",  # a line
                 "I have a quiz tomorrow. Who wrote the novel Moby Dick? Also, name three whales.",  # a sentence
                 "Question: Who wrote the novel Moby Dick?\nAnswer:"):  # a sentence after a label
        found = built.find(text)
        assert found is not None, text
        assert (found.benchmark, found.item, found.how, found.similarity) == ("nq", "short.jsonl:0", "unit", 1.0)
    # an item with two informative words is found whole ...
    found = built.find("Quick science quiz:\nWhat causes thunder?\n")
    assert (found.item, found.how) == ("short.jsonl:1", "unit")


def test_a_short_item_with_one_word_edited_is_found_as_a_unit(tmp_path):
    built = short_index(tmp_path)
    six = 6  # words in "who wrote the novel moby dick"
    for text, similarity in (("Who wrote the book Moby Dick?", (six - 1) / six),  # substituted
                             ("Tell me.\nWho really wrote the novel Moby Dick?", six / (six + 1)),  # inserted
                             ("I wonder. Who wrote novel Moby Dick?", (six - 1) / six)):  # dropped
        found = built.find(text)
        assert found is not None, text
        assert (found.item, found.how) == ("short.jsonl:0", "near")
        assert abs(found.similarity - similarity) < 1e-3
    # ... but with two informative words, only verbatim: one edit could be another question
    assert built.find("What causes lightning?") is None
    assert built.find("Who wrote the poem Moby Dick again?") is None  # two edits


def test_a_short_item_inside_a_longer_sentence_is_not_found(tmp_path):
    built = short_index(tmp_path)
    assert built.find("My friend asked me who wrote the novel Moby Dick yesterday at lunch.") is None
    assert built.find("Explain what causes thunder and lightning in summer storms.") is None
    assert built.find("The class discussed who wrote the book Moby Dick and why.") is None


def test_numbers_and_symbols_never_match(tmp_path):
    built = short_index(tmp_path)
    for text in ("P(X = 2, 3, 4, 5, 6, 7)", "What is 2 + 3?", "what is 2 3",
                 "f([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]) == 105",
                 "Compute f([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]) == 105 please"):
        assert built.find(text) is None, text


def test_an_ngram_needs_informative_words(tmp_path):
    row = {"question": "Find the sum 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 of these numbers for the homework "
                       "assignment"}
    built = short_index(tmp_path, [row])
    assert built.find(row["question"]).how == "ngram"
    # 17 of its 25 words in order ("the sum 1 … 16"), but "sum" its only informative word: no n-gram, no fuzzy match
    assert built.find("What is the sum 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 today?") is None


def test_a_common_phrasing_does_not_fuzzy_match_unrelated_text(tmp_path):
    row = {"question": "What are the main differences between the economy of France and the economy of Spain today?"}
    built = short_index(tmp_path, [row])
    edited = "What are the main differences between the economy of Italy and the economy of Spain today?"
    assert built.find(edited).how == "fuzzy"  # the tenth word changed (no 13-gram left): 15 of 16 words, 5 of 6
    # informative ones
    # 12 of its 16 words in order (0.75), but 3 of its 6 informative words: another question
    unrelated = "What are the main differences between the climate of Brazil and the climate of Chile today?"
    assert built.find(unrelated) is None


def test_items_never_matched_are_listed(tmp_path):
    built = short_index(tmp_path)
    assert built.unmatchable_count == 3
    assert built.unmatchable == [("nq", "short.jsonl:2", SHORT[2]["question"]),
                                 ("nq", "short.jsonl:3", SHORT[3]["question"]),
                                 ("nq", "short.jsonl:4", SHORT[4]["question"])]
    assert [built.level(r["question"]) for r in SHORT] == [2, 1, 0, 0, 0]


def test_the_column_lists_every_item_with_the_same_wording(tmp_path):
    (tmp_path / "a.jsonl").write_text(json.dumps({"id": "q1", "question": "Who wrote the novel Moby Dick?"}) + "\n"
                                      + json.dumps({"id": "q2", "question": "Who painted the Mona Lisa?"}) + "\n")
    (tmp_path / "b.jsonl").write_text(json.dumps({"question_id": 115, "turns": ["who wrote the novel moby dick",
                                                                                "Explain your answer."]}) + "\n"
                                      + json.dumps({"question_id": 116, "turns": ["WHO WROTE THE NOVEL MOBY DICK!"]})
                                      + "\n")
    params = DecontaminationParams(fields=["prompt_text"], benchmarks=[
        BenchmarkSpec("gsm8k", [str(tmp_path / "a.jsonl")], ["question"], "id"),
        BenchmarkSpec("mt_bench", [str(tmp_path / "b.jsonl")], ["turns"], "question_id")])
    stage = Decontamination(params, Decontamination.files_for(params))
    batch = DocBatch({"text": ["x", "x", "x"],
                      "prompt_text": ["Quiz:\nWho wrote the novel Moby Dick?", "Who painted the Mona Lisa?",
                                      "Who painted the sunflowers?"]})
    columns = stage.annotate(batch)
    assert columns["contamination"] == ["gsm8k/q1; mt_bench/115; mt_bench/116 (unit, 1.00)",
                                        "gsm8k/q2 (unit, 1.00)", ""]
    assert columns["contamination_benchmark"] == ["gsm8k", "gsm8k", ""]
