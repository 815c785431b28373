"""Row-local stages: plain Python over a batch of documents, no Spark.

Each module is one family of stages. A stage declares the columns it needs and the signal columns it
provides; `curate.registry` maps versioned stage names (e.g. `language_id_v1`) to these classes.
"""
