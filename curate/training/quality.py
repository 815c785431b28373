"""Training the fastText quality classifier from the project's own inputs: reference text (positive) against
web text (negative), read by the pipeline's readers on Spark (HTML extracted), cut into comparable chunks,
split into train and held-out sets, trained and evaluated on the driver (fastText trains on one machine)."""

from __future__ import annotations

import dataclasses
import os
import time
from typing import Any, Optional

from curate.config import InputSpec
from quality_model.fasttext_quality import (Evaluation, TrainParams, chunks, evaluate, is_held_out,
                                            train_classifier, write_report)


@dataclasses.dataclass
class QualityTraining:
    """What to train on: `positive` and `negative` inputs; documents cut into chunks of `chunk_chars`;
    at most `max_per_class` examples per class (the classes are balanced to the smaller one)."""

    positive: list[InputSpec]
    negative: list[InputSpec]
    chunk_chars: int = 1500
    max_per_class: int = 50_000
    held_out: float = 0.1
    params: TrainParams = dataclasses.field(default_factory=TrainParams)


def _examples(spark, inputs: list[InputSpec], chunk_chars: int, limit: int) -> list[str]:
    from curate.training.lm import training_texts

    out: list[str] = []
    for row in training_texts(spark, inputs).orderBy("id").toLocalIterator():
        out.extend(chunks(row["text"] or "", chunk_chars))
        if len(out) >= limit:
            break
    return out[:limit]


def train_quality(spark, training: QualityTraining, model_path: str) -> dict[str, Any]:
    """Train, evaluate on the held-out split, save the model and its report (`<model>.json`); returns the report."""
    started = time.time()
    positives = _examples(spark, training.positive, training.chunk_chars, training.max_per_class)
    negatives = _examples(spark, training.negative, training.chunk_chars, training.max_per_class)
    if not positives or not negatives:
        raise ValueError(f"need examples of both classes; got {len(positives)} positive and {len(negatives)} negative")
    size = min(len(positives), len(negatives))  # balanced classes
    examples = [(t, True) for t in positives[:size]] + [(t, False) for t in negatives[:size]]
    train = [e for e in examples if not is_held_out(e[0], training.held_out)]
    held = [e for e in examples if is_held_out(e[0], training.held_out)]
    model = train_classifier(train, model_path, training.params)
    evaluation: Optional[Evaluation] = evaluate(model, held, training.params.max_chars) if held else None
    report = {
        "model": os.path.abspath(model_path),
        "positive_inputs": [p for spec in training.positive for p in spec.paths],
        "negative_inputs": [p for spec in training.negative for p in spec.paths],
        "examples": {"positive": size, "negative": size, "train": len(train), "held_out": len(held)},
        "chunk_chars": training.chunk_chars,
        "params": dataclasses.asdict(training.params),
        "held_out_evaluation": dataclasses.asdict(evaluation) if evaluation else None,
        "seconds": round(time.time() - started, 2),
    }
    write_report(os.path.splitext(model_path)[0] + ".json", report)
    return report
