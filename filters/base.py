"""The stage contract shared by every row-local stage, and the batch view stages read."""

from __future__ import annotations

import dataclasses
import os
from functools import cached_property, lru_cache
from typing import Any, ClassVar, Mapping, Optional, Sequence

import pyarrow as pa
import yaml

from filters.text import is_symbol, tokenize


DEFAULT_RULES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "resources", "default_rules.yaml")


@lru_cache(maxsize=1)
def default_rules() -> dict[str, list[dict[str, Any]]]:
    """The published thresholds of each stage, by stage name."""
    with open(DEFAULT_RULES, encoding="utf-8") as handle:
        return yaml.safe_load(handle)


class DocBatch:
    """The live documents of one batch, as columns, with per-document views computed once.

    Every stage of the fused pass reads the same `DocBatch`, so a text is split into lines and words once
    per batch, whichever metrics use them.
    """

    def __init__(self, columns: Mapping[str, Sequence[Any]]):
        self.columns = dict(columns)
        self.size = len(self.columns["text"])

    @property
    def texts(self) -> Sequence[str]:
        """The document texts."""
        return self.columns["text"]

    def column(self, name: str) -> Sequence[Any]:
        """A column the stage declared in `needs` (text or an earlier stage's signal)."""
        return self.columns[name]

    _VIEWS = ("tokens", "words", "raw_lines", "lines")

    def subset(self, positions: Sequence[int]) -> "DocBatch":
        """The documents at `positions`, keeping every view already computed (nothing is split twice)."""
        child = DocBatch({name: [values[i] for i in positions] for name, values in self.columns.items()})
        for view in self._VIEWS:
            if view in self.__dict__:
                child.__dict__[view] = [self.__dict__[view][i] for i in positions]
        return child

    def replace_texts(self, texts: Sequence[str]) -> None:
        """New texts from a rewriting stage: the views of the old texts are dropped, to be recomputed."""
        self.columns["text"] = list(texts)
        for view in self._VIEWS:
            self.__dict__.pop(view, None)

    @cached_property
    def tokens(self) -> list[list[str]]:
        """Word and punctuation tokens of each text (`filters.text.tokenize`)."""
        return [tokenize(text) for text in self.texts]

    @cached_property
    def words(self) -> list[list[str]]:
        """The tokens that are words: those with at least one character that is not punctuation or a symbol."""
        # letters and digits are never punctuation, symbols or terminal punctuation: most tokens pass at isalnum
        return [[t for t in tokens if t.isalnum() or not is_symbol(t)] for tokens in self.tokens]

    @cached_property
    def raw_lines(self) -> list[list[str]]:
        """Each text split into lines (`str.splitlines`: no empty last line after a final newline), as is."""
        return [text.splitlines() for text in self.texts]

    @cached_property
    def lines(self) -> list[list[str]]:
        """Non-empty lines of each text, stripped."""
        return [[line.strip() for line in lines if line.strip()] for lines in self.raw_lines]


@dataclasses.dataclass
class NoParams:
    """For stages without parameters."""


@dataclasses.dataclass(frozen=True)
class Resources:
    """What each task of a stage's own pass asks the cluster for. `gpus`: per task; None = one when the executors
    have GPUs and none otherwise, 0 = never. A stage that declares (or is configured with) resources runs in a
    pass of its own, so the stages of the row-local pass never hold a GPU."""

    gpus: Optional[float] = None
    cpus: int = 1


class Stage:
    """A row-local stage: computes signal columns for the live documents of a batch; never drops a row.

    Subclasses set `name` (versioned, e.g. `length_v1`), `family` (the ledger's stage name and the prefix of
    its drop reasons), `needs`, `provides` (column → Arrow type) and `Params` (a dataclass of parameters with
    defaults). A rewriting stage sets `rewrites_text` and returns the new texts as "text" (or, for SFT /
    preference / KTO records, new message lists under their columns, from which the engine rebuilds the text
    views); the engine gives them to the documents that pass the stage's rules, and later stages read them. Files a stage loads (models, word lists outside the package) are listed by `files()` so the
    engine can ship them to executors; the stage receives their local paths in `__init__`, and the addresses of
    the resources its task was given (`{"gpu": ["0"]}`) when it declares `resources`.
    """

    name: ClassVar[str]
    family: ClassVar[str]
    needs: ClassVar[tuple[str, ...]] = ("text",)
    provides: ClassVar[dict[str, pa.DataType]] = {}
    rewrites_text: ClassVar[bool] = False  # True: `annotate` also returns a new "text" (refinement)
    # True: the engine also rewrites the documents dropped before this stage (their signals stay null), so what
    # the stage removes reaches no output (PII)
    scrubs_rejects: ClassVar[bool] = False
    # True: the engine also gives the stage's signals to the documents dropped before it, computed on their text
    # as it stood when dropped, so the ledger can sum them per drop reason (token counts)
    counts_rejects: ClassVar[bool] = False
    tallies: ClassVar[tuple[str, ...]] = ()  # count signals the ledger sums for the stage (what it changed)
    secret_files: ClassVar[tuple[str, ...]] = ()  # file keys whose content lineage must not fingerprint (keys)
    kinds: ClassVar[tuple[str, ...]] = ("text", "sft", "preference", "kto")  # the data it applies to
    Params: ClassVar[type] = NoParams
    resources: ClassVar[Optional[Resources]] = None  # set: the stage runs in its own pass (e.g. on GPUs)

    def __init__(self, params: Any, files: Mapping[str, str], assigned: Optional[Mapping[str, Sequence[str]]] = None):
        self.params = params
        self.files = dict(files)
        self.assigned = dict(assigned or {})

    @classmethod
    def provides_for(cls, params: Any) -> dict[str, pa.DataType]:
        """The columns this stage writes with these parameters (by default `provides`)."""
        return cls.provides

    @classmethod
    def files_for(cls, params: Any) -> dict[str, str]:
        """Files this stage needs at run time: key → path on the driver. Missing files fail before work."""
        return {}

    @classmethod
    def needs_for(cls, params: Any) -> tuple[str, ...]:
        """The columns this stage reads with these parameters (by default `needs`)."""
        return cls.needs

    @classmethod
    def rules_for(cls, params: Any) -> list[dict[str, Any]]:
        """The rules that apply when a config lists none: the published ones in resources/default_rules.yaml."""
        return default_rules().get(cls.name, [])

    @classmethod
    def check_params(cls, params: Any) -> None:
        """Called on the driver when the config is read: raise ValueError naming a wrong value and the fix."""

    @classmethod
    def check_files(cls, files: Mapping[str, str]) -> None:
        """Called on the driver before any work: raise ValueError if a file is there but unusable."""

    def annotate(self, batch: DocBatch) -> dict[str, Sequence[Any]]:
        """Signals for every document of `batch`: column name → values, in batch order."""
        raise NotImplementedError
