"""The driver's side of a run: checks before work, the plan of global steps, running them, and what is computed
from the rows (ledger, stats, buckets, lineage, card profiles)."""
