"""The mix config (`curate mix --config mix.yaml`): which curated sets, how many tokens, in which shares.

```yaml
name: web-sft-mix
inputs:                                   # curated sets: the output folders of `curate run` (card.json + data/)
  - {set: out/web-sample, name: web}
  - {set: out/sft-sample, name: sft}
tokenizer: models/tokenizer               # counts every document's tokens (and tokenizes, with `tokenized:`)
budget: {tokens: 2000000}                 # or {documents: N}
weights: {by: [set], shares: {web: 0.7, sft: 0.3}}   # by set, language, source, bucket or several ("web/en")
select:                                   # optional: the top of a score, per language, before sampling
  - {column: quality_score, top: 0.5, per: [language], sets: [web]}
rehydrate: {column: dup_cluster_size, repeats: [[1, 1], [2, 2], [3, 3], [5, 5], [100, 8], [1000, 1]]}
seed: 0
max_epochs: 4                             # a warning naming the group past this many passes over its documents
output: {path: out/mix, shard_target_mb: 128}
tokenized: {format: megatron}             # .bin/.idx pairs beside the Parquet shards
```
"""

from __future__ import annotations

import math
import os
import re
from dataclasses import dataclass, field
from typing import Any, Literal, Optional

import yaml

from curate.config import CardConfig, TokenizerConfig, safe_load_bounded
from curate.validate import ConfigError, build

GROUP_COLUMNS = ("set", "language", "source", "bucket")


@dataclass
class MixInput:
    """A curated set: its folder (a `curate run` output, read through its card.json) and its name in the mix."""

    set: str
    name: Optional[str] = None

    def check(self, where: str) -> None:
        if not os.path.isfile(os.path.join(self.set, "card.json")):
            raise ConfigError(f"{where}.set: '{self.set}' has no card.json; give the output folder of a "
                              f"`curate run` (or `curate card`) set")


@dataclass
class Budget:
    """How much the mix holds: tokens (of the mix's tokenizer) or documents."""

    tokens: Optional[int] = None
    documents: Optional[int] = None

    def check(self, where: str) -> None:
        if (self.tokens is None) == (self.documents is None):
            raise ConfigError(f"{where}: give one of tokens or documents")
        if (self.tokens or self.documents or 0) <= 0:
            raise ConfigError(f"{where}: the budget must be > 0")

    @property
    def unit(self) -> str:
        return "tokens" if self.tokens is not None else "documents"

    @property
    def amount(self) -> int:
        return int(self.tokens if self.tokens is not None else self.documents)


@dataclass
class Weights:
    """Shares of the budget per group: `by` names the columns that make a group (their values joined by '/')."""

    by: list[str] = field(default_factory=lambda: ["set"])
    shares: dict[str, float] = field(default_factory=dict)

    def check(self, where: str) -> None:
        for column in self.by:
            if column not in GROUP_COLUMNS:
                raise ConfigError(f"{where}.by: '{column}' is not one of {', '.join(GROUP_COLUMNS)}")
        if not self.shares:
            raise ConfigError(f"{where}.shares: give each group's share, e.g. {{web: 0.7, sft: 0.3}}")
        if any(not isinstance(v, (int, float)) or v < 0 for v in self.shares.values()):
            raise ConfigError(f"{where}.shares: shares are numbers ≥ 0")
        total = sum(self.shares.values())
        if not math.isclose(total, 1.0, abs_tol=1e-6):
            raise ConfigError(f"{where}.shares: the shares add up to {total:g}, not 1")


@dataclass
class Selection:
    """Keep the `top` fraction of documents by `column` (highest first, or lowest with `higher_is_better: false`)
    within each group of `per` columns, in the inputs `sets` (default: all); documents without a value go."""

    column: str
    top: float
    higher_is_better: bool = True
    per: list[str] = field(default_factory=lambda: ["language"])
    sets: list[str] = field(default_factory=list)

    def check(self, where: str) -> None:
        if not 0 < self.top <= 1:
            raise ConfigError(f"{where}.top: a fraction in (0, 1], got {self.top}")
        for column in self.per:
            if column not in GROUP_COLUMNS:
                raise ConfigError(f"{where}.per: '{column}' is not one of {', '.join(GROUP_COLUMNS)}")


