"""n-gram language models estimated on Spark: interpolated modified Kneser–Ney, written as ARPA for KenLM.

There is no `lmplz` here; this replaces it. Raw counts are taken per partition in Python (one pass over the
text, partial sums flushed as they grow), summed by Spark, then turned order by order into adjusted counts,
discounts, context statistics and interpolated probabilities with DataFrame joins (see
`quality_model/kneser_ney.py` for the formulas). Every order's table is written to a work folder, so lineage
stays short and nothing but the counts of counts and the final ARPA lines reaches the driver.

The output is a model folder: `model.arpa`, `tokenizer.model` when SentencePiece is used, and `lm.json`
(order, tokenisation, discounts, counts) that `perplexity_v1` reads to prepare text exactly as here.
"""

from __future__ import annotations

import json
import os
import shutil
import time
from collections import Counter
from dataclasses import asdict, dataclass, field
from typing import Any, Iterator, Optional

import pyarrow as pa

from curate.config import InputSpec, ReadConfig
from curate.io.paths import expand_inputs
from curate.schema import DROP_REASON
from quality_model.kneser_ney import NO_PROBABILITY, arpa_entry, discounts, sentence_ngrams
from quality_model.lm_text import BOS, UNK, LmTokenizer, sentences, train_sentencepiece

ARPA_FILE = "model.arpa"
TOKENIZER_FILE = "tokenizer.model"
MANIFEST_FILE = "lm.json"
FLUSH_ENTRIES = 400_000  # a partition's partial counts are emitted when they hold this many n-grams


@dataclass
class LmOptions:
    """How the model is estimated and how text is prepared for it (scoring prepares text the same way)."""

    order: int = 5
    language: Optional[str] = None
    split_sentences: bool = True  # paragraphs are cut into sentences before counting
    accents: bool = True  # CCNet normalisation: remove accents
    digits: bool = True  # CCNet normalisation: every digit → 0
    sentencepiece_vocab: int = 0  # > 0: train a SentencePiece model of about this size and count its pieces
    sentencepiece_sample: int = 200_000  # sentences the SentencePiece model is trained on (the first ones)


@dataclass
class LmSummary:
    """What an estimation produced; written as lm.json beside the ARPA file."""

    order: int
    language: Optional[str]
    split_sentences: bool
    accents: bool
    digits: bool
    tokenizer: Optional[str]
    sentences: int
    tokens: int
    ngrams: list[int]
    discounts: list[list[float]]
    fallback_discounts: list[bool]
    inputs: list[str] = field(default_factory=list)
    seconds: float = 0.0


def read_manifest(model_dir: str) -> dict[str, Any]:
    """The lm.json of a model folder."""
    with open(os.path.join(model_dir, MANIFEST_FILE), encoding="utf-8") as handle:
        return json.load(handle)


