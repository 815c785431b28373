"""curate: corpus curation for LLM training data on Apache Spark.

The engine (config, readers, the fused row-local runner, selection, ledger, writer) lives here; stages
live in `filters/` and `quality_model/`. Importing this package does not start Spark.
"""

__version__ = "0.1.0"
