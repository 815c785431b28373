"""Digests of what a run writes (shards, rejects, ledger, stats), with what legitimately varies between runs and
machines taken out: how refactors prove that behaviour is unchanged (tests/test_behaviour.py).

Taken out: `elapsed_seconds`, and the fastText quality score (`quality_score` columns and statistics): `make models`
trains that classifier with 12 Hogwild threads, so two trainings of the same data give different models, and the
digests would otherwise describe the model rather than the code. Rows are compared as canonical JSON, file by
file, so that Parquet writer metadata does not count.
"""

from __future__ import annotations

import hashlib
import json
import math
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq

VOLATILE_KEYS = {"elapsed_seconds"}
MODEL_DEPENDENT = {"quality_score"}  # scored by the classifier `make models` trains nondeterministically


def _plain(value: Any) -> Any:
    """A value as canonical JSON can hold it (bytes as hex, floats by repr, datetimes as ISO text)."""
    if isinstance(value, bytes):
        return value.hex()
    if isinstance(value, float):
        return repr(value) if math.isfinite(value) else str(value)
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def _without(value: Any, keys: set[str]) -> Any:
    """`value` with every mapping entry named in `keys` removed, at any depth."""
    if isinstance(value, dict):
        return {k: _without(v, keys) for k, v in value.items() if k not in keys}
    if isinstance(value, list):
        return [_without(v, keys) for v in value]
    return value


def _sha(value: Any) -> str:
    return hashlib.sha256(json.dumps(value, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


def parquet_digests(folder: Path) -> dict[str, str]:
    """Each Parquet file under `folder` (by relative path) → digest of its schema names and rows."""
    digests = {}
    for path in sorted(folder.rglob("*.parquet")):
        table = pq.read_table(path)
        table = table.drop_columns([c for c in table.column_names if c in MODEL_DEPENDENT])
        rows = [_plain(row) for row in table.to_pylist()]
        digests[str(path.relative_to(folder))] = _sha({"columns": table.column_names, "rows": rows})
    return digests


def output_digests(output: Path) -> dict[str, Any]:
    """The digests of one output: shards and rejects per file, ledger and stats."""
    ledger = json.loads((output / "ledger.json").read_text())
    stats = json.loads((output / "stats.json").read_text())
    stats.get("signals", {}).pop("quality_score", None)
    return {"shards": parquet_digests(output / "data"), "rejects": parquet_digests(output / "rejects"),
            "ledger": _sha(_without(ledger, VOLATILE_KEYS)), "stats": _sha(_without(stats, VOLATILE_KEYS))}


if __name__ == "__main__":
    import sys

    print(json.dumps({name: output_digests(Path(path)) for name, path in zip(sys.argv[1::2], sys.argv[2::2])},
                     indent=2, sort_keys=True))
