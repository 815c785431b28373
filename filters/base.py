"""The stage contract shared by every row-local stage, and the batch view stages read."""

from __future__ import annotations

import dataclasses
from functools import cached_property
from typing import Any, ClassVar, Mapping, Sequence

import pyarrow as pa


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

    def subset(self, positions: Sequence[int]) -> "DocBatch":
        """The documents at `positions`, keeping every view already computed (nothing is split twice)."""
        child = DocBatch({name: [values[i] for i in positions] for name, values in self.columns.items()})
        for view in ("lines", "words"):
            if view in self.__dict__:
                child.__dict__[view] = [self.__dict__[view][i] for i in positions]
        return child

    @cached_property
    def lines(self) -> list[list[str]]:
        """Non-empty lines of each text, stripped."""
        return [[line.strip() for line in text.splitlines() if line.strip()] for text in self.texts]

    @cached_property
    def words(self) -> list[list[str]]:
        """Whitespace tokens of each text."""
        return [text.split() for text in self.texts]


@dataclasses.dataclass
class NoParams:
    """For stages without parameters."""


class Stage:
    """A row-local stage: computes signal columns for the live documents of a batch; never drops a row.

    Subclasses set `name` (versioned, e.g. `length_v1`), `family` (the ledger's stage name and the prefix of
    its drop reasons), `needs`, `provides` (column → Arrow type) and `Params` (a dataclass of parameters with
    defaults). Files a stage loads (models, word lists outside the package) are listed by `files()` so the
    engine can ship them to executors; the stage receives their local paths in `__init__`.
    """

    name: ClassVar[str]
    family: ClassVar[str]
    needs: ClassVar[tuple[str, ...]] = ("text",)
    provides: ClassVar[dict[str, pa.DataType]] = {}
    Params: ClassVar[type] = NoParams

    def __init__(self, params: Any, files: Mapping[str, str]):
        self.params = params
        self.files = dict(files)

    @classmethod
    def files_for(cls, params: Any) -> dict[str, str]:
        """Files this stage needs at run time: key → path on the driver. Missing files fail before work."""
        return {}

    def annotate(self, batch: DocBatch) -> dict[str, Sequence[Any]]:
        """Signals for every document of `batch`: column name → values, in batch order."""
        raise NotImplementedError
