"""spark-submit entry point of n-gram LM estimation: reference text → modified Kneser–Ney ARPA model folder.

    spark-submit jobs/train_lm.py --input data/reference/wiki_en.jsonl --output models/lm/en [--order 5]
        [--sentencepiece 8000] [--language en]

The folder (model.arpa, lm.json, tokenizer.model) is what perplexity_v1's `models:` names.
"""

import argparse
import os
import sys

try:
    import curate  # noqa: F401
except ImportError:  # run from a checkout without `pip install -e .`
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from curate.cli import add_training_input_arguments, training_inputs, training_session
from curate.training.lm import LmOptions, train_lm


def main() -> int:
    parser = argparse.ArgumentParser(description="Estimate a modified Kneser-Ney n-gram model (ARPA) on Spark.")
    add_training_input_arguments(parser, "--input", "reference text (JSONL, Parquet or WARC)")
    parser.add_argument("--output", required=True, help="model folder to write")
    parser.add_argument("--order", type=int, default=5)
    parser.add_argument("--language", help="recorded in lm.json")
    parser.add_argument("--sentencepiece", type=int, default=0, metavar="VOCAB",
                        help="train a SentencePiece model of this vocabulary size and count its pieces (CCNet)")
    parser.add_argument("--no-sentence-split", action="store_true", help="count whole lines, not sentences")
    args = parser.parse_args()
    try:
        inputs = training_inputs(args, "input")
        options = LmOptions(order=args.order, language=args.language, split_sentences=not args.no_sentence_split,
                            sentencepiece_vocab=args.sentencepiece)
        spark = training_session(args)
        summary = train_lm(spark, inputs, options, args.output)
    except ValueError as exc:
        print(f"train_lm: {exc}", file=sys.stderr)
        return 2
    print(f"{summary.sentences} sentences, {summary.tokens} tokens; n-grams per order: {summary.ngrams}; "
          f"{summary.seconds} s")
    print(f"model: {os.path.join(args.output, 'model.arpa')}  (perplexity_v1 params: models: {{{args.language or '*'}: "
          f"{args.output}}})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
