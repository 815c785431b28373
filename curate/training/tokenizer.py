"""Training a byte-level BPE tokenizer (GPT-2's scheme: any script, no unknown token) from the project's inputs,
read by the pipeline's readers on Spark, trained on the driver with Hugging Face `tokenizers`; written as a model
folder (tokenizer.json, tokenizer_config.json) that `tokenizer:` in a config and transformers' AutoTokenizer read."""

from __future__ import annotations

import json
import os
import time
from typing import Any, Iterator

from curate.config import InputSpec

EOS = "<|endoftext|>"  # between documents in tokenized training shards


def _texts(spark, inputs: list[InputSpec]) -> Iterator[str]:
    from curate.training.lm import training_texts

    for row in training_texts(spark, inputs).orderBy("id").toLocalIterator():
        if row["text"]:
            yield row["text"]


def train_tokenizer(spark, inputs: list[InputSpec], vocab_size: int, folder: str) -> dict[str, Any]:
    """Train on every document of `inputs` (in id order: the same inputs give the same tokenizer), save the
    folder, and return its report (also written as train_report.json)."""
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers

    if vocab_size < 512:
        raise ValueError(f"vocab_size {vocab_size} is below 256 bytes plus merges worth learning; use ≥ 512")
    started = time.time()
    tokenizer = Tokenizer(models.BPE())
    tokenizer.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tokenizer.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(vocab_size=vocab_size, special_tokens=[EOS], show_progress=False,
                                  initial_alphabet=pre_tokenizers.ByteLevel.alphabet())
    documents = 0

    def counted() -> Iterator[str]:
        nonlocal documents
        for text in _texts(spark, inputs):
            documents += 1
            yield text

    tokenizer.train_from_iterator(counted(), trainer=trainer)
    if documents == 0:
        raise ValueError("no documents with text in the inputs")
    os.makedirs(folder, exist_ok=True)
    tokenizer.save(os.path.join(folder, "tokenizer.json"))
    with open(os.path.join(folder, "tokenizer_config.json"), "w", encoding="utf-8") as handle:
        json.dump({"tokenizer_class": "PreTrainedTokenizerFast", "eos_token": EOS, "bos_token": EOS,
                   "unk_token": None, "model_max_length": 1 << 20}, handle, indent=1)
    report = {"vocab_size": tokenizer.get_vocab_size(), "eos_token": EOS, "eos_id": tokenizer.token_to_id(EOS),
              "documents": documents, "inputs": [p for spec in inputs for p in spec.paths],
              "seconds": round(time.time() - started, 1)}
    with open(os.path.join(folder, "train_report.json"), "w", encoding="utf-8") as handle:
        json.dump(report, handle, indent=1)
    return report
