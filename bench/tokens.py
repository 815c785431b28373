"""Token counting inside the pipeline against bare Hugging Face `tokenizers` batch encoding, per core, same run.

    .venv/bin/python bench/tokens.py [--docs 50000] [--repeats 3] [--vocab 32000] [--shared ../shared/data]

Documents: the real bench corpus of bench/dedup.py (extracted trafilatura-eval pages and the C4 sample of
../shared/data), cycled to --docs documents of JSONL. The tokenizer: a byte-level BPE of --vocab tokens trained
here on those documents with `tokenizers` (GPT-2's scheme), saved as a tokenizer.json.
1. Bare: `Tokenizer.encode_batch_fast` over the same documents in batches of 1,000, one thread
   (TOKENIZERS_PARALLELISM=false): tokens per second.
2. Inside the pipeline: the JSONL read, `tokenizer:` (tokens_v1) and the write, in Spark local[1], against the
   same run without `tokenizer:`, --repeats alternating runs; the tokens stage's cost is the difference of the
   two, and its rate is the tokens counted over that difference.
Prints both rates and their ratio (target ≥ 0.9) by the same statistic on both sides, the best of the repeats and
their median, and checks that the pipeline's token total equals the bare one.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Optional

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ["TOKENIZERS_PARALLELISM"] = "false"


def corpus(shared: Path, count: int) -> list[str]:
    from bench.dedup import real_documents

    texts = [d["text"] for d in real_documents(shared)]
    return [texts[i % len(texts)] for i in range(count)]


def train(texts: list[str], vocab: int, folder: Path) -> Path:
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers

    tokenizer = Tokenizer(models.BPE())
    tokenizer.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tokenizer.decoder = decoders.ByteLevel()
    tokenizer.train_from_iterator(sorted(set(texts)), trainers.BpeTrainer(
        vocab_size=vocab, special_tokens=["<|endoftext|>"], initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
        show_progress=False))
    folder.mkdir(parents=True, exist_ok=True)
    tokenizer.save(str(folder / "tokenizer.json"))
    return folder


def bare(texts: list[str], folder: Path, repeats: int) -> tuple[int, list[float]]:
    """(tokens, seconds of each repeat) of encode_batch_fast over `texts` in batches of 1,000, one thread."""
    from tokenizers import Tokenizer

    tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
    times, total = [], 0
    for _ in range(repeats):
        started = time.perf_counter()
        total = 0
        for i in range(0, len(texts), 1000):
            total += sum(len(e.ids) for e in tokenizer.encode_batch_fast(texts[i:i + 1000], add_special_tokens=False))
        times.append(time.perf_counter() - started)
    return total, times


def pipeline(source: Path, folder: Optional[Path], out: Path) -> tuple[float, dict]:
    """Wall seconds of one run (local[1]) reading `source`, counting tokens with `folder` (None: not at all)."""
    from curate.config import parse_config
    from curate.driver.run import run

    data = {"name": "tokens-bench", "inputs": [{"paths": [str(source)], "source": "bench"}],
            "output": {"path": str(out), "overwrite": True, "rejects": "none"}}
    if folder is not None:
        data["tokenizer"] = str(folder)
    started = time.perf_counter()
    result = run(parse_config(data), echo=False)
    return time.perf_counter() - started, result.stats



def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=50_000)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--vocab", type=int, default=32_000)
    parser.add_argument("--shared", default=str(ROOT.parent / "shared" / "data"))
    args = parser.parse_args()
    from curate.driver.session import get_session

    work = Path(tempfile.mkdtemp(prefix="curate-tokens-bench-"))
    texts = corpus(Path(args.shared), args.docs)
    source = work / "docs.jsonl"
    with source.open("w", encoding="utf-8") as handle:
        for i, text in enumerate(texts):
            handle.write(json.dumps({"id": str(i), "text": text}, ensure_ascii=False) + "\n")
    folder = train(texts, args.vocab, work / "bpe")
    tokens, bare_seconds = bare(texts, folder, args.repeats)
    spark = get_session(cli_conf={"spark.master": "local[1]", "spark.ui.showConsoleProgress": "false"})
    spark.range(1).count()
    pipeline(source, folder, work / "warm")  # JVM, workers and the tokenizer loaded once before timing
    with_tokens, without = [], []
    counted = None
    for _ in range(args.repeats):
        seconds, stats = pipeline(source, folder, work / "with")
        with_tokens.append(seconds)
        counted = stats["tokens"]["total"]
        without.append(pipeline(source, None, work / "without")[0])
    spark.stop()
    print(f"{args.docs} documents, {tokens:,} tokens (byte-level BPE, vocabulary {args.vocab:,}), 1 core")
    print(f"  bare tokenizers encode_batch_fast: best {min(bare_seconds):6.2f} s, median "
          f"{statistics.median(bare_seconds):6.2f} s of {[round(s, 2) for s in bare_seconds]}")
    print(f"  pipeline with tokenizer:  best {min(with_tokens):6.2f} s, median {statistics.median(with_tokens):6.2f} s "
          f"of {[round(s, 2) for s in with_tokens]}")
    print(f"  pipeline without:         best {min(without):6.2f} s, median {statistics.median(without):6.2f} s "
          f"of {[round(s, 2) for s in without]}")
    for statistic, pick in (("best", min), ("median", statistics.median)):
        stage_seconds = pick(with_tokens) - pick(without)
        bare_rate = tokens / pick(bare_seconds)
        inside_rate = counted / stage_seconds if stage_seconds > 0 else float("inf")
        print(f"  {statistic:>6}: tokens stage inside the pipeline {stage_seconds:6.2f} s, {inside_rate / 1e6:5.2f} M "
              f"tokens/s; bare {bare_rate / 1e6:5.2f} M tokens/s; inside / bare {inside_rate / bare_rate:.2f} "
              f"(target ≥ 0.9)")
    print(f"  token totals equal: {counted == tokens}")

if __name__ == "__main__":
    main()