def _count_function(options: LmOptions, tokenizer_model: Optional[bytes]):
    """mapInArrow function: document texts → partial raw n-gram counts (n, gram, count)."""

    def run(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
        tokenizer = LmTokenizer(tokenizer_model, options.accents, options.digits)
        counts: Counter = Counter()
        seen = [0, 0]  # sentences, tokens

        def flush() -> pa.RecordBatch:
            keys = list(counts)
            batch = pa.RecordBatch.from_arrays(
                [pa.array([k[0] for k in keys], pa.int32()), pa.array([k[1] for k in keys], pa.string()),
                 pa.array([counts[k] for k in keys], pa.int64())], names=["n", "gram", "count"])
            counts.clear()
            return batch

        for batch in batches:
            for text in batch.column("text").to_pylist():
                for paragraph in (text or "").split("\n"):
                    for sentence in (sentences(paragraph) if options.split_sentences else [paragraph]):
                        tokens = tokenizer.tokens(sentence)
                        if not tokens:
                            continue
                        seen[0] += 1
                        seen[1] += len(tokens)
                        for n, gram in sentence_ngrams(tokens, options.order):
                            counts[(n, gram)] += 1
                if len(counts) >= FLUSH_ENTRIES:
                    yield flush()
        # the sentence and token totals travel as two rows of order 0
        counts[(0, "sentences")] += seen[0]
        counts[(0, "tokens")] += seen[1]
        yield flush()

    return run


def estimate(spark, texts, options: LmOptions, output_dir: str, work_dir: str,
             tokenizer_model: Optional[bytes] = None, inputs: Optional[list[str]] = None) -> LmSummary:
    """Estimate the model from `texts` (a DataFrame with a `text` column) and write the model folder."""
    from pyspark.sql import functions as F

    started = time.time()
    order = options.order

    def saved(df, name: str):
        path = os.path.join(work_dir, name)
        df.write.mode("overwrite").parquet(path)
        return spark.read.parquet(path)

    partial = texts.select("text").mapInArrow(_count_function(options, tokenizer_model),
                                              "n int, gram string, count bigint")
    raw = saved(partial.groupBy("n", "gram").agg(F.sum("count").alias("count")), "raw")
    totals = {r["gram"]: r["count"] for r in raw.where(F.col("n") == 0).collect()}
    if not totals.get("sentences"):
        raise ValueError("the training text has no sentences with tokens: nothing to estimate")

    # adjusted counts, highest order first
    tables = {order: saved(raw.where(F.col("n") == order).select("gram", F.col("count").alias("a")), f"a{order}")}
    for n in range(order - 1, 0, -1):
        continuation = (tables[n + 1].select(F.substring_index("gram", " ", -n).alias("gram"))
                        .groupBy("gram").agg(F.count(F.lit(1)).alias("a")))
        starts = raw.where(F.col("n") == n).select("gram", F.col("count").alias("a"))
        tables[n] = saved(continuation.unionByName(starts), f"a{n}")

    order_discounts: dict[int, tuple[float, float, float]] = {}
    fallback: dict[int, bool] = {}
    for n in range(1, order + 1):
        counted = tables[n].where(F.col("gram") != BOS).groupBy(F.least("a", F.lit(5)).alias("k")).count().collect()
        by_k = {r["k"]: r["count"] for r in counted}
        order_discounts[n], fallback[n] = discounts([by_k.get(k, 0) for k in (1, 2, 3, 4)])

    def discount_of(n: int):
        d1, d2, d3 = order_discounts[n]
        return F.when(F.col("a") == 1, F.lit(d1)).when(F.col("a") == 2, F.lit(d2)).otherwise(F.lit(d3))

    def context_stats(n: int):
        """Per context of order n: its total adjusted count and γ."""
        table = tables[n].where(F.col("gram") != BOS) if n == 1 else tables[n]
        prefix = F.substring_index("gram", " ", n - 1) if n > 1 else F.lit("")
        return (table.withColumn("d", discount_of(n)).groupBy(prefix.alias("context"))
                .agg(F.sum("a").alias("total"), F.sum("d").alias("mass"))
                .select("context", "total", (F.col("mass") / F.col("total")).alias("gamma")))

    stats = {n: saved(context_stats(n), f"ctx{n}") for n in range(1, order + 1)}
    probabilities = {}
    unigram_stats = stats[1].first()
    unigrams = tables[1].where(F.col("gram") != BOS)
    has_unk = unigrams.where(F.col("gram") == UNK).limit(1).count() > 0
    vocabulary = unigrams.count() + (0 if has_unk else 1)
    uniform = unigram_stats["gamma"] / vocabulary
    p1 = unigrams.select("gram", ((F.col("a") - discount_of(1)) / F.lit(unigram_stats["total"])
                                  + F.lit(uniform)).alias("p"))
    specials = [(BOS, 0.0)] + ([] if has_unk else [(UNK, uniform)])
    probabilities[1] = saved(p1.unionByName(spark.createDataFrame(specials, "gram string, p double")), "p1")
    for n in range(2, order + 1):
        lower = probabilities[n - 1].select(F.col("gram").alias("suffix"), F.col("p").alias("lower"))
        context = stats[n].select("context", "total", F.col("gamma").alias("context_gamma"))
        joined = (tables[n].withColumn("context", F.substring_index("gram", " ", n - 1))
                  .withColumn("suffix", F.substring_index("gram", " ", -(n - 1)))
                  .join(context, "context").join(lower, "suffix"))
        p = (F.col("a") - discount_of(n)) / F.col("total") + F.col("context_gamma") * F.col("lower")
        probabilities[n] = saved(joined.select("gram", p.alias("p")), f"p{n}")

    os.makedirs(output_dir, exist_ok=True)
    counts = [probabilities[n].count() for n in range(1, order + 1)]
    arpa_path = os.path.join(output_dir, ARPA_FILE)
    partial_path = arpa_path + ".partial"
    with open(partial_path, "w", encoding="utf-8") as arpa:
        arpa.write("\\data\\\n")
        for n, count in enumerate(counts, start=1):
            arpa.write(f"ngram {n}={count}\n")
        for n in range(1, order + 1):
            arpa.write(f"\n\\{n}-grams:\n")
            rows = probabilities[n]
            if n < order:
                backoff = stats[n + 1].select(F.col("context").alias("gram"), "gamma")
                rows = rows.join(backoff, "gram", "left")
            else:
                rows = rows.withColumn("gamma", F.lit(None).cast("double"))
            log_p = F.when(F.col("p") > 0, F.log10("p")).otherwise(F.lit(NO_PROBABILITY))
            for row in rows.select("gram", log_p.alias("lp"), F.log10("gamma").alias("lb")).orderBy("gram").toLocalIterator():
                arpa.write(arpa_entry(row["lp"], row["gram"], row["lb"]) + "\n")
        arpa.write("\n\\end\\\n")
    os.replace(partial_path, arpa_path)
    if tokenizer_model is not None:
        with open(os.path.join(output_dir, TOKENIZER_FILE), "wb") as handle:
            handle.write(tokenizer_model)
    summary = LmSummary(
        order=order, language=options.language, split_sentences=options.split_sentences, accents=options.accents,
        digits=options.digits, tokenizer=TOKENIZER_FILE if tokenizer_model is not None else None,
        sentences=int(totals["sentences"]), tokens=int(totals.get("tokens", 0)), ngrams=counts,
        discounts=[list(order_discounts[n]) for n in range(1, order + 1)],
        fallback_discounts=[fallback[n] for n in range(1, order + 1)], inputs=list(inputs or []),
        seconds=round(time.time() - started, 2))
    with open(os.path.join(output_dir, MANIFEST_FILE), "w", encoding="utf-8") as handle:
        json.dump(asdict(summary), handle, indent=2, ensure_ascii=False)
    return summary


def training_texts(spark, inputs: list[InputSpec], read: Optional[ReadConfig] = None):
    """The documents of `inputs` (any format the pipeline reads; HTML extracted) as a DataFrame of `text`."""
    from pyspark.sql import functions as F

    from curate.driver.run import annotate, session_tasks
    from curate.executor.row_pass import RunPlan
    from filters.extract import ExtractParams

    files = expand_inputs(inputs)
    plan = RunPlan(files=files, tasks=session_tasks(spark, files)[0],
                   inputs=inputs, read=read or ReadConfig(), extract=ExtractParams(), stages=[], stage_files={})
    return annotate(spark, plan).where(F.col(DROP_REASON).isNull()).select("id", "text")


def train_lm(spark, inputs: list[InputSpec], options: LmOptions, output_dir: str) -> LmSummary:
    """Read `inputs`, (train SentencePiece,) estimate the n-gram model and write the model folder.

    The driver writes the ARPA file, so `output_dir` is a local path; the intermediate tables go to
    `output_dir/_work` (on a cluster, a folder every executor reaches) and are removed at the end.
    """
    if options.order < 2:
        raise ValueError(f"order must be ≥ 2 (KenLM needs contexts), got {options.order}")
    texts = training_texts(spark, inputs)
    tokenizer_model = None
    if options.sentencepiece_vocab > 0:
        def sample() -> Iterator[str]:
            taken = 0
            for row in texts.orderBy("id").select("text").toLocalIterator():
                for paragraph in (row["text"] or "").split("\n"):
                    for sentence in (sentences(paragraph) if options.split_sentences else [paragraph]):
                        yield sentence
                        taken += 1
                        if taken >= options.sentencepiece_sample:
                            return
        tokenizer_model = train_sentencepiece(sample(), options.sentencepiece_vocab, options.accents, options.digits)
    work_dir = os.path.join(output_dir, "_work")  # beside the model: a path the executors can also reach
    try:
        return estimate(spark, texts, options, output_dir, work_dir, tokenizer_model,
                        inputs=[p for spec in inputs for p in spec.paths])
    finally:
        shutil.rmtree(work_dir, ignore_errors=True)
