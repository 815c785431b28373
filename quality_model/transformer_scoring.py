"""Transformer scoring over batches of texts, on a GPU when there is one (bf16/fp16) and on CPU otherwise.

Kinds:
- `causal_lm`: the model's perplexity of the text, exp(mean negative log-likelihood of its tokens).
- `classifier`: a sequence classifier; one output = a regression score (FineWeb-Edu's educational score),
  several = the probability of `label` (default: the last).
- `embedding_regression`: mean-pooled sentence embeddings (all-MiniLM-L6-v2 style) and a linear head
  (`head`: an .npz with `weight` and `bias`, from `fit_regression_head`).
- `miniplm`: MiniPLM's difference score, mean log-probability per token under the large model (`model`)
  minus that under the small one (`small_model`); both share the tokenizer. High = worth training on.

Texts are tokenized once, sorted by length and cut into batches of at most `batch_size` texts and
`batch_tokens` padded tokens, so padding costs little. Models load once per process and device.
`TransformerScore` is the stage (`transformer_score_v1`): it declares resources, so the engine runs it in a pass
of its own, on a GPU when the cluster gives its task one. Plain Python, like every module here.
"""

from __future__ import annotations

import dataclasses
import math
import os
from typing import Any, Literal, Mapping, Optional, Sequence

import numpy as np
import pyarrow as pa

from filters.base import DocBatch, Resources, Stage

Kind = Literal["causal_lm", "classifier", "embedding_regression", "miniplm"]
DEFAULT_OUTPUT = {"causal_lm": "lm_perplexity", "classifier": "model_score", "embedding_regression": "model_score",
                  "miniplm": "miniplm_score"}


@dataclasses.dataclass
class ScorerSpec:
    """One model scorer: what it computes, from which model folders, and how it batches."""

    kind: Kind
    model: str
    small_model: Optional[str] = None  # miniplm: the small reference model
    head: Optional[str] = None  # embedding_regression: weight/bias .npz
    label: Optional[int] = None  # classifier with several outputs: the label whose probability is the score
    max_length: int = 512  # tokens per text (longer texts are truncated; to the model's own limit where smaller)
    batch_size: int = 64  # texts per forward pass at most
    batch_tokens: int = 65_536  # padded tokens per forward pass at most
    dtype: Literal["auto", "bfloat16", "float16", "float32"] = "auto"
    device: Literal["auto", "cuda", "cpu"] = "auto"


MODEL_FILES = ("model", "small_model", "head")  # the parameters that name model folders or files


@dataclasses.dataclass
class ScoreParams(ScorerSpec):
    """A scorer's settings, plus the column it writes (`output`, by default after its kind). Model folders hold
    config.json, weights and tokenizer (save_pretrained), or are cluster URIs."""

    output: Optional[str] = None

    def resolved(self, where: str) -> "ScoreParams":
        """The same settings with the output column named."""
        return dataclasses.replace(self, output=self.output or DEFAULT_OUTPUT[self.kind])

    def check(self, where: str) -> None:
        """Settings that cannot work fail here (ValueError, naming the key)."""
        if self.kind == "miniplm" and not self.small_model:
            raise ValueError("small_model: kind miniplm needs the small reference model's folder")
        if self.kind == "embedding_regression" and not self.head:
            raise ValueError("head: kind embedding_regression needs a head (.npz with weight and bias)")
        for name in ("max_length", "batch_size", "batch_tokens"):
            if getattr(self, name) <= 0:
                raise ValueError(f"{name}: must be > 0, got {getattr(self, name)}")

    def spec(self) -> ScorerSpec:
        """The plain scorer settings."""
        return ScorerSpec(**{f.name: getattr(self, f.name) for f in dataclasses.fields(ScorerSpec)})


class TransformerScore(Stage):
    """A Hugging Face model's score of each document (one float column; see the module's kinds).

    It declares resources: the engine runs it in a pass of its own — by default after dedup, on the documents
    still kept, since model time is the dearest — with one GPU per task where the executors have GPUs."""

    name = "transformer_score_v1"
    family = "transformer_score"
    Params = ScoreParams
    resources = Resources()

    @classmethod
    def provides_for(cls, params: ScoreParams) -> dict[str, pa.DataType]:
        return {params.output or DEFAULT_OUTPUT[params.kind]: pa.float32()}

    @classmethod
    def files_for(cls, params: ScoreParams) -> dict[str, str]:
        return {name: getattr(params, name) for name in MODEL_FILES if getattr(params, name) is not None}

    @classmethod
    def check_files(cls, files: Mapping[str, str]) -> None:
        for name, path in files.items():
            if name != "head" and os.path.isdir(path) and not os.path.exists(os.path.join(path, "config.json")):
                raise ValueError(f"{name}: '{path}' has no config.json; it is not a model folder saved with "
                                 f"save_pretrained")
            if name != "head" and not os.path.isdir(path) and "://" not in path:
                raise ValueError(f"{name}: '{path}' is a file; give a Hugging Face model folder (config.json, "
                                 f"weights, tokenizer) saved with save_pretrained, or a cluster URI")

    def annotate(self, batch: DocBatch) -> dict[str, Sequence[Any]]:
        params = self.params
        device = pick_device(params.device, self.assigned.get("gpu", ()))
        scorer = loaded_scorer(params.spec(), self.files["model"], device, self.files.get("small_model"),
                               self.files.get("head"))
        return {params.output: scorer.score(batch.texts)}