@dataclass
class Rehydration:
    """Repeat each document by the size of the duplicate cluster it stood for (FineWeb-2's re-hydration):
    `repeats` rows of [smallest cluster size, copies], the last row whose size a document reaches applies."""

    column: str = "dup_cluster_size"
    repeats: list[list[int]] = field(default_factory=lambda: [[1, 1]])

    def check(self, where: str) -> None:
        sizes = [row[0] for row in self.repeats if isinstance(row, list) and len(row) == 2]
        if len(sizes) != len(self.repeats) or sizes != sorted(set(sizes)) or not sizes or sizes[0] != 1:
            raise ConfigError(f"{where}.repeats: rows of [cluster size, copies], sizes increasing from 1")
        if any(row[1] < 1 for row in self.repeats):
            raise ConfigError(f"{where}.repeats: copies must be ≥ 1")


@dataclass
class Tokenized:
    """Tokenized training shards beside the Parquet ones: one Megatron .bin/.idx pair per shard, EOS after each
    document."""

    format: Literal["megatron"] = "megatron"


@dataclass
class MixOutput:
    path: str
    shard_target_mb: int = 128
    overwrite: bool = False


@dataclass
class MixConfig:
    name: str
    inputs: list[MixInput]
    budget: Budget
    weights: Weights
    output: MixOutput
    tokenizer: Optional[TokenizerConfig] = None
    select: list[Selection] = field(default_factory=list)
    rehydrate: Optional[Rehydration] = None
    seed: int = 0
    max_epochs: float = 4.0
    tokenized: Optional[Tokenized] = None
    spark: dict[str, str] = field(default_factory=dict)
    card: CardConfig = field(default_factory=CardConfig)

    def resolved(self, where: str) -> "MixConfig":
        """Inputs named (default: their folder's name), Spark settings as strings."""
        inputs = [MixInput(i.set, i.name or os.path.basename(os.path.normpath(i.set))) for i in self.inputs]
        return MixConfig(**{**self.__dict__, "inputs": inputs,
                            "spark": {k: str(v) for k, v in self.spark.items()}})

    def check(self, where: str) -> None:
        names = [i.name for i in self.inputs]
        if not names:
            raise ConfigError("inputs: give at least one curated set")
        for duplicate in sorted({n for n in names if names.count(n) > 1}):
            raise ConfigError(f"inputs: the name '{duplicate}' is used twice; give the inputs different names")
        for name in names:
            if not re.fullmatch(r"[A-Za-z0-9_.-]+", name):
                raise ConfigError(f"inputs: name '{name}' must be letters, digits, '_', '-' or '.'")
        if (self.budget.tokens is not None or self.tokenized is not None) and self.tokenizer is None:
            raise ConfigError("tokenizer: a token budget and tokenized shards need the mix's tokenizer "
                              "(tokenizer: models/tokenizer)")
        if self.weights.by == ["set"]:
            unknown = sorted(set(self.weights.shares) - set(names))
            if unknown:
                raise ConfigError(f"weights.shares: {unknown} are not inputs of the mix ({', '.join(names)})")
        for i, selection in enumerate(self.select):
            unknown = sorted(set(selection.sets) - set(names))
            if unknown:
                raise ConfigError(f"select[{i}].sets: {unknown} are not inputs of the mix ({', '.join(names)})")
        if self.max_epochs <= 0:
            raise ConfigError(f"max_epochs: must be > 0, got {self.max_epochs}")


def parse_mix_config(data: Any, origin: str = "mix config") -> MixConfig:
    """Validate parsed YAML into a `MixConfig` (`tokenizer: path` for `tokenizer: {path: …}`)."""
    if not isinstance(data, dict):
        raise ConfigError(f"{origin}: the mix config must be a YAML mapping")
    if isinstance(data.get("tokenizer"), str):
        data = {**data, "tokenizer": {"path": data["tokenizer"]}}
    return build(MixConfig, data, "")


def load_mix_config(path: str) -> MixConfig:
    """Read and validate the mix config at `path`."""
    if not os.path.isfile(path):
        raise ConfigError(f"mix config '{path}' is not a file")
    with open(path, encoding="utf-8") as handle:
        data = safe_load_bounded(handle, path)
    try:
        return parse_mix_config(data)
    except ConfigError as exc:
        raise ConfigError(f"{path}: {exc}") from None


def dumped(config: MixConfig) -> str:
    """The resolved mix config as YAML (written beside the mix)."""
    from curate.validate import to_plain

    return yaml.safe_dump(to_plain(config), sort_keys=False, allow_unicode=True)
