"""spark-submit entry point of quality-model training: a fastText classifier of reference text (positive) vs web
text (negative), or a regression head on sentence embeddings from LLM annotations (`curate annotate`).

    spark-submit jobs/train_quality.py --positive data/reference/wiki_en.jsonl \
        --negative data/sample/*.warc.gz --output models/quality/en.bin
    spark-submit jobs/train_quality.py --annotations out/annotations --output models/edu_head.npz

Prints the held-out evaluation and writes the model with a report (<output>.json) beside it.
"""

import argparse
import json
import os
import sys

try:
    import curate  # noqa: F401
except ImportError:  # run from a checkout without `pip install -e .`
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from curate.cli import _add_spark_arguments, add_training_input_arguments, training_inputs, training_session
from curate.training.annotations import AnnotationTraining, train_from_annotations
from curate.training.quality import QualityTraining, train_quality


def from_annotations() -> int:
    """The head trained on embeddings of annotated documents (FineWeb-Edu's classifier recipe)."""
    parser = argparse.ArgumentParser(description="Train a quality head on sentence embeddings from LLM annotations.")
    parser.add_argument("--annotations", required=True, help="the output folder of `curate annotate`")
    parser.add_argument("--output", required=True, help="head to write (.npz: weight, bias)")
    parser.add_argument("--embedder", help="sentence-embedding model folder (default: the packaged all-MiniLM-L6-v2)")
    parser.add_argument("--held-out", type=float, default=0.1, help="share of annotations kept for evaluation")
    parser.add_argument("--threshold", type=int, default=3, help="F1 of 'score >= threshold' (FineWeb-Edu: 3)")
    _add_spark_arguments(parser)
    args = parser.parse_args()
    try:
        training = AnnotationTraining(annotations=args.annotations, embedder=args.embedder, held_out=args.held_out,
                                      threshold=args.threshold)
        training.check()
        report = train_from_annotations(training_session(args), training, args.output)
    except (ValueError, FileNotFoundError) as exc:
        print(f"train_quality: {exc}", file=sys.stderr)
        return 2
    print(f"annotations: {report['examples']['train']} train, {report['examples']['held_out']} held out; scores "
          f"{report['scores']}")
    evaluation = report["held_out_evaluation"]
    if evaluation:
        print(f"held out: F1 at score >= {evaluation['threshold']} {evaluation['f1']:.3f} (precision "
              f"{evaluation['precision']:.3f}, recall {evaluation['recall']:.3f}), accuracy {evaluation['accuracy']:.3f}, "
              f"MSE {evaluation['mse']:.3f}")
    print(f"head: {args.output}  (stage: {json.dumps(report['scoring_stage'])})")
    return 0


def main() -> int:
    if "--annotations" in sys.argv[1:]:
        return from_annotations()
    parser = argparse.ArgumentParser(description="Train a fastText quality classifier (reference vs web text).")
    add_training_input_arguments(parser, "--positive", "curated reference text (JSONL, Parquet or WARC)")
    parser.add_argument("--negative", nargs="+", required=True, metavar="PATH", help="random web text")
    parser.add_argument("--output", required=True, help="model file to write (.bin)")
    parser.add_argument("--chunk-chars", type=int, default=1500, help="documents are cut into pieces of about this size")
    parser.add_argument("--max-per-class", type=int, default=50_000)
    parser.add_argument("--held-out", type=float, default=0.1, help="share of examples kept for evaluation")
    args = parser.parse_args()
    try:
        training = QualityTraining(positive=training_inputs(args, "positive"), negative=training_inputs(args, "negative"),
                                   chunk_chars=args.chunk_chars, max_per_class=args.max_per_class,
                                   held_out=args.held_out)
        spark = training_session(args)
        report = train_quality(spark, training, args.output)
    except ValueError as exc:
        print(f"train_quality: {exc}", file=sys.stderr)
        return 2
    counts = report["examples"]
    print(f"examples: {counts['positive']} positive, {counts['negative']} negative; "
          f"{counts['train']} train, {counts['held_out']} held out")
    evaluation = report["held_out_evaluation"]
    if evaluation:
        print(f"held out: precision {evaluation['precision']:.3f}  recall {evaluation['recall']:.3f}  "
              f"F1 {evaluation['f1']:.3f}  accuracy {evaluation['accuracy']:.3f}")
    print(f"model: {args.output}  (quality_classifier_v1 params: {{model: {args.output}}})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