def pick_device(preference: str, gpu_addresses: Sequence[str] = ()) -> str:
    """The device of this task: a GPU Spark assigned to it, else the first visible GPU, else the CPU."""
    import torch

    if preference == "cpu":
        return "cpu"
    if gpu_addresses:
        return f"cuda:{gpu_addresses[0]}"
    if torch.cuda.is_available():
        return "cuda:0"
    if preference == "cuda":
        raise RuntimeError("device: cuda was asked for, but this task has no GPU (no Spark GPU resource and "
                           "torch.cuda.is_available() is False)")
    return "cpu"


def torch_dtype(name: str, device: str):
    """bf16 on GPUs that have it, else fp16 on GPU; fp32 on CPU (unless a dtype is named)."""
    import torch

    if name != "auto":
        return getattr(torch, name)
    if device.startswith("cuda"):
        return torch.bfloat16 if torch.cuda.is_bf16_supported() else torch.float16
    return torch.float32


def length_batches(lengths: Sequence[int], batch_size: int, batch_tokens: int) -> list[list[int]]:
    """Indices grouped into batches, longest texts first, each within `batch_size` texts and `batch_tokens`
    padded tokens (a text longer than the token budget gets a batch of its own)."""
    order = sorted(range(len(lengths)), key=lambda i: (-lengths[i], i))
    batches: list[list[int]] = []
    current: list[int] = []
    for i in order:
        width = lengths[current[0]] if current else lengths[i]  # the first, longest text sets the padded width
        if current and (len(current) >= batch_size or (len(current) + 1) * width > batch_tokens):
            batches.append(current)
            current = []
        current.append(i)
    if current:
        batches.append(current)
    return batches


class TransformerScorer:
    """A loaded scorer: `score(texts)` → one float (or None for an empty text) per text."""

    def __init__(self, spec: ScorerSpec, model_dir: str, device: str, small_model_dir: Optional[str] = None,
                 head_path: Optional[str] = None):
        import torch
        from transformers import AutoTokenizer

        self.spec = spec
        self.device = device
        self.dtype = torch_dtype(spec.dtype, device)
        self.tokenizer = AutoTokenizer.from_pretrained(model_dir)
        self.pad_id = self.tokenizer.pad_token_id
        if self.pad_id is None:
            self.pad_id = self.tokenizer.eos_token_id if self.tokenizer.eos_token_id is not None else 0
        self.models = [self._load(model_dir)]
        if spec.kind == "classifier" and spec.label is not None and not 0 <= spec.label < self.models[0].config.num_labels:
            raise ValueError(f"label {spec.label} is out of range: the classifier has {self.models[0].config.num_labels} outputs")
        if spec.kind == "miniplm":
            if small_model_dir is None:
                raise ValueError("miniplm needs small_model")
            self.models.append(self._load(small_model_dir))
        self.head = None
        if spec.kind == "embedding_regression":
            if head_path is None:
                raise ValueError("embedding_regression needs head")
            with np.load(head_path) as head:
                self.head = (torch.tensor(head["weight"], dtype=torch.float32, device=device),
                             float(head["bias"]))
        self.max_length = min([spec.max_length] + [token_limit(model, self.tokenizer) for model in self.models])
        self.tokens_scored = 0  # non-padding tokens through the model(s), for throughput figures

    def _load(self, path: str):
        import transformers

        classes = {"causal_lm": transformers.AutoModelForCausalLM, "miniplm": transformers.AutoModelForCausalLM,
                   "classifier": transformers.AutoModelForSequenceClassification,
                   "embedding_regression": transformers.AutoModel}
        model = classes[self.spec.kind].from_pretrained(path, dtype=self.dtype)
        return model.to(self.device).eval()

    def encode(self, texts: Sequence[str]) -> list[list[int]]:
        """Token ids of each text, truncated to max_length or the model's limit (special tokens as the tokenizer
        adds them)."""
        encoded = self.tokenizer([t or "" for t in texts], truncation=True, max_length=self.max_length,
                                 add_special_tokens=self.spec.kind in ("classifier", "embedding_regression"))
        return encoded["input_ids"]

    def score(self, texts: Sequence[str]) -> list[Optional[float]]:
        """The score of every text, in order."""
        return self.score_ids(self.encode(texts))

    def score_ids(self, ids: Sequence[Sequence[int]]) -> list[Optional[float]]:
        """Scores from token ids (what `score` does after tokenizing)."""
        import torch

        minimum = 2 if self.spec.kind in ("causal_lm", "miniplm") else 1  # a causal LM predicts from the 2nd token
        scores: list[Optional[float]] = [None] * len(ids)
        usable = [i for i, row in enumerate(ids) if len(row) >= minimum]
        lengths = [len(ids[i]) for i in usable]
        with torch.inference_mode():
            for batch in length_batches(lengths, self.spec.batch_size, self.spec.batch_tokens):
                rows = [ids[usable[b]] for b in batch]
                width = max(len(r) for r in rows)
                input_ids = torch.full((len(rows), width), self.pad_id, dtype=torch.long)
                mask = torch.zeros((len(rows), width), dtype=torch.long)
                for r, row in enumerate(rows):
                    input_ids[r, :len(row)] = torch.tensor(row, dtype=torch.long)
                    mask[r, :len(row)] = 1
                input_ids = input_ids.to(self.device, non_blocking=True)
                mask = mask.to(self.device, non_blocking=True)
                values = self._forward(input_ids, mask).float().cpu().tolist()
                self.tokens_scored += sum(len(r) for r in rows) * len(self.models)
                for b, value in zip(batch, values):
                    scores[usable[b]] = value if math.isfinite(value) else None
        return scores

    def _forward(self, input_ids, mask):
        kind = self.spec.kind
        if kind == "causal_lm":
            return mean_log_probability(self.models[0], input_ids, mask).neg().exp()
        if kind == "miniplm":
            return (mean_log_probability(self.models[0], input_ids, mask)
                    - mean_log_probability(self.models[1], input_ids, mask))
        if kind == "classifier":
            logits = self.models[0](input_ids=input_ids, attention_mask=mask).logits.float()
            if logits.shape[-1] == 1:
                return logits[:, 0]
            label = self.spec.label if self.spec.label is not None else logits.shape[-1] - 1
            return logits.softmax(-1)[:, label]
        embeddings = mean_pooled(self.models[0], input_ids, mask)
        weight, bias = self.head
        return embeddings @ weight + bias


