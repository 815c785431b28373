"""A fastText quality classifier (the ChineseWebText / DCLM recipe): curated reference text against random
web text. Training, held-out evaluation and the `quality_classifier_v1` stage that writes `quality_score`.

The score is the model's probability of the positive label; thresholds are rules in the config. Texts are
prepared the same way for training and scoring: whitespace (line breaks included) collapsed, lower case.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import tempfile
from typing import Any, Iterable, Mapping, Sequence

import pyarrow as pa

from filters.base import DocBatch, Stage
from filters.language import load_fasttext
from quality_model.lm_text import sentences

LABEL_PREFIX = "__label__"
POSITIVE = "hq"
NEGATIVE = "lq"


def classifier_text(text: str, max_chars: int = 0) -> str:
    """What the classifier reads: one line, lower case, (the first `max_chars` characters)."""
    flat = " ".join((text[:max_chars] if max_chars else text).split()).lower()
    return flat


def chunks(text: str, target_chars: int) -> list[str]:
    """A long document cut at paragraph and sentence ends into pieces of about `target_chars`, so that
    reference articles and web pages give examples of comparable size; 0 keeps the document whole."""
    if target_chars <= 0 or len(text) <= target_chars:
        return [text] if text.strip() else []
    out: list[str] = []
    current: list[str] = []
    size = 0
    for paragraph in text.split("\n"):
        for sentence in sentences(paragraph):
            current.append(sentence)
            size += len(sentence) + 1
            if size >= target_chars:
                out.append(" ".join(current))
                current, size = [], 0
    if current and (size >= target_chars // 4 or not out):
        out.append(" ".join(current))
    return out


def is_held_out(text: str, fraction: float) -> bool:
    """A deterministic choice of about `fraction` of the examples (by a hash of their text)."""
    digest = hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=8).digest()
    return int.from_bytes(digest, "big") < fraction * 2**64


@dataclasses.dataclass
class TrainParams:
    """fastText supervised training settings; small `bucket`/`dim` keep the model a few MB. lr 0.5 × 25
    epochs: on the bundled data five trainings gave held-out F1 0.986–0.993 (lr 0.2 × 10: 0.908–0.935;
    lr 0.1 × 20: one of five collapsed to 0.59), hogwild training being what it is."""

    epoch: int = 25
    lr: float = 0.5
    word_ngrams: int = 2
    dim: int = 32
    bucket: int = 200_000
    min_count: int = 2
    thread: int = 12  # fastText can diverge (NaN) with few threads
    max_chars: int = 10_000
    seed: int = 0


@dataclasses.dataclass
class Evaluation:
    """Held-out quality of the classifier at a score threshold of 0.5 (positive = reference text)."""

    examples: int
    precision: float
    recall: float
    f1: float
    accuracy: float


def train_classifier(examples: Iterable[tuple[str, bool]], path: str, params: TrainParams) -> Any:
    """Train on (text, is_positive) examples and save the model to `path`; returns the fastText model."""
    import fasttext

    fasttext.FastText.eprint = lambda *args, **kwargs: None
    handle, training_file = tempfile.mkstemp(suffix=".txt", prefix="curate-quality-")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            for text, positive in examples:
                line = classifier_text(text, params.max_chars)
                if line:
                    out.write(f"{LABEL_PREFIX}{POSITIVE if positive else NEGATIVE} {line}\n")
        model = fasttext.train_supervised(
            input=training_file, epoch=params.epoch, lr=params.lr, wordNgrams=params.word_ngrams, dim=params.dim,
            bucket=params.bucket, minCount=params.min_count, thread=params.thread, seed=params.seed, verbose=0)
    finally:
        os.unlink(training_file)
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    model.save_model(path)
    return model


def positive_probabilities(model: Any, texts: Sequence[str], max_chars: int) -> list[float]:
    """The probability of the positive label for each text (0.5 for an empty text)."""
    lines = [classifier_text(t, max_chars) for t in texts]
    scores = [0.5] * len(lines)
    present = [i for i, line in enumerate(lines) if line]
    if present:
        labels, probabilities = model.predict([lines[i] for i in present], k=-1)
        target = LABEL_PREFIX + POSITIVE
        for i, names, probs in zip(present, labels, probabilities):
            by_label = dict(zip(names, probs))
            scores[i] = min(1.0, float(by_label.get(target, 0.0)))
    return scores


def evaluate(model: Any, examples: Sequence[tuple[str, bool]], max_chars: int) -> Evaluation:
    """Precision, recall, F1 and accuracy of `model` on held-out examples at a threshold of 0.5."""
    scores = positive_probabilities(model, [t for t, _ in examples], max_chars)
    predicted = [s >= 0.5 for s in scores]
    truth = [p for _, p in examples]
    tp = sum(p and t for p, t in zip(predicted, truth))
    fp = sum(p and not t for p, t in zip(predicted, truth))
    fn = sum(t and not p for p, t in zip(predicted, truth))
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    accuracy = sum(p == t for p, t in zip(predicted, truth)) / len(truth) if truth else 0.0
    return Evaluation(len(truth), round(precision, 4), round(recall, 4), round(f1, 4), round(accuracy, 4))


@dataclasses.dataclass
class QualityParams:
    """`model`: a fastText classifier from jobs/train_quality.py (its positive label is `__label__hq`)."""

    model: str = ""
    max_chars: int = 10_000


class QualityClassifier(Stage):
    """Adds `quality_score`: the classifier's probability that the document is like the reference text."""

    name = "quality_classifier_v1"
    family = "quality"
    needs = ("text",)
    provides = {"quality_score": pa.float32()}
    Params = QualityParams

    @classmethod
    def files_for(cls, params: QualityParams) -> dict[str, str]:
        if not params.model or not os.path.exists(params.model):
            raise FileNotFoundError(
                f"quality_classifier_v1: model '{params.model}' not found; train one with `python "
                f"jobs/train_quality.py --positive REFERENCE --negative WEB --output {params.model or 'MODEL.bin'}`")
        return {"model": params.model}

    @classmethod
    def check_files(cls, files: Mapping[str, str]) -> None:
        labels = load_fasttext(files["model"]).get_labels()
        if LABEL_PREFIX + POSITIVE not in labels:
            raise ValueError(f"'{files['model']}' has no label {LABEL_PREFIX}{POSITIVE} (labels: {labels}); "
                             f"train it with jobs/train_quality.py")

    def __init__(self, params: QualityParams, files: Mapping[str, str]):
        super().__init__(params, files)
        self.model = load_fasttext(self.files["model"])

    def annotate(self, batch: DocBatch) -> dict[str, Sequence[Any]]:
        return {"quality_score": positive_probabilities(self.model, batch.texts, self.params.max_chars)}


def write_report(path: str, report: Mapping[str, Any]) -> None:
    """The training report (data, settings, held-out figures) beside the model, as JSON."""
    with open(path, "w", encoding="utf-8") as handle:
        json.dump(report, handle, indent=2, ensure_ascii=False)
