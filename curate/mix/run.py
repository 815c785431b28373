"""`curate mix`: read the sets, count tokens, select, sample and shuffle (curate/mix/sample.py), then write the
mix into a staging folder and commit it with one rename, as `curate run` writes a set:

    <output>/data/part-NNNNN.parquet        zstd Parquet shards, in mix order (read them in order: shuffled)
    <output>/tokenized/part-NNNNN.{bin,idx} with `tokenized:`, the same documents as token ids, EOS after each
    <output>/mix_ledger.json                per group: share, target, supply, passes, realised; per set: read,
                                            selected; warnings (epochs past max_epochs, empty groups)
    <output>/config.yaml                    the resolved mix config
"""

from __future__ import annotations

import json
import os
import sys
import time
from dataclasses import dataclass
from typing import Any, Mapping, Optional

from curate.mix.config import MixConfig, MixInput, dumped
from curate.validate import ConfigError

TOKENIZE_BATCH = 1000  # documents encoded at once when a shard is tokenized
COUNTED = "counted"  # the inputs with n_tokens, in the staging folder while the mix is made (no "_": Spark
# skips such names when it lists files)
INTERNAL = ("_group", "_measure", "_copies", "_copy", "_hash", "_bin", "_passes", "_pass", "_order")


@dataclass
class MixRunResult:
    output: str
    ledger: dict[str, Any]
    seconds: float


def data_files(inputs: list[MixInput]) -> dict[str, list[str]]:
    """Each input set's Parquet files, from its card.json's data_files; fails before work naming the set."""
    import glob

    found = {}
    for spec in inputs:
        with open(os.path.join(spec.set, "card.json"), encoding="utf-8") as handle:
            card = json.load(handle)
        patterns = []
        for data_config in card.get("configs") or []:
            for entry in data_config.get("data_files") or []:
                paths = entry.get("path")
                patterns += paths if isinstance(paths, list) else [paths]
        files = sorted({f for p in patterns if p for f in glob.glob(os.path.join(spec.set, p))})
        if not files:
            raise ConfigError(f"inputs: set '{spec.name}' ({spec.set}) lists no data files in its card.json")
        if not all(f.endswith(".parquet") for f in files):
            raise ConfigError(f"inputs: set '{spec.name}' holds {os.path.basename(files[0])}; a mix reads curated "
                              f"sets (Parquet shards written by `curate run`)")
        found[spec.name] = files
    return found