def token_limit(model, tokenizer) -> int:
    """The most tokens the model takes in one text: its position embeddings, or the tokenizer's declared maximum
    where that is smaller (RoBERTa-style models reserve positions); a text past it would index beyond them."""
    config = model.config
    limits = [getattr(config, name) for name in ("max_position_embeddings", "n_positions")
              if isinstance(getattr(config, name, None), int)]
    declared = getattr(tokenizer, "model_max_length", None)
    if isinstance(declared, int) and declared < 1_000_000:  # unset: a huge sentinel
        limits.append(declared)
    return min(limits) if limits else 1 << 30


def mean_log_probability(model, input_ids, mask):
    """Per row: the mean natural-log probability of each token given those before it (padding excluded).

    The loss takes the logits in fp32 at once (batch × length × vocabulary × 4 bytes): with a large
    vocabulary, lower `batch_tokens` (a 152k vocabulary at 32k tokens per batch needs ~20 GB for it)."""
    import torch

    logits = model(input_ids=input_ids, attention_mask=mask).logits[:, :-1, :]
    targets = input_ids[:, 1:]
    log_probs = -torch.nn.functional.cross_entropy(
        logits.reshape(-1, logits.shape[-1]).float(), targets.reshape(-1), reduction="none").view(targets.shape)
    target_mask = mask[:, 1:].to(log_probs.dtype)
    return (log_probs * target_mask).sum(-1) / target_mask.sum(-1).clamp(min=1)


def mean_pooled(model, input_ids, mask):
    """L2-normalised mean of the last hidden states over real tokens (sentence-transformers' pooling)."""
    hidden = model(input_ids=input_ids, attention_mask=mask).last_hidden_state.float()
    weights = mask.unsqueeze(-1).to(hidden.dtype)
    pooled = (hidden * weights).sum(1) / weights.sum(1).clamp(min=1e-9)
    return pooled / pooled.norm(dim=-1, keepdim=True).clamp(min=1e-12)


def fit_regression_head(embeddings: np.ndarray, targets: np.ndarray, path: str, ridge: float = 1e-2) -> None:
    """Least-squares linear head on embeddings (ridge-regularised), saved as .npz (`weight`, `bias`)."""
    mean_x = embeddings.mean(0)
    mean_y = float(targets.mean())
    x = embeddings - mean_x
    weight = np.linalg.solve(x.T @ x + ridge * np.eye(x.shape[1]), x.T @ (targets - mean_y))
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    np.savez(path, weight=weight.astype(np.float32), bias=np.float32(mean_y - mean_x @ weight))


_LOADED: dict[Any, TransformerScorer] = {}


def loaded_scorer(spec: ScorerSpec, model_dir: str, device: str, small_model_dir: Optional[str] = None,
                  head_path: Optional[str] = None) -> TransformerScorer:
    """The scorer for `spec` on `device`, loaded once per process."""
    key = (dataclasses.astuple(spec), model_dir, device, small_model_dir, head_path)
    if key not in _LOADED:
        stale = [k for k in _LOADED if k[0] == key[0] and k[2] != device]  # this worker's task moved to another GPU
        for old in stale:
            del _LOADED[old]
        if stale and device.startswith("cuda"):
            import torch

            torch.cuda.empty_cache()
        _LOADED[key] = TransformerScorer(spec, model_dir, device, small_model_dir, head_path)
    return _LOADED[key]
