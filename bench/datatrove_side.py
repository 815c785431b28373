"""The datatrove half of bench/filters.py, bench/dedup.py and bench/warc.py, run with the bench-only environment's Python (datatrove is never
a dependency of curate). Its commands:

  parity CORPUS OUT        per document, the decision of each datatrove filter run alone on the original text
  speed  CORPUS_DIR OUT    LocalPipelineExecutor, 1 task / 1 worker: LID → Gopher rep. → Gopher quality → C4 →
                           FineWeb, JSONL in and out; prints {"docs": N, "seconds": S} as JSON
  warc WARC OUT LID        WarcReader → Trafilatura(favour_precision=True, deduplicate=False) → LID → the four
                           filters → JSONL, 1 task / 1 worker; prints {"seconds": S, "kept": K}
  minhash CORPUS_DIR OUT   the 4-stage MinHash dedup (signatures → buckets → clusters → filter), default
                           MinhashConfig (5-grams, 14 bands × 8), 1 task / 1 worker per stage; writes
                           OUT/survivors.json (removed id → the kept id of its cluster) and prints
                           {"seconds": S, "kept": K}
"""

import json
import os
import shutil
import sys
import time


def place_lid_model(lid_path: str) -> None:
    """Put the shipped lid.176 where datatrove's LanguageFilter looks, so it downloads nothing."""
    from datatrove.io import strip_protocol
    from datatrove.utils.lid import FT176LID
    from huggingface_hub import cached_assets_path

    folder = cached_assets_path(library_name="datatrove", namespace="lid", subfolder=FT176LID.MODEL_SUBFOLDER)
    target = os.path.join(str(folder), strip_protocol(FT176LID.MODEL_URL).replace("/", "_"))
    if not os.path.exists(target + ".completed"):
        shutil.copy(lid_path, target)
        open(target + ".completed", "w").close()


def filters():
    from datatrove.pipeline.filters import (C4QualityFilter, FineWebQualityFilter, GopherQualityFilter,
                                            GopherRepetitionFilter)

    return {"gopher_repetition": GopherRepetitionFilter(), "gopher_quality": GopherQualityFilter(),
            "c4": C4QualityFilter(), "fineweb_quality": FineWebQualityFilter()}


def parity(corpus: str, out: str) -> None:
    from datatrove.data import Document

    chain = filters()
    with open(corpus) as source, open(out, "w") as sink:
        for line in source:
            record = json.loads(line)
            decisions = {}
            for family, flt in chain.items():
                doc = Document(text=record["text"], id=record["id"])
                verdict = flt.filter(doc)
                decisions[family] = "keep" if verdict is True else verdict[1]
                if family == "c4" and verdict is True:
                    decisions["c4_text"] = doc.text
            sink.write(json.dumps({"id": record["id"], **decisions}) + "\n")


def speed(corpus_dir: str, out: str, lid_path: str) -> None:
    from datatrove.pipeline.readers import JsonlReader

    run_chain([JsonlReader(corpus_dir, glob_pattern="*.jsonl")], out, lid_path)


def warc(warc_path: str, out: str, lid_path: str) -> None:
    """The crawl chain: WarcReader → Trafilatura (FineWeb's settings) → LID → the four filters → JSONL."""
    from datatrove.pipeline.extractors import Trafilatura
    from datatrove.pipeline.readers import WarcReader

    run_chain([WarcReader(os.path.dirname(warc_path), glob_pattern=os.path.basename(warc_path)),
               Trafilatura(favour_precision=True, deduplicate=False)], out, lid_path)


def run_chain(head: list, out: str, lid_path: str) -> None:
    """`head` (reader, extractor) → LID ≥ 0.65 → Gopher repetition → Gopher quality → C4 → FineWeb → JSONL, one
    task and one worker; prints {"seconds": S, "kept": K}."""
    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.filters import LanguageFilter
    from datatrove.pipeline.writers import JsonlWriter

    place_lid_model(lid_path)
    chain = filters()
    pipeline = [*head, LanguageFilter(language_threshold=0.65), chain["gopher_repetition"],
                chain["gopher_quality"], chain["c4"], chain["fineweb_quality"], JsonlWriter(out, compression=None)]
    started = time.time()
    LocalPipelineExecutor(pipeline=pipeline, tasks=1, workers=1, logging_dir=out + "_logs").run()
    seconds = time.time() - started
    kept = sum(1 for name in os.listdir(out) for _ in open(os.path.join(out, name)))
    print(json.dumps({"seconds": seconds, "kept": kept}))


def minhash(corpus_dir: str, out: str) -> None:
    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.dedup.minhash import (MinhashConfig, MinhashDedupBuckets, MinhashDedupCluster,
                                                  MinhashDedupFilter, MinhashDedupSignature)
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter

    config = MinhashConfig()
    shutil.rmtree(out, ignore_errors=True)

    def reader():
        return JsonlReader(corpus_dir, glob_pattern="*.jsonl", id_key="id")

    stages = [
        [reader(), MinhashDedupSignature(output_folder=f"{out}/signatures", config=config)],
        [MinhashDedupBuckets(input_folder=f"{out}/signatures", output_folder=f"{out}/buckets", config=config)],
        [MinhashDedupCluster(input_folder=f"{out}/buckets", output_folder=f"{out}/remove_ids", config=config,
                             save_cluster_id=True)],
        [reader(), MinhashDedupFilter(input_folder=f"{out}/remove_ids", load_cluster_ids=True,
                                      exclusion_writer=JsonlWriter(f"{out}/removed", compression=None)),
         JsonlWriter(f"{out}/kept", compression=None)],
    ]
    started = time.time()
    for number, pipeline in enumerate(stages):
        tasks = config.num_buckets if number == 1 else 1  # the buckets stage runs one task per band
        LocalPipelineExecutor(pipeline=pipeline, tasks=tasks, workers=1, logging_dir=f"{out}/logs-{number}").run()
    seconds = time.time() - started

    def documents(folder):
        for name in sorted(os.listdir(folder)):
            for line in open(os.path.join(folder, name)):
                yield json.loads(line)

    survivor_of_cluster = {}
    kept = 0
    for doc in documents(f"{out}/kept"):
        kept += 1
        cluster = doc["metadata"].get("minhash_cluster_id", -1)
        if cluster != -1:
            survivor_of_cluster[cluster] = doc["id"]
    survivors = {doc["id"]: survivor_of_cluster[doc["metadata"]["minhash_cluster_id"]]
                 for doc in documents(f"{out}/removed")}
    with open(f"{out}/survivors.json", "w") as handle:
        json.dump(survivors, handle)
    print(json.dumps({"seconds": seconds, "kept": kept}))


if __name__ == "__main__":
    command = sys.argv[1]
    if command == "parity":
        parity(sys.argv[2], sys.argv[3])
    elif command == "speed":
        speed(sys.argv[2], sys.argv[3], sys.argv[4])
    elif command == "warc":
        warc(sys.argv[2], sys.argv[3], sys.argv[4])
    elif command == "minhash":
        minhash(sys.argv[2], sys.argv[3])
    else:
        raise SystemExit(__doc__)