def run_mix(config: MixConfig, cli_conf: Optional[Mapping[str, str]] = None, echo: bool = True) -> MixRunResult:
    """Sample, shuffle and write the mix `config` describes."""
    from pyspark.sql import functions as F

    from curate.driver.session import get_session
    from curate.driver.own_pass import ship_file
    from curate.executor.row_pass import StageFile
    from curate.mix.sample import count_tokens_column, read_sets, sample, select, shuffled_shards
    from curate.output.fs import HadoopFS
    from curate.output.targets import check_output, local_output_lock
    from curate.output.writer import StagedOutput
    from filters.tokens import TokenCount, TokensParams, tokenizer_file, tokenizer_name

    started = time.time()
    files = data_files(config.inputs)
    tokenizer: Optional[str] = None
    if config.tokenizer is not None:
        params = TokensParams(path=config.tokenizer.path, name=config.tokenizer.name)
        try:
            TokenCount.check_params(params)
            TokenCount.check_files({"tokenizer": tokenizer_file(params.path)})
        except ValueError as exc:
            raise ConfigError(f"tokenizer: {exc}") from None
        tokenizer = os.path.abspath(tokenizer_file(params.path))
    check_output(config.output.path, [spec.set for spec in config.inputs], config.output.overwrite)
    if config.tokenized is not None and "://" in config.output.path and not config.output.path.startswith("file:"):
        raise ConfigError("tokenized: .bin/.idx shards are written by the executors' own file access; give a "
                          "local or shared-filesystem output path")
    lock = local_output_lock(config.output.path)
    try:
        spark = get_session(config.spark, cli_conf)
        fs = HadoopFS(spark, config.output.path)
        staged = StagedOutput(fs, config.output.path, overwrite=config.output.overwrite, local_lock=lock)
        staged.begin()
    except BaseException:
        if lock is not None:
            lock.release()
        raise
    try:
        table = read_sets(spark, config, files)
        tokenizer_file_ = None
        if tokenizer is not None:
            local_mode = spark.sparkContext.master.startswith("local")
            tokenizer_file_ = StageFile(tokenizer) if local_mode else ship_file(spark, tokenizer)
            table = count_tokens_column(table, tokenizer_file_)
        # one read and one tokenization of the inputs: every later step (counts, selection, each pass of the
        # sampler) reads this checkpoint in the staging folder
        table.write.mode("overwrite").parquet(staged.path(COUNTED))  # (a killed run may have left one)
        table = spark.read.parquet(staged.path(COUNTED))
        read_counts = _by_set(table, tokenizer is not None)
        chosen = select(table, config)
        selected_counts = _by_set(chosen, tokenizer is not None) if config.select else read_counts
        result = sample(spark, chosen, config)
        realised = {r["_group"]: r.asDict() for r in result.rows.groupBy("_group").agg(
            F.count(F.lit(1)).alias("documents"), F.sum("_measure").alias("measure"),
            F.sum(F.length("text")).alias("chars"), F.max("epoch").alias("max_epoch")).collect()}
        total_chars = sum(int(r["chars"] or 0) for r in realised.values())
        spread, shards = shuffled_shards(result.rows, config.output.shard_target_mb << 20, total_chars)
        written = spread.drop(*[c for c in INTERNAL if c != "_order"])
        written.drop("_order").write.mode("overwrite").option("compression", "zstd").parquet(staged.path("data"))
        fs.delete(staged.path(COUNTED))  # (after the last step that reads it)
        _name_shards(spark, fs, staged.path("data"))
        tokenized = None
        if config.tokenized is not None:
            tokenized = _write_tokenized(spark, staged.path("data"), staged.path("tokenized"), tokenizer_file_)
        ledger = _ledger(config, result, realised, read_counts, selected_counts, shards, tokenized)
        stats, ledger["composition"], ledger["epochs"] = mix_facts(
            spark.read.parquet(staged.path("data")), tokenizer_name(config.tokenizer.path, config.tokenizer.name)
            if config.tokenizer is not None else None)
        for name, counts in ledger["sets"].items():
            parts = [p for p in ledger["composition"] if p["set"] == name]
            counts["taken"] = {"documents": sum(p["documents"] for p in parts),
                               "unique_documents": sum(p["documents"] - p["repeated"] for p in parts),
                               **({"tokens": sum(p["tokens"] for p in parts)} if tokenizer is not None else {})}
        ledger["elapsed_seconds"] = round(time.time() - started, 2)
        fs.write_text(staged.path("mix_ledger.json"), json.dumps(ledger, indent=2, ensure_ascii=False))
        fs.write_text(staged.path("stats.json"), json.dumps(stats, indent=2, ensure_ascii=False))
        fs.write_text(staged.path("config.yaml"), dumped(config))
        describe_mix_card(staged.staging, staged.final)
        staged.commit()
    except BaseException:
        staged.abort()
        raise
    finally:
        staged.release()
    if echo:
        for warning in result.warnings:
            print(f"curate mix: warning: {warning}", file=sys.stderr)
    return MixRunResult(output=staged.final, ledger=ledger, seconds=time.time() - started)


def mix_facts(rows, tokenizer: Optional[str]) -> tuple[dict[str, Any], list[dict[str, Any]], dict[str, int]]:
    """From the written shards: the stats a card reads (documents, characters, words and bytes per language;
    tokens per language, source and bucket), the composition (documents, tokens and repeats per input, language
    and bucket) and the rows per appearance (`epoch`)."""
    from pyspark.sql import functions as F

    from curate.driver.stats import compute_stats, token_totals

    stats = compute_stats(rows, signals=[])
    if tokenizer is not None:
        stats["tokens"] = token_totals(rows, tokenizer)
    keys = ["set", "language"] + (["bucket"] if "bucket" in rows.columns else [])
    aggregations = [F.count(F.lit(1)).alias("documents"), F.sum((F.col("epoch") > 0).cast("long")).alias("repeated")]
    if tokenizer is not None:
        aggregations.append(F.sum("n_tokens").alias("tokens"))
    composition = [{**{k: r[k] for k in keys}, **{k: int(r[k] or 0) for k in ("documents", "repeated")},
                    **({"tokens": int(r["tokens"] or 0)} if tokenizer is not None else {})}
                   for r in rows.groupBy(*keys).agg(*aggregations).orderBy(*keys).collect()]
    epochs = {str(r["epoch"]): int(r["count"]) for r in rows.groupBy("epoch").count().orderBy("epoch").collect()}
    return stats, composition, epochs


