"""`curate` command line: `curate run` (the pipeline), `curate check` (validate a config, no Spark),
`curate card` (a dataset card for any dataset) and `curate catalog` (the static HTML catalog of many sets).

`jobs/pipeline.py` calls the same `run` entry, so `spark-submit jobs/pipeline.py ...`,
`python jobs/pipeline.py ...` and `curate run ...` behave the same.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path
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
    parser.add_argument("--input", nargs="+", action="extend", metavar="PATH",
                        help="files, folders or globs to read instead of the config's inputs")
    parser.add_argument("--output", metavar="DIR", help="output folder instead of the config's output.path; a run "
                        "replaces only an earlier curate output or creates a new folder")
    parser.add_argument("--overwrite", action="store_true", help="replace an output folder that holds files curate "
                        "did not write (never an input, the working folder or one above it)")
    parser.add_argument("--text-field", metavar="FIELD", help="JSONL/Parquet field holding the text (default: text)")
    parser.add_argument("--html-field", metavar="FIELD", help="field holding HTML to extract, as WARC pages are "
                                                              "(instead of a text field)")
    parser.add_argument("--id-field", metavar="FIELD", help="field holding the records' own ids (default: none)")
    parser.add_argument("--url-field", metavar="FIELD", help="field holding the URL (default: url)")
    parser.add_argument("--name", help="the set's name (default: the config's name; with --input and no --config, "
                                       "the first input's name)")
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
    from curate.driver.session import get_session

    return get_session(cli_conf=spark_conf(args))


def config_from_args(args: argparse.Namespace) -> Config:
    """Load and validate the config named by the arguments, with --input/--format/--output applied."""
    path = args.config or REPO_DEFAULT_CONFIG
    if not args.config and not os.path.exists(path):
        raise ConfigError("no --config given and configs/web.yaml is not here; pass --config FILE")
    fields = {key: getattr(args, key) for key in ("text_field", "html_field", "id_field", "url_field")
              if getattr(args, key, None) is not None}
    return load_config(path, {"inputs": args.input, "format": args.format, "output": args.output, "fields": fields,
                              "name": args.name, "overwrite": args.overwrite,
                              "default_config": not args.config})


class Terminated(KeyboardInterrupt):
    """SIGTERM, raised where the run is so that it stops as on Ctrl-C (its staging folder kept to resume)."""


def _terminate(signum, frame) -> None:  # noqa: ARG001 - signal handler signature
    raise Terminated()


def run_from_args(args: argparse.Namespace) -> int:
    """Validate, then run. A config problem exits 2 with its message before Spark starts; Ctrl-C and SIGTERM
    print one line and exit 130 / 143, leaving the finished steps to resume from; a set that lost every record
    to one read reason exits 1 naming it."""
    import signal

    from curate.driver.run import PROGRESS, run
    from curate.output.targets import OutputLocked

    interrupted = 0
    previous = signal.signal(signal.SIGTERM, _terminate)
    for name in ("", "py4j", "py4j.java_gateway", "py4j.clientserver"):  # filters do not apply to propagated records
        logging.getLogger(name).addFilter(_drop_interruption_reports)
    try:
        config = config_from_args(args)
        result = run(config, spark_conf(args))
    except OutputLocked as exc:
        print(f"curate: {exc}", file=sys.stderr)
        return 2
    except ConfigError as exc:
        print(f"curate: config error: {exc}", file=sys.stderr)
        return 2
    except Terminated:
        interrupted = 143
    except KeyboardInterrupt:
        interrupted = 130
    except Exception as exc:  # noqa: BLE001 - after a signal, Py4J reports the cancelled job as an error
        cause = _interruption(exc)
        if cause is not None:
            interrupted = 143 if isinstance(cause, Terminated) else 130
        elif not _is_disk_full(exc):
            raise
        print(f"curate: the disk is full ({_first_line(exc)}); free space or write the output elsewhere, then rerun "
              f"the same command to resume", file=sys.stderr)
        return 1
    finally:
        signal.signal(signal.SIGTERM, previous)
    if interrupted:
        _stop_spark_quietly()
        print(f"curate: interrupted after {PROGRESS['finished']}; rerun the same command to resume",
              file=sys.stderr)
        return interrupted
    return _all_lost_to_one_read_reason(result.ledger)


def _drop_interruption_reports(record: "logging.LogRecord") -> bool:
    """Py4J logs a traceback of its own when a call is cut short (by Ctrl-C, SIGTERM, or the gateway going away
    after one); the exception itself still reaches curate, which reports it in one line."""
    return f"{os.sep}py4j{os.sep}" not in record.pathname


def _stop_spark_quietly() -> None:
    """After an interruption, stop Spark here, where its errors on a half-closed gateway can be ignored, rather
    than in Python's exit handlers, which print them as tracebacks."""
    import contextlib

    from pyspark import SparkContext

    context = SparkContext._active_spark_context
    if context is not None:
        with contextlib.suppress(Exception):
            context.stop()


