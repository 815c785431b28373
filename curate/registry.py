"""The registry of row-local stages by versioned name: adding a stage is one class and one line here."""

from __future__ import annotations

from filters.base import Stage
from filters.language import LanguageId
from filters.length import Length

STAGES: dict[str, type[Stage]] = {cls.name: cls for cls in (LanguageId, Length)}


def stage_class(name: str) -> type[Stage]:
    """The stage registered under `name`; KeyError if none."""
    return STAGES[name]
