"""spark-submit entry point of quality-classifier training: reference text (positive) vs web text (negative).

    spark-submit jobs/train_quality.py --positive data/reference/wiki_en.jsonl \
        --negative data/sample/*.warc.gz --output models/quality/en.bin

Prints precision/recall on a held-out split and writes the model with a report (<output>.json) beside it.
"""

import argparse
import os
import sys

try:
    import curate  # noqa: F401
except ImportError:  # run from a checkout without `pip install -e .`
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from curate.cli import add_training_input_arguments, training_inputs, training_session
from curate.training.quality import QualityTraining, train_quality


def main() -> int:
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
