"""KenLM perplexity per document and per paragraph, as CCNet computes it, with one model per language.

Models are folders written by `jobs/train_lm.py` (model.arpa, lm.json, tokenizer.model when SentencePiece
is used); text is normalised and tokenised exactly as for training (`quality_model.lm_text`), but not cut
into sentences: CCNet scores whole lines. Each non-empty line
is a paragraph scored with sentence boundaries; a document's perplexity is 10^(−Σ log10 p / Σ (tokens + 1))
over its paragraphs. Documents of a language without a model get no perplexity (rules on it do not apply).
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import os
import sys
from typing import Any, Iterator, Mapping, Optional, Sequence

import pyarrow as pa

from filters.base import DocBatch, Stage
from quality_model.lm_text import LmTokenizer

ANY_LANGUAGE = "*"
_MODEL_PARTS = {"arpa": "model.arpa", "manifest": "lm.json", "tokenizer": "tokenizer.model"}


@dataclasses.dataclass
class PerplexityParams:
    """`models`: language → model folder from jobs/train_lm.py; the key '*' serves every other language."""

    models: dict[str, str] = dataclasses.field(default_factory=dict)
    paragraphs: bool = True  # also give each paragraph's perplexity (`paragraph_perplexity`)


@contextlib.contextmanager
def quiet_stderr() -> Iterator[None]:
    """Send what native code writes to file descriptor 2 to /dev/null for the duration."""
    sys.stderr.flush()
    saved = os.dup(2)
    try:
        with open(os.devnull, "w") as devnull:
            os.dup2(devnull.fileno(), 2)
            yield
    finally:
        os.dup2(saved, 2)
        os.close(saved)


class LanguageModel:
    """One KenLM model with the tokenizer and normalisation it was estimated with."""

    def __init__(self, arpa: str, manifest: str, tokenizer: Optional[str]):
        import kenlm

        with open(manifest, encoding="utf-8") as handle:
            settings = json.load(handle)
        sentencepiece_model = None
        if settings.get("tokenizer"):
            with open(tokenizer, "rb") as handle:
                sentencepiece_model = handle.read()
        self.tokenizer = LmTokenizer(sentencepiece_model, settings.get("accents", True), settings.get("digits", True))
        with quiet_stderr():  # KenLM draws a progress bar on stderr while it reads an ARPA file
            self.model = kenlm.Model(arpa)

    def score(self, text: str) -> tuple[Optional[float], list[float]]:
        """(document perplexity, paragraph perplexities); None for a text without tokens."""
        total_log10 = 0.0
        total_length = 0
        per_paragraph = []
        score = self.model.score
        for tokens in self.tokenizer.paragraphs(text):
            log10_p = score(" ".join(tokens), bos=True, eos=True)
            length = len(tokens) + 1
            total_log10 += log10_p
            total_length += length
            per_paragraph.append(10.0 ** (-log10_p / length))
        if not total_length:
            return None, []
        return 10.0 ** (-total_log10 / total_length), per_paragraph


class Perplexity(Stage):
    """Adds `perplexity` (document) and `paragraph_perplexity` (one per non-empty line, when asked)."""

    name = "perplexity_v1"
    family = "perplexity"
    needs = ("text",)  # and `language` when the config maps languages to models
    provides = {"perplexity": pa.float32(), "paragraph_perplexity": pa.list_(pa.float32())}
    Params = PerplexityParams

    @classmethod
    def files_for(cls, params: PerplexityParams) -> dict[str, str]:
        if not params.models:
            raise FileNotFoundError("perplexity_v1: params.models is empty; map a language (or '*') to a model "
                                    "folder made by `python jobs/train_lm.py --input TEXT --output DIR`")
        files = {}
        for language, folder in params.models.items():
            for part, file_name in _MODEL_PARTS.items():
                path = os.path.join(folder, file_name)
                if part == "tokenizer" and not os.path.exists(path):
                    continue
                if not os.path.exists(path):
                    raise FileNotFoundError(
                        f"perplexity_v1: model for '{language}': {path} not found; make the model folder with "
                        f"`python jobs/train_lm.py --input TEXT --output {folder}`")
                files[f"{language}/{part}"] = path
        return files

    @classmethod
    def needs_for(cls, params: PerplexityParams) -> tuple[str, ...]:
        return ("text", "language") if set(params.models) - {ANY_LANGUAGE} else ("text",)

    @classmethod
    def check_files(cls, files: Mapping[str, str]) -> None:
        for key, path in files.items():
            if key.endswith("/arpa"):
                with open(path, encoding="utf-8", errors="replace") as handle:
                    if handle.read(64).lstrip()[:6] != "\\data\\":
                        raise ValueError(f"'{path}' is not an ARPA language model (no \\data\\ header)")
            elif key.endswith("/manifest"):
                with open(path, encoding="utf-8") as handle:
                    try:
                        manifest = json.load(handle)
                    except json.JSONDecodeError as exc:
                        raise ValueError(f"'{path}' is not valid JSON ({exc})") from None
                language = key.rsplit("/", 1)[0]
                if manifest.get("tokenizer") and f"{language}/tokenizer" not in files:
                    raise ValueError(f"'{path}' names the tokenizer '{manifest['tokenizer']}', which is not in "
                                     f"the model folder")

    def __init__(self, params: PerplexityParams, files: Mapping[str, str]):
        super().__init__(params, files)
        self._models: dict[str, LanguageModel] = {}

    def model_for(self, language: Optional[str]) -> Optional[LanguageModel]:
        """The model of `language` (or the '*' model), loaded on first use."""
        key = language if language in self.params.models else ANY_LANGUAGE
        if key not in self.params.models:
            return None
        if key not in self._models:
            self._models[key] = LanguageModel(self.files[f"{key}/arpa"], self.files[f"{key}/manifest"],
                                              self.files.get(f"{key}/tokenizer"))
        return self._models[key]

    def annotate(self, batch: DocBatch) -> dict[str, Sequence[Any]]:
        languages = batch.columns.get("language") or [None] * batch.size
        perplexities: list[Optional[float]] = []
        paragraphs: list[Optional[list[float]]] = []
        for text, language in zip(batch.texts, languages):
            model = self.model_for(language)
            if model is None:
                perplexities.append(None)
                paragraphs.append(None)
                continue
            document, per_paragraph = model.score(text)
            perplexities.append(document)
            paragraphs.append(per_paragraph if self.params.paragraphs else None)
        return {"perplexity": perplexities, "paragraph_perplexity": paragraphs}
