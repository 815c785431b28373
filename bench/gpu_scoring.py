"""LM scoring throughput: curate's Spark scoring stage vs a bare PyTorch loop, same model, same batch size.

    python bench/gpu_scoring.py [--docs 20000] [--layers 12] [--width 768] [--batch-size 64] [--cluster]

The model is a GPT-2 built from a config (random weights: throughput does not depend on them) with a BPE
tokenizer trained on the bundled C4 sample; nothing is downloaded. Texts are the C4 sample repeated, each
truncated to --max-length tokens. Both sides sort by length and run bf16 on the GPU (fp32 on CPU).

- bare: tokenizer + length-sorted batches of --batch-size + forward + per-text mean log-probability,
  timed on its second pass.
- spark local: the own pass of curate's `transformer_score_v1` stage (`run_own_pass`) on a DataFrame of the texts
  in local mode (one task),
  timed on its second run (the first loads the model into the Python worker, as any long job amortises).
- spark cluster (--cluster): the same on a standalone master and worker started here, whose worker offers
  the GPU through a discovery script; the scoring stage then runs with its ResourceProfile (1 GPU per task)
  and the device comes from TaskContext.resources(). The stage's resource profile id is read from the REST API.

Prints tokens/s of each and the ratios spark/bare.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def build_model(folder: Path, texts: list[str], layers: int, width: int, vocab: int) -> int:
    """A GPT-2 of the given size with a byte-level BPE tokenizer trained on `texts`; returns its parameters."""
    import torch
    from tokenizers import ByteLevelBPETokenizer
    from transformers import GPT2Config, GPT2LMHeadModel, PreTrainedTokenizerFast

    bpe = ByteLevelBPETokenizer()
    bpe.train_from_iterator(texts, vocab_size=vocab, min_frequency=2, special_tokens=["<pad>", "<eos>"])
    fast = PreTrainedTokenizerFast(tokenizer_object=bpe, pad_token="<pad>", eos_token="<eos>", model_max_length=1024)
    fast.save_pretrained(folder)
    torch.manual_seed(0)
    config = GPT2Config(vocab_size=len(fast), n_positions=1024, n_embd=width, n_layer=layers, n_head=width // 64,
                        pad_token_id=fast.pad_token_id, eos_token_id=fast.eos_token_id)
    model = GPT2LMHeadModel(config)
    model.save_pretrained(folder)
    return sum(p.numel() for p in model.parameters())


def bare_loop(folder: Path, texts: list[str], batch_size: int, max_length: int) -> tuple[list[float], int]:
    """(seconds of each of two passes, tokens) of the plain loop a user would write."""
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    device = "cuda" if torch.cuda.is_available() else "cpu"
    dtype = torch.bfloat16 if device == "cuda" else torch.float32
    tokenizer = AutoTokenizer.from_pretrained(folder)
    model = AutoModelForCausalLM.from_pretrained(folder, dtype=dtype).to(device).eval()

    def run(batch_texts: list[str]) -> int:
        ids = tokenizer(batch_texts, truncation=True, max_length=max_length, add_special_tokens=False)["input_ids"]
        order = sorted(range(len(ids)), key=lambda i: -len(ids[i]))
        tokens = 0
        results = []
        with torch.inference_mode():
            for start in range(0, len(order), batch_size):
                rows = [ids[i] for i in order[start:start + batch_size]]
                width = len(rows[0])
                input_ids = torch.full((len(rows), width), tokenizer.pad_token_id, dtype=torch.long)
                mask = torch.zeros_like(input_ids)
                for r, row in enumerate(rows):
                    input_ids[r, :len(row)] = torch.tensor(row)
                    mask[r, :len(row)] = 1
                input_ids, mask = input_ids.to(device), mask.to(device)
                logits = model(input_ids=input_ids, attention_mask=mask).logits[:, :-1]
                loss = torch.nn.functional.cross_entropy(logits.reshape(-1, logits.shape[-1]).float(),
                                                         input_ids[:, 1:].reshape(-1), reduction="none")
                m = mask[:, 1:].float()
                results.append(((loss.view(m.shape) * m).sum(-1) / m.sum(-1)).cpu())
                tokens += sum(len(r) for r in rows)
        return tokens

    seconds = []
    for _ in range(2):  # timed on the second pass, as the Spark side: kernels chosen, allocator warm
        started = time.perf_counter()
        tokens = run(texts)
        if device == "cuda":
            torch.cuda.synchronize()
        seconds.append(time.perf_counter() - started)
    return seconds, tokens


def spark_scoring(spark, folder: Path, texts: list[str], batch_size: int, max_length: int, work: Path,
                  device: str = "auto", runs: int = 2) -> list[float]:
    """Seconds of each run of curate's scoring stage over `texts` (one task), writing its checkpoint."""
    from pyspark.sql import functions as F

    from curate.config import parse_config
    from curate.driver.own_pass import run_own_pass, ship_stage_files
    from curate.driver.prepare import stage_files

    config = parse_config({
        "name": "bench", "inputs": [{"paths": ["unused"]}], "output": {"path": str(work / "unused")},
        "stages": [{"stage": "transformer_score_v1", "name": "lm", "params": {
            "kind": "causal_lm", "model": str(folder), "batch_size": batch_size,
            "batch_tokens": batch_size * max_length, "max_length": max_length, "device": device}}],
    })
    spec = config.stages[0]
    files = ship_stage_files(spark, config, stage_files(config))[spec.name]
    work.mkdir(parents=True, exist_ok=True)
    path = work / "texts.parquet"
    import pyarrow as pa
    import pyarrow.parquet as pq

    pq.write_table(pa.table({"id": [str(i) for i in range(len(texts))], "text": texts}), path)
    rows = spark.read.parquet(str(path)).coalesce(1).withColumn("drop_reason", F.lit(None).cast("string"))
    seconds = []
    for run in range(runs):
        started = time.perf_counter()
        folder = work / f"run-{run}"
        scored = _checkpoint(spark, run_own_pass(spark, rows, spec, files), folder / "scored")
        count = scored.where(F.col("lm_perplexity").isNotNull()).count()
        seconds.append(time.perf_counter() - started)
        assert count == len(texts), count
    return seconds


