"""The plan of global steps: what `build_steps` declares for each config shape, and a step added to the plan is
run, accounted in the ledger, checkpointed, resumed and recorded in lineage with no other change."""

from __future__ import annotations

import json

import pytest

from curate.config import parse_config
from curate.driver import run as run_module
from curate.driver.run import run
from curate.driver.steps import Step, build_steps, checkpoint_folders, ledger_names
from curate.schema import DROP_REASON
from tests.conftest import SAMPLE


def config(tmp_path, **changes):
    return parse_config({"name": "steps", "inputs": [{"paths": [str(SAMPLE / "c4_demo.jsonl")]}],
                         "output": {"path": str(tmp_path / "out")}, "stages": [{"stage": "length_v1"}], **changes})


@pytest.mark.parametrize("changes, names, ledger, folders", [
    ({}, ["annotate", "write"], ["read", "extract", "length"], ("annotated",)),
    ({"dedup": {"exact": True}}, ["annotate", "dedup", "select", "write"], ["read", "extract", "length", "dedup"],
     ("annotated", "dedup", "selected")),
    ({"dedup": {"exact": True}, "stages": [
        {"stage": "length_v1"}, {"stage": "perplexity_v1", "name": "late", "after": "dedup",
                                 "params": {"models": {"*": "models/lm/en"}}},
        {"stage": "fineweb_quality_v1", "name": "early", "after": "row_local"}]},
     ["annotate", "pass early", "dedup", "pass late", "write"], ["read", "extract", "length", "early", "dedup", "late"],
     ("annotated", "passes", "dedup")),
], ids=["row-local only", "dedup", "own passes before and after dedup"])
def test_the_plan_declares_each_step(tmp_path, changes, names, ledger, folders):
    steps = build_steps(config(tmp_path, **changes))
    assert [s.name for s in steps] == names
    assert ledger_names(steps) == ledger
    assert checkpoint_folders(steps) == folders


def test_a_step_added_to_the_plan_is_run_checkpointed_resumed_and_recorded(spark, tmp_path, monkeypatch):
    from pyspark.sql import functions as F

    def mark(context, rows, checkpoint):  # drops one live row: the one with the smallest id
        live = rows.where(F.col(DROP_REASON).isNull()).agg(F.min("id")).first()[0]
        return checkpoint(rows.withColumn(DROP_REASON, F.when(F.col("id") == live, F.lit("mark.first"))
                                          .otherwise(F.col(DROP_REASON))))

    added = Step(name="mark", done="marking", ledger=("mark",), reads="rows", writes="rows", run=mark,
                 checkpoint="marked", key_parts=lambda context: ["v1"])
    monkeypatch.setattr(run_module, "build_steps", lambda config: build_steps(config)[:-1] + [added, build_steps(config)[-1]])

    def fail(context, rows):
        raise RuntimeError("stopped before writing")

    with monkeypatch.context() as patch:  # the first run stops after the added step
        patch.setattr(run_module, "write_output", fail)
        with pytest.raises(RuntimeError, match="stopped before writing"):
            run(config(tmp_path), echo=False)
    assert (tmp_path / "out.curate-staging" / "marked").is_dir()
    result = run(config(tmp_path), echo=False)
    stages = {s["stage"]: s for s in result.ledger["stages"]}
    assert list(stages) == ["read", "extract", "length", "mark"]
    assert stages["mark"]["dropped"]["docs"] == 1 and list(stages["mark"]["reasons"]) == ["mark.first"]
    lineage = json.loads((tmp_path / "out" / "lineage.json").read_text())
    recorded = {s["step"]: s for s in lineage["steps"]}
    assert recorded["mark"]["checkpoint"] == "marked" and recorded["mark"]["ledger"] == ["mark"]
    assert lineage["resumed"] == ["annotated", "marked"]
    assert not (tmp_path / "out" / "marked").exists()  # checkpoints do not stay in the output
