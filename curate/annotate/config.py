"""The annotation config (`curate annotate --config annotate.yaml`): which curated sets, how many documents, which
local instruct model, which prompt template, and how the score is read from the answers.

```yaml
name: edu-annotations
inputs: [{set: out/web-sample}]         # curated sets: the output folders of `curate run` (card.json + data/)
field: text                             # what the model reads
sample: {documents: 1000, seed: 0}      # a deterministic sample (by a hash of seed, set and id)
model: models/annotator                 # a local instruct causal LM folder (save_pretrained)
template: fineweb_edu                   # FineWeb-Edu's additive 0–5 prompt, or a Jinja file with {{ text }}
score: {pattern: 'Educational score:\\s*([0-9]+)', min: 0, max: 5}   # default: the template's own
max_chars: 3000                         # the document is cut to this many characters in the prompt
generation: {max_new_tokens: 256, batch_size: 16, max_prompt_tokens: 4096, dtype: auto, device: auto}
resources: {gpus: 1}                    # what each task asks for (a GPU where the executors have them)
output: {path: out/annotations}
```
"""

from __future__ import annotations

import os
import dataclasses
from dataclasses import dataclass
from typing import Any, Literal, Optional

from curate.config import ResourceSpec, safe_load_bounded
from curate.mix.config import MixInput
from curate.validate import ConfigError, build
from quality_model.annotation import TEMPLATES, ScoreFormat, check_template


@dataclass
class Sample:
    """How many documents are annotated (all of them when fewer), chosen by a hash of (seed, set, id)."""

    documents: int = 1000
    seed: int = 0

    def check(self, where: str) -> None:
        if self.documents < 1:
            raise ConfigError(f"{where}.documents: must be ≥ 1, got {self.documents}")


@dataclass
class ScoreSpec:
    """The score at the end of an answer: the last match of `pattern` (its first group, an integer) in
    [min, max]; default the template's."""

    pattern: Optional[str] = None
    min: Optional[int] = None
    max: Optional[int] = None


@dataclass
class Generation:
    """Greedy generation: new tokens per answer, prompts per batch, the prompt's token limit, dtype and device."""

    max_new_tokens: int = 256
    batch_size: int = 16
    max_prompt_tokens: int = 4096
    dtype: Literal["auto", "bfloat16", "float16", "float32"] = "auto"
    device: Literal["auto", "cuda", "cpu"] = "auto"

    def check(self, where: str) -> None:
        for name in ("max_new_tokens", "batch_size", "max_prompt_tokens"):
            if getattr(self, name) < 1:
                raise ConfigError(f"{where}.{name}: must be ≥ 1, got {getattr(self, name)}")


@dataclass
class AnnotateOutput:
    path: str
    overwrite: bool = False


@dataclass
class AnnotateConfig:
    name: str
    inputs: list[MixInput]
    model: str
    output: AnnotateOutput
    field: str = "text"
    sample: Sample = dataclasses.field(default_factory=Sample)
    template: str = "fineweb_edu"
    score: ScoreSpec = dataclasses.field(default_factory=ScoreSpec)
    max_chars: int = 3000
    generation: Generation = dataclasses.field(default_factory=Generation)
    resources: ResourceSpec = dataclasses.field(default_factory=ResourceSpec)
    ship: bool = True
    spark: dict[str, str] = dataclasses.field(default_factory=dict)

    def resolved(self, where: str) -> "AnnotateConfig":
        """Inputs named (default: their folder's name), Spark settings as strings."""
        inputs = [MixInput(i.set, i.name or os.path.basename(os.path.normpath(i.set))) for i in self.inputs]
        return AnnotateConfig(**{**self.__dict__, "inputs": inputs,
                                 "spark": {k: str(v) for k, v in self.spark.items()}})

    def check(self, where: str) -> None:
        if not self.inputs:
            raise ConfigError("inputs: give at least one curated set")
        if self.max_chars < 1:
            raise ConfigError(f"max_chars: must be ≥ 1, got {self.max_chars}")
        if not os.path.isdir(self.model) and "://" not in self.model:
            raise ConfigError(f"model: '{self.model}' is not a folder; give a local instruct causal LM folder "
                              f"(config.json, weights, tokenizer) saved with save_pretrained")
        if os.path.isdir(self.model) and not os.path.exists(os.path.join(self.model, "config.json")):
            raise ConfigError(f"model: '{self.model}' has no config.json; it is not a model folder saved with "
                              f"save_pretrained")
        try:
            check_template(self.template_text())
        except (OSError, ValueError) as exc:
            raise ConfigError(f"template: {exc}") from None
        score = self.score_format()
        import re

        try:
            if re.compile(score.pattern).groups < 1:
                raise ConfigError(f"score.pattern: '{score.pattern}' has no group; put the number in parentheses")
        except re.error as exc:
            raise ConfigError(f"score.pattern: '{score.pattern}' is no regular expression: {exc}") from None
        if score.minimum > score.maximum:
            raise ConfigError(f"score: min {score.minimum} is above max {score.maximum}")

    def template_text(self) -> str:
        """The template: a built-in one by name, else the Jinja file's text."""
        if self.template in TEMPLATES:
            return TEMPLATES[self.template][0]
        if not os.path.isfile(self.template):
            raise ValueError(f"'{self.template}' is neither a built-in template ({', '.join(TEMPLATES)}) nor a file")
        with open(self.template, encoding="utf-8") as handle:
            return handle.read()

    def score_format(self) -> ScoreFormat:
        """The score's pattern and range: as configured, else the built-in template's (else FineWeb-Edu's)."""
        _, pattern, minimum, maximum = TEMPLATES.get(self.template, TEMPLATES["fineweb_edu"])
        return ScoreFormat(self.score.pattern or pattern, minimum if self.score.min is None else self.score.min,
                           maximum if self.score.max is None else self.score.max)


def parse_annotate_config(data: Any, origin: str = "annotate config") -> AnnotateConfig:
    """Validate parsed YAML into an `AnnotateConfig`."""
    if not isinstance(data, dict):
        raise ConfigError(f"{origin}: the annotate config must be a YAML mapping")
    return build(AnnotateConfig, data, "")


def load_annotate_config(path: str) -> AnnotateConfig:
    """Read and validate the annotate config at `path`."""
    if not os.path.isfile(path):
        raise ConfigError(f"annotate config '{path}' is not a file")
    with open(path, encoding="utf-8") as handle:
        data = safe_load_bounded(handle, path)
    try:
        return parse_annotate_config(data)
    except ConfigError as exc:
        raise ConfigError(f"{path}: {exc}") from None
