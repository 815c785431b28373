"""spark-submit entry point of tokenizer training: text → a byte-level BPE tokenizer folder.

    spark-submit jobs/train_tokenizer.py --input data/reference/wiki_en.jsonl --output models/tokenizer [--vocab 8192]

The folder (tokenizer.json, tokenizer_config.json) is what a config's `tokenizer:` names.
"""

import argparse
import json
import os
import sys

try:
    import curate  # noqa: F401
except ImportError:  # run from a checkout without `pip install -e .`
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from curate.cli import add_training_input_arguments, training_inputs, training_session
from curate.training.tokenizer import train_tokenizer


def main() -> int:
    parser = argparse.ArgumentParser(description="Train a byte-level BPE tokenizer (Hugging Face tokenizers).")
    add_training_input_arguments(parser, "--input", "training text (JSONL, Parquet or WARC)")
    parser.add_argument("--output", required=True, help="tokenizer folder to write")
    parser.add_argument("--vocab", type=int, default=8192, help="vocabulary size (≤ 65,536 keeps ids in uint16)")
    args = parser.parse_args()
    try:
        inputs = training_inputs(args, "input")
        spark = training_session(args)
        report = train_tokenizer(spark, inputs, args.vocab, args.output)
    except ValueError as exc:
        print(f"train_tokenizer: {exc}", file=sys.stderr)
        return 2
    print(json.dumps(report, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
