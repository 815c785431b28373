"""Sets for the card and catalog tests, made the way users make them:

- `hostile-web`: a pipeline run over documents whose text (kept and rejected) holds `<script>` and
  `<img onerror=…>`, in three languages, with duplicates, too-short documents and one copy of a benchmark item;
  it is decontaminated against the `bench` set's file, and its tokens counted with a tiny BPE model folder;
- `bench`: `curate card` on a JSONL benchmark (card beside the data);
- `alpaca` (SFT) and `dpo` (preference): `curate card` on copies of the bundled samples;
- `parquet-text`: `curate card` on a Parquet file, the card written to another folder (`--out`).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from tests import tiny_models
from tests.conftest import ROOT

PAYLOADS = ['<script>window.__pwned = 1</script>', '<img src="x" onerror="window.__pwned = 2">']

ENGLISH = [
    "The river that runs through the old town was once the main road for traders who carried salt, wool and grain "
    "to the markets of the coast, and the stone bridges they built still stand above the water today.",
    "Gardeners who want tomatoes in early summer start the seeds indoors in late winter, keep the young plants in "
    "a bright window and move them outside only when the nights are warm enough for the roots to grow.",
    "A good recipe for bread needs only flour, water, salt and yeast, but the baker must give the dough time to "
    "rise slowly, because the long wait is what brings out the flavour and the open texture of the crumb.",
    "The library in the village opens three days a week, and volunteers run a reading group for children every "
    "Saturday morning, where they read stories aloud and talk about the books they have borrowed.",
    "When the weather turns cold the birds that stay through the winter gather near houses where people leave "
    "seeds and water out for them, and watching them from the kitchen window is a pleasure for many families.",
]
GERMAN = [
    "Der kleine Bahnhof am Rand der Stadt wurde vor hundert Jahren gebaut, und noch heute halten dort jeden Morgen "
    "die Züge, die Pendler und Schüler in die nächste größere Stadt bringen, wo sie arbeiten oder lernen.",
    "Im Herbst sammeln die Kinder im Wald Kastanien und Blätter, aus denen sie in der Schule bunte Bilder basteln, "
    "die dann im Flur hängen, damit alle Eltern sie beim nächsten Elternabend ansehen können.",
]
FRENCH = [
    "Le marché du samedi matin attire les habitants de tout le quartier, qui viennent acheter des légumes frais, "
    "du fromage et du pain chez les producteurs de la région, puis prennent un café sur la place.",
]
BENCH_ITEMS = [
    {"question": "Janet has three boxes with twelve apples in each box and gives away seven apples to her neighbours. "
                 "How many apples does she have left at the end of the day?", "answer": "29"},
    {"question": "A train travels ninety kilometres in the first hour and sixty kilometres in the second hour of "
                 "its journey. What was its average speed over the two hours?", "answer": "75"},
    {"question": "Tom reads twenty pages of his book every evening and the book has three hundred pages in total. "
                 "How many evenings does he need to finish the whole book?", "answer": "15"},
]


def _jsonl(path: Path, rows: list[dict]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")


def hostile_documents() -> list[dict]:
    """Every English document carries both payloads; two are repeated (dedup), two are too short (rejected,
    payload and all), one copies a benchmark question (decontamination); a German one holds an e-mail address."""
    docs = [{"text": f"{text} Markup seen in the wild: {PAYLOADS[0]} and {PAYLOADS[1]}", "url": "javascript:alert(1)"}
            for text in ENGLISH]
    docs += [dict(docs[0]), dict(docs[1])]
    docs += [{"text": text} for text in GERMAN + FRENCH]
    docs[-3]["text"] += " Fragen an bahnhof.verein@example.de."  # an e-mail address pii_v1 replaces
    docs += [{"text": f"Too short {PAYLOADS[0]}"}, {"text": f"Tiny {PAYLOADS[1]}"}]
    docs.append({"text": "Homework help: " + BENCH_ITEMS[0]["question"] + " Show every step of the working."})
    return docs


def hostile_config(inputs: Path, bench: Path, output: Path, tokenizer: Path) -> dict:
    return {
        "name": "hostile-web",
        "inputs": [{"paths": [str(inputs)], "source": "hostile"}],
        "stages": [
            {"stage": "language_id_v1", "rules": [{"name": "min_score", "signal": "language_score", "op": ">=",
                                                   "value": 0.3}]},
            {"stage": "length_v1", "rules": [{"name": "min_words", "signal": "n_words", "op": ">=", "value": 12}]},
            {"stage": "decontamination_v1", "params": {"benchmarks": [
                {"name": "bench", "paths": [str(bench)], "fields": ["question"]}]}},
            {"stage": "pii_v1"},
        ],
        "dedup": {"exact": True, "minhash": None},
        "output": {"path": str(output), "rejects": "all"},
        "tokenizer": str(tokenizer),
        "card": {"pretty_name": "Hostile <b>web</b> set", "license": "cc-by-4.0",
                 "description": "Documents whose text holds markup <i>that must stay text</i>.",
                 "uses": "Testing that cards and the catalog never run document text."},
    }


def build_sets(root: Path) -> dict[str, Path]:
    """All the sets under `root/sets` (and `root/cards` for the card written away from its data)."""
    from catalogs.write import write_card
    from curate.config import parse_config
    from curate.driver.run import run
    from curate.driver.profile import profile_dataset

    sets = root / "sets"
    bench = sets / "bench"
    _jsonl(bench / "items.jsonl", BENCH_ITEMS)
    write_card(str(bench), profile_dataset(str(bench), str(bench), name="bench",
                                           card={"pretty_name": "Bench questions", "license": "mit"}))

    raw = root / "raw"
    _jsonl(raw / "hostile.jsonl", hostile_documents())
    hostile = sets / "hostile-web"
    tiny_models.tokenizer(root / "models" / "hostile-bpe")  # a model folder saved by save_pretrained
    run(parse_config(hostile_config(raw / "hostile.jsonl", bench / "items.jsonl", hostile,
                                    root / "models" / "hostile-bpe")), echo=False)

    alpaca = sets / "alpaca"
    alpaca.mkdir(parents=True)
    shutil.copy(ROOT / "data" / "sample" / "sft" / "alpaca_en.json", alpaca / "alpaca_en.json")
    write_card(str(alpaca), profile_dataset(str(alpaca), str(alpaca), card={"license": "cc-by-nc-4.0"}))

    dpo = sets / "dpo"
    dpo.mkdir(parents=True)
    shutil.copy(ROOT / "data" / "sample" / "preference" / "dpo_en_sharegpt.json", dpo / "dpo_en_sharegpt.json")
    write_card(str(dpo), profile_dataset(str(dpo), str(dpo), card={"license": "apache-2.0"}))

    parquet_data = raw / "parquet"
    parquet_data.mkdir(parents=True)
    texts = ENGLISH + GERMAN
    pq.write_table(pa.table({"text": texts, "score": [float(i) for i in range(len(texts))]}),
                   parquet_data / "part-0.parquet")
    parquet_card = root / "cards" / "parquet-text"
    write_card(str(parquet_card), profile_dataset(str(parquet_data), str(parquet_card), name="parquet-text"))
    return {"root": root, "sets": sets, "bench": bench, "hostile": hostile, "alpaca": alpaca, "dpo": dpo,
            "parquet_data": parquet_data, "parquet_card": parquet_card}
