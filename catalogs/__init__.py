"""Dataset cards and the static HTML catalog: functions of what a run wrote (ledger, stats, shards)."""
