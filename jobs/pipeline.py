"""spark-submit entry point of the curation pipeline: arguments → config → curate.driver.run.run.

    spark-submit jobs/pipeline.py --config configs/web.yaml [--input PATH...] [--output DIR]
"""

import argparse
import os
import sys

try:
    import curate  # noqa: F401
except ImportError:  # run from a checkout without `pip install -e .`
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from curate.cli import add_run_arguments, run_from_args


def main() -> int:
    parser = argparse.ArgumentParser(description="Curate raw text into quality-scored Parquet shards.")
    add_run_arguments(parser)
    return run_from_args(parser.parse_args())


if __name__ == "__main__":
    sys.exit(main())