def _checkpoint(spark, df, path: Path):
    df.write.mode("overwrite").parquet(str(path))
    return spark.read.parquet(str(path))


def start_cluster(work: Path) -> list[subprocess.Popen]:
    """A standalone master and one worker on loopback; the worker offers GPU 0 through a discovery script."""
    import pyspark

    spark_home = os.path.dirname(pyspark.__file__)
    script = work / "gpus.sh"
    script.write_text('#!/bin/sh\necho \'{"name": "gpu", "addresses": ["0"]}\'\n')
    script.chmod(0o755)
    env = {**os.environ, "SPARK_HOME": spark_home, "SPARK_WORKER_OPTS":
           f"-Dspark.worker.resource.gpu.amount=1 -Dspark.worker.resource.gpu.discoveryScript={script}"}
    spark_class = os.path.join(spark_home, "bin", "spark-class")
    master = subprocess.Popen([spark_class, "org.apache.spark.deploy.master.Master", "--host", "127.0.0.1",
                               "--port", "7077", "--webui-port", "8090"], env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(4)
    worker = subprocess.Popen([spark_class, "org.apache.spark.deploy.worker.Worker", "spark://127.0.0.1:7077",
                               "--cores", "4", "--memory", "16g", "--webui-port", "8091"], env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(6)
    return [master, worker]


def scoring_profiles(app_ui: str) -> list[dict]:
    """(stage name, resource profile id) of the application's stages, from Spark's REST API."""
    apps = json.load(urllib.request.urlopen(f"{app_ui}/api/v1/applications"))
    stages = json.load(urllib.request.urlopen(f"{app_ui}/api/v1/applications/{apps[0]['id']}/stages"))
    return [{"stage": s["stageId"], "name": s["name"][:60], "profile": s.get("resourceProfileId")} for s in stages]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=20_000)
    parser.add_argument("--layers", type=int, default=12)
    parser.add_argument("--width", type=int, default=768)
    parser.add_argument("--vocab", type=int, default=32_000)
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--max-length", type=int, default=512)
    parser.add_argument("--device", default="auto", choices=["auto", "cuda", "cpu"], help="of the Spark scorer")
    parser.add_argument("--cluster", action="store_true", help="also run on a standalone cluster with a GPU resource")
    parser.add_argument("--out", default=str(ROOT / "bench" / "results" / "gpu_scoring.json"))
    args = parser.parse_args()

    import torch

    base = [json.loads(line)["text"] for line in (ROOT / "data" / "sample" / "c4_demo.jsonl").read_text().splitlines()]
    texts = [base[i % len(base)] for i in range(args.docs)]
    work = Path(tempfile.mkdtemp(prefix="curate-gpu-bench-"))
    folder = work / "model"
    parameters = build_model(folder, base, args.layers, args.width, args.vocab)
    device = torch.cuda.get_device_name(0) if torch.cuda.is_available() else "CPU"
    print(f"model: GPT-2 {args.layers} layers × {args.width}, {parameters / 1e6:.1f} M parameters; device: {device}; "
          f"{args.docs} texts, max {args.max_length} tokens, batch size {args.batch_size}", flush=True)

    bare_runs, tokens = bare_loop(folder, texts, args.batch_size, args.max_length)
    bare_seconds = bare_runs[-1]
    results = {"model_parameters": parameters, "device": device, "docs": args.docs, "tokens": tokens,
               "batch_size": args.batch_size, "max_length": args.max_length,
               "bare": {"seconds": [round(s, 3) for s in bare_runs], "tokens_per_s": round(tokens / bare_seconds)}}
    print(f"bare PyTorch loop: {tokens} tokens, runs {[round(s, 2) for s in bare_runs]} s → "
          f"{tokens / bare_seconds:,.0f} tokens/s", flush=True)

    from pyspark.sql import SparkSession

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    spark = (SparkSession.builder.master("local[1]").config("spark.ui.showConsoleProgress", "false")
             .config("spark.driver.memory", "8g").getOrCreate())
    runs = spark_scoring(spark, folder, texts, args.batch_size, args.max_length, work / "local", args.device)
    spark.stop()
    results["spark_local"] = {"seconds": [round(s, 3) for s in runs], "tokens_per_s": round(tokens / runs[-1]),
                              "ratio_to_bare": round(bare_seconds / runs[-1], 3)}
    print(f"spark local (one task): runs {[round(s, 2) for s in runs]} s → {tokens / runs[-1]:,.0f} tokens/s = "
          f"{bare_seconds / runs[-1]:.3f}× bare", flush=True)

    if args.cluster:
        processes = start_cluster(work)
        try:
            script = work / "gpus.sh"
            spark = (SparkSession.builder.master("spark://127.0.0.1:7077")
                     .config("spark.ui.showConsoleProgress", "false").config("spark.driver.memory", "8g")
                     .config("spark.executor.memory", "12g").config("spark.executor.cores", "4")
                     .config("spark.executor.resource.gpu.amount", "1")
                     .config("spark.executor.resource.gpu.discoveryScript", str(script))
                     .config("spark.task.resource.gpu.amount", "0.25")  # CPU stages share the GPU slot
                     .config("spark.executorEnv.PYTHONPATH", os.environ.get("PYTHONPATH", str(ROOT)))
                     .config("spark.ui.port", "4050").getOrCreate())
            runs = spark_scoring(spark, folder, texts, args.batch_size, args.max_length, work / "cluster", args.device)
            profiles = scoring_profiles("http://127.0.0.1:4050")
            spark.stop()
        finally:
            for process in processes:
                process.terminate()
        results["spark_cluster"] = {"seconds": [round(s, 3) for s in runs], "tokens_per_s": round(tokens / runs[-1]),
                                    "ratio_to_bare": round(bare_seconds / runs[-1], 3), "stages": profiles}
        print(f"spark standalone (ResourceProfile, 1 GPU per task): runs {[round(s, 2) for s in runs]} s → "
              f"{tokens / runs[-1]:,.0f} tokens/s = {bare_seconds / runs[-1]:.3f}× bare", flush=True)
        print("stages and resource profiles:", [(p["name"][:30], p["profile"]) for p in profiles], flush=True)
    os.makedirs(os.path.dirname(args.out), exist_ok=True)
    with open(args.out, "w") as handle:
        json.dump(results, handle, indent=2)
    print(f"results: {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
