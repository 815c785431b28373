"""Token counts: each document's length in the tokens of a Hugging Face `tokenizers` tokenizer.

Pretraining budgets are planned in tokens of the model's tokenizer, so the count comes from that tokenizer
itself (a `tokenizer.json`, or a model folder holding one), encoded in batches by its Rust implementation,
without special tokens (BOS/EOS are the mix's business, one per document). The engine also counts the documents
dropped before this stage, on their text as it stood when they were dropped, so the ledger can say how many
tokens each stage removed.
"""

from __future__ import annotations

import dataclasses
import os
from typing import Any, Mapping, Optional, Sequence

import pyarrow as pa

from filters.base import DocBatch, Stage

TOKENIZER_FILE = "tokenizer.json"
N_TOKENS = "n_tokens"  # the column: a document's length in tokens


def tokenizer_file(path: str) -> str:
    """The tokenizer.json of `path`: the file itself, or the one inside a model folder."""
    return os.path.join(path, TOKENIZER_FILE) if os.path.isdir(path) else path


def tokenizer_name(path: str, name: Optional[str] = None) -> str:
    """What cards call the tokenizer: the name given, else the model folder's (or the file's) name."""
    if name:
        return name
    folder = path.rstrip("/") if os.path.isdir(path) else os.path.dirname(os.path.abspath(path))
    return os.path.basename(folder) or os.path.basename(path)


@dataclasses.dataclass
class TokensParams:
    """`path`: a tokenizer.json or a model folder with one; `name`: what cards and the catalog call it."""

    path: str = ""
    name: Optional[str] = None


def load_tokenizer(path: str) -> Any:
    """The tokenizer at `path` (file or folder), single-threaded: Spark already runs one task per core."""
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    from tokenizers import Tokenizer

    return Tokenizer.from_file(tokenizer_file(path))


class TokenCount(Stage):
    """Adds `n_tokens`: the document's length in tokens of the configured tokenizer (no special tokens)."""

    name = "tokens_v1"
    family = "tokens"
    needs = ("text",)
    provides = {N_TOKENS: pa.int64()}
    counts_rejects = True
    Params = TokensParams

    def __init__(self, params: TokensParams, files: Mapping[str, str]):
        super().__init__(params, files)
        self.tokenizer = load_tokenizer(self.files["tokenizer"])

    @classmethod
    def check_params(cls, params: TokensParams) -> None:
        if not params.path:
            raise ValueError("give the path of a tokenizer.json (Hugging Face tokenizers) or of a model "
                             "folder holding one")
        if os.path.isdir(params.path) and not os.path.isfile(tokenizer_file(params.path)):
            raise ValueError(f"folder {params.path} has no {TOKENIZER_FILE}; give a Hugging Face "
                             f"tokenizer.json or a model folder saved with save_pretrained (a fast tokenizer)")

    @classmethod
    def files_for(cls, params: TokensParams) -> dict[str, str]:
        return {"tokenizer": tokenizer_file(params.path)}

    @classmethod
    def check_files(cls, files: Mapping[str, str]) -> None:
        try:
            load_tokenizer(files["tokenizer"])
        except Exception as exc:  # the tokenizers library raises its own exception types
            raise ValueError(f"{files['tokenizer']} is not a Hugging Face tokenizer.json ({exc}); "
                             f"save one with tokenizer.save(...) or a model's save_pretrained(...)") from None

    def annotate(self, batch: DocBatch) -> dict[str, Sequence[Any]]:
        return {N_TOKENS: count_tokens(self.tokenizer, batch.texts)}


ENCODE_BATCH = 1000  # texts encoded at once: an encoding holds every token's string, so a whole Arrow batch of
                    # long documents would hold hundreds of MB of them


def count_tokens(tokenizer: Any, texts: Sequence[str]) -> list[int]:
    """Each text's number of tokens, encoded in batches of ENCODE_BATCH without special tokens."""
    counts: list[int] = []
    for start in range(0, len(texts), ENCODE_BATCH):
        # encode_batch_fast: without the character offsets, which a count does not need
        counts += [len(encoding.ids) for encoding in
                   tokenizer.encode_batch_fast(list(texts[start:start + ENCODE_BATCH]), add_special_tokens=False)]
    return counts
