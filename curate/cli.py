"""`curate` command line: `curate run` (the pipeline) and `curate check` (validate a config, no Spark).

`jobs/pipeline.py` calls the same `run` entry, so `spark-submit jobs/pipeline.py ...`,
`python jobs/pipeline.py ...` and `curate run ...` behave the same.
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import Optional, Sequence

from curate.config import Config, ConfigError, load_config, resolved_yaml

REPO_DEFAULT_CONFIG = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "configs", "web.yaml")


def _conf_pair(text: str) -> tuple[str, str]:
    if "=" not in text:
        raise argparse.ArgumentTypeError(f"--conf takes KEY=VALUE, got '{text}'")
    key, value = text.split("=", 1)
    return key.strip(), value


def _add_spark_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--format", choices=["warc", "jsonl", "parquet"],
                        help="input format, when the file names do not tell it")
    parser.add_argument("--master", help="Spark master (spark-submit's --master wins when launched by it)")
    parser.add_argument("--conf", action="append", type=_conf_pair, default=[], metavar="KEY=VALUE",
                        help="Spark setting; repeatable; wins over the config's spark: block")


def spark_conf(args: argparse.Namespace) -> dict[str, str]:
    """The Spark settings given on the command line (--conf, and --master as spark.master)."""
    conf = dict(args.conf)
    if args.master:
        conf["spark.master"] = args.master
    return conf


def add_run_arguments(parser: argparse.ArgumentParser) -> None:
    """The arguments of a pipeline run, shared by `curate run` and jobs/pipeline.py."""
    parser.add_argument("--config", help=f"YAML config (default: {os.path.relpath(REPO_DEFAULT_CONFIG)})")
    parser.add_argument("--input", nargs="+", metavar="PATH",
                        help="files, folders or globs to read instead of the config's inputs")
    parser.add_argument("--output", metavar="DIR", help="output folder instead of the config's output.path")
    _add_spark_arguments(parser)


def add_training_input_arguments(parser: argparse.ArgumentParser, flag: str, help_text: str) -> None:
    """The arguments of the training jobs (jobs/train_lm.py, jobs/train_quality.py): inputs and Spark settings."""
    parser.add_argument(flag, nargs="+", required=True, metavar="PATH", help=help_text)
    parser.add_argument("--text-field", default="text", help="field holding the text in JSONL/Parquet input")
    _add_spark_arguments(parser)


def training_inputs(args: argparse.Namespace, attribute: str) -> list:
    """The inputs named by one path argument, checked before Spark starts (ConfigError names what is wrong)."""
    from curate.config import InputSpec
    from curate.io.paths import expand_inputs

    spec = InputSpec(paths=list(getattr(args, attribute)), format=args.format or "auto", text_field=args.text_field)
    expand_inputs([spec])
    return [spec]


def training_session(args: argparse.Namespace):
    """The SparkSession of a training job, with --master and --conf applied."""
    from curate.session import get_session

    return get_session(cli_conf=spark_conf(args))


def config_from_args(args: argparse.Namespace) -> Config:
    """Load and validate the config named by the arguments, with --input/--format/--output applied."""
    path = args.config or REPO_DEFAULT_CONFIG
    if not args.config and not os.path.exists(path):
        raise ConfigError("no --config given and configs/web.yaml is not here; pass --config FILE")
    return load_config(path, {"inputs": args.input, "format": args.format, "output": args.output})


def run_from_args(args: argparse.Namespace) -> int:
    """Validate, then run; a config problem exits 2 with its message before Spark starts."""
    from curate.pipeline import run

    try:
        config = config_from_args(args)
        run(config, spark_conf(args))
    except ConfigError as exc:
        print(f"curate: config error: {exc}", file=sys.stderr)
        return 2
    return 0


def main(argv: Optional[Sequence[str]] = None) -> int:
    """Entry point of the `curate` console script."""
    parser = argparse.ArgumentParser(prog="curate", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    run_parser = commands.add_parser("run", help="run the curation pipeline")
    add_run_arguments(run_parser)
    check_parser = commands.add_parser("check", help="validate a config and print it resolved (no Spark)")
    add_run_arguments(check_parser)
    args = parser.parse_args(argv)
    if args.command == "run":
        return run_from_args(args)
    try:
        from curate.pipeline import prepare

        config = config_from_args(args)
        plan = prepare(config)
    except ConfigError as exc:
        print(f"curate: config error: {exc}", file=sys.stderr)
        return 2
    print(resolved_yaml(config), end="")
    print(f"# {len(plan.files)} input files", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
