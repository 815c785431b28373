"""n-gram estimation on Spark: the ARPA model KenLM loads equals an independent modified Kneser–Ney reference."""

from __future__ import annotations

import json
import math
import os
from collections import Counter, defaultdict

import kenlm
import pytest

from curate.config import InputSpec
from curate.training.lm import LmOptions, read_manifest, train_lm
from quality_model.kneser_ney import discounts
from quality_model.lm_text import LmTokenizer, normalize, sentences

TOY = [
    "the cat sat on the mat",
    "the dog sat on the log",
    "the cat saw the dog",
    "a dog saw a cat on the mat",
    "the mat was red",
    "the cat sat",
    "a cat",
    "the dog ran to the cat and the cat ran",
    "on the log sat a dog",
    "the red cat saw the red dog",
    "dog",
    "the cat sat on the log and the dog sat on the mat",
]


def reference_probability(corpus: list[list[str]], order: int):
    """An independent interpolated modified Kneser–Ney: raw counts → adjusted counts → recursion on dicts."""
    padded = [["<s>", *s, "</s>"] for s in corpus]
    adjusted: dict[int, Counter] = {order: Counter()}
    for sentence in padded:
        for i in range(len(sentence) - order + 1):
            adjusted[order][tuple(sentence[i:i + order])] += 1
    for n in range(order - 1, 0, -1):
        adjusted[n] = Counter()
        for gram in adjusted[n + 1]:
            adjusted[n][gram[1:]] += 1
        for sentence in padded:
            if len(sentence) >= n:
                adjusted[n][tuple(sentence[:n])] += 1
    del adjusted[1][("<s>",)]
    d = {}
    for n in adjusted:
        t = Counter(adjusted[n].values())  # counts of counts: t[k] n-grams with adjusted count exactly k
        d[n] = discounts([t[1], t[2], t[3], t[4]])[0]
    followers: dict[int, dict[tuple, list[int]]] = {n: defaultdict(list) for n in adjusted}
    for n, table in adjusted.items():
        for gram, a in table.items():
            followers[n][gram[:-1]].append(a)
    vocabulary = len(adjusted[1]) + 1  # + <unk>

    def probability(word: str, history: tuple) -> float:
        n = len(history) + 1
        context = followers[n].get(history)
        if not context:  # an unseen context backs off with weight 1
            return probability(word, history[1:]) if history else 0.0
        total = sum(context)
        gamma = sum(d[n][min(a, 3) - 1] for a in context) / total
        a = adjusted[n].get(history + (word,), 0)
        own = (a - d[n][min(a, 3) - 1]) / total if a else 0.0
        lower = probability(word, history[1:]) if n > 1 else 1.0 / vocabulary
        return own + gamma * lower

    return probability, {w for (w,) in adjusted[1]}


@pytest.fixture(scope="module")
def toy_model(spark, tmp_path_factory):
    folder = tmp_path_factory.mktemp("lm")
    corpus = folder / "toy.jsonl"
    corpus.write_text("".join(json.dumps({"text": line}) + "\n" for line in TOY))
    out = folder / "model"
    summary = train_lm(spark, [InputSpec(paths=[str(corpus)])], LmOptions(order=3), str(out))
    return out, summary


def test_toy_model_matches_reference(toy_model):
    out, summary = toy_model
    assert summary.sentences == len(TOY)
    model = kenlm.Model(str(out / "model.arpa"))
    assert model.order == 3
    probability, vocabulary = reference_probability([s.split() for s in TOY], 3)
    checked = 0
    for sentence in TOY + ["the cat sat on the red log", "a zebra saw the cat", "mat the on sat cat the"]:
        words = sentence.split()
        history = ("<s>",)
        for (log10_p, _, _), word in zip(model.full_scores(sentence), words + ["</s>"]):
            token = word if word in vocabulary else "<unk>"
            assert log10_p == pytest.approx(math.log10(probability(token, history[-2:])), abs=2e-6), (sentence, word)
            history += (token,)
            checked += 1
    assert checked > 90


def test_toy_model_is_normalised(toy_model):
    """Every context's distribution over the vocabulary (</s> and <unk> included) sums to 1 through KenLM."""
    out, _ = toy_model
    model = kenlm.Model(str(out / "model.arpa"))
    words = sorted({w for s in TOY for w in s.split()}) + ["</s>", "<unk>"]
    for history in [[], ["the"], ["the", "cat"], ["on", "the"], ["zebra"], ["cat", "mat"], ["dog", "sat"]]:
        state = kenlm.State()
        model.BeginSentenceWrite(state)
        for word in history:
            following = kenlm.State()
            model.BaseScore(state, word, following)
            state = following
        total = sum(10 ** model.BaseScore(state, w, kenlm.State()) for w in words)
        assert total == pytest.approx(1.0, abs=1e-5), history


def test_manifest_records_the_estimation(toy_model):
    out, summary = toy_model
    manifest = read_manifest(str(out))
    assert manifest["order"] == 3
    assert manifest["ngrams"] == summary.ngrams and len(manifest["ngrams"]) == 3
    assert manifest["tokenizer"] is None
    assert not os.path.exists(out / "_work")
    with open(out / "model.arpa", encoding="utf-8") as handle:
        head = handle.read(200)
    assert f"ngram 1={summary.ngrams[0]}" in head


def test_lm_text_normalisation_and_sentences():
    assert normalize("  Élan VITAL,  born 1987 — “quoted”  ") == 'elan vital, born 0000 - "quoted"'
    assert sentences("One here. Two there! Three? 四。五") == ["One here.", "Two there!", "Three?", "四。", "五"]
    assert LmTokenizer().tokens("Hello, world 42!") == ["hello", ",", "world", "00", "!"]
    assert LmTokenizer().tokens("中文abc") == ["中", "文", "abc"]


def test_sentencepiece_tokenizer_is_trained_and_shipped(spark, tmp_path):
    lines = [f"the {a} {b} sat on the {c} near {d}" for a in ("cat", "dog", "bird", "fox") for b in
             ("quickly", "slowly", "happily") for c in ("mat", "log", "chair", "table") for d in ("home", "river")]
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("".join(json.dumps({"text": line}) + "\n" for line in lines))
    summary = train_lm(spark, [InputSpec(paths=[str(corpus)])], LmOptions(order=2, sentencepiece_vocab=40),
                       str(tmp_path / "sp"))
    assert summary.tokenizer == "tokenizer.model"
    tokenizer = LmTokenizer((tmp_path / "sp" / "tokenizer.model").read_bytes())
    pieces = tokenizer.tokens("The cat sat on the mat")
    assert pieces and all(" " not in p for p in pieces) and any(p.startswith("▁") for p in pieces)
    model = kenlm.Model(str(tmp_path / "sp" / "model.arpa"))
    assert model.score(" ".join(pieces)) > model.score(" ".join(reversed(pieces)))