def describe_mix_card(folder: str, final: str) -> None:
    """Write the mix's card (README.md, card.json) into `folder`, links to the inputs' cards made relative to
    `final` (where the mix will live). A failure warns: `curate card <mix>` writes it again."""
    from catalogs.describe import describe_mix
    from catalogs.write import write_card

    try:
        write_card(folder, describe_mix(folder, final))
    except Exception as exc:  # noqa: BLE001 - the mix is written; a card problem must not lose it
        print(f"curate mix: warning: the card was not written ({type(exc).__name__}: {exc}); run "
              f"`curate card <mix output>` to write it", file=sys.stderr)


def _by_set(df, with_tokens: bool) -> dict[str, dict[str, int]]:
    from pyspark.sql import functions as F

    aggregations = [F.count(F.lit(1)).alias("documents")]
    if with_tokens:
        aggregations.append(F.sum("n_tokens").alias("tokens"))
    return {r["set"]: {k: int(v or 0) for k, v in r.asDict().items() if k != "set"}
            for r in df.groupBy("set").agg(*aggregations).collect()}


def _name_shards(spark, fs, folder: str) -> None:
    """Spark's `part-00003-<uuid>.c000.zstd.parquet` → `part-00003.parquet` (the shard's partition); other files
    go, and so does partition 0's file when it holds no rows (Spark writes it whatever, for the schema)."""
    import re

    for path in fs.list_files(folder):
        match = re.search(r"/part-(\d{5})[^/]*\.parquet$", path)
        if match and (match.group(1) != "00000" or spark.read.parquet(path).count() > 0):
            fs.rename(path, f"{folder}/part-{match.group(1)}.parquet")
        else:
            fs.delete(path)


def _write_tokenized(spark, shards: str, folder: str, tokenizer) -> dict[str, int]:
    """One Megatron pair per Parquet shard, under the shard's name: its documents in shard order, EOS after
    each. One task per shard, reading the shard it tokenizes (the output is on a filesystem executors share)."""
    local = folder[len("file:"):] if folder.startswith("file:") else folder
    shard_folder = shards[len("file:"):] if shards.startswith("file:") else shards
    names = sorted(name[:-len(".parquet")] for name in os.listdir(shard_folder) if name.endswith(".parquet"))
    os.makedirs(local, exist_ok=True)

    def write(name: str) -> tuple[int, int]:
        import pyarrow.parquet as pq

        from curate.output.megatron import write_indexed
        from curate.training.tokenizer import EOS
        from filters.tokens import load_tokenizer

        tok = load_tokenizer(tokenizer.local())
        eos = tok.token_to_id(EOS)
        if eos is None:
            raise ValueError(f"the tokenizer has no {EOS} token to end documents with")
        def documents():  # streamed: a 128 MB shard encoded at once held GBs of encodings
            shard = pq.ParquetFile(f"{shard_folder}/{name}.parquet")
            for batch in shard.iter_batches(batch_size=TOKENIZE_BATCH, columns=["text"]):
                texts = [t or "" for t in batch.column(0).to_pylist()]
                for encoding in tok.encode_batch_fast(texts, add_special_tokens=False):
                    yield encoding.ids + [eos]

        return write_indexed(f"{local}/{name}", documents(), tok.get_vocab_size())

    counted = spark.sparkContext.parallelize(names, max(1, len(names))).map(write).collect() if names else []
    return {"documents": sum(d for d, _ in counted), "tokens": sum(t for _, t in counted), "shards": len(counted)}


def _ledger(config: MixConfig, result, realised, read_counts, selected_counts, shards: int,
            tokenized: Optional[dict[str, int]]) -> dict[str, Any]:
    unit = config.budget.unit
    groups = {}
    total = sum(int(r["measure"] or 0) for r in realised.values())
    for name, plan in sorted(result.groups.items()):
        got = realised.get(name, {})
        groups[name] = {"share": plan.share, "target": round(plan.target, 1), "supply": plan.supply,
                        "unique_supply": plan.unique_supply, "passes": plan.passes,
                        "epochs": round(plan.epochs, 3) if plan.unique_supply else None,
                        "realised": int(got.get("measure") or 0), "documents": int(got.get("documents") or 0),
                        "realised_share": round(int(got.get("measure") or 0) / total, 6) if total else 0.0}
    return {"name": config.name, "unit": unit, "budget": config.budget.amount, "realised": total,
            "seed": config.seed, "shards": shards, "groups": groups,
            "sets": {name: {"read": read_counts.get(name, {}), "selected": selected_counts.get(name, {})}
                     for name in (spec.name for spec in config.inputs)},
            "tokenized": tokenized, "warnings": result.warnings}