def _interruption(exc: BaseException) -> Optional[BaseException]:
    """The KeyboardInterrupt (or Terminated) an exception was raised while handling, if any."""
    seen = set()
    while exc is not None and id(exc) not in seen:
        if isinstance(exc, KeyboardInterrupt):
            return exc
        seen.add(id(exc))
        exc = exc.__cause__ or exc.__context__
    return None


def _first_line(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0][:300]


def _is_disk_full(exc: BaseException) -> bool:
    return "No space left on device" in str(exc) or getattr(exc, "errno", None) == 28


def _all_lost_to_one_read_reason(ledger: dict) -> int:
    """1, with a message, when records came in, none was kept, and every one was rejected by reading under a
    single reason (a wrong field or format, a corrupt input): the run did not do what was meant. Else 0."""
    read = next((stage for stage in ledger["stages"] if stage["stage"] == "read"), None)
    if read is None or ledger["documents_kept"] or not ledger["documents_in"]:
        return 0
    reasons = {r: cell["docs"] for r, cell in read["reasons"].items() if cell["docs"]}
    if len(reasons) == 1 and sum(reasons.values()) == ledger["documents_in"]:
        [(reason, count)] = reasons.items()
        print(f"curate: every one of the {count} records was rejected as {reason}; see the rejects for what they "
              f"hold, and the README's read reasons", file=sys.stderr)
        return 1
    return 0


def add_card_arguments(parser: argparse.ArgumentParser) -> None:
    """The arguments of `curate card`."""
    parser.add_argument("path", help="a curate output folder (its card is rewritten from what the run wrote), or "
                                     "any dataset: a folder or file of JSONL/JSON/Parquet records (profiled with Spark)")
    parser.add_argument("--out", metavar="DIR", help="folder to write README.md and card.json to (default: PATH, "
                                                     "or the file's folder)")
    parser.add_argument("--kind", choices=["auto", "text", "sft", "preference"], default="auto",
                        help="what the records are (default: detected from the first record)")
    parser.add_argument("--text-field", help="field holding a text record's text (default: text, content, question, "
                                             "prompt … or the longest string field)")
    parser.add_argument("--name", help="the set's name (default: the folder's name)")
    parser.add_argument("--pretty-name", help="title shown on the card")
    parser.add_argument("--license", help="Hugging Face license id, e.g. cc-by-4.0 (default: other)")
    parser.add_argument("--description", help="one paragraph on what the set is")
    parser.add_argument("--derived-from", nargs="+", metavar="DATASET", help="datasets this one was made from")
    parser.add_argument("--model-generated", choices=["yes", "no"], help="SFT / preference: were the responses "
                                                                           "written by models?")
    parser.add_argument("--force", action="store_true", help="replace a README.md that curate did not write")
    _add_spark_arguments(parser)


def card_from_args(args: argparse.Namespace) -> int:
    """Write the card of one dataset; a curate output needs no Spark."""
    import dataclasses

    from catalogs.describe import describe_mix, describe_output, rebase_configs
    from catalogs.write import write_card, written_by_curate

    path = args.path.rstrip("/") or "/"
    is_output = all(os.path.exists(os.path.join(path, f)) for f in ("config.yaml", "stats.json", "ledger.json"))
    is_mix = all(os.path.exists(os.path.join(path, f)) for f in ("config.yaml", "stats.json", "mix_ledger.json"))
    out = args.out or (path if os.path.isdir(path) else os.path.dirname(os.path.abspath(path)))
    overrides = {k: v for k, v in {"pretty_name": args.pretty_name, "license": args.license,
                                   "description": args.description, "derived_from": args.derived_from}.items() if v}
    if args.model_generated:
        overrides["model_generated"] = args.model_generated == "yes"
    readme = os.path.join(out, "README.md")
    if os.path.exists(readme) and not args.force and not written_by_curate(out):
        print(f"curate card: {readme} exists and was not written by curate; pass --force to replace it",
              file=sys.stderr)
        return 2
    try:
        if is_output or is_mix:
            described = describe_mix(path, out) if is_mix else describe_output(path)
            model = dataclasses.replace(rebase_configs(described, path, out), **overrides)
        else:
            from curate.driver.profile import profile_dataset

            model = profile_dataset(path, out, kind=args.kind, text_field=args.text_field, name=args.name,
                                    card=overrides, cli_conf=spark_conf(args))
    except (ConfigError, FileNotFoundError) as exc:
        print(f"curate card: {exc}", file=sys.stderr)
        return 2
    print(f"card: {write_card(out, model)}")
    return 0


def catalog_from_args(args: argparse.Namespace) -> int:
    """Build the static catalog and print where its index is."""
    from catalogs.site import build_site
    from curate.output.targets import check_target

    try:
        check_target(args.out, "--out", args.dirs, fix="; the catalog is written into a folder of its own")
        if os.path.exists(args.out) and not os.path.isdir(args.out):
            raise ConfigError(f"--out '{args.out}' is a file; give a folder for the catalog")
        index = build_site(args.dirs, args.out)
    except (FileNotFoundError, FileExistsError, ConfigError) as exc:
        print(f"curate catalog: {exc}", file=sys.stderr)
        return 2
    print(f"catalog: {Path(index).as_uri()}")
    return 0


