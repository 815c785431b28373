"""Behaviour unchanged: the bundled configs (web, SFT, preference) on the bundled samples write the shards,
rejects, ledger and stats recorded in tests/data/behaviour_digests.json (run times and the nondeterministically
trained quality classifier's scores aside; see tests/behaviour.py). The digests were recorded before the
structural rework of issue 16 (commit 1e9cf7a) and recorded again when JSONL records came to be addressed by byte
offset (issue 17: ids of records without an id field, and the duplicate-cluster ids derived from them, changed;
every other value was compared equal), and when the bundled configs gained pii_v1 (issue 19: the configs as they
were still wrote the recorded digests with the new code; with pii_v1, the same rows and drop reasons, and 19 texts
changed, each only where a tag replaced personal data), and when the bundled configs gained `tokenizer:` (issue 18:
the configs as they were still wrote the recorded digests; with it, every shard and reject file holds the same rows
and values plus `n_tokens`, stats.json is the same plus `tokens`, and the ledger is the same plus token counts in
its cells and a `tokens` stage that removes nothing); a change that alters what a run writes must say so and
record new digests with `python tests/behaviour.py web OUT sft OUT preference OUT`."""

from __future__ import annotations

import json

from tests.behaviour import output_digests
from tests.conftest import DATA

RECORDED = json.loads((DATA / "behaviour_digests.json").read_text())


def test_the_web_config_writes_what_it_wrote_before(web_reference):
    output, result = web_reference
    assert result.returncode == 0, result.stderr[-2000:]
    assert output_digests(output) == RECORDED["web"]


def test_the_sft_config_writes_what_it_wrote_before(sft_run):
    assert output_digests(sft_run[0]) == RECORDED["sft"]


def test_the_preference_config_writes_what_it_wrote_before(preference_run):
    assert output_digests(preference_run[0]) == RECORDED["preference"]
