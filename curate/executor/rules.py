"""Selection: rules on signals → the first failing rule's name, `stage.rule`, as the drop reason.

Rules come from the config, so the user re-thresholds without recomputing signals. A rule holds when
`signal op value` is true. A missing signal (null: the metric does not apply, e.g. no stop-word list for the
language) means the rule does not apply, and the document passes it.
"""

from __future__ import annotations

import operator
from typing import Any, Callable, Optional, Sequence

_COMPARE: dict[str, Callable[[Any, Any], bool]] = {
    "<": operator.lt,
    "<=": operator.le,
    ">": operator.gt,
    ">=": operator.ge,
    "==": operator.eq,
    "!=": operator.ne,
    "in": lambda a, b: a in b,
    "not_in": lambda a, b: a not in b,
}


class CompiledRule:
    """A rule ready to test values; `reason` is what a failing document records."""

    def __init__(self, stage_name: str, rule) -> None:
        self.reason = f"{stage_name}.{rule.name}"
        self.signal = rule.signal
        self.compare = _COMPARE[rule.op]
        as_set = rule.op in ("in", "not_in")
        self.default = frozenset(rule.value) if as_set else rule.value
        self.by_language = {k: (frozenset(v) if as_set else v) for k, v in rule.by_language.items()}

    def holds(self, value: Any, language: Optional[str]) -> bool:
        """Does the document with signal `value` (and `language`) pass this rule?"""
        if value is None:
            return True
        threshold = self.by_language.get(language, self.default) if self.by_language else self.default
        try:
            return bool(self.compare(value, threshold))
        except TypeError:  # e.g. a string signal compared with a number: the rule cannot pass
            return False


def first_failures(rules: Sequence[CompiledRule], columns: dict[str, Sequence[Any]], size: int) -> list[Optional[str]]:
    """For each of `size` documents, the reason of the first rule it fails, or None."""
    reasons: list[Optional[str]] = [None] * size
    languages = columns.get("language")
    for rule in rules:
        values = columns[rule.signal]
        for i in range(size):
            if reasons[i] is None and not rule.holds(values[i], languages[i] if languages is not None else None):
                reasons[i] = rule.reason
    return reasons
