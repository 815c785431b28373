"""A quality head trained from LLM annotations (`curate annotate`'s output), the FineWeb-Edu recipe: sentence
embeddings of the annotated documents (computed on the executors, on GPUs where they have them) and a ridge
regression head on them (`fit_regression_head`), evaluated on a held-out split as FineWeb-Edu reports its
classifier: the prediction rounded and clipped to the score range, F1 of "score ≥ threshold" (3), and the
regression's mean squared error. The head is what `transformer_score_v1` (kind `embedding_regression`) applies.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from typing import Any, Optional

import numpy as np


@dataclass
class AnnotationTraining:
    """What to train from: the annotations folder, the embedding model folder (default: the packaged
    all-MiniLM-L6-v2), the held-out share (chosen by a hash of the id), the F1 threshold."""

    annotations: str
    embedder: Optional[str] = None
    held_out: float = 0.1
    threshold: int = 3
    ridge: float = 1e-2
    seed: int = 0

    def check(self) -> None:
        """ValueError naming what is wrong, before Spark starts: the folder, the share, the embedder."""
        if not os.path.isdir(os.path.join(self.annotations, "data")) or not os.path.isfile(
                os.path.join(self.annotations, "annotations.json")):
            raise ValueError(f"--annotations: '{self.annotations}' is not the output of `curate annotate` (data/ and "
                             f"annotations.json)")
        if not 0 < self.held_out < 1:
            raise ValueError(f"--held-out: a share in (0, 1), got {self.held_out}")
        if self.embedder is not None and not os.path.isfile(os.path.join(self.embedder, "config.json")):
            raise ValueError(f"--embedder: '{self.embedder}' is not a model folder (no config.json)")


def annotated_rows(spark, folder: str):
    """The scored annotations of `folder` (rows whose answer held no score are left out)."""
    from pyspark.sql import functions as F

    return spark.read.parquet(os.path.join(folder, "data")).where(F.col("score").isNotNull())


def train_from_annotations(spark, training: AnnotationTraining, head_path: str) -> dict[str, Any]:
    """Embed the annotated documents, fit the head on the training split, evaluate it on the held-out split;
    writes the head (.npz) and the report (<head>.json) and returns the report."""
    from pyspark.sql import functions as F

    from curate.config import SemanticConfig
    from curate.dedup.semantic import embed_function
    from curate.executor.row_pass import StageFile
    from quality_model.embedding import declared_max_length, embedding_model_name
    from quality_model.transformer_scoring import fit_regression_head

    training.check()
    settings = SemanticConfig(model=training.embedder)
    model = settings.model_path()
    rows = annotated_rows(spark, training.annotations)
    held = (F.abs(F.xxhash64(F.lit(training.seed), F.col("id"), F.col("set"))) % 1000) < int(training.held_out * 1000)
    # the split and the score ride through the embedding pass in its `scope` column ("train:3")
    keyed = rows.select(F.lit(0).cast("long").alias("node"),
                        F.concat_ws(":", F.when(held, "held_out").otherwise("train"), F.col("score").cast("string"))
                        .alias("scope"), F.col("text").alias("value"))
    embedded = keyed.mapInArrow(embed_function(settings, StageFile(model)),
                                "node long, scope string, embedding array<float>").collect()
    if not embedded:
        raise ValueError(f"--annotations: '{training.annotations}' holds no scored annotation")
    split: dict[str, tuple[list, list]] = {"train": ([], []), "held_out": ([], [])}
    for row in embedded:
        scope, score = row["scope"].split(":")
        split[scope][0].append(row["embedding"])
        split[scope][1].append(int(score))
    train_x, train_y = (np.array(v, dtype=np.float32) for v in split["train"])
    if len(train_y) < 2:
        raise ValueError("too few scored annotations to train on (fewer than 2 in the training split)")
    fit_regression_head(train_x, train_y, head_path, training.ridge)
    max_length = declared_max_length(model)
    report: dict[str, Any] = {
        "annotations": training.annotations, "embedder": embedding_model_name(training.embedder),
        "examples": {"train": len(train_y), "held_out": len(split["held_out"][1])},
        "scores": {str(k): int(v) for k, v in zip(*np.unique(np.concatenate(
            [train_y, np.array(split["held_out"][1], dtype=np.float32)]), return_counts=True))},
        "scoring_stage": {"stage": "transformer_score_v1", "params": {
            "kind": "embedding_regression", "model": model, "head": os.path.abspath(head_path),
            **({"max_length": max_length} if max_length else {})}},
        "held_out_evaluation": None,
    }
    if split["held_out"][1]:
        with np.load(head_path) as head:
            weight, bias = head["weight"], float(head["bias"])
        x, y = np.array(split["held_out"][0], dtype=np.float32), np.array(split["held_out"][1], dtype=np.float32)
        report["held_out_evaluation"] = held_out_report(x @ weight + bias, y, training.threshold,
                                                        int(y.min()), int(y.max()))
    with open(f"{os.path.splitext(head_path)[0]}.json", "w", encoding="utf-8") as handle:
        json.dump(report, handle, indent=2)
    return report


def held_out_report(predicted: np.ndarray, truth: np.ndarray, threshold: int, low: int, high: int) -> dict[str, Any]:
    """FineWeb-Edu's figures: predictions rounded and clipped to [low, high]; precision, recall and F1 of
    "≥ threshold"; accuracy of the rounded score; mean squared error of the raw regression."""
    rounded = np.clip(np.rint(predicted), low, high)
    positive, actual = rounded >= threshold, truth >= threshold
    true_positive = int(np.sum(positive & actual))
    precision = true_positive / max(int(positive.sum()), 1)
    recall = true_positive / max(int(actual.sum()), 1)
    return {"examples": int(len(truth)), "threshold": threshold,
            "precision": precision, "recall": recall,
            "f1": 2 * precision * recall / (precision + recall) if precision + recall else 0.0,
            "accuracy": float(np.mean(rounded == truth)), "mse": float(np.mean((predicted - truth) ** 2))}