def add_catalog_arguments(parser: argparse.ArgumentParser) -> None:
    """The arguments of `curate catalog` (and jobs/catalog.py)."""
    parser.add_argument("dirs", nargs="+", metavar="DIR", help="folders holding sets (searched for card.json / README.md)")
    parser.add_argument("--out", required=True, metavar="SITE", help="folder to write the site to (index.html)")


def _add_config_job_arguments(parser: argparse.ArgumentParser, what: str) -> None:
    """The arguments of a job run from its own YAML config (`curate mix`, `curate annotate`)."""
    parser.add_argument("--config", required=True, help=f"the {what}'s YAML config")
    parser.add_argument("--output", help="folder to write instead of the config's output.path")
    parser.add_argument("--overwrite", action="store_true", help="replace a folder of files curate did not write")
    parser.add_argument("--master", help="Spark master (spark-submit's --master wins when launched by it)")
    parser.add_argument("--conf", action="append", type=_conf_pair, default=[], metavar="KEY=VALUE",
                        help="Spark setting; repeatable; wins over the config's spark: block")


def _with_output_arguments(config, args: argparse.Namespace):
    """The config with --output and --overwrite applied to its `output`."""
    import dataclasses

    if not (args.output or args.overwrite):
        return config
    return dataclasses.replace(config, output=dataclasses.replace(
        config.output, path=args.output or config.output.path, overwrite=args.overwrite or config.output.overwrite))


def add_mix_arguments(parser: argparse.ArgumentParser) -> None:
    """The arguments of `curate mix` and jobs/mix.py."""
    _add_config_job_arguments(parser, "mix")


def mix_from_args(args: argparse.Namespace) -> int:
    """Load the mix config, sample and write the mix; 2 on a config error (named), 1 on a failure."""
    from curate.mix.config import load_mix_config
    from curate.mix.run import run_mix

    try:
        result = run_mix(_with_output_arguments(load_mix_config(args.config), args), spark_conf(args))
    except ConfigError as exc:
        print(f"curate mix: config error: {exc}", file=sys.stderr)
        return 2
    ledger = result.ledger
    print(f"curate mix: {ledger['realised']:,} {ledger['unit']} (budget {ledger['budget']:,}) in {ledger['shards']} "
          f"shards → {result.output}")
    for name, group in ledger["groups"].items():
        print(f"  {name}: {group['realised']:,} ({group['realised_share']:.2%} of the mix, share {group['share']:.2%};"
              f" {group['epochs']} epochs)")
    return 0


def add_annotate_arguments(parser: argparse.ArgumentParser) -> None:
    """The arguments of `curate annotate` and jobs/annotate.py."""
    _add_config_job_arguments(parser, "annotation")


def annotate_from_args(args: argparse.Namespace) -> int:
    """Load the annotate config, annotate the sample and write it; 2 on a config error (named)."""
    from curate.annotate.config import load_annotate_config
    from curate.annotate.run import run_annotate

    try:
        result = run_annotate(_with_output_arguments(load_annotate_config(args.config), args), spark_conf(args))
    except ConfigError as exc:
        print(f"curate annotate: config error: {exc}", file=sys.stderr)
        return 2
    report = result.report
    print(f"curate annotate: {report['documents']:,} documents, {report['scored']:,} scored, "
          f"{report['unparseable']:,} unparseable answers; scores {report['scores']} → {result.output}")
    return 0


def main(argv: Optional[Sequence[str]] = None) -> int:
    """Entry point of the `curate` console script."""
    parser = argparse.ArgumentParser(prog="curate", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    run_parser = commands.add_parser("run", help="run the curation pipeline")
    add_run_arguments(run_parser)
    check_parser = commands.add_parser("check", help="validate a config and print it resolved (no Spark)")
    add_run_arguments(check_parser)
    add_card_arguments(commands.add_parser("card", help="write a dataset card (README.md + card.json) for a dataset"))
    add_catalog_arguments(commands.add_parser("catalog", help="build the static HTML catalog of many sets"))
    add_mix_arguments(commands.add_parser("mix", help="sample curated sets into a training mix"))
    add_annotate_arguments(commands.add_parser("annotate", help="score a sample of curated sets with a local LLM"))
    args = parser.parse_args(argv)
    if args.command == "mix":
        return mix_from_args(args)
    if args.command == "annotate":
        return annotate_from_args(args)
    if args.command == "run":
        return run_from_args(args)
    if args.command == "card":
        return card_from_args(args)
    if args.command == "catalog":
        return catalog_from_args(args)
    try:
        from curate.driver.prepare import prepare

        config = config_from_args(args)
        plan = prepare(config)
    except ConfigError as exc:
        print(f"curate: config error: {exc}", file=sys.stderr)
        return 2
    print(resolved_yaml(config), end="")
    print(f"# {len(plan.files)} input files", file=sys.stderr)
    tables = [spec.table for spec in config.inputs if spec.table]
    if tables:  # a catalog is the Spark session's: its tables are checked when a run starts it
        print(f"# not checked without Spark: the tables {', '.join(tables)} (a run checks them before any work)",
              file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
