"""spark-submit entry point of threshold calibration: a config's inputs → a thresholds file for culturax_metrics_v1.

    spark-submit jobs/calibrate.py --config configs/web.yaml --out my_thresholds.yaml [--sample 0.1] [--method iqr]
"""

import argparse
import os
import sys

try:
    import curate  # noqa: F401
except ImportError:  # run from a checkout without `pip install -e .`
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from curate.training.calibrate import CalibrationOptions, calibrate, write_thresholds
from curate.cli import add_run_arguments, config_from_args, spark_conf
from curate.config import ConfigError


def main() -> int:
    parser = argparse.ArgumentParser(description="Derive per-language metric thresholds from a sample of the data.")
    add_run_arguments(parser)
    parser.add_argument("--out", required=True, help="thresholds YAML to write")
    parser.add_argument("--sample", type=float, default=1.0, help="fraction of the documents to use (by id)")
    parser.add_argument("--method", choices=["iqr", "percentile"], default="iqr")
    parser.add_argument("--iqr-k", type=float, default=1.5)
    parser.add_argument("--percentiles", type=float, nargs=2, default=[0.05, 0.95], metavar=("LOW", "HIGH"))
    parser.add_argument("--min-documents", type=int, default=50, help="languages with fewer keep the base values")
    parser.add_argument("--max-removed-share", type=float, default=0.10,
                        help="the most the cutoffs may remove of a language's sample, together")
    args = parser.parse_args()
    try:
        config = config_from_args(args)
        config.read.sample_fraction = args.sample
        if not 0 < args.max_removed_share < 1:
            raise ConfigError(f"--max-removed-share must be between 0 and 1, got {args.max_removed_share}")
        options = CalibrationOptions(args.method, args.iqr_k, args.percentiles[0], args.percentiles[1],
                                     args.min_documents, args.max_removed_share)
        thresholds, counts = calibrate(config, options, spark_conf(args))
    except ConfigError as exc:
        print(f"calibrate: config error: {exc}", file=sys.stderr)
        return 2
    write_thresholds(args.out, thresholds, counts, options, [p for spec in config.inputs for p in spec.paths])
    print(f"documents per language: {counts}")
    print(f"thresholds: {args.out}  (use it with culturax_metrics_v1's params: {{thresholds: {args.out}}})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
