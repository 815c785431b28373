"""spark-submit entry point of annotation: a sample of curated sets scored by a local instruct LM (FineWeb-Edu).

    spark-submit jobs/annotate.py --config annotate.yaml [--output DIR]
"""

import argparse
import os
import sys

try:
    import curate  # noqa: F401
except ImportError:  # run from a checkout without `pip install -e .`
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from curate.cli import add_annotate_arguments, annotate_from_args


def main() -> int:
    parser = argparse.ArgumentParser(description="Score a sample of curated sets with a local instruct LM.")
    add_annotate_arguments(parser)
    return annotate_from_args(parser.parse_args())


if __name__ == "__main__":
    sys.exit(main())
