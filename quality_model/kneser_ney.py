"""The arithmetic of interpolated modified Kneser–Ney (Chen & Goodman 1998; KenLM's `lmplz`), without Spark.

`curate/training/lm.py` estimates a model on Spark with these pieces; `sentence_ngrams` is what each sentence adds,
`discounts` turns counts of counts into the three discounts of an order, `arpa_entry` writes one line.

Adjusted counts: an n-gram of the highest order, or one that starts with `<s>`, counts its occurrences;
any other n-gram counts the distinct words seen before it (its continuation count). Then, for a context h
with adjusted counts a(h w) summing to A(h):

    p(w | h) = (a(h w) − D(a(h w))) / A(h)  +  γ(h) · p(w | h′),    γ(h) = (D1·N1(h) + D2·N2(h) + D3+·N3+(h)) / A(h)

where h′ is h without its first word and N1/N2/N3+ count the words that follow h with adjusted count 1, 2,
3 or more. Unigrams interpolate with the uniform distribution over the vocabulary (`<unk>` included,
`<s>` excluded: it is never predicted). In ARPA, an n-gram's probability is p(w | h) and its backoff is
γ of the n-gram as a context; KenLM's backoff rule then gives exactly the interpolated model.
"""

from __future__ import annotations

from typing import Iterator, Sequence

from quality_model.lm_text import BOS, EOS

FALLBACK_DISCOUNTS = (0.5, 1.0, 1.5)  # lmplz --discount_fallback: for orders whose counts of counts cannot give discounts
NO_PROBABILITY = -99.0  # ARPA's log10 probability of <s>, which is never predicted


def sentence_ngrams(tokens: Sequence[str], order: int) -> Iterator[tuple[int, str]]:
    """The n-grams one sentence contributes raw counts to: (n, n-gram joined by spaces).

    All windows of the highest order, and the sentence's first n tokens for every lower n (the n-grams that
    start with `<s>`, which keep raw counts); a sentence shorter than the order gives its whole padded self.
    """
    padded = [BOS, *tokens, EOS]
    length = len(padded)
    for start in range(0, length - order + 1):
        yield order, " ".join(padded[start:start + order])
    for n in range(1, min(order - 1, length) + 1):
        yield n, " ".join(padded[:n])


def discounts(counts_of_counts: Sequence[int]) -> tuple[tuple[float, float, float], bool]:
    """(D1, D2, D3+) from t1..t4, the numbers of n-grams with adjusted count 1, 2, 3 and 4; and whether
    the fallback discounts were used because these counts cannot give valid ones (tiny corpora)."""
    t1, t2, t3, t4 = (list(counts_of_counts) + [0, 0, 0, 0])[:4]
    if min(t1, t2, t3, t4) <= 0:
        return FALLBACK_DISCOUNTS, True
    y = t1 / (t1 + 2 * t2)
    values = (1 - 2 * y * t2 / t1, 2 - 3 * y * t3 / t2, 3 - 4 * y * t4 / t3)
    if not all(0 < d < k + 1 for k, d in enumerate(values)):
        return FALLBACK_DISCOUNTS, True
    return values, False


def arpa_entry(log10_probability: float, ngram: str, log10_backoff: float | None) -> str:
    """One ARPA line: probability, the n-gram, and the backoff when the n-gram is a context."""
    if log10_backoff is None:
        return f"{log10_probability:.7g}\t{ngram}"
    return f"{log10_probability:.7g}\t{ngram}\t{log10_backoff:.7g}"

