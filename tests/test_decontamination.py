"""Benchmark decontamination: verbatim and lightly edited items are found, unrelated text is not."""

from __future__ import annotations

import gzip
import json

from filters.decontamination import BenchmarkIndex, BenchmarkSpec, DecontaminationParams, load_items, words

QUESTIONS = [
    {"id": "q1", "question": "Natalia sold clips to 48 of her friends in April, and then she sold half as many clips "
                             "in May. How many clips did Natalia sell altogether in April and May?"},
    {"id": "q2", "question": "Weng earns $12 an hour for babysitting. Yesterday, she just did 50 minutes of "
                             "babysitting. How much did she earn?"},
]
TURNS = [{"question_id": 81, "turns": ["Compose an engaging travel blog post about a recent trip to Hawaii.",
                                       "Rewrite your previous response starting every sentence with A."]}]


def index(tmp_path, **params) -> BenchmarkIndex:
    (tmp_path / "gsm.jsonl").write_text("".join(json.dumps(q) + "\n" for q in QUESTIONS))
    with gzip.open(tmp_path / "mt.jsonl.gz", "wt") as handle:
        handle.write("".join(json.dumps(t) + "\n" for t in TURNS))
    gsm = load_items(BenchmarkSpec("gsm8k", [str(tmp_path / "gsm.jsonl")], ["question"], "id"))
    mt = load_items(BenchmarkSpec("mt_bench", [str(tmp_path / "mt.jsonl.gz")], ["turns"], "question_id"))
    return BenchmarkIndex([("gsm8k", gsm), ("mt_bench", mt)], DecontaminationParams(**params))


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
