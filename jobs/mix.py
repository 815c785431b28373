"""spark-submit entry point of mixing: curated sets → a sampled, shuffled (optionally tokenized) training mix.

    spark-submit jobs/mix.py --config mix.yaml [--output DIR]
"""

import argparse
import os
import sys

try:
    import curate  # noqa: F401
except ImportError:  # run from a checkout without `pip install -e .`
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from curate.cli import add_mix_arguments, mix_from_args


def main() -> int:
    parser = argparse.ArgumentParser(description="Sample curated sets into a training mix.")
    add_mix_arguments(parser)
    return mix_from_args(parser.parse_args())


if __name__ == "__main__":
    sys.exit(main())
